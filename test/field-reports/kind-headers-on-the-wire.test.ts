// Kind 4 of issue 14 (field reports 01 and 13): headers as the service puts them on the wire, to the
// backend, to send-request services and to the caller. Sources: the set-header reference's usage
// notes, the rate-limit reference, RFC 9110 §5.5 / RFC 9112 §5 for line breaks.
import { describe, expect, it } from "vitest";
import { base, deleteHeader, policy, rateLimit, sendRequest, setBody, setHeader } from "apim-ts";
import type { InboundStatement, OutboundStatement } from "apim-ts";
import { createGateway } from "apim-ts/harness";

const toBackend = async (
  inbound: InboundStatement[],
  headers: Record<string, string | string[]> = {},
) =>
  createGateway({ policies: { operation: policy({ inbound, backend: [base()] }) } }).send({
    headers,
  });

const toCaller = (
  outbound: OutboundStatement[],
  backendHeaders: Record<string, string | string[]>,
  body = "ok",
) =>
  createGateway({
    backend: () => ({ headers: backendHeaders, body }),
    policies: { operation: policy({ backend: [base()], outbound }) },
  }).send();

describe("headers on the wire", () => {
  // set-header usage notes: "Multiple values of a header are concatenated to a CSV string ...
  // Exceptions include standardized headers whose values may contain commas (User-Agent, ...)".
  it("multiple values become one comma-separated line, except the documented exceptions", async () => {
    const result = await toBackend([
      setHeader("X-Multi", ["a", "b"]),
      setHeader("User-Agent", ["ua1", "ua2"]),
    ]);
    expect(result.backendCalls[0]!.headers["X-Multi"]).toEqual(["a,b"]);
    expect(result.backendCalls[0]!.headers["User-Agent"]).toEqual(["ua1", "ua2"]);
    const caller = await toCaller(
      [setHeader("Warning", ["199 - a", "199 - b"], { existsAction: "append" })],
      { "X-B": ["1", "2"] },
    );
    expect(caller.headers["X-B"]).toEqual(["1,2"]);
    expect(caller.headers["Warning"]).toEqual(["199 - a", "199 - b"]);
  });

  it("the same to a send-request service", async () => {
    const result = await createGateway({
      services: { "https://svc.example": () => ({}) },
      policies: {
        operation: policy({
          inbound: [
            sendRequest({
              responseVariableName: "r",
              url: "https://svc.example/",
              method: "GET",
              headers: [setHeader("X-M", ["1", "2"])],
            }),
          ],
          backend: [base()],
        }),
      },
    }).send();
    expect(result.serviceCalls[0]!.headers["X-M"]).toEqual(["1,2"]);
  });

  // set-header usage notes: "Headers: Connection, ContentLength, KeepAlive, TransferEncoding cannot
  // be modified or deleted"; "Removal of Server header isn't supported" (overriding it is not excluded).
  it("set-header leaves Connection, Keep-Alive, Transfer-Encoding and Content-Length alone, and says so", async () => {
    const result = await toBackend(
      [
        setHeader("Connection", "close"),
        setHeader("Keep-Alive", "timeout=5"),
        deleteHeader("Transfer-Encoding"),
      ],
      { "Transfer-Encoding": "chunked" },
    );
    expect(result.backendCalls[0]!.headers).toEqual({ "Transfer-Encoding": ["chunked"] });
    expect(result.warnings).toHaveLength(3);
    expect(result.warnings[0]).toMatch(
      /set-header Connection \(override\) had no effect: Connection cannot be modified or deleted/,
    );
    expect(result.logText).toMatch(/not changed/);
  });

  it("Server can be overridden but not removed", async () => {
    expect(
      (await toCaller([setHeader("Server", "gateway")], { Server: "Kestrel" })).header("Server"),
    ).toBe("gateway");
    expect((await toCaller([deleteHeader("server")], { Server: "Kestrel" })).header("Server")).toBe(
      "Kestrel",
    );
  });

  // Content-Length is the gateway's framing, not a policy's: it follows the body that is sent.
  it("Content-Length follows a body that set-body replaced", async () => {
    const result = await toCaller([setBody("longer body")], { "Content-Length": "2" });
    expect(result.header("Content-Length")).toBe("11");
  });

  // rate-limit reference: retry-after-header-name is a "custom header name, replaces default 'Retry-After'".
  it("rate-limit: one retry header, whichever name, and the remaining-calls header on passing calls", async () => {
    const apim = createGateway({
      clock: { instant: "2030-01-01T00:00:00Z" },
      policies: {
        operation: policy({
          inbound: [
            rateLimit({
              calls: 1,
              renewalPeriod: 20,
              retryAfterHeaderName: "retry-after-seconds",
              remainingCallsHeaderName: "X-Left",
            }),
          ],
          backend: [base()],
        }),
      },
    });
    expect((await apim.send()).header("X-Left")).toBe("0");
    const throttled = await apim.send();
    expect(Object.keys(throttled.headers).filter((name) => /retry/i.test(name))).toEqual([
      "retry-after-seconds",
    ]);
  });

  // RFC 9112 §5: a CRLF ends a header field line, so a value "a\r\nName: v" reaches APIM as two
  // header lines (a header-splitting attempt); RFC 9110 §5.5: a field value has no CR or LF.
  it("a CRLF in a caller's header value arrives as the header lines it makes", async () => {
    const result = await toBackend([base()], { "X-In": "a\r\nX-Smuggled: 1" });
    expect(result.backendCalls[0]!.headers).toEqual({ "X-In": ["a"], "X-Smuggled": ["1"] });
  });

  it("a lone LF, or a CRLF not followed by a header line, is refused naming the argument", async () => {
    await expect(toBackend([base()], { "X-In": "a\nb" })).rejects.toThrow(
      /send\(\): headers\['X-In'\]: a lone CR or LF/,
    );
    await expect(toBackend([base()], { "X-In": "a\r\n continued" })).rejects.toThrow(
      /not a header field line/,
    );
  });

  it("set-header refuses a value with a line break (the docs do not say what APIM does)", async () => {
    await expect(toBackend([setHeader("X-Out", (c) => `a\n${c.Request.Method}`)])).rejects.toThrow(
      /set-header 'X-Out': value\[1\] contains CR or LF/,
    );
  });
});
