// Build-time values: free variables of an expression (module constants, helper parameters, loop
// variables) whose values the tagging transform captured. They become C# literals; objects are
// only looked through (`config.headerName`), never written.
import type ts from "typescript";
import type { CsExpression } from "../csharp-syntax/syntax.ts";
import type { TranslationState } from "./state.ts";
import type { NumericKind } from "./csharp-types.ts";
import { numericKindOf } from "./numeric.ts";
import { observeCapture, type BuildTimeLookup } from "./capture-observer.ts";

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** The build-time value of a free identifier in the current function, via its source tag. */
export function captured(state: TranslationState, name: string): BuildTimeLookup {
  // A name is free in the innermost function being translated (the root or an inlined helper);
  // outer frames belong to callers whose scopes the helper's source cannot see.
  const tag = state.frame.tag;
  if (!tag) return { found: false };
  const result = tag.capture(name);
  const lookup: BuildTimeLookup = result.found
    ? { found: true, value: result.value }
    : { found: false };
  observeCapture(tag, name, lookup);
  return lookup;
}

/**
 * A JavaScript number as a C# literal of `kind` (the type numeric.ts gives the captured name, from
 * its initializer or declared type, so the C# arithmetic is the one the translator checked), or
 * undefined for NaN and the infinities. Without a kind: int within int's range, else double.
 */
export function numberLiteral(value: number, kind?: NumericKind): CsExpression | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (kind !== "double" && Number.isInteger(value) && !Object.is(value, -0)) {
    if (kind !== "long" && value >= INT32_MIN && value <= INT32_MAX)
      return { kind: "number", text: String(value) };
    // C# spec §6.4.5.3 (Integer literals): the L suffix makes the literal a long.
    if (kind === "long" && Number.isSafeInteger(value))
      return { kind: "number", text: `${value}L` };
  }
  return { kind: "number", text: doubleText(value) };
}

function fitsInteger(value: number, kind: "int" | "long"): boolean {
  if (!Number.isSafeInteger(value) || Object.is(value, -0)) return false;
  return kind === "long" || (value >= INT32_MIN && value <= INT32_MAX);
}

/**
 * A finite number as a C# double literal: JavaScript's shortest round-trip digits, which C# reads
 * back as the same double (C# spec §6.4.5.4, Real literals: rounded to the nearest representable
 * value), with `.0` where they would read as an integer literal. -0 keeps its sign: `-0.0` is
 * unary minus on 0.0, a negative zero (§12.9.3, Unary minus operator); `0.0` would be +0.
 */
function doubleText(value: number): string {
  const text = Object.is(value, -0) ? "-0" : String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/** A build-time value as a C# literal, or a diagnostic when it has none. */
export function literalOf(
  state: TranslationState,
  value: unknown,
  node: ts.Expression,
  name: string,
): CsExpression {
  if (value === null || value === undefined) return { kind: "null" };
  if (typeof value === "string") return { kind: "string", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "number") {
    const kind = numericKindOf(state, node);
    // An int or long name whose value is no such integer (-0, 0.5 as long, beyond the range):
    // written as a double, C# would compute in double where the translator checked int or long.
    if (
      (kind === "int" || kind === "long") &&
      Number.isFinite(value) &&
      !fitsInteger(value, kind)
    ) {
      return state.report(
        "notBuildTime",
        `'${name}' is ${Object.is(value, -0) ? "-0" : value}, which is not a C# ${kind}`,
        node,
        `write -0.0 or declare it double for a fraction or a negative zero; ${kind === "int" ? "int holds -2147483648 to 2147483647" : "a long beyond 2^53 - 1 is not exact in JavaScript"}`,
      );
    }
    return (
      numberLiteral(value, kind) ??
      state.report(
        "notBuildTime",
        `'${name}' is ${value}, which has no C# literal in a policy expression`,
        node,
        "give it a finite number (NaN and the infinities have no literal), or compute it in the expression",
      )
    );
  }
  if (value instanceof Uint8Array) {
    return {
      kind: "new-array",
      elementType: "byte",
      elements: [...value].map((byte) => ({ kind: "number", text: String(byte) }) as CsExpression),
    };
  }
  if (Array.isArray(value)) {
    const elementType = value.every((v) => typeof v === "string" || v === null)
      ? "string"
      : value.every((v) => typeof v === "boolean")
        ? "bool"
        : value.every(
              (v) =>
                typeof v === "number" && Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX,
            )
          ? "int"
          : value.every((v) => typeof v === "number" && Number.isFinite(v))
            ? "double"
            : undefined;
    if (!elementType) {
      return state.report(
        "notBuildTime",
        `'${name}' is an array whose elements are not all strings, booleans or numbers`,
        node,
        "inline arrays of one primitive type only",
      );
    }
    return {
      kind: "new-array",
      elementType,
      elements: value.map((v, i) =>
        elementType === "double"
          ? ({ kind: "number", text: doubleText(v as number) } as CsExpression)
          : literalOf(state, v, node, `${name}[${i}]`),
      ),
    };
  }
  const what = typeof value === "function" ? "a function (call it instead)" : `a ${typeof value}`;
  return state.report(
    "notBuildTime",
    `'${name}' is ${what}; only strings, numbers, booleans, null and arrays of them can be written into C#`,
    node,
    "read the property you need (config.headerName) or pass a primitive",
  );
}
