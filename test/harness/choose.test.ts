// choose: the first true condition wins; otherwise runs when none is true; no branch is fine.
import { describe, expect, it } from "vitest";
import {
  Convert,
  choose,
  csharp,
  otherwise,
  policy,
  setVariable,
  trace,
  when,
  type InboundStatement,
} from "apim-ts";
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

  it("the log tells which conditions were false and which branch ran", async () => {
    const result = await gateway.send({ headers: { b: "1" } });
    expect(result.logText).toContain("choose[1]: when[1] false");
    expect(result.logText).toContain("choose[1]: when[2] matched");
    expect(result.logText).not.toContain("choose[1]: otherwise");
    expect((await gateway.send()).logText).toContain("choose[1]: otherwise");
  });

  // LastError, Path: "Specifies nested policy, for example "choose[3]/when[2]"" (Error handling in
  // API Management policies); written with a backslash (docs/project-choices.md).
  it("LastError.Path names the failing condition's when, or the branch the failing policy is in", async () => {
    // Throws System.FormatException when evaluated.
    const failing = () => Convert.FromBase64String("%%%").length > 0;
    const pathOf = async (statement: InboundStatement) =>
      (await createGateway({ policies: { operation: policy({ inbound: [statement] }) } }).send())
        .lastError?.Path;
    expect(
      await pathOf(
        choose(
          when(() => false, []),
          when(failing, []),
        ),
      ),
    ).toBe("choose[1]\\when[2]");
    expect(await pathOf(choose(when(() => true, [setVariable("v", () => failing())])))).toBe(
      "choose[1]\\when[1]",
    );
    expect(
      await pathOf(
        choose(
          when(() => false, []),
          otherwise([setVariable("v", () => failing())]),
        ),
      ),
    ).toBe("choose[1]\\otherwise");
  });

  it("refuses a condition that is not a bool (C# would not compile it)", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            choose(
              when(
                csharp('@("yes")', () => "yes" as unknown as boolean),
                [mark("never")],
              ),
            ),
          ],
        }),
      },
    });
    await expect(apim.send()).rejects.toThrow(
      "choose[1] when[1]: the condition gave string, not a bool (C# would not compile it)",
    );
  });
});
