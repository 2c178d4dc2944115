// What a mapping of a JavaScript standard-library method receives: the call, its translated
// receiver and arguments, and the argument nodes (for literal checks). Shared by string.ts and
// array.ts so every mapping table has the same shape.
import type ts from "typescript";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import type { TranslationState } from "../state.ts";

export interface MemberCall {
  readonly state: TranslationState;
  readonly node: ts.CallExpression;
  readonly target: CsExpression;
  readonly args: readonly CsExpression[];
  readonly argNodes: readonly ts.Expression[];
}

/** One method's mapping: the C# for the call (after reporting any problem). */
export type MemberMapping = (call: MemberCall) => CsExpression;
