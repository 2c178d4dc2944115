// set-header: the four exists-actions, case-insensitive names, multiple values, and which message
// it changes: the request in inbound/backend, the response in outbound/on-error, the returned one
// inside return-response.
import { describe, expect, it } from "vitest";
import { Convert, base, csharp, deleteHeader, policy, returnResponse, setHeader } from "apim-ts";
import type { InboundStatement, OutboundStatement } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

// A value longer than the 60 characters a refusal shows (a build-time constant).
const LONG = "x".repeat(70);

async function onRequest(
  inbound: InboundStatement[],
  headers: Record<string, string | string[]> = {},
) {
  const result = await createGateway({
    policies: { operation: policy({ inbound, backend: [base()] }) },
  }).send({ headers });
  return result.backendCalls[0]!.headers;
}

describe("set-header on the request (inbound)", () => {
  it("override (the default) replaces every value, matching the name case-insensitively", async () => {
    const headers = await onRequest([setHeader("x-a", "new")], { "X-A": ["1", "2"] });
    expect(headers).toEqual({ "X-A": ["new"] });
  });

  it("skip keeps an existing header and adds a missing one", async () => {
    const headers = await onRequest(
      [
        setHeader("X-A", "new", { existsAction: "skip" }),
        setHeader("X-B", "b", { existsAction: "skip" }),
      ],
      { "x-a": "old" },
    );
    expect(headers).toEqual({ "x-a": ["old"], "X-B": ["b"] });
  });

  it("append adds values to an existing header, sent as one comma-separated line", async () => {
    const headers = await onRequest([setHeader("X-A", ["2", "3"], { existsAction: "append" })], {
      "X-A": "1",
    });
    // set-header reference, usage notes: "Multiple values of a header are concatenated to a CSV string".
    expect(headers["X-A"]).toEqual(["1,2,3"]);
  });

  it("delete removes the header (spoofed header stripped)", async () => {
    const headers = await onRequest([deleteHeader("x-client-certificate")], {
      "X-Client-Certificate": "spoofed",
      Other: "kept",
    });
    expect(headers).toEqual({ Other: ["kept"] });
  });

  it("takes expression values and the exists-action from an expression", async () => {
    const headers = await onRequest(
      [
        setHeader("X-Echo", (c) => c.Request.Headers.GetValueOrDefault("In", "none"), {
          existsAction: () => "override",
        }),
      ],
      { In: "v" },
    );
    expect(headers["X-Echo"]).toEqual(["v"]);
  });
});

describe("set-header on responses", () => {
  it("acts on the backend's response in outbound", async () => {
    // (Server itself cannot be removed: set-header reference, usage notes; see test/field-reports.)
    const outbound: OutboundStatement[] = [setHeader("X-Out", "1"), deleteHeader("X-Powered-By")];
    const gateway = createGateway({
      policies: { operation: policy({ backend: [base()], outbound }) },
      backend: () => ({ headers: { "x-powered-by": "kestrel", "X-Backend": "yes" } }),
    });
    const result = await gateway.send();
    expect(result.headers).toEqual({ "X-Backend": ["yes"], "X-Out": ["1"] });
    expect(result.backendCalls[0]!.headers).toEqual({});
  });

  it("inside return-response acts on the returned response, not the request", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({ inbound: [returnResponse([setHeader("X-R", ["a", "b"])])] }),
      },
    }).send({ headers: { "X-R": "request" } });
    // Two <value>s make one comma-separated header on the wire (set-header reference, usage notes).
    expect(result.headers).toEqual({ "X-R": ["a,b"] });
    expect(result.header("x-r")).toBe("a,b");
  });

  it("acts on the error response in on-error", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            returnResponse([
              setHeader("X", () => Convert.ToBase64String(Convert.FromBase64String("%"))),
            ]),
          ],
          onError: [setHeader("X-Error", "1")],
        }),
      },
    }).send();
    expect(result.status).toBe(500);
    expect(result.header("X-Error")).toBe("1");
  });
});

describe("set-header: what the page leaves open, and the log", () => {
  // Attributes, exists-action: "This attribute must have one of the following values."
  it("refuses an exists-action expression outside the four values", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            setHeader("X-A", "1", {
              existsAction: csharp('@("replace")', () => "replace" as "skip"),
            }),
          ],
        }),
      },
    });
    await expect(apim.send()).rejects.toThrow(
      "set-header 'X-A': exists-action 'replace' is not one of override, skip, append, delete",
    );
  });

  it("leaves out a value whose expression gives null (project's choice, docs/project-choices.md)", async () => {
    const headers = await onRequest([setHeader("X-A", [nullHeaderText, "b"])]);
    expect(headers["X-A"]).toEqual(["b"]);
  });

  // RFC 9110 §5.5: a field value holds no CR or LF; what APIM does with one is not documented.
  it("refuses a value with a line break, naming the value", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [setHeader("X-A", ["ok", (c) => "a" + "\n" + c.Request.Method])],
        }),
      },
    });
    await expect(apim.send()).rejects.toThrow(
      "set-header 'X-A': value[2] contains CR or LF (\"a\\nGET\"); a header value cannot hold a line break",
    );
  });

  // Usage notes: "Headers: Connection, ContentLength, KeepAlive, TransferEncoding cannot be
  // modified or deleted." The statement leaves the header as it was and says so (field report 13).
  it("a protected header is left as it was, with a warning and a log line", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [setHeader("Keep-Alive", "timeout=5", { existsAction: "append" })],
          backend: [base()],
        }),
      },
    }).send();
    const why =
      "Keep-Alive cannot be modified or deleted by set-header (set-header reference, usage notes)";
    expect(result.warnings).toContain(`set-header Keep-Alive (append) had no effect: ${why}`);
    expect(result.logText).toContain(`set-header Keep-Alive: not changed: ${why}`);
  });

  it("logs what each action did", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            setHeader("X-A", ["2", "3"], { existsAction: "append" }),
            setHeader("X-B", "b", { existsAction: "skip" }),
            deleteHeader("X-C"),
          ],
          backend: [base()],
        }),
      },
    }).send({ headers: { "X-A": "1", "X-B": "a", "X-C": "c" } });
    expect(result.logText).toContain("set-header X-A (append): 2,3");
    expect(result.logText).toContain("set-header X-B: exists, skipped");
    expect(result.logText).toContain("set-header X-C: deleted");
  });
});

// The evaluation records name each slot as the page's attribute (result.evaluations).
it("names the slots it evaluated: name, exists-action, value[n]", async () => {
  const result = await createGateway({
    policies: {
      operation: policy({
        inbound: [
          setHeader((c) => "X-" + c.Request.Method, ["a", (c) => c.Request.Method], {
            existsAction: () => "append",
          }),
        ],
        backend: [base()],
      }),
    },
  }).send();
  expect(result.evaluations.map((evaluation) => evaluation.slot)).toEqual([
    "set-header name",
    "set-header exists-action",
    "set-header value[2]",
  ]);
  expect(result.backendCalls[0]!.headers["X-GET"]).toEqual(["a,GET"]);
});

// Usage notes: "Removal of Server header isn't supported" (its value can be set) and
// "Headers: Connection, ContentLength, KeepAlive, TransferEncoding cannot be modified or deleted".
it("Server can be overridden but not deleted; Connection can be neither", async () => {
  const toCaller = (statement: ReturnType<typeof setHeader>) =>
    createGateway({
      backend: () => ({ headers: { Server: "Kestrel" }, body: "ok" }),
      policies: { operation: policy({ backend: [base()], outbound: [statement] }) },
    }).send();
  const overridden = await toCaller(setHeader("Server", "gateway"));
  expect(overridden.header("Server")).toBe("gateway");
  expect(overridden.warnings).toEqual([]);
  const deleted = await toCaller(deleteHeader("server"));
  expect(deleted.header("Server")).toBe("Kestrel");
  expect(deleted.warnings).toContain(
    "set-header server (delete) had no effect: removal of the Server header isn't supported (set-header reference, usage notes)",
  );
  const connection = await toCaller(deleteHeader("Connection"));
  expect(connection.warnings).toContain(
    "set-header Connection (delete) had no effect: Connection cannot be modified or deleted by set-header (set-header reference, usage notes)",
  );
});

it("refuses a name expression giving null or a blank name (the page does not say)", async () => {
  const apim = (name: Parameters<typeof setHeader>[0]) =>
    createGateway({ policies: { operation: policy({ inbound: [setHeader(name, "1")] }) } }).send();
  await expect(apim(nullHeaderText)).rejects.toThrow(
    "set-header: the name evaluated to 'null'; the reference page does not say what APIM does",
  );
  await expect(apim((c) => c.Request.Headers.GetValueOrDefault("X-N", " "))).rejects.toThrow(
    "set-header: the name evaluated to ' '; the reference page does not say what APIM does",
  );
});

it("shows at most 60 characters of a refused value", async () => {
  const apim = createGateway({
    policies: {
      operation: policy({ inbound: [setHeader("X-A", (c) => "\n" + LONG)] }),
    },
  });
  await expect(apim.send()).rejects.toThrow(
    `value[1] contains CR or LF ("\\n${"x".repeat(59)}"); a header value`,
  );
});
