// Conformance cases: Json.NET in expressions (src/dotnet/json.ts), on generated JSON texts
// (json-texts.ts) run through the harness's twin (harness/dotnet/json) and through the real
// Json.NET on mono. Indented text is compared with "\r\n" read as "\n": APIM's Windows hosts end
// lines with "\r\n", mono on Linux with "\n" (Environment.NewLine; the twin follows APIM).
// Contexts run in UTC and Europe/Berlin: a date with an offset becomes gateway-local time.
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import type { ContextDescription } from "../../../harness/crosscheck/context-description.ts";
import { runInDotnetEnvironment } from "../../../harness/dotnet/environment.ts";
import { readJson } from "../../../harness/dotnet/json/reader.ts";
import { jsonTexts } from "./json-texts.ts";

const N = 260;
const zones: ContextDescription[] = [
  { now: "2030-06-15T12:00:00Z" },
  { now: "2030-06-15T12:00:00Z", timeZone: "Europe/Berlin" },
];
const any = (seed: number) => jsonTexts(N, seed, "any").map((t) => [t]);
const objects = (seed: number) => jsonTexts(N, seed, "object").map((t) => [t]);
const arrays = (seed: number) => jsonTexts(N, seed, "array").map((t) => [t]);
const scalarArrays = (seed: number) => jsonTexts(N, seed, "scalars").map((t) => [t]);
const c = (id: string, source: string, inputs: unknown[][]): SnippetSpec => ({
  id: `json.${id}`,
  source,
  inputs,
  contexts: zones,
});

/**
 * Texts DeserializeObject is simulated on: not cut short inside an object or array (Json.NET 13
 * fails there in its writer, which the harness refuses; see harness/dotnet/json/index.ts).
 */
const deserializable = (inputs: unknown[][]) =>
  inputs.filter(([text]) => {
    try {
      runInDotnetEnvironment({ instant: Date.UTC(2030, 5, 15, 12) }, () =>
        readJson(text as string),
      );
    } catch (error) {
      return !(
        error instanceof Error &&
        /^(Unexpected end of content while loading|Error reading J(Object|Array) from JsonReader\. Path)/.test(
          error.message,
        )
      );
    }
    return true;
  });

/** Contexts whose request body is a generated JSON text (empty texts: no body, Body is null). */
const bodies = (seed: number, root: "any" | "object" | "array"): ContextDescription[] =>
  jsonTexts(N, seed, root)
    .filter((text) => text !== "")
    .map((body, n) => ({ ...zones[n % 2]!, request: { method: "POST", body } }));

/** JSONPaths in the subset the twin simulates (select-token.ts), over the generated texts' keys. */
const SELECT_PATHS = [
  "a",
  "a.b",
  "$.a[0]",
  "[1]",
  "[0].a",
  "['id']",
  "$",
  "",
  "a[1].b",
  "$['a'].A",
  "['é']",
  "b[0][1]",
];
const withPaths = (texts: string[]) =>
  texts.map((t, i) => [t, SELECT_PATHS[i % SELECT_PATHS.length]!]);

export const jsonCases: SnippetSpec[] = [
  // Values<T>(): the children's values converted (scalar arrays, mixed arrays, objects, scalars)
  c(
    "Values.string",
    '(s: string) => string.Join("|", JToken.Parse(s).Values<string>().Select((v) => v ?? "null"))',
    [...scalarArrays(2180), ...any(2181)],
  ),
  c(
    "Values.int",
    "(s: string) => { const v = JArray.Parse(s).Values<int>(); return v.Count() === 0 ? -1 : v.Skip(v.Count() - 1).First(); }",
    [...scalarArrays(2182), ...arrays(2183)],
  ),
  c("Values.long", "(s: string) => JToken.Parse(s).Values<long>().First()", [
    ...scalarArrays(2184),
    ...any(2185),
  ]),
  c(
    "Values.double",
    "(s: string) => { const v = JArray.Parse(s).Values<double>(); return v.Count() === 0 ? -1 : v.Skip(v.Count() - 1).First(); }",
    [...scalarArrays(2186), ...arrays(2187)],
  ),
  c(
    "Values.bool",
    '(s: string) => string.Join(",", JArray.Parse(s).Values<boolean>().Select((b) => (b ? "T" : "F")))',
    [...scalarArrays(2188), ...arrays(2189)],
  ),
  c(
    "Values.JObject",
    '(s: string) => { const o = JObject.Parse(s); return o.Count + ":" + o.Values<string>().Count(); }',
    objects(2190),
  ),
  // new JValue(x) where a JToken is expected
  c(
    "JValue.string",
    '(s: string) => { const v = new JValue(s); const o = JObject.Parse("{}"); o["v"] = v; return v.Type.ToString() + "|" + o.ToString(Formatting.None) + "|" + v.ToString() + "|" + (s.length > 4 ? (v["a"]?.ToString() ?? "null") : "short"); }',
    any(2191),
  ),
  c(
    "JValue.number",
    '(s: string) => { const o = JObject.Parse(s); o["a"] = new JValue(o.Value<long>("a")); o["b"] = new JValue(o.Value<int>("b")); return o["a"]!.Type.ToString() + "|" + o.ToString(Formatting.None); }',
    objects(2192),
  ),
  c(
    "JValue.bool",
    '(s: string) => { const a = JArray.Parse(s); a.Add(new JValue(a.Count > 2)); a.Add(new JValue(a.Count)); a[0] = new JValue(a[0]!.Type === JTokenType.Boolean); return a.ToString().replaceAll("\\r\\n", "\\n"); }',
    arrays(2193),
  ),
  // Indexer setters
  c(
    "JObject.indexer.set",
    '(s: string) => { const o = JObject.Parse(s); o["a"] = JToken.Parse("[1.0]"); o["copy"] = o["b"]; o["z"] = null; return o.ToString(Formatting.None); }',
    objects(2160),
  ),
  c(
    "JArray.indexer.set",
    '(s: string) => { const a = JArray.Parse(s); a[1] = a[0]; a[0] = JToken.Parse("{}"); return a.ToString(Formatting.None); }',
    arrays(2161),
  ),
  // Object and array literals where Json.NET expects a value: new JObject(new JProperty(...))
  c(
    "literal.JObject.Add",
    '(s: string) => { const o = JObject.Parse(s); const n = o.Count; o.Remove("z"); o.Add("z", { id: n, name: "x", ok: true, none: null, tags: ["a", n, [false]], nested: { a: JToken.Parse("[1.0]"), b: o["a"] } }); return o.ToString(Formatting.None); }',
    objects(2150),
  ),
  c(
    "literal.JArray.Add",
    '(s: string) => { const a = JArray.Parse(s); a.Add([a.Count, "x", null, { k: a.Count > 0 ? a[0] : null }]); a.Add("2020-01-01T00:00:00Z"); a.Add(null); a.Add([]); a.Add({}); return a.ToString(Formatting.None); }',
    arrays(2151),
  ),
  // Message bodies read as JSON (with preserveContent, then consumed as text)
  {
    id: "json.Body.As.JObject",
    source:
      '(context: Context) => (context.Request.Body!.As<JObject>(true)["a"]?.ToString(Formatting.None) ?? "none") + "|" + context.Request.Body!.As<string>().length',
    contexts: bodies(2140, "object"),
  },
  {
    id: "json.Body.As.JArray",
    source: "(context: Context) => context.Request.Body!.As<JArray>().Count",
    contexts: bodies(2141, "any"),
  },
  {
    id: "json.Body.As.bytes",
    source:
      '(context: Context) => { const b = context.Request.Body!.As<bytes>(true); return b.length + ":" + Convert.ToBase64String(b) + "|" + context.Request.Body!.As<string>().length; }',
    contexts: bodies(2143, "any"),
  },
  {
    id: "json.Body.As.JToken",
    source: "(context: Context) => context.Request.Body!.As<JToken>(true).Type.ToString()",
    contexts: bodies(2142, "any"),
  },
  // Parsing and writing
  c("JToken.Parse.None", "(s: string) => JToken.Parse(s).ToString(Formatting.None)", any(2101)),
  c(
    "JToken.Parse.Indented",
    '(s: string) => JToken.Parse(s).ToString().replaceAll("\\r\\n", "\\n")',
    any(2102),
  ),
  c("JToken.Type", "(s: string) => JToken.Parse(s).Type.ToString()", any(2103)),
  c("JObject.Parse", "(s: string) => JObject.Parse(s).ToString(Formatting.None)", objects(2104)),
  c("JArray.Parse", "(s: string) => JArray.Parse(s).ToString(Formatting.None)", arrays(2105)),
  c("JObject.Parse.any", "(s: string) => JObject.Parse(s).Count", any(2106)),
  c(
    "JsonConvert.SerializeObject",
    "(s: string) => JsonConvert.SerializeObject(JToken.Parse(s))",
    any(2107),
  ),
  // JsonConvert.DeserializeObject<T>: null or blank text, JSON null, another kind of JSON
  c(
    "JsonConvert.DeserializeObject.JObject",
    '(s: string) => JsonConvert.DeserializeObject<JObject>(s)?.ToString(Formatting.None) ?? "null"',
    deserializable([...any(2170), [null], [" \u00a0"], ["null"], ["\r\n[1,\r\n2]"]]),
  ),
  c(
    "JsonConvert.DeserializeObject.JArray",
    "(s: string) => { const a = JsonConvert.DeserializeObject<JArray>(s); return a == null ? -1 : a.Count; }",
    deserializable([...any(2171), ...arrays(2172).slice(0, 60), ["null"], ["\t"]]),
  ),
  c(
    "JsonConvert.DeserializeObject.JToken",
    '(s: string) => { const t = JsonConvert.DeserializeObject<JToken>(s); return t == null ? "none" : t.Type.ToString() + ":" + t.ToString(Formatting.None); }',
    deserializable([...any(2173), ["null"], [""], [null]]),
  ),
  c(
    "cast.DateTime",
    '(s: string) => { const t = JObject.Parse(s)["a"]; if (t?.Type === JTokenType.String) return "string"; const d = t as DateTime | null; return d == null ? "null" : d.ToString("o"); }',
    objects(2176),
  ),
  c(
    "cast.DateTime.properties",
    '(s: string) => { const o = JObject.Parse(s); let out = ""; for (const p of o.Properties()) { try { if (p.Value.Type === JTokenType.String) continue; const d = o[p.Name] as DateTime | null; out = out + (d == null ? "null" : d.ToString("o")) + ";"; } catch (e) { out = out + "error;"; } } return out; }',
    objects(2177),
  ),
  // Indexers, JSON null vs a missing property
  c(
    "JObject.indexer",
    '(s: string) => { const v = JObject.Parse(s)["a"]; return v == null ? "missing" : v.Type.ToString() + ":" + v.ToString(Formatting.None); }',
    objects(2108),
  ),
  c(
    "JToken.indexer.chain",
    '(s: string) => JToken.Parse(s)["a"]?.ToString().replaceAll("\\r\\n", "\\n") ?? "missing"',
    any(2109),
  ),
  c("JArray.indexer", "(s: string) => JArray.Parse(s)[1].ToString(Formatting.None)", arrays(2110)),
  c(
    "JTokenType.members",
    "(s: string) => { const t = JToken.Parse(s).Type; return t === JTokenType.Object ? 1 : t === JTokenType.Array ? 2 : t === JTokenType.Property ? 3 : t === JTokenType.Integer ? 4 : t === JTokenType.Float ? 5 : t === JTokenType.String ? 6 : t === JTokenType.Boolean ? 7 : t === JTokenType.Null ? 8 : t === JTokenType.Date ? 9 : 0; }",
    any(2130),
  ),
  c(
    "Formatting.Indented",
    '(s: string) => JToken.Parse(s).ToString(Formatting.Indented).replaceAll("\\r\\n", "\\n")',
    any(2131),
  ),
  c(
    "JTokenType.equality",
    "(s: string) => JToken.Parse(s).Type === JTokenType.Object || JToken.Parse(s).Type === JTokenType.Null",
    any(2111),
  ),
  // Value<T> and the explicit conversions
  c("Value.string", '(s: string) => JObject.Parse(s).Value<string>("a") ?? "null"', objects(2112)),
  c("Value.int", '(s: string) => JObject.Parse(s).Value<int>("a")', objects(2113)),
  c("Value.long", '(s: string) => JObject.Parse(s).Value<long>("a")', objects(2114)),
  c("Value.double", '(s: string) => JObject.Parse(s).Value<double>("a")', objects(2115)),
  c("Value.bool", '(s: string) => JObject.Parse(s).Value<boolean>("a")', objects(2116)),
  c(
    "cast.string",
    '(s: string) => (JObject.Parse(s)["a"] as string | null) ?? "null"',
    objects(2117),
  ),
  c("cast.int", '(s: string) => (JObject.Parse(s)["a"] as int | null) ?? -1', objects(2118)),
  c("cast.long", '(s: string) => (JObject.Parse(s)["a"] as long | null) ?? -1', objects(2119)),
  c("cast.double", '(s: string) => (JObject.Parse(s)["a"] as double | null) ?? -1', objects(2120)),
  c(
    "cast.bool",
    '(s: string) => (JObject.Parse(s)["a"] as boolean | null) === true',
    objects(2121),
  ),
  // Object and array members
  c(
    "JObject.Properties",
    '(s: string) => string.Join(",", JObject.Parse(s).Properties().Select((p) => p.Name + "=" + p.Value.Type.ToString()))',
    objects(2122),
  ),
  c(
    "JObject.Property",
    '(s: string) => JObject.Parse(s).Property("a")?.ToString(Formatting.None) ?? "none"',
    objects(2123),
  ),
  c(
    "JObject.ContainsKey",
    '(s: string) => JObject.Parse(s).ContainsKey("a") ? 1 : JObject.Parse(s).ContainsKey("b") ? 2 : 0',
    objects(2124),
  ),
  c(
    "JObject.TryGetValue",
    '(s: string) => { const [found, value] = JObject.Parse(s).TryGetValue("a"); return found ? value!.Type.ToString() : value == null ? "absent" : "?"; }',
    objects(2125),
  ),
  c(
    "JObject.Remove.Add",
    '(s: string) => { const o = JObject.Parse(s); const removed = o.Remove("a"); o.Add("b", JToken.Parse("[1]")); return (removed ? "removed " : "kept ") + o.ToString(Formatting.None); }',
    objects(2126),
  ),
  c(
    "JArray.Add.Remove",
    '(s: string) => { const a = JArray.Parse(s); const first = a.Count > 0 ? a[0] : null; a.Add(JToken.Parse("{}")); a.Add(null); const removed = first != null && a.Remove(first); return (removed ? "removed " : "kept ") + a.Count + a.ToString(Formatting.None); }',
    arrays(2127),
  ),
  c(
    "JToken.HasValues",
    '(s: string) => (JToken.Parse(s).HasValues ? "values " : "none ") + JToken.Parse(s).Type.ToString()',
    any(2128),
  ),
  c(
    "JToken.ToObject",
    "(s: string) => { const t = JToken.Parse(s); return t.ToObject<int>() + 1; }",
    any(2142),
  ),
  c("JToken.ToObject.long", "(s: string) => JToken.Parse(s).ToObject<long>()", any(2143)),
  c("JToken.ToObject.double", "(s: string) => JToken.Parse(s).ToObject<double>()", any(2144)),
  c(
    "JToken.ToObject.bool",
    '(s: string) => (JToken.Parse(s).ToObject<boolean>() ? "yes" : "no")',
    any(2145),
  ),
  c(
    "JToken.ToObject.string",
    '(s: string) => JToken.Parse(s).ToObject<string>() ?? "null"',
    any(2146),
  ),
  c(
    "JToken.SelectToken",
    '(s: string, p: string) => { const t = JToken.Parse(s).SelectToken(p); return t == null ? "none" : t.Type.ToString() + ":" + t.ToString(Formatting.None); }',
    withPaths([...jsonTexts(N, 2140, "object"), ...jsonTexts(N, 2141, "any")]),
  ),
  c(
    "JToken.DeepClone",
    '(s: string) => { const o = JObject.Parse(s); const copy = o.DeepClone(); o.Remove("a"); o.Add("z", copy); return o.ToString(Formatting.None) + copy.ToString(Formatting.None); }',
    objects(2129),
  ),
];
