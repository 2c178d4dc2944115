// Conformance cases: headers, Url.Query and MatchedParameters as APIM's dictionaries (the indexer
// returning string[] that throws when the key is absent, TryGetValue, ContainsKey, Keys, Values,
// Count, foreach over the pairs) and the LINQ operators real code uses over them. Contexts are
// generated (fast-check, fixed seed) with absent, repeated and differently-cased names.
import fc from "fast-check";
import type { ContextDescription } from "../../../harness/crosscheck/context-description.ts";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";

const NAMES = ["Accept", "accept", "X-A", "x-a", "X-B", "Content-Type", "X-Empty"];
const VALUES = ["", "a", "b", "text/plain", "a,b", "é", " x "];

const dictionary = fc.dictionary(
  fc.constantFrom(...NAMES),
  fc.array(fc.constantFrom(...VALUES), { minLength: 1, maxLength: 3 }),
  { maxKeys: 5 },
);

/** Contexts whose headers, query and matched parameters are generated. */
export function dictionaryContexts(count: number, seed: number): ContextDescription[] {
  return fc
    .sample(fc.tuple(dictionary, dictionary, fc.option(fc.constantFrom("1", "", "abc"))), {
      numRuns: count,
      seed,
    })
    .map(([headers, query, id]): ContextDescription => {
      const matchedParameters: Record<string, string> = id === null ? {} : { id };
      return {
        now: "2030-06-15T12:00:00Z",
        request: { headers, url: { query }, matchedParameters },
      };
    });
}

const contexts = dictionaryContexts(300, 1401);
const c = (id: string, source: string): SnippetSpec => ({ id, source, contexts });

export const dictionaryCases: SnippetSpec[] = [
  // The indexer, TryGetValue, ContainsKey, Keys, Values, Count
  c("Headers.indexer", `(context: Context) => string.Join("|", context.Request.Headers["x-a"])`),
  c("Headers.indexer.length", `(context: Context) => context.Request.Headers["ACCEPT"].length`),
  c(
    "Headers.TryGetValue",
    `(context: Context) => { const [found, values] = context.Request.Headers.TryGetValue("X-B"); if (found) { return string.Join(",", values!); } return values == null ? "none" : "?"; }`,
  ),
  c("Headers.Keys", `(context: Context) => string.Join(",", context.Request.Headers.Keys)`),
  c(
    "Headers.Values",
    `(context: Context) => context.Request.Headers.Values.Count() + context.Request.Headers.Count * 10`,
  ),
  c("Query.indexer", `(context: Context) => string.Join("+", context.Request.Url.Query["X-A"])`),
  c(
    "Query.TryGetValue",
    `(context: Context) => { const [found, values] = context.Request.Url.Query.TryGetValue("accept"); return found && values!.length > 1; }`,
  ),
  c(
    "MatchedParameters.indexer",
    `(context: Context) => context.Request.MatchedParameters["ID"] + "!"`,
  ),
  c(
    "MatchedParameters.TryGetValue",
    `(context: Context) => { const [found, value] = context.Request.MatchedParameters.TryGetValue("id"); return found ? value ?? "null" : "absent"; }`,
  ),
  // foreach over the pairs
  c(
    "Headers.foreach",
    `(context: Context) => { let s = ""; for (const pair of context.Request.Headers) { s = s + pair.Key + "=" + pair.Value.length + ";"; } return s; }`,
  ),
  // LINQ
  c(
    "Linq.Where.Select",
    `(context: Context) => string.Join(";", context.Request.Headers.Where((kv) => kv.Key.startsWith("X")).Select((kv) => kv.Key + "=" + string.Join(",", kv.Value)))`,
  ),
  c(
    "Linq.First",
    `(context: Context) => context.Request.Headers.First((kv) => kv.Value.length > 1).Key`,
  ),
  c("Linq.First.empty", `(context: Context) => context.Request.Url.Query.Keys.First()`),
  c(
    "Linq.FirstOrDefault",
    `(context: Context) => context.Request.Headers.Keys.FirstOrDefault((k) => k.length > 5) ?? "none"`,
  ),
  c(
    "Linq.Single",
    `(context: Context) => context.Request.Headers.Single((kv) => kv.Value.includes("a")).Key`,
  ),
  c("Linq.Single.all", `(context: Context) => context.Request.Url.Query.Keys.Single()`),
  c(
    "Linq.SingleOrDefault",
    `(context: Context) => context.Request.Headers.Keys.SingleOrDefault((k) => k.toLowerCase() === "accept") ?? "none"`,
  ),
  c(
    "Linq.Any.All.Count",
    `(context: Context) => context.Request.Headers.Any((kv) => kv.Value.length === 3) || context.Request.Headers.All((kv) => kv.Key.length > 3) && context.Request.Headers.Keys.Count((k) => k.length > 3) > 1`,
  ),
  c(
    "Linq.OrderBy",
    `(context: Context) => string.Join(",", context.Request.Headers.OrderBy((kv) => kv.Value.length).Select((kv) => kv.Key))`,
  ),
  c(
    "Linq.OrderByDescending",
    `(context: Context) => string.Join(",", context.Request.Url.Query.OrderByDescending((kv) => kv.Key.length).Select((kv) => kv.Key).ToArray())`,
  ),
  c(
    "Linq.Skip.Take",
    `(context: Context) => string.Join(",", context.Request.Headers.Keys.Skip(1).Take(2))`,
  ),
  c(
    "Linq.Distinct.Contains",
    `(context: Context) => context.Request.Headers.Values.Select((v) => v[0]!).Distinct().Count() * 10 + (context.Request.Headers.Keys.Contains("Accept") ? 1 : 0)`,
  ),
  c(
    "Linq.SelectMany.ToArray",
    `(context: Context) => context.Request.Headers.Select((kv) => kv.Value.length).ToArray().length`,
  ),
];
