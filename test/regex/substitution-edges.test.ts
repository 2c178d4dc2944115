// Regex.Replace's replacement strings at their edges, read as .NET reads them and run in both
// languages (learn.microsoft.com, "Substitutions in Regular Expressions": $number, ${name}, $$,
// $&, $`, $'; "If number does not specify a valid capturing group defined in the regular
// expression pattern, $number is interpreted as a literal character sequence that is used to
// replace each match", and the same for ${name}). A replacement known only at run time is read
// by the harness (src/translate/members/regex-substitution.ts via harness/dotnet/regex-scan.ts)
// and by .NET in the C# cross-check; one known when the policy is built is also checked by the
// translator, which refuses the references .NET reads otherwise than they look (APIM1101).
import { describeConformance } from "../../harness/conformance/index.ts";

const NUMBERED = "([a-z]+)-([0-9]+)";
const NAMED = "(?<user>[a-z]+)@(?<host>[a-z.]+)";

describeConformance("Regex.Replace substitutions", (t) => {
  // A replacement read at run time: the harness must read every form as .NET does.
  t.expression(`(s: string, r: string) => Regex.Replace(s, "${NUMBERED}", r)`)
    .withInputs(
      ["ab-12 cd-3", "$2:$1"],
      ["ab-12", "<$&>"],
      ["x ab-12 y", "[$`|$']"],
      // Group numbers: $0 is the match, leading zeros are read, digits are read greedily, so $10
      // with two groups is no group ("$10" stays as written), not group 1 then "0".
      ["ab-12", "$0/$01/$02"],
      ["ab-12", "$3"],
      ["ab-12", "$10"],
      ["ab-12", "$21"],
      ["ab-12", "${2}${1}"],
      // Text after the last substitution is kept.
      ["ab-12", "$1 tail"],
      // `$` not followed by a substitution stays a literal `$`, and the text after it follows.
      ["ab-12", "US$ 5"],
      ["ab-12", "$x"],
      ["ab-12", "$"],
      ["ab-12", "$$1"],
      ["ab-12", "${"],
      ["ab-12", "${}"],
      ["ab-12", "${2"],
      ["ab-12", "${x}"],
      ["no match", "$1"],
      // A group number above Int32.MaxValue: .NET's parser throws ArgumentException, before it
      // scans (so also where nothing matches) and before it looks for a closing brace.
      ["ab-12", "$2147483647"],
      ["ab-12", "$2147483648"],
      ["ab-12", "${99999999999}"],
      ["ab-12", "${99999999999"],
      ["no match", "$99999999999"],
    )
    .expectSameInCSharp();

  // ${name}: a group by name; a brace that does not close right after the name is literal text.
  t.expression(`(s: string, r: string) => Regex.Replace(s, "${NAMED}", r)`)
    .withInputs(
      ["ann@contoso.com", "${host}/${user}"],
      ["ann@contoso.com, bo@fabrikam.net", "${user}${user}"],
      ["ann@contoso.com", "${user]"],
      ["ann@contoso.com", "${host"],
      ["ann@contoso.com", "${----}user"],
      ["ann@contoso.com", "${User}"],
      ["ann@contoso.com", "$1:$2"],
      ["ann", "${host}"],
    )
    .expectSameInCSharp();

  // Known when the policy is built: accepted when every `$` means what it looks like.
  t.expression(`(s: string) => Regex.Replace(s, "${NAMED}", "\${host}:\${user}!")`)
    .withInputs(["ann@contoso.com"], ["mail bo@fabrikam.net now"], ["nobody"])
    .expectSameInCSharp();
  t.expression('(s: string) => Regex.Replace(s, "([0-9]+)", "US$ $1.00 (was $x)")')
    .withInputs(["5"], ["a 12 b"], ["none"])
    .expectSameInCSharp();
  t.expression('(s: string) => Regex.Replace(s, "-", "$$")')
    .withInputs(["a-b-c"], ["abc"])
    .expectSameInCSharp();

  // Refused: .NET reads these as literal text, or the harness does not simulate them.
  t.expression('(s: string) => Regex.Replace(s, "a", "$_")').expectDiagnostic(
    "APIM1101",
    "'$_' (the whole input) is not simulated",
  );
  t.expression('(s: string) => Regex.Replace(s, "(a)", "$10")').expectDiagnostic(
    "APIM1101",
    "a '$' reference to no group of the pattern is literal text in .NET",
  );
  t.expression('(s: string) => Regex.Replace(s, "(a)", "$1$2147483648")').expectDiagnostic(
    "APIM1101",
    "above Int32.MaxValue (2147483647) makes .NET's Regex.Replace throw ArgumentException",
  );
  t.expression(`(s: string) => Regex.Replace(s, "${NAMED}", "\${user")`).expectDiagnostic(
    "APIM1101",
    "reference to no group",
  );
  t.expression(`(s: string) => Regex.Replace(s, "${NAMED}", "\${}")`).expectDiagnostic(
    "APIM1101",
    "reference to no group",
  );
  t.expression(`(s: string) => Regex.Replace(s, "${NAMED}", "\${usr}")`).expectDiagnostic(
    "APIM1101",
    "reference to no group",
  );
});
