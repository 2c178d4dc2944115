// The regular-expression tests' C# side: boolean expressions compiled in one mcs run and run once
// each by mono (harness/crosscheck), in a fixed context, so a test compares .NET's answer with
// JavaScript's. Call it inside describeWithCSharp (it needs mcs and mono).
import { expect } from "vitest";
import { compileExpressions } from "../../../harness/crosscheck/index.ts";

/**
 * Each `@(...)` expression's value in C#, in order: the boolean, or the whole result as JSON
 * (an exception, another type) for the caller's message. Fails the test if one does not compile.
 */
export async function csharpBooleans(codes: readonly string[]): Promise<(boolean | string)[]> {
  const expressions = codes.map((code, i) => ({ id: `e${i}`, code }));
  const result = await compileExpressions(expressions);
  expect(result.diagnostics).toEqual([]);
  const { results } = await result.compiled!.runCases(
    expressions.map((e) => ({
      caseId: e.id,
      expressionId: e.id,
      context: { now: "2026-06-01T00:00:00Z" },
    })),
  );
  await result.compiled!.dispose();
  return expressions.map((e) => {
    const outcome = results.find((r) => r.caseId === e.id)!;
    return "value" in outcome && outcome.value.type === "bool"
      ? (outcome.value.value as boolean)
      : JSON.stringify(outcome);
  });
}
