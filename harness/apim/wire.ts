// Headers as they cross the wire, in both directions.
// Out (what the backend, a send-request service and the caller receive): "Multiple values of a
// header are concatenated to a CSV string, for example: headerName: value1,value2,value3", except
// the standardized headers whose values may contain commas or dates, which "will be passed as
// separate headers" (set-header reference, "Usage notes"; field report 06 shows Set-Cookie).
// Content-Length is the length of the body actually sent: policies cannot set it ("Headers:
// Connection, ContentLength, KeepAlive, TransferEncoding cannot be modified or deleted", same
// notes), so the gateway's own framing decides it.
// In (what a test hands the gateway as a caller's request or a mock's answer): a field value
// cannot contain CR or LF (RFC 9110 §5.5), and on HTTP/1.1 a CRLF ends the field line (RFC 9112
// §5), so "a\r\nSet-Cookie: x=1" arrives as two header lines, which is what a header-splitting
// attempt amounts to on the wire. Anything else with CR or LF is refused, naming the argument.
import { HarnessRefusal } from "./harness-refusal.ts";
import { HeaderMap, type HeaderInit } from "./header-map.ts";

/** Headers whose values stay separate header lines (set-header reference, "Usage notes"). */
const SEPARATE_LINES: ReadonlySet<string> = new Set(
  [
    "User-Agent",
    "WWW-Authenticate",
    "Proxy-Authenticate",
    "Cookie",
    "Set-Cookie",
    "Warning",
    "Date",
    "Expires",
    "If-Modified-Since",
    "If-Unmodified-Since",
    "Last-Modified",
    "Retry-After",
  ].map((name) => name.toLowerCase()),
);

/** The headers a message carries on the wire, names as first written. */
export function wireHeaders(headers: HeaderMap, body: string): Record<string, string[]> {
  const record = headers.toRecord();
  for (const [name, values] of Object.entries(record)) {
    const key = name.toLowerCase();
    if (key === "content-length") record[name] = [String(Buffer.byteLength(body))];
    else if (values.length > 1 && !SEPARATE_LINES.has(key)) record[name] = [values.join(",")];
  }
  return record;
}

const FIELD_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;

/**
 * Headers as a caller or mock put them on the wire: a value holding CRLF is split into the field
 * lines it makes. `argument` names the input in errors (e.g. `send(): headers`).
 */
export function headersFromWire(init: HeaderInit | undefined, argument: string): HeaderMap {
  const map = new HeaderMap();
  for (const [name, given] of Object.entries(init ?? {})) {
    for (const value of typeof given === "string" ? [given] : given) {
      if (typeof value !== "string")
        throw new HarnessRefusal(
          `${argument}['${name}']: expected a string or an array of strings, got ${typeof value}`,
        );
      const [first, ...lines] = value.split("\r\n");
      check(first!, `${argument}['${name}']`);
      map.append(name, [first!]);
      for (const line of lines) {
        const field = FIELD_LINE.exec(line);
        if (!field)
          throw new HarnessRefusal(
            `${argument}['${name}']: the value holds a CRLF followed by '${line.slice(0, 40)}', which is not ` +
              "a header field line ('Name: value'); a field value cannot contain CR or LF (RFC 9110 §5.5)",
          );
        check(field[2]!, `${argument}['${name}']`);
        map.append(field[1]!, [field[2]!]);
      }
    }
  }
  return map;
}

function check(value: string, argument: string): void {
  if (/[\r\n]/.test(value))
    throw new HarnessRefusal(
      `${argument}: a lone CR or LF in a header value cannot be sent on the wire (RFC 9110 §5.5); ` +
        "what the service does with it is not documented",
    );
}

/**
 * Why set-header cannot make a change, or undefined when it can (set-header reference, "Usage
 * notes": "Removal of Server header isn't supported. Headers: Connection, ContentLength, KeepAlive,
 * TransferEncoding cannot be modified or deleted.").
 */
export function protectedHeader(name: string, deleting: boolean): string | undefined {
  const key = name.toLowerCase();
  if (["connection", "content-length", "keep-alive", "transfer-encoding"].includes(key))
    return `${name} cannot be modified or deleted by set-header (set-header reference, usage notes)`;
  if (deleting && key === "server")
    return "removal of the Server header isn't supported (set-header reference, usage notes)";
  return undefined;
}
