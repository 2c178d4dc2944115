// Expression slots of the document model: where a policy attribute or text accepts a C# policy
// expression, the model holds a TypeScript function of `context` (run by the harness, translated
// by the compiler) or, as a last resort, raw C# with a TypeScript twin.
import type { Context } from "../context/context.ts";

/** A policy expression written in TypeScript: a function of APIM's `context`. */
export type Expression<T> = (context: Context) => T;

/** Raw C# for the rare expression the translator cannot express, with a TypeScript twin. */
export interface RawCSharp<T> {
  readonly kind: "raw-csharp";
  /** The C# exactly as it goes into the policy: `@(...)` or `@{...}`. */
  readonly code: string;
  /** What the harness runs; the C# cross-check compares the two. */
  readonly twin: Expression<T>;
}

/** A slot that takes a literal or an expression. */
export type Value<T> = T | Expression<T> | RawCSharp<T>;

/** A slot that takes an expression only (e.g. `when condition`). */
export type ExpressionOnly<T> = Expression<T> | RawCSharp<T>;

/**
 * Last resort: raw C# the translator cannot produce, with the TypeScript twin the harness runs.
 * The code must be a whole policy expression (`@(...)` or `@{...}`); prefer plain TypeScript.
 */
export function csharp<T>(code: string, twin: Expression<T>): RawCSharp<T> {
  const trimmed = code.trim();
  if (!/^@\([\s\S]*\)$|^@\{[\s\S]*\}$/.test(trimmed)) {
    throw new Error(
      `csharp(): code must be a policy expression "@(...)" or "@{...}", got: ${code}`,
    );
  }
  return { kind: "raw-csharp", code: trimmed, twin };
}

/** Whether a slot holds an expression rather than a literal. */
export function isExpressionSlot(value: unknown): value is ExpressionOnly<unknown> {
  return typeof value === "function" || isRawCSharp(value);
}

export function isRawCSharp(value: unknown): value is RawCSharp<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as RawCSharp<unknown>).kind === "raw-csharp"
  );
}
