// APIM's Jwt in expressions: the C# the translator writes for AsJwt(), TryParseJwt's out
// parameter (no argument besides the out), a Jwt read from a variable, and `.Value` where
// TypeScript has narrowed a nullable DateTime (Nullable<DateTime> has no ToString(format)); each
// also run in both languages. Member names: api-management-policy-expressions.md (Jwt rows).
import { describeConformance } from "../../harness/conformance/index.ts";

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const token = `${part({ alg: "HS256", typ: "JWT" })}.${part({ sub: "alice", exp: 1780003600, roles: ["a", "b"] })}.c2ln`;
const inputs = [[token], ["not a token"], [""]];

describeConformance("mapping: Jwt", (t) => {
  t.expression(
    '(s: string) => { const jwt = s.AsJwt(); return jwt == null ? "-" : jwt.Subject ?? "?"; }',
  )
    .withInputs(...inputs)
    .expectCSharp(
      '@{\n    var jwt = s.AsJwt();\n    return jwt == null ? "-" : jwt.Subject ?? "?";\n}',
    )
    .expectSameInCSharp();
  t.expression(
    '(s: string) => { const [ok, jwt] = s.TryParseJwt(); return ok ? jwt!.Claims.GetValueOrDefault("roles", "") : "no"; }',
  )
    .withInputs(...inputs)
    .expectCSharp(
      '@{\n    Jwt jwt;\n    var ok = s.TryParseJwt(out jwt);\n    return ok ? jwt.Claims.GetValueOrDefault("roles", "") : "no";\n}',
    )
    .expectSameInCSharp();
  t.expression(
    '(s: string) => { const jwt = s.AsJwt(); return jwt != null && jwt.ExpirationTime != null ? jwt.ExpirationTime.ToString("o") : "-"; }',
  )
    .withInputs(...inputs)
    .expectCSharp(
      '@{\n    var jwt = s.AsJwt();\n    return jwt != null && jwt.ExpirationTime != null ? jwt.ExpirationTime.Value.ToString("o") : "-";\n}',
    )
    .expectSameInCSharp();
  // TryParseJwt takes no argument besides its out parameter.
  t.expression("(s: string) => { const [ok] = s.TryParseJwt(); return ok; }").expectDiagnostic(
    "APIM1001",
    "out parameter",
  );
});
