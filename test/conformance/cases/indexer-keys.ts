// Conformance cases: element reads and writes whose key is known only at run time and names a
// member of the receiver's twin. C# calls the indexer whatever the key: context.Variables[k]
// (IReadOnlyDictionary<string, object>: the variable, KeyNotFoundException when absent), the
// headers, the query and the matched parameters (the same), Json.NET's JObject (the property or
// null; the setter adds or replaces it) and JToken (JObject's, JArray's ArgumentException for a
// string key, JValue's InvalidOperationException). The harness routes these accesses through
// the twins' indexers (src/model/element-access.ts); before that it read the member ("Count":
// the number of variables). Keys and contents are generated (fast-check, fixed seeds): member
// names of every twin, names JavaScript itself gives meaning to, and ordinary names.
import fc from "fast-check";
import type {
  ContextDescription,
  TypedValue,
} from "../../../harness/crosscheck/context-description.ts";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";

const NOW = "2030-06-15T12:00:00Z";

/** The dictionaries' members (IReadOnlyDictionary, LINQ, GetValueOrDefault) and an ordinary name. */
const DICTIONARY_KEYS = [
  "Count",
  "ContainsKey",
  "TryGetValue",
  "GetValueOrDefault",
  "Keys",
  "Values",
  "First",
  "Any",
  "a",
];

/** The token twins' members, JavaScript's own names, and ordinary names. */
const JSON_KEYS = [
  "Type",
  "Count",
  "HasValues",
  "Property",
  "Properties",
  "ContainsKey",
  "TryGetValue",
  "Remove",
  "Add",
  "ToString",
  "toString",
  "SelectToken",
  "DeepClone",
  "Name",
  "Value",
  "then",
  "constructor",
  "toJSON",
  "__typedJsonValue",
  "@@iterator",
  "0",
  "a",
];

const storedValue: fc.Arbitrary<TypedValue> = fc.oneof(
  fc.constantFrom("x", "", "Count").map((value): TypedValue => ({ type: "string", value })),
  fc.integer({ min: -5, max: 5 }).map((value): TypedValue => ({ type: "int", value })),
  fc.constant<TypedValue>({ type: "null" }),
);

/** Variables named after members (some absent), and "key" naming the one to read. */
function variableContexts(count: number, seed: number): ContextDescription[] {
  const names = fc.uniqueArray(fc.constantFrom(...DICTIONARY_KEYS), { maxLength: 5 });
  return fc
    .sample(
      fc.tuple(
        names,
        fc.array(storedValue, { minLength: 5, maxLength: 5 }),
        fc.constantFrom(...DICTIONARY_KEYS),
      ),
      {
        numRuns: count,
        seed,
      },
    )
    .map(([present, values, key]) => {
      const variables: Record<string, TypedValue> = { key: { type: "string", value: key } };
      present.forEach((name, i) => (variables[name] = values[i]!));
      return { now: NOW, variables };
    });
}

/** Headers, query parameters and a matched parameter named after members; X-Key names the one to read. */
function dictionaryContexts(count: number, seed: number): ContextDescription[] {
  const values = fc.array(fc.constantFrom("v", "w", ""), { minLength: 1, maxLength: 2 });
  const dictionary = fc.dictionary(fc.constantFrom(...DICTIONARY_KEYS), values, { maxKeys: 4 });
  return fc
    .sample(
      fc.tuple(
        dictionary,
        dictionary,
        fc.constantFrom(...DICTIONARY_KEYS),
        fc.constantFrom(...DICTIONARY_KEYS),
      ),
      {
        numRuns: count,
        seed,
      },
    )
    .map(([headers, query, key, parameter]): ContextDescription => ({
      now: NOW,
      request: {
        headers: { ...headers, "X-Key": [key] },
        url: { query },
        matchedParameters: { [parameter]: "p" },
      },
    }));
}

const JSON_VALUES = ["1", '"s"', "null", "[1,2]", '{"x":true}', "true", '""'];

/** [text, key]: objects with member-named properties, arrays and scalars, and a key to read. */
function jsonInputs(count: number, seed: number): string[][] {
  const object = fc
    .uniqueArray(fc.constantFrom(...JSON_KEYS), { maxLength: 5 })
    .chain((keys) =>
      fc
        .array(fc.constantFrom(...JSON_VALUES), { minLength: keys.length, maxLength: keys.length })
        .map((values) => `{${keys.map((k, i) => `${JSON.stringify(k)}:${values[i]}`).join(",")}}`),
    );
  const text = fc.oneof(
    { weight: 4, arbitrary: object },
    { weight: 1, arbitrary: fc.constantFrom("[1,2]", "[]", "1", '"s"', "null") },
  );
  return fc.sample(fc.tuple(text, fc.constantFrom(...JSON_KEYS)), { numRuns: count, seed });
}

const variables = variableContexts(300, 1801);
const dictionaries = dictionaryContexts(300, 1802);
const json = jsonInputs(400, 1803);
const jsonObjects = json.filter(([text]) => text!.startsWith("{"));
const v = (id: string, source: string): SnippetSpec => ({ id, source, contexts: variables });
const d = (id: string, source: string): SnippetSpec => ({ id, source, contexts: dictionaries });
const j = (id: string, source: string, inputs: string[][]): SnippetSpec => ({
  id,
  source,
  inputs,
  contexts: [{ now: NOW }],
});

export const indexerKeyCases: SnippetSpec[] = [
  v(
    "keys.Variables.indexer",
    `(context: Context) => { const k = (context.Variables["key"] as string | null) ?? ""; return (context.Variables[k] as string | null) ?? "null"; }`,
  ),
  v(
    "keys.Variables.indexer.Convert",
    `(context: Context) => { const k = (context.Variables["key"] as string | null) ?? ""; return context.Variables[k] == null ? -1 : Convert.ToInt32(context.Variables[k]); }`,
  ),
  d(
    "keys.Headers.indexer",
    `(context: Context) => string.Join("|", context.Request.Headers[context.Request.Headers.GetValueOrDefault("X-Key", "")])`,
  ),
  // In an optional chain (a `?.` on a value that is never null: C# keeps it).
  d(
    "keys.Headers.indexer.chain",
    `(context: Context) => context.Request?.Headers[context.Request.Headers.GetValueOrDefault("X-Key", "")].length`,
  ),
  d(
    "keys.Query.indexer",
    `(context: Context) => context.Request.Url.Query[context.Request.Headers.GetValueOrDefault("X-Key", "")].length`,
  ),
  d(
    "keys.MatchedParameters.indexer",
    `(context: Context) => context.Request.MatchedParameters[context.Request.Headers.GetValueOrDefault("X-Key", "")] + "!"`,
  ),
  j(
    "keys.JObject.indexer",
    `(s: string, k: string) => { const t = JObject.Parse(s)[k]; return t == null ? "null" : t.Type.ToString() + ":" + t.ToString(Formatting.None); }`,
    jsonObjects,
  ),
  j(
    "keys.JToken.indexer",
    `(s: string, k: string) => { const t = JToken.Parse(s)[k]; return t == null ? "null" : t.ToString(Formatting.None); }`,
    json,
  ),
  j(
    "keys.JObject.setter",
    `(s: string, k: string) => { const o = JObject.Parse(s); o[k] = new JValue(k); return o.ToString(Formatting.None) + "|" + o.Count; }`,
    jsonObjects,
  ),
];
