// Compiler errors come back attached to the expression that caused them, at the line and
// column inside the author's `@(...)`/`@{...}` text (after named values and the clock rewrite).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  compileExpressions,
  harnessCodes,
  type CompileResult,
} from "../../harness/crosscheck/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";

describeWithCSharp("compile diagnostics", () => {
  let result: CompileResult;
  beforeAll(async () => {
    result = await compileExpressions(
      [
        { id: "fine", code: "@(1 + 1)" },
        { id: "unknown-name", code: "@(context.Request.Headers.GetValueOrDefault(hedaer))" },
        { id: "block-line-3", code: '@{\n    var s = "a";\n    return s.Lenght;\n}' },
        { id: "after-named-value", code: "@({{a-long-named-value}} + DateTime.Now.Foo)" },
        { id: "missing-return", code: "@{ var x = 1; }" },
      ],
      { namedValues: { "a-long-named-value": "1" } },
    );
  });
  afterAll(() => result?.compiled?.dispose());

  it("fails the batch and names no other expression", () => {
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.id)).not.toContain("fine");
  });

  it("maps an error to its expression and column", () => {
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        id: "unknown-name",
        line: 1,
        column: 45,
        code: "CS0103",
        severity: "error",
      }),
    );
  });

  it("maps lines inside a block", () => {
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ id: "block-line-3", line: 3, column: 14, code: "CS1061" }),
    );
  });

  it("maps columns after a substituted named value and speaks of DateTime, not the clock model", () => {
    const diagnostic = result.diagnostics.find((d) => d.id === "after-named-value")!;
    expect(diagnostic).toMatchObject({
      line: 1,
      column: "@({{a-long-named-value}} + DateTime.Now.".length + 1,
    });
    expect(diagnostic.message).toContain("DateTime");
    expect(diagnostic.message).not.toContain("ApimTime");
  });

  it("attributes errors of the generated wrapper to the expression", () => {
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ id: "missing-return", code: "CS0161" }),
    );
  });
});

describe("checks before the compiler runs", () => {
  it("rejects malformed wrappers, unknown named values and duplicate ids without calling mcs", async () => {
    const result = await compileExpressions(
      [
        { id: "a", code: "1 + 1" },
        { id: "b", code: "@(\n  {{nope}})" },
        { id: "c", code: "@(1)" },
        { id: "c", code: "@(2)" },
      ],
      { toolchain: { mcs: "/nonexistent/mcs", mono: "/nonexistent/mono" } },
    );
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.id, d.code, d.line, d.column])).toEqual([
      ["a", harnessCodes.malformedExpression, 1, 1],
      ["b", harnessCodes.unknownNamedValue, 2, 3],
      ["c", harnessCodes.duplicateId, 1, 1],
    ]);
  });
});
