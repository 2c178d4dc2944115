// Replaying context descriptions through compiled expressions: values come back with their
// .NET type, exceptions with their .NET type and message, the virtual clock and the gateway
// time zone drive DateTime.Now, and VerifyNoRevocation trusts only the scenario's CA store.
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  compileExpressions,
  type CompiledExpressions,
  type CSharpCase,
  type CSharpCaseResult,
  type ContextDescription,
  type RunReport,
} from "../../harness/crosscheck/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { createTestPki, type TestPki } from "./fixtures/certificates.ts";

const expressions = [
  { id: "header", code: '@(context.Request.Headers.GetValueOrDefault("X-Client-Certificate"))' },
  {
    id: "header-or-default",
    code: '@(context.Request.Headers.GetValueOrDefault("X-Missing", "fallback"))',
  },
  { id: "variable-bytes", code: '@(context.Variables.GetValueOrDefault<byte[]>("x"))' },
  { id: "variable-int", code: '@(context.Variables.GetValueOrDefault<int>("n", -1))' },
  {
    id: "base64",
    code: '@(Convert.FromBase64String(context.Request.Headers.GetValueOrDefault("X-Data", "")))',
  },
  {
    id: "url-decode",
    code: '@(WebUtility.UrlDecode(context.Request.Url.Query.GetValueOrDefault("q")))',
  },
  { id: "now", code: "@(DateTime.Now)" },
  { id: "utc-now", code: "@(DateTime.UtcNow)" },
  { id: "today", code: '@(DateTime.Today.ToString("yyyy-MM-dd"))' },
  { id: "double", code: "@(context.Elapsed.TotalMilliseconds / 3)" },
  { id: "split", code: '@(context.Request.Headers.GetValueOrDefault("X-List", "").Split(\',\'))' },
  { id: "request-id", code: "@(context.RequestId)" },
  {
    id: "json",
    code: '@(JObject.Parse(context.Request.Headers.GetValueOrDefault("X-Json", "{}"))["a"].ToString(Formatting.None))',
  },
  {
    id: "body-twice",
    code: "@(context.Request.Body.As<string>() + context.Request.Body.As<string>())",
  },
  {
    id: "body-preserved",
    code: "@(context.Request.Body.As<string>(preserveContent: true) + context.Request.Body.As<string>())",
  },
  {
    id: "trace",
    code: '@{ context.Trace("hello " + context.Deployment.ServiceName); return context.Deployment.Region; }',
  },
  {
    id: "verify-header-certificate",
    code: '@(new X509Certificate2(Convert.FromBase64String(context.Request.Headers.GetValueOrDefault("X-ARR-ClientCert", ""))).VerifyNoRevocation())',
  },
  { id: "not-before", code: "@(context.Request.Certificate.NotBefore)" },
  {
    id: "uploaded",
    code: "@(context.Deployment.Certificates.Any(c => c.Value.Thumbprint == c.Key))",
  },
];

const now = "2030-06-01T12:00:00Z";
const base: ContextDescription = { now };
const ticks = (iso: string) =>
  (BigInt(Date.parse(iso)) * 10_000n + 621_355_968_000_000_000n).toString();

describeWithCSharp("runCases", () => {
  let compiled: CompiledExpressions;
  let pki: TestPki;
  let report: RunReport;
  const cases: CSharpCase[] = [];
  const result = (caseId: string): CSharpCaseResult =>
    report.results.find((r) => r.caseId === caseId)!;
  const add = (caseId: string, expressionId: string, context: Partial<ContextDescription> = {}) =>
    cases.push({ caseId, expressionId, context: { ...base, ...context } });

  beforeAll(async () => {
    const [compileResult, testPki] = await Promise.all([
      compileExpressions(expressions),
      createTestPki(),
    ]);
    expect(compileResult.diagnostics).toEqual([]);
    compiled = compileResult.compiled!;
    pki = testPki;
    add("header-joined", "header", {
      request: { headers: { "x-client-certificate": ["a", "b"] } },
    });
    add("header-absent", "header");
    add("header-non-ascii", "header", {
      request: { headers: { "X-Client-Certificate": ['é😀\ud800"\\'] } },
    });
    add("header-default", "header-or-default");
    add("bytes", "variable-bytes", { variables: { x: { type: "bytes", value: "AQID" } } });
    add("bytes-missing", "variable-bytes");
    add("bytes-mismatch", "variable-bytes", {
      variables: { x: { type: "string", value: "AQID" } },
    });
    add("int-from-string", "variable-int", { variables: { n: { type: "string", value: "20" } } });
    add("int-from-long", "variable-int", { variables: { n: { type: "long", value: "20" } } });
    add("int", "variable-int", { variables: { n: { type: "int", value: 20 } } });
    add("base64-bad", "base64", { request: { headers: { "X-Data": ["not base64!"] } } });
    add("url-decode", "url-decode", { request: { url: { query: { q: ["a+b%2Bc%C3%A9"] } } } });
    add("now-utc", "now");
    add("now-berlin", "now", { timeZone: "Europe/Berlin" });
    add("utc-now-berlin", "utc-now", { timeZone: "Europe/Berlin" });
    add("today-tokyo", "today", { now: "2030-06-01T20:00:00Z", timeZone: "Asia/Tokyo" });
    add("double", "double", { elapsed: "10000" });
    add("split", "split", { request: { headers: { "X-List": ["a,,b"] } } });
    add("request-id", "request-id", { requestId: "0f8fad5b-d9cb-469f-a165-70867728950e" });
    add("json-float", "json", { request: { headers: { "X-Json": ['{"a":1.0}'] } } });
    add("json-malformed", "json", { request: { headers: { "X-Json": ['{"a":}'] } } });
    add("body-twice", "body-twice", { request: { body: "x" } });
    add("body-preserved", "body-preserved", { request: { body: "x" } });
    add("trace", "trace", { deployment: { serviceName: "contoso", region: "North Europe" } });
    add("unknown-expression", "no-such-expression");
    const leafHeader = { request: { headers: { "X-ARR-ClientCert": [pki.leaf] } } };
    add("chain-trusted", "verify-header-certificate", {
      ...leafHeader,
      trustedCaCertificates: [pki.ca],
    });
    add("chain-trusted-again", "verify-header-certificate", {
      ...leafHeader,
      trustedCaCertificates: [pki.ca],
    });
    add("chain-other-anchor", "verify-header-certificate", {
      ...leafHeader,
      trustedCaCertificates: [pki.otherCa],
    });
    add("chain-no-anchors", "verify-header-certificate", leafHeader);
    add("chain-expired", "verify-header-certificate", {
      ...leafHeader,
      now: "2031-01-01T00:00:00Z",
      trustedCaCertificates: [pki.ca],
    });
    add("chain-not-yet", "verify-header-certificate", {
      ...leafHeader,
      now: "2029-12-31T23:59:59Z",
      trustedCaCertificates: [pki.ca],
    });
    add("chain-at-not-before", "verify-header-certificate", {
      ...leafHeader,
      now: pki.leafNotBefore,
      trustedCaCertificates: [pki.ca],
    });
    // The validation instant is the same UTC instant whatever the gateway's zone.
    add("chain-not-yet-berlin", "verify-header-certificate", {
      ...leafHeader,
      now: "2029-12-31T23:59:59Z",
      timeZone: "Europe/Berlin",
      trustedCaCertificates: [pki.ca],
    });
    add("chain-at-not-before-berlin", "verify-header-certificate", {
      ...leafHeader,
      now: pki.leafNotBefore,
      timeZone: "Europe/Berlin",
      trustedCaCertificates: [pki.ca],
    });
    add("not-before-berlin", "not-before", {
      timeZone: "Europe/Berlin",
      request: { certificate: pki.leaf },
    });
    add("uploaded", "uploaded", {
      deployment: { certificates: { [pki.leafThumbprint]: pki.leaf } },
    });
    report = await compiled.runCases(cases);
  });
  afterAll(() => compiled?.dispose());

  it("returns one result per case, in order, from one mono run per time zone", () => {
    expect(report.results.map((r) => r.caseId)).toEqual(cases.map((c) => c.caseId));
    expect(report.stats.runs).toBe(3); // UTC, Europe/Berlin, Asia/Tokyo
  });

  it("reads headers case-insensitively, joined with ','", () => {
    expect(result("header-joined")).toEqual({
      caseId: "header-joined",
      value: { type: "string", value: "a,b" },
    });
    expect(result("header-absent")).toMatchObject({ value: { type: "null" } });
    // Every UTF-16 unit survives the trip, lone surrogates included.
    expect(result("header-non-ascii")).toMatchObject({
      value: { type: "string", value: 'é😀\ud800"\\' },
    });
    expect(result("header-default")).toMatchObject({
      value: { type: "string", value: "fallback" },
    });
  });

  it("runs Json.NET (Debian's libnewtonsoft-json-cil-dev) inside expressions", () => {
    // Json.NET keeps a float's decimal point (JsonConvert.ToString(double) ensures ".0").
    expect(result("json-float")).toMatchObject({ value: { type: "string", value: "1.0" } });
    expect(result("json-malformed")).toMatchObject({
      exception: { type: "Newtonsoft.Json.JsonReaderException" },
    });
  });

  it("types variables as APIM does: a stored value that is not a T throws InvalidCastException", () => {
    expect(result("bytes")).toMatchObject({ value: { type: "bytes", value: "AQID" } });
    expect(result("bytes-missing")).toMatchObject({ value: { type: "null" } });
    for (const id of ["bytes-mismatch", "int-from-string", "int-from-long"]) {
      expect(result(id)).toMatchObject({ exception: { type: "System.InvalidCastException" } });
    }
    expect(result("int")).toMatchObject({ value: { type: "int", value: 20 } });
  });

  it("reports .NET exceptions with their type and message", () => {
    expect(result("base64-bad")).toMatchObject({ exception: { type: "System.FormatException" } });
    expect((result("base64-bad") as { exception: { message: string } }).exception.message).toMatch(
      /Base-64/,
    );
    expect(result("body-twice")).toMatchObject({
      // APIM does not document a second read: the harness refuses it, the model says so too.
      exception: { type: "System.NotSupportedException" },
    });
    expect(result("body-preserved")).toMatchObject({ value: { type: "string", value: "xx" } });
  });

  it("returns strings, doubles, arrays and Guids with their type", () => {
    expect(result("url-decode")).toMatchObject({ value: { type: "string", value: "a b+cé" } });
    expect(result("double")).toMatchObject({ value: { type: "double", value: 1 / 3 } });
    expect(result("split")).toMatchObject({ value: { type: "string[]", value: ["a", "", "b"] } });
    expect(result("request-id")).toMatchObject({
      value: { type: "Guid", value: "0f8fad5b-d9cb-469f-a165-70867728950e" },
    });
  });

  it("reads the virtual clock in the gateway's time zone", () => {
    expect(result("now-utc")).toMatchObject({
      value: { type: "DateTime", ticks: ticks(now), kind: "Local" },
    });
    // Berlin is UTC+2 in June: the local wall-clock reading is two hours later.
    expect(result("now-berlin")).toMatchObject({
      value: { ticks: ticks("2030-06-01T14:00:00Z"), kind: "Local" },
    });
    expect(result("utc-now-berlin")).toMatchObject({ value: { ticks: ticks(now), kind: "Utc" } });
    expect(result("today-tokyo")).toMatchObject({ value: { type: "string", value: "2030-06-02" } });
    // X509Certificate2.NotBefore is local time too, in the same zone (+1 h in January).
    expect(result("not-before-berlin")).toMatchObject({
      value: { ticks: ticks("2030-01-01T01:00:00Z") },
    });
  });

  it("collects context.Trace messages and reads the deployment", () => {
    expect(result("trace")).toEqual({
      caseId: "trace",
      value: { type: "string", value: "North Europe" },
      traces: ["hello contoso"],
    });
    expect(result("uploaded")).toMatchObject({ value: { type: "bool", value: true } });
  });

  it("reports a case it cannot run as a harness error, not as an expression result", () => {
    expect(result("unknown-expression")).toMatchObject({
      harnessError: expect.stringContaining("no-such-expression"),
    });
  });

  it("VerifyNoRevocation: true only for a chain to a given anchor, inside every validity period", () => {
    const verdicts = Object.fromEntries(
      cases
        .filter((c) => c.caseId.startsWith("chain-"))
        .map((c) => [c.caseId, (result(c.caseId) as { value: { value: unknown } }).value.value]),
    );
    expect(verdicts).toEqual({
      "chain-trusted": true,
      "chain-trusted-again": true,
      "chain-other-anchor": false,
      "chain-no-anchors": false,
      "chain-expired": false,
      "chain-not-yet": false,
      "chain-at-not-before": true,
      "chain-not-yet-berlin": false,
      "chain-at-not-before-berlin": true,
    });
    // Memoized per certificate, anchors and instant: the repeated case built no chain.
    expect(report.stats.chainsBuilt).toBe(7);
  });
});
