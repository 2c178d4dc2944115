// choose: the first true condition wins; otherwise runs when none is true; no branch is fine.
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
