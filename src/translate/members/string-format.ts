// string.Format(format, args...): C#'s composite formatting, checked when the policy is built.
// The format must be a build-time string whose items are `{index}` or `{index,alignment}`, with
// `{{` and `}}` for braces (.NET "Composite formatting"); every index must name an argument; the
// arguments must be strings (null formats as "") or ints. Format specifiers (`{0:D3}`, `{0:N0}`)
// are refused: the harness has no numeric format strings, and the gateway's culture (which
// "N0" and "F2" depend on) is not documented. Doubles, booleans and objects are refused for the
// same reason as in concatenation (their text differs). Everything refused is APIM1076.
import ts from "../../compile/typescript.js";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import { csharpType } from "../csharp-types.ts";
import { numericKindOf } from "../numeric.ts";
import type { TranslationState } from "../state.ts";

/** Widest alignment accepted (chosen: a bound that keeps padding readable; .NET allows 999,999). */
const MAX_ALIGNMENT = 1000;

/** The problem with a composite format of `count` arguments, or undefined if it is accepted. */
export function compositeFormatProblem(format: string, count: number): string | undefined {
  let i = 0;
  while (i < format.length) {
    const c = format[i]!;
    if ((c === "{" || c === "}") && format[i + 1] === c) {
      i += 2;
      continue;
    }
    if (c === "}") return `the '}' at ${i} is alone (write '}}' for a brace)`;
    if (c !== "{") {
      i += 1;
      continue;
    }
    const item = /^\{(\d+)(?:,(-?\d+))?\}/.exec(format.slice(i));
    if (!item) {
      const text = /^\{[^}]*\}?/.exec(format.slice(i))![0];
      return text.includes(":")
        ? `the item '${text}' has a format specifier, which depends on the gateway's undocumented culture or is not simulated`
        : `the item '${text}' is not {index} or {index,alignment} (write '{{' for a brace)`;
    }
    if (Number(item[1]) >= count)
      return `the item '${item[0]}' names argument ${item[1]}, but there ${count === 1 ? "is 1 argument" : `are ${count} arguments`}`;
    if (item[2] !== undefined && Math.abs(Number(item[2])) > MAX_ALIGNMENT)
      return `the alignment of '${item[0]}' is wider than ${MAX_ALIGNMENT}`;
    i += item[0].length;
  }
  return undefined;
}

export function translateStringFormat(
  state: TranslationState,
  node: ts.CallExpression,
  call: CsExpression,
  args: readonly CsExpression[],
): CsExpression {
  const [format, ...values] = args;
  if (!format || format.kind !== "string") {
    return state.report(
      "stringFormat",
      "string.Format needs a format known when the policy is built",
      node.arguments[0] ?? node,
      "write the format as a string literal or a module constant",
    );
  }
  const problem = compositeFormatProblem(format.value, values.length);
  if (problem) {
    return state.report(
      "stringFormat",
      `string.Format: ${problem}`,
      node.arguments[0]!,
      "use {0} or {0,5} items; format numbers yourself (e.g. pad with PadLeft) before passing them",
    );
  }
  for (const argument of node.arguments.slice(1)) {
    const type =
      csharpType(state.checker, state.typeOf(argument)) ?? numericKindOf(state, argument);
    if (type !== "string" && type !== "int") {
      return state.report(
        "stringFormat",
        `string.Format of a '${state.checker.typeToString(state.typeOf(argument))}': its text differs between JavaScript and C#`,
        argument,
        'pass strings (null formats as "") or ints',
      );
    }
  }
  return call;
}
