// trace: source, severity, message, metadata, the severity threshold, context.Trace and context.Tracing.
import { describe, expect, it } from "vitest";
import { choose, policy, trace, when } from "apim-ts";
import { createGateway } from "apim-ts/harness";

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
              metadata: [
                { name: "method", value: (c) => c.Request.Method },
                { name: "fixed", value: "x" },
              ],
            }),
          ],
        }),
      },
    }).send();
    expect(result).toHaveTrace({ source: "plain", severity: "verbose", message: "m" });
    expect(result).toHaveTrace({
      source: "rich",
      severity: "error",
      message: /^ip 203\./,
      metadata: { method: "GET", fixed: "x" },
    });
    expect(result).not.toHaveTrace({ source: "absent" });
  });

  it("records every trace; those below the threshold are marked as not delivered", async () => {
    const result = await createGateway({
      tracing: { threshold: "information" },
      policies: {
        operation: policy({
          inbound: [
            trace({ source: "v", message: "v" }),
            trace({ source: "e", severity: "error", message: "e" }),
          ],
        }),
      },
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
              when(
                (c) => c.Tracing,
                [
                  trace({
                    source: "check",
                    message: (c) => {
                      c.Trace("from expression");
                      return "traced";
                    },
                  }),
                ],
              ),
            ),
          ],
        }),
      },
    }).send();
    expect(result).toHaveTrace({
      source: "context.Trace",
      message: "from expression",
      severity: "verbose",
    });
    expect(result).toHaveTrace({ source: "check", message: "traced" });
  });
});
