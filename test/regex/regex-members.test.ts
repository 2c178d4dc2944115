// Regex's statics beyond IsMatch in TypeScript: the exact C# the translator writes for Match,
// Matches, Groups by number and by name, Replace, Split and RegexOptions, each also run in both
// languages; and the refusals (APIM1016 for patterns, APIM1100 options, APIM1101 replacements,
// APIM1102 indexers). Declarations: src/dotnet/regex.ts; twin: harness/dotnet/regex.ts.
import { describeConformance } from "../../harness/conformance/index.ts";

const paths = [
  ["/contoso/v2/orders"],
  ["/fabrikam/v10/"],
  ["/x/orders"],
  [""],
  ["/Contoso/v2/a\n"],
];

describeConformance("mapping: Regex members", (t) => {
  t.expression(
    '(s: string) => { const m = Regex.Match(s, "^/(?<tenant>[a-z]+)/v(?<version>[0-9]+)/"); return m.Success ? m.Groups["tenant"]!.Value + "@" + m.Groups[2]!.Value + "#" + m.Index + ":" + m.Length : "-"; }',
  )
    .withInputs(...paths)
    .expectCSharp(
      '@{\n    var m = Regex.Match(s, "^/(?<tenant>[a-z]+)/v(?<version>[0-9]+)/");\n    return m.Success ? m.Groups["tenant"].Value + "@" + m.Groups[2].Value + "#" + m.Index + ":" + m.Length : "-";\n}',
    )
    .expectSameInCSharp();
  t.expression(
    '(s: string) => Regex.Replace(s, "^/([a-z]+)/v([0-9]+)", "/$2/${1}$$", RegexOptions.IgnoreCase)',
  )
    .withInputs(...paths)
    .expectCSharp(
      '@(Regex.Replace(s, "^/([a-z]+)/v([0-9]+)", "/$2/${1}$$", RegexOptions.IgnoreCase))',
    )
    .expectSameInCSharp();
  t.expression('(s: string) => Regex.Split(s, "/(v)?", RegexOptions.None)')
    .withInputs(...paths)
    .expectCSharp('@(Regex.Split(s, "/(v)?", RegexOptions.None))')
    .expectSameInCSharp();
  t.expression('(s: string) => Regex.Matches(s, "[a-z]+$", RegexOptions.Multiline).Count')
    .withInputs(["a\nb\nc"], ["a\rb"], [""], ["ab\n"])
    .expectCSharp('@(Regex.Matches(s, "[a-z]+$", RegexOptions.Multiline).Count)')
    .expectSameInCSharp();
  t.expression('(s: string) => Regex.Match(s, "a.c", RegexOptions.Singleline).Value')
    .withInputs(["a\nc"], ["abc"], ["ac"])
    .expectCSharp('@(Regex.Match(s, "a.c", RegexOptions.Singleline).Value)')
    .expectSameInCSharp();

  // Refused: options not written out, two options, patterns the engines read differently.
  t.expression('(s: string, o: RegexOptions) => Regex.IsMatch(s, "a", o)').expectDiagnostic(
    "APIM1100",
    "RegexOptions member",
  );
  t.expression('(s: string) => Regex.Match(s, "(?<a>x)(y)").Value').expectDiagnostic(
    "APIM1016",
    "numbered differently",
  );
  t.expression('(s: string) => Regex.Replace(s, "(a)", "$2")').expectDiagnostic(
    "APIM1101",
    "no group",
  );
  t.expression('(s: string) => Regex.Replace(s, "(a)", "$+")').expectDiagnostic("APIM1101", "$+");
  t.expression('(s: string) => Regex.Replace(s, "(?<n>a)", "${m}")').expectDiagnostic("APIM1101");
  t.expression(
    '(s: string, k: string) => Regex.Match(s, "(?<n>a)").Groups[k]!.Value',
  ).expectDiagnostic("APIM1102", "string literal");
  t.expression('(s: string) => Regex.Matches(s, "a")["0"]!.Value').expectDiagnostic("APIM1102");
});
