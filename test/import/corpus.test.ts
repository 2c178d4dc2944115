// The import corpus (test/import/corpus/, documents written for these tests): every document
// imports without a crash, every well-formed one round-trips (the modules, built with the
// project's build, give back XML whose C# equals the original's after normalise.ts), at least
// 90 % of the expressions become TypeScript, and every malformed file gets a located error while
// the others are still imported.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { build } from "../../src/compile/build.ts";
import { formatDiagnostic } from "../../src/diagnostics/diagnostic.ts";
import { importFiles, type ImportResult } from "../../src/import/import-files.ts";
import { typescriptShare } from "../../src/import/report.ts";
import { compareRoundTrip } from "../../src/import/round-trip.ts";
import { readPolicyXml } from "../../src/import/xml-reader.ts";
import { POLICIES } from "../../src/policies/index.ts";

const root = path.resolve(import.meta.dirname, "../..");
const corpus = path.join(import.meta.dirname, "corpus");
fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
const out = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "import-corpus-"));
let result: ImportResult;

beforeAll(async () => {
  result = await importFiles([corpus], { root, outDir: out });
  return () => fs.rmSync(out, { recursive: true, force: true });
}, 600_000);

const byName = (name: string) => result.files.find((f) => path.basename(f.source) === name)!;
const wellFormed = () =>
  result.files.filter((f) => !path.basename(f.source).startsWith("malformed-"));

describe("import corpus", () => {
  it("has at least 40 documents and imports every well-formed one", () => {
    expect(result.files.length).toBeGreaterThanOrEqual(40);
    for (const file of wellFormed()) expect(file.output, file.source).toBeDefined();
  });

  it("round-trips every well-formed document (checked again on the modules as written)", async () => {
    for (const file of wellFormed()) expect(file.roundTrip, file.source).toBe("held");
    const built = await build({
      root,
      sourceDir: out,
      outDir: path.join(out, "built"),
      format: "xml",
    });
    expect(
      built.diagnostics.filter((d) => d.category === "error").map((d) => formatDiagnostic(d, root)),
    ).toEqual([]);
    let compared = 0;
    for (const file of wellFormed()) {
      const output = built.outputs.find((o) => o.source === file.output)!;
      const verdict = compareRoundTrip(
        readPolicyXml(fs.readFileSync(file.source, "utf8")).root,
        readPolicyXml(output.text!).root,
      );
      expect(verdict.differences, file.source).toEqual([]);
      compared++;
    }
    expect(compared).toBe(wellFormed().length);
  }, 300_000);

  it("imports at least 90 % of the corpus's expressions as TypeScript", () => {
    const share = typescriptShare(result.totals);
    // A floor on the count too, so the share cannot pass on a corpus that lost its expressions.
    expect(result.totals.typescript).toBeGreaterThanOrEqual(50);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it("writes every policy apim-ts has a builder for as its builder call", () => {
    const modules = wellFormed()
      .map((f) => f.module!)
      .join("\n");
    for (const definition of POLICIES) {
      if (definition.element === "raw-xml") continue;
      expect(
        definition.builders.some((b) => new RegExp(`\\b${b}\\(`).test(modules)),
        definition.element,
      ).toBe(true);
    }
  });

  it("keeps a policy without a builder as rawXml with a warning naming it", () => {
    const unknown = byName("22-unknown-policy.xml");
    expect(unknown.module).toMatch(/rawXml\(\s*["'`]<validate-headers specified-header-action=/);
    expect(unknown.counts.rawXml).toBe(1);
    expect(unknown.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      "APIM3002 <validate-headers> kept as rawXml(...): apim-ts has no builder for <validate-headers>",
    ]);
    expect(unknown.module).toContain('setHeader("X-Checked", "on"');
  });

  // Documents of the policies added after the first import table (most from their reference
  // pages' examples): each imports as its builder call, nothing kept as rawXml.
  it.each([
    ["45-cors-reference.xml", "cors"],
    ["46-cors-expressions.xml", "cors"],
    ["47-authentication-basic.xml", "authenticationBasic"],
    ["48-authentication-managed-identity.xml", "authenticationManagedIdentity"],
    ["49-mock-response.xml", "mockResponse"],
    ["50-send-one-way-request.xml", "sendOneWayRequest"],
    ["51-log-to-eventhub.xml", "logToEventhub"],
    ["52-emit-metric.xml", "emitMetric"],
    ["53-find-and-replace.xml", "findAndReplace"],
    ["55-json-to-xml.xml", "jsonToXml"],
    ["56-xml-to-json.xml", "xmlToJson"],
    ["57-validate-jwt-claims.xml", "validateJwt"],
    ["58-validate-jwt-entra.xml", "validateJwt"],
    ["59-validate-jwt-rsa-and-b2c.xml", "validateJwt"],
    ["60-validate-jwt-every-option.xml", "validateJwt"],
    ["61-quota-apis-operations.xml", "quota"],
    ["62-cache-lookup-store.xml", "cacheLookup"],
    ["62-cache-lookup-store.xml", "cacheStore"],
    ["63-cache-duration-expression.xml", "cacheLookup"],
    ["63-cache-duration-expression.xml", "cacheStore"],
    ["64-set-body-liquid.xml", "setBody"],
    ["65-cache-and-liquid-every-option.xml", "cacheLookup"],
    ["65-cache-and-liquid-every-option.xml", "cacheStore"],
    ["70-validate-azure-ad-token.xml", "validateAzureAdToken"],
  ])("imports %s with %s(...) and no rawXml", (name, builder) => {
    const file = byName(name);
    expect(file.counts.rawXml).toBe(0);
    expect(file.module).toMatch(new RegExp(`\\b${builder}\\(`));
  });

  // ip-filter-policy.md, Elements: <address> is one address, <address-range from to> a range.
  it("writes ip-filter's addresses as addresses and its ranges as ranges", () => {
    const module = byName("66-ip-filter-addresses-and-ranges.xml").module!;
    expect(module).toContain('addresses: ["10.1.1.1", "2001:db8::1"]');
    expect(module).toMatch(
      /ranges: \[\s*\{ from: "192\.168\.0\.1", to: "192\.168\.0\.9" \},\s*\{ from: "172\.16\.0\.0", to: "172\.16\.255\.255" \},?\s*\]/,
    );
  });

  it("writes cors's lists as arrays and keeps the comments inside them before the call", () => {
    const module = byName("45-cors-reference.xml").module!;
    expect(module).toContain("// Localhost useful for development\n");
    expect(module).toMatch(
      /allowedOrigins: \["http:\/\/localhost:8080\/", "http:\/\/example\.com\/"\]/,
    );
    expect(module).toMatch(/preflightResultMaxAge: 300/);
  });

  it("writes send-request's managed identity and quota's APIs as builder options", () => {
    expect(byName("48-authentication-managed-identity.xml").module).toMatch(
      /authenticationManagedIdentity: authenticationManagedIdentity\(\{ resource: "ResourceID" \}\)/,
    );
    expect(byName("61-quota-apis-operations.xml").module).toMatch(
      /operations: \[\s*\{ name: "get sessions", calls: 5, bandwidth: 100, renewalPeriod: 60 \}/,
    );
  });

  // cache-lookup-policy.md, Elements: each <vary-by-header>/<vary-by-query-parameter> is one name
  // (or a semicolon-separated list); cache-lookup.ts writes one element per array item.
  it("writes cache-lookup's vary-by children as arrays and cache-store's duration as a number", () => {
    const reference = byName("62-cache-lookup-store.xml").module!;
    expect(reference).toMatch(
      /cacheLookup\(\{\s*varyByDeveloper: false,\s*varyByDeveloperGroups: false,\s*cachingType: "internal",\s*downstreamCachingType: "none",\s*mustRevalidate: true,\s*varyByQueryParameters: \["version"\],\s*\}\)/,
    );
    expect(reference).toContain("cacheStore({ duration: 3600 })");
    const every = byName("65-cache-and-liquid-every-option.xml").module!;
    expect(every).toContain('varyByHeaders: ["Accept", "Authorization"]');
    expect(every).toContain('varyByQueryParameters: ["version;region", "page"]');
    expect(every).toMatch(
      /allowPrivateResponseCaching: \(context\) =>\s*context\.Request\.Headers\.ContainsKey\("Authorization"\)/,
    );
    expect(every).toMatch(/cacheResponse: \(context\) => context\.Response\.StatusCode < 500/);
  });

  // set-body-policy.md, "Using Liquid templates with set-body": `{{body.x}}` is Liquid's output
  // tag, so the template is kept as the text it is, never read as a named value.
  it("keeps a Liquid template's text verbatim with template and xsiNil options", () => {
    const liquid = byName("64-set-body-liquid.xml").module!;
    expect(liquid).toContain('"id": "{{body.customer.purchase.identifier}}",');
    expect(liquid).toMatch(/\{ template: "liquid" \},?\s*\)/);
    expect(liquid).not.toContain("namedValue");
    expect(byName("65-cache-and-liquid-every-option.xml").module).toContain(
      'setBody(\'{"id": "{{body.order.id}}"}\', { template: "liquid", xsiNil: "null", id: "to-order" })',
    );
  });

  it("keeps limit-concurrency's children as statements of its list", () => {
    expect(byName("54-limit-concurrency.xml").module).toMatch(
      /limitConcurrency\(\{ key: "audit", maxCount: 1, id: "audit-gate" \}, \[\s*\/\/ one audit call at a time\s*setHeader/,
    );
  });

  it("keeps C# without a TypeScript spelling as csharp() whose twin throws, saying why", () => {
    const kept = byName("40-kept-as-csharp.xml");
    expect(kept.counts).toEqual({ typescript: 1, csharp: 1, rawXml: 0 });
    expect(kept.module).toContain("csharp('@(context.Request.Url.Path.StartsWith(\"/internal\"))'");
    // String.StartsWith(String) compares by the current culture; JavaScript's startsWith is ordinal.
    expect(kept.module).toContain(
      'not imported yet: culture-sensitive StartsWith("/internal"): write context.Request.Url.Path.startsWith(...) only if ordinal is meant',
    );
    // The reason stands on its own line above the call, not after the previous argument.
    expect(kept.module).toMatch(
      /setVariable\(\s*"internal",\n\s*\/\/ Kept as C#: culture-sensitive/,
    );
    expect(kept.module).toMatch(/setVariable\("method", \(context\) => context\.Request\.Method\)/);
  });

  // api-management-policy-expressions.md, "Context variable": As<T>(bool preserveContent = false).
  it("writes a named argument at its own position positionally", () => {
    const module = byName("67-named-arguments.xml").module!;
    expect(byName("67-named-arguments.xml").counts).toEqual({
      typescript: 2,
      csharp: 0,
      rawXml: 0,
    });
    expect(module).toContain("context.Request.Body!.As<JObject>(true).ToString()");
    expect(module).toContain("context.Request.Body!.As(true)");
  });

  it("writes out arguments (declared before, `out var n`, `out int n`) as const [ok, n] = ...", () => {
    const file = byName("68-out-arguments.xml");
    expect(file.counts).toEqual({ typescript: 3, csharp: 0, rawXml: 0 });
    expect(file.module).toContain("const [ok, size] = int.TryParse(raw);");
    expect(file.module).toContain("const [parsed, page] = int.TryParse(text);");
    expect(file.module).toMatch(/const \[found, limit\] = int\.TryParse\(/);
  });

  // text.ts: string.Equals(a, b, StringComparison.Ordinal | OrdinalIgnoreCase) is declared;
  // set-header.ts / set-query-parameter.ts: deleteHeader / deleteQueryParameter write exists-action="delete".
  it("writes string.Equals with a StringComparison and header deletes with their own builders", () => {
    const file = byName("69-string-comparison-and-delete.xml");
    expect(file.counts).toEqual({ typescript: 2, csharp: 0, rawXml: 0 });
    expect(file.module).toContain(
      'string.Equals(context.Request.Method, "get", StringComparison.OrdinalIgnoreCase)',
    );
    expect(file.module).toContain('deleteHeader("X-Debug")');
    expect(file.module).toContain('deleteQueryParameter("debug")');
    expect(file.module).not.toMatch(/\bsetHeader\b/);
  });

  it("keeps Terraform placeholders as build-time consts of the module", () => {
    const module = byName("38-terraform-placeholders.xml").module!;
    expect(module).toContain('const backend_url = "${backend_url}";');
    expect(module).toContain("setBackendService({ baseUrl: backend_url })");
    expect(module).toContain("`api-${api_name}-v1`");
    expect(module).toContain('setVariable("audience", (context) => audience)');
  });

  it("writes named values as namedValue() in literals and strings, namedBoolean() in code", () => {
    const module = byName("37-named-values.xml").module!;
    expect(module).toContain('setHeader("X-Tenant", namedValue("tenant-id")');
    expect(module).toContain('`env-${namedValue("environment")}`');
    expect(module).toContain('(context) => namedValue("client-secret")');
    expect(module).toMatch(/namedBoolean\("strict-mode"\) && context\.Request\.Method === "POST"/);
  });

  it("keeps XML comments as comments where they stood", () => {
    const module = byName("41-comments-everywhere.xml").module!;
    expect(module).toMatch(
      /\/\/ Header comment[^\n]*\n[\s\S]*\/\/ before inbound\n\s*inbound: \[\n\s*\/\/ first\n\s*base\(\),\n\s*\/\/ second\n\s*setMethod\("GET"\),\n\s*\/\/ trailing comment in a section/,
    );
  });

  it.each(["35-escaped-xml-format.xml", "36-raw-lenient-format.xml"])(
    "imports every expression of %s as TypeScript",
    (name) => {
      expect(byName(name).counts).toEqual({ typescript: 2, csharp: 0, rawXml: 0 });
    },
  );

  it("imports fragments as fragment([...])", () => {
    expect(byName("31-fragment-correlation.xml").module).toMatch(/export default fragment\(\[/);
  });

  const malformed: [string, string, RegExp][] = [
    [
      "malformed-unbalanced.xml",
      "APIM3000",
      /malformed-unbalanced\.xml:3:40 error APIM3000: this bracket is never closed/,
    ],
    [
      "malformed-attribute-quotes.xml",
      "APIM3000",
      /malformed-attribute-quotes\.xml:3:30 error APIM3000: unexpected '"'/,
    ],
    [
      "malformed-unknown-section.xml",
      "APIM3000",
      /malformed-unknown-section\.xml:3:5 error APIM3000: <preflight> is not a section/,
    ],
    [
      "malformed-expression-syntax.xml",
      "APIM3001",
      /malformed-expression-syntax\.xml:3:\d+ error APIM3001: /,
    ],
    [
      "malformed-unclosed-element.xml",
      "APIM3000",
      /malformed-unclosed-element\.xml:5:5 error APIM3000: <\/inbound> closes <set-header>/,
    ],
  ];
  it("reports a malformed expression once: APIM3001 at the spot, no APIM3003 beside it", () => {
    // Before, the same expression also got "kept as csharp(...): C# that does not parse".
    const file = byName("malformed-expression-syntax.xml");
    expect(file.diagnostics.map((d) => d.code)).toEqual(["APIM3001"]);
  });

  it.each(malformed)(
    "reports %s at its line and column, and writes no module",
    (name, code, shown) => {
      const file = byName(name);
      expect(file.output).toBeUndefined();
      expect(fs.existsSync(path.join(out, name.replace(/\.xml$/, ".ts")))).toBe(false);
      const errors = file.diagnostics.filter((d) => d.category === "error");
      expect(errors.map((d) => d.code)).toEqual([code]);
      expect(formatDiagnostic(errors[0]!, root)).toMatch(shown);
    },
  );
});
