// APIM's BasicAuthCredentials in expressions: the C# the translator writes for AsBasic() and
// TryParseBasic's out parameter (no argument besides the out), each also run in both languages.
// Member names: api-management-policy-expressions.md (AsBasic, TryParseBasic, BasicAuthCredentials).
import { describeConformance } from "../../harness/conformance/index.ts";

const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString("base64")}`;
const inputs = [[basic("alice:s3cret")], [basic("no-colon")], ["Bearer abc"], [""]];

describeConformance("mapping: BasicAuthCredentials", (t) => {
  t.expression('(s: string) => { const c = s.AsBasic(); return c == null ? "-" : c.UserId; }')
    .withInputs(...inputs)
    .expectCSharp('@{\n    var c = s.AsBasic();\n    return c == null ? "-" : c.UserId;\n}')
    .expectSameInCSharp();
  t.expression(
    '(s: string) => { const [ok, c] = s.TryParseBasic(); return ok ? c!.UserId + "/" + c!.Password : "no"; }',
  )
    .withInputs(...inputs)
    .expectCSharp(
      '@{\n    BasicAuthCredentials c;\n    var ok = s.TryParseBasic(out c);\n    return ok ? c.UserId + "/" + c.Password : "no";\n}',
    )
    .expectSameInCSharp();
  // TryParseBasic takes no argument besides its out parameter.
  t.expression("(s: string) => { const [ok] = s.TryParseBasic(); return ok; }").expectDiagnostic(
    "APIM1001",
    "out parameter",
  );
});
