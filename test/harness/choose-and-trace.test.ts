// choose (first true condition wins, otherwise, no branch) and trace (source, severity, message,
// metadata, the threshold, context.Trace).
import { describe, expect, it } from "vitest";
import { choose, otherwise, policy, trace, when } from "apim-ts";
import { createGateway } from "apim-ts/harness";

const mark = (source: string) => trace({ source, message: source });

describe("choose", () => {
  const gateway = createGateway({
    policies: {
      operation: policy({
        inbound: [
          choose(
            when((c) => c.Request.Headers.ContainsKey("a"), [mark("a")]),
            when((c) => c.Request.Headers.ContainsKey("b"), [mark("b")]),
            otherwise([mark("otherwise")]),
          ),
          choose(when((c) => c.Request.Headers.ContainsKey("never"), [mark("never")])),
        ],
      }),
    },
  });

  it("runs the first true branch only", async () => {
    const result = await gateway.send({ headers: { a: "1", b: "1" } });
    expect(result.traces.map((t) => t.source)).toEqual(["a"]);
  });

  it("runs otherwise when no condition is true, and nothing when there is no otherwise", async () => {
    const result = await gateway.send();
    expect(result.traces.map((t) => t.source)).toEqual(["otherwise"]);
    expect(result.logText).toContain("choose[2]: no branch taken");
  });
});

describe("trace", () => {
  it("records source, severity (default verbose), message and metadata", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            trace({ source: "plain", message: "m" }),
            trace({
              source: "rich",
              severity: "error",
              message: (c) => "ip " + c.Request.IpAddress,
              metadata: [{ name: "method", value: (c) => c.Request.Method }, { name: "fixed", value: "x" }],
            }),
          ],
        }),
      },
    }).send();
    expect(result).toHaveTrace({ source: "plain", severity: "verbose", message: "m" });
    expect(result).toHaveTrace({ source: "rich", severity: "error", message: /^ip 203\./, metadata: { method: "GET", fixed: "x" } });
    expect(result).not.toHaveTrace({ source: "absent" });
  });

  it("records every trace; those below the threshold are marked as not delivered", async () => {
    const result = await createGateway({
      tracing: { threshold: "information" },
      policies: { operation: policy({ inbound: [trace({ source: "v", message: "v" }), trace({ source: "e", severity: "error", message: "e" })] }) },
    }).send();
    expect(result.traces.map((t) => [t.source, t.delivered])).toEqual([
      ["v", false],
      ["e", true],
    ]);
  });

  it("context.Trace records a verbose trace; context.Tracing tells whether tracing is on", async () => {
    const result = await createGateway({
      tracing: { enabled: true },
      policies: {
        operation: policy({
          inbound: [
            choose(
              when((c) => c.Tracing, [
                trace({
                  source: "check",
                  message: (c) => {
                    c.Trace("from expression");
                    return "traced";
                  },
                }),
              ]),
            ),
          ],
        }),
      },
    }).send();
    expect(result).toHaveTrace({ source: "context.Trace", message: "from expression", severity: "verbose" });
    expect(result).toHaveTrace({ source: "check", message: "traced" });
  });
});
