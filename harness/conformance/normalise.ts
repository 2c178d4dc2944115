// THE normaliser of the conformance DSL: the one place that says which differences between a
// JavaScript run and a C# run are representation only. Everything else is a divergence.
//
//   JavaScript                          C# (runner's typed value)        canonical
//   string                              string                           string
//   boolean                             bool                             bool
//   number                              int | long | double              number (String(n); -0 is 0)
//   bigint (a long beyond 2^53)         long                             number (exact decimal)
//   null | undefined                    null                             null
//   Uint8Array                          byte[] (base64)                  bytes (base64)
//   string[]                            string[]                         string[] (JSON)
//   DateTime (harness)                  DateTime                         ticks + Kind
//   TimeSpan (harness)                  TimeSpan                         ticks
//   DateTimeOffset (harness)            DateTimeOffset                   UTC ticks + offset minutes
//   Guid (harness)                      Guid                             "D" text
//   DotnetException.dotnetType          exception type                   exception (type only: messages
//                                                                        are mono's, not APIM's)
//   TypeError reading a member of null  System.NullReferenceException    exception
//
// The C# value's type must also be the type the translator announced (int stays int): a number
// that comes back as double where the translator said int is a divergence.
import type { CSharpCaseResult, TypedValue } from "../crosscheck/context-description.ts";
import { DotnetException } from "../dotnet/exceptions.ts";
import { DateTimeValue } from "../dotnet/date-time.ts";
import { TimeSpanValue } from "../dotnet/time-span.ts";
import { DateTimeOffsetValue } from "../dotnet/date-time-offset.ts";
import { GuidValue } from "../dotnet/guid.ts";

/** A value or exception in the form both languages are compared in. */
export type Canonical =
  | { readonly kind: "value"; readonly type: string; readonly text: string }
  | { readonly kind: "exception"; readonly type: string; readonly message: string }
  /** Something the normaliser has no rule for: always a divergence, with the reason. */
  | { readonly kind: "unknown"; readonly text: string };

function numberText(value: number): string {
  return Object.is(value, -0) ? "0" : String(value);
}

/** The outcome of a JavaScript run: a value returned or an error thrown. */
export type JavaScriptOutcome = { readonly value: unknown } | { readonly error: unknown };

/** Canonical form of a JavaScript outcome. */
export function canonicalJavaScript(outcome: JavaScriptOutcome): Canonical {
  if ("error" in outcome) {
    const error = outcome.error;
    if (error instanceof DotnetException)
      return { kind: "exception", type: error.dotnetType, message: error.message };
    // JavaScript throws a TypeError where C# dereferences null.
    if (
      error instanceof TypeError &&
      /of (null|undefined)|is (null|undefined)/.test(error.message)
    ) {
      return { kind: "exception", type: "System.NullReferenceException", message: error.message };
    }
    return {
      kind: "unknown",
      text: `JavaScript ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    };
  }
  const value = outcome.value;
  if (value === null || value === undefined) return { kind: "value", type: "null", text: "null" };
  if (typeof value === "string") return { kind: "value", type: "string", text: value };
  if (typeof value === "boolean") return { kind: "value", type: "bool", text: String(value) };
  if (typeof value === "number") return { kind: "value", type: "number", text: numberText(value) };
  if (typeof value === "bigint") return { kind: "value", type: "number", text: String(value) };
  if (value instanceof Uint8Array)
    return { kind: "value", type: "bytes", text: Buffer.from(value).toString("base64") };
  if (value instanceof DateTimeValue)
    return { kind: "value", type: "DateTime", text: `${value.Ticks} ${value.Kind}` };
  if (value instanceof TimeSpanValue)
    return { kind: "value", type: "TimeSpan", text: String(value.Ticks) };
  if (value instanceof DateTimeOffsetValue)
    return {
      kind: "value",
      type: "DateTimeOffset",
      text: `${value.utcTicks} ${value.offsetMinutes}`,
    };
  if (value instanceof GuidValue) return { kind: "value", type: "Guid", text: value.ToString() };
  if (
    Array.isArray(value) &&
    value.every((item) => typeof item === "string" || item === null || item === undefined)
  ) {
    return {
      kind: "value",
      type: "string[]",
      text: JSON.stringify(value.map((item) => item ?? null)),
    };
  }
  return {
    kind: "unknown",
    text: `JavaScript value with no C# counterpart: ${Object.prototype.toString.call(value)}`,
  };
}

/** Canonical form of a C# runner result. */
export function canonicalCSharp(result: CSharpCaseResult): Canonical {
  if ("harnessError" in result)
    return { kind: "unknown", text: `C# harness error: ${result.harnessError}` };
  if ("exception" in result)
    return { kind: "exception", type: result.exception.type, message: result.exception.message };
  const value: TypedValue = result.value;
  switch (value.type) {
    case "null":
      return { kind: "value", type: "null", text: "null" };
    case "string":
      return { kind: "value", type: "string", text: value.value };
    case "bool":
      return { kind: "value", type: "bool", text: String(value.value) };
    case "int":
    case "double":
      return {
        kind: "value",
        type: "number",
        text: typeof value.value === "number" ? numberText(value.value) : value.value,
      };
    case "long":
      // Exact: a long beyond 2^53 is a bigint in the harness (harness/dotnet/integer-arithmetic.ts).
      return { kind: "value", type: "number", text: String(BigInt(value.value)) };
    case "bytes":
      return { kind: "value", type: "bytes", text: value.value };
    case "DateTime":
      return { kind: "value", type: "DateTime", text: `${value.ticks} ${value.kind ?? "Utc"}` };
    case "TimeSpan":
      return { kind: "value", type: "TimeSpan", text: value.ticks };
    case "DateTimeOffset":
      return { kind: "value", type: "DateTimeOffset", text: `${value.utcTicks} ${value.offset}` };
    case "Guid":
      return { kind: "value", type: "Guid", text: value.value };
    case "string[]":
      return { kind: "value", type: "string[]", text: JSON.stringify(value.value) };
    default:
      return {
        kind: "unknown",
        text: `C# value of type ${value.type === "object" ? value.clrType : value.type}`,
      };
  }
}

/** The runner's type tag for a C# type the translator announced ("int?" → "int", "byte[]" → "bytes"). */
function runnerTypeOf(csharpType: string): string {
  const bare = csharpType.endsWith("?") ? csharpType.slice(0, -1) : csharpType;
  return bare === "byte[]" ? "bytes" : bare;
}

/** Why the two outcomes differ, or undefined when they agree after normalisation. */
export function divergence(
  javascript: Canonical,
  csharp: Canonical,
  csharpResult: CSharpCaseResult,
  resultType: string | undefined,
): string | undefined {
  if (javascript.kind === "unknown") return javascript.text;
  if (csharp.kind === "unknown") return csharp.text;
  if (javascript.kind !== csharp.kind || javascript.type !== csharp.type)
    return "different outcomes";
  if (javascript.kind === "value" && csharp.kind === "value" && javascript.text !== csharp.text)
    return "different values";
  if (
    "value" in csharpResult &&
    resultType &&
    csharpResult.value.type !== "null" &&
    runnerTypeOf(resultType) !== csharpResult.value.type
  ) {
    return `the translator announced ${resultType} but C# produced ${csharpResult.value.type}`;
  }
  return undefined;
}

/** One line per outcome, for failure messages. */
export function describeCanonical(value: Canonical): string {
  if (value.kind === "exception") return `throws ${value.type} (${value.message.split("\n")[0]})`;
  if (value.kind === "unknown") return value.text;
  return `${value.type} ${JSON.stringify(value.text)}`;
}
