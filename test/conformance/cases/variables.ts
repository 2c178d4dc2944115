// Conformance cases: context.Variables as APIM code reads it: the indexer with C#'s cast
// (`context.Variables["x"] as int`: KeyNotFoundException when absent, InvalidCastException when
// the stored type differs, NullReferenceException when a value type is read from null),
// TryGetValue's out value, ContainsKey, and Convert.ToInt32 of the stored object. The contexts are
// generated (fast-check, fixed seed): every name absent, null, or stored as one of APIM's types.
import fc from "fast-check";
import type {
  ContextDescription,
  TypedValue,
} from "../../../harness/crosscheck/context-description.ts";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";

const NOW = "2030-06-15T12:00:00Z";
const NAMES = ["a", "b", "A"] as const;

const stored: fc.Arbitrary<TypedValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant<TypedValue>({ type: "null" }),
  fc.integer({ min: -1000, max: 1000 }).map((value): TypedValue => ({ type: "int", value })),
  fc
    .integer({ min: -1000, max: 1000 })
    .map((value): TypedValue => ({ type: "long", value: String(value) })),
  fc
    .double({ min: -1e6, max: 1e6, noNaN: true })
    .map((value): TypedValue => ({ type: "double", value: Math.abs(value) < 1e-300 ? 0 : value })),
  fc.boolean().map((value): TypedValue => ({ type: "bool", value })),
  fc
    .constantFrom("1", "-20", " 7 ", "x", "", "2147483648", "+3")
    .map((value): TypedValue => ({ type: "string", value })),
  fc.constant<TypedValue>({ type: "Guid", value: "3f2504e0-4f89-11d3-9a0c-0305e82c3301" }),
);

/** Variable sets: names absent, null, or of any stored type; "a" and "A" are different names. */
export function variableContexts(count: number, seed: number): ContextDescription[] {
  return fc.sample(fc.tuple(stored, stored, stored), { numRuns: count, seed }).map((values) => {
    const variables: Record<string, TypedValue> = {};
    NAMES.forEach((name, i) => {
      if (values[i]) variables[name] = values[i]!;
    });
    return { now: NOW, variables };
  });
}

const contexts = variableContexts(400, 1201);
const c = (id: string, source: string): SnippetSpec => ({ id, source, contexts });

export const variableCases: SnippetSpec[] = [
  c("Variables.indexer.int", `(context: Context) => (context.Variables["a"] as int) + 1`),
  c("Variables.indexer.long", `(context: Context) => context.Variables["a"] as long`),
  c("Variables.indexer.double", `(context: Context) => context.Variables["b"] as double`),
  c(
    "Variables.indexer.bool",
    `(context: Context) => context.Variables["a"] as boolean ? "yes" : "no"`,
  ),
  c(
    "Variables.indexer.string",
    `(context: Context) => (context.Variables["A"] as string | null) ?? "null"`,
  ),
  c(
    "Variables.indexer.nullable-int",
    `(context: Context) => (context.Variables["a"] as int | null) ?? -1`,
  ),
  c("Variables.indexer.Guid", `(context: Context) => (context.Variables["b"] as Guid).ToString()`),
  c("Variables.indexer.null-test", `(context: Context) => context.Variables["a"] == null`),
  c(
    "Variables.indexer.key",
    `(context: Context) => { const name = context.Variables.ContainsKey("a") ? "a" : "b"; return context.Variables[name] != null; }`,
  ),
  c(
    "Variables.TryGetValue",
    `(context: Context) => { const [found, value] = context.Variables.TryGetValue("A"); return found ? (value as string | null) ?? "null" : "absent"; }`,
  ),
  c(
    "Variables.TryGetValue.int",
    `(context: Context) => { const [found, value] = context.Variables.TryGetValue("a"); if (!found) { return -1; } return value as int; }`,
  ),
  c(
    "Variables.ContainsKey.case",
    `(context: Context) => \`\${context.Variables.ContainsKey("a")} \${context.Variables.ContainsKey("A")} \${context.Variables.Count}\``,
  ),
  c(
    "Variables.Convert.ToInt32",
    `(context: Context) => Convert.ToInt32(context.Variables["A"]) + 1`,
  ),
];
