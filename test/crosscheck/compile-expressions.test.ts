// One mcs call compiles the C# model of APIM's context together with a batch of hand-written
// expressions in the style of Microsoft's samples and of the seed's policies.
import { afterAll, beforeAll, expect, it } from "vitest";
import { compileExpressions, type CompileResult } from "../../harness/crosscheck/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";

export const apimStyleExpressions = [
  {
    id: "header-blank",
    code: '@(string.IsNullOrWhiteSpace(context.Request.Headers.GetValueOrDefault("X-Client-Certificate")))',
  },
  {
    id: "header-default",
    code: '@(context.Request.Headers.GetValueOrDefault("X-Forwarded-For", "none"))',
  },
  {
    id: "certificate-from-header",
    code: `@{
    var header = context.Request.Headers.GetValueOrDefault("X-ARR-ClientCert", "");
    if (string.IsNullOrEmpty(header)) { return false; }
    var raw = Convert.FromBase64String(WebUtility.UrlDecode(header));
    var certificate = new X509Certificate2(raw);
    return certificate.VerifyNoRevocation()
        && certificate.NotBefore <= DateTime.Now
        && certificate.NotAfter >= DateTime.Now
        && context.Deployment.Certificates.Any(c => c.Value.Thumbprint == certificate.Thumbprint);
}`,
  },
  { id: "variable-bytes", code: '@(context.Variables.GetValueOrDefault<byte[]>("x"))' },
  { id: "variable-int", code: '@(context.Variables.GetValueOrDefault<int>("count", 7) + 1)' },
  {
    id: "interpolated",
    code: '@($"failed: {context.LastError?.Reason ?? "none"} at {DateTime.UtcNow:o}")',
  },
  { id: "regex", code: '@(Regex.IsMatch(context.Request.Url.Path, "^/api/v[0-9]+/"))' },
  {
    id: "linq",
    code: '@(context.Request.Headers.Where(h => h.Key.StartsWith("X-", StringComparison.Ordinal)).Select(h => h.Key).ToArray())',
  },
  { id: "named-value", code: '@("{{environment}}" == "prod")' },
  // Constructs for which mcs emits helpers (array init, enumerators, string switch, anonymous
  // types): none of them may trip the allow-list.
  {
    id: "array-foreach",
    code: "@{ var xs = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }; var sum = 0; foreach (var b in xs) { sum += b; } return sum; }",
  },
  {
    id: "list-foreach",
    code: '@{ var list = new List<string> { "a" }; foreach (var s in list) { if (s == "a") { return true; } } return false; }',
  },
  {
    id: "string-switch",
    code: '@{ switch (context.Request.Method) { case "GET": return 1; case "POST": return 2; case "PUT": return 3; case "DELETE": return 4; case "PATCH": return 5; case "HEAD": return 6; case "OPTIONS": return 7; default: return 0; } }',
  },
  { id: "anonymous-type", code: "@(new { a = 1 }.a)" },
  {
    id: "trace",
    code: '@{ context.Trace("checked " + context.RequestId); return context.Elapsed.TotalMilliseconds; }',
  },
];

describeWithCSharp("compileExpressions", () => {
  let result: CompileResult;
  beforeAll(async () => {
    result = await compileExpressions(apimStyleExpressions, {
      namedValues: { environment: "prod" },
    });
  });
  afterAll(() => result?.compiled?.dispose());

  it("compiles the model and every expression in one batch, inside APIM's allow-list", () => {
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.compiled!.expressionIds).toEqual(apimStyleExpressions.map((e) => e.id));
  });
});
