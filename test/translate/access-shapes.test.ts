// Member and element reads the translator accepts (src/translate/expressions/access.ts): build-time
// values read through objects (parenthesized, by a string-literal key, a parameter shadowing a
// module constant), and C#'s indexers of Json.NET tokens and regex collections, each run both ways.
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("member and element access shapes", (t) => {
  t.declare(`
    const config = { header: "X-Other", limits: { max: 2 } };
    const HEADER = "X-Client";
    const ALLOWED = ["a", "b"];
  `);
  t.expression("(s: string) => s === (config).header || s.length > (config.limits).max")
    .withInputs(["X-Other"], ["abc"], ["a"])
    .expectCSharp('@(s == "X-Other" || s.Length > 2)')
    .expectSameInCSharp("a parenthesized build-time object is read at build time");
  t.expression('(s: string) => s === config["header"]')
    .withInputs(["X-Other"], ["a"])
    .expectCSharp('@(s == "X-Other")')
    .expectSameInCSharp("a build-time object read by a string-literal key");
  t.expression('(i: int) => ALLOWED[i] ?? "-"')
    .withInputs([0], [1], [2])
    .expectCSharp('@(new string[] { "a", "b" }.ElementAtOrDefault(i) ?? "-")')
    .expectSameInCSharp();
  t.expression('(s: string) => s + (ALLOWED[1] ?? "-")')
    .withInputs(["x"], ["y"])
    .expectCSharp('@(s + (new string[] { "a", "b" }.ElementAtOrDefault(1) ?? "-"))')
    .expectSameInCSharp("a build-time array by a number stays an array read in C#");
  // A string's length is read in C# (UTF-16 code units in both languages), not folded.
  t.expression("(s: string) => s.length + HEADER.length")
    .withInputs(["x"], ["yy"])
    .expectCSharp('@(s.Length + "X-Client".Length)')
    .expectSameInCSharp("a member of a build-time string");
  // A parameter named like a module constant is the parameter, not the constant.
  t.expression("(config: string) => config.length")
    .withInputs(["x"], ["yy"])
    .expectCSharp("@(config.Length)")
    .expectSameInCSharp("a parameter shadows a module constant");
  // A .NET enum member is written by name, not folded to the value the harness holds for it.
  t.expression('(s: string) => JToken.Parse(s)["a"]!.Type === JTokenType.String')
    .withInputs(['{"a":"x"}'], ['{"a":1}'])
    .expectCSharp('@(JToken.Parse(s)["a"].Type == JTokenType.String)')
    .expectSameInCSharp();
  t.expression('(s: string) => JToken.Parse(s)["a"]?.ToString() ?? "none"')
    .withInputs(['{"a":"x"}'], ['{"b":1}'], ['{"a":2}'])
    .expectCSharp('@(JToken.Parse(s)["a"]?.ToString() ?? "none")')
    .expectSameInCSharp("a JToken read by a string key");
  t.expression('(s: string, Type: string) => JToken.Parse(s)[Type]?.ToString() ?? "none"')
    .withInputs(['{"a":"x"}', "a"], ['{"b":1}', "a"])
    .expectCSharp('@(JToken.Parse(s)[Type]?.ToString() ?? "none")')
    .expectSameInCSharp("a key variable named like a JToken member");
  t.expression('(s: string) => Regex.Match(s, "(?<y>[0-9]+)-(?<z>x)").Groups["y"]!.Value')
    .withInputs(["12-x"], ["a"], ["7-x"])
    .expectCSharp('@(Regex.Match(s, "(?<y>[0-9]+)-(?<z>x)").Groups["y"].Value)')
    .expectSameInCSharp("a group by its name");
  t.expression('(s: string) => Regex.Match(s, "(?<y>[0-9]+)").Groups[`y`]!.Value')
    .withInputs(["12"], ["a"])
    .expectCSharp('@(Regex.Match(s, "(?<y>[0-9]+)").Groups["y"].Value)')
    .expectSameInCSharp("a group by a name in a template literal");
  t.expression('(s: string, i: int) => Regex.Match(s, "([a-z])([0-9])").Groups[i]!.Value')
    .withInputs(["a1", 1], ["a1", 2], ["a1", 5], ["-", 0])
    .expectCSharp('@(Regex.Match(s, "([a-z])([0-9])").Groups[i].Value)')
    .expectSameInCSharp("a group by number");
  t.expression('(s: string) => Regex.Matches(s, "[0-9]")[1]!.Value')
    .withInputs(["1a2"], ["34"])
    .expectCSharp('@(Regex.Matches(s, "[0-9]")[1].Value)')
    .expectSameInCSharp("a match by number");
  t.expression(
    '(context: Context) => { const Count = "n"; return context.Variables[Count] as string | null; }',
  )
    .withContexts(
      { now: "2030-01-01T00:00:00Z", variables: { n: { type: "string", value: "v" } } },
      { now: "2030-01-01T00:00:00Z" },
    )
    .expectSameInCSharp("a key variable named like a dictionary member");
});
