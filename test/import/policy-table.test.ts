// The import direction covers the one list of policies (src/policies/index.ts): every policy but
// the raw-xml escape hatch has an entry in src/import/policy-table.ts, and each entry calls one of
// the builders its definition lists, so a policy added to POLICIES without an import entry fails
// here rather than silently importing as rawXml.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { initCSharpParser } from "../../src/import/csharp-parser.ts";
import { importDocument } from "../../src/import/import-document.ts";
import { BUILDER_OF, POLICY_IMPORTS } from "../../src/import/policy-table.ts";
import { POLICIES } from "../../src/policies/index.ts";

describe("import table", () => {
  it.each(POLICIES.filter((p) => p.element !== "raw-xml").map((p) => [p.element, p] as const))(
    "imports <%s> with one of its builders",
    (element, definition) => {
      expect(Object.hasOwn(POLICY_IMPORTS, element)).toBe(true);
      expect(definition.builders).toContain(BUILDER_OF[element]);
    },
  );

  it("has no entry for an element that is not a policy of the list", () => {
    const elements = new Set<string>(POLICIES.map((p) => p.element));
    expect(Object.keys(POLICY_IMPORTS).filter((e) => !elements.has(e))).toEqual([]);
  });

  // Each entry mirrors its builder's toXml: XML that toXml would not write (children in another
  // order, an item the builder has no option for) stays rawXml with the reason, never reordered.
  const target = path.resolve(import.meta.dirname, "../../policy-src/x.ts");
  const inbound = (policy: string) => `<policies><inbound>${policy}</inbound></policies>`;
  it.each([
    [
      "<cors><allowed-headers><header>a</header></allowed-headers><allowed-origins><origin>*</origin></allowed-origins></cors>",
      "<cors> kept as rawXml(...): <cors>'s children are in an order its builder does not write",
    ],
    [
      '<validate-jwt header-name="Authorization"><audiences><audience>a</audience></audiences><openid-config url="https://a.example/x" /></validate-jwt>',
      "<validate-jwt> kept as rawXml(...): <validate-jwt>'s children are in an order its builder does not write",
    ],
    [
      // validate-azure-ad-token-policy.md's 2025 attribute authentication-endpoint is not modelled.
      '<validate-azure-ad-token tenant-id="t" authentication-endpoint="login.microsoftonline.us"><audiences><audience>a</audience></audiences></validate-azure-ad-token>',
      "<validate-azure-ad-token> kept as rawXml(...): attribute 'authentication-endpoint' of <validate-azure-ad-token> has no builder option",
    ],
    [
      "<send-one-way-request><set-url>https://a.example</set-url><set-method>@(context.Request.Method)</set-method></send-one-way-request>",
      "<send-one-way-request> kept as rawXml(...): <set-method> takes no expression in apim-ts's builder",
    ],
    [
      '<emit-metric name="m" value="1.50"><dimension name="API ID" /></emit-metric>',
      '<emit-metric> kept as rawXml(...): emit-metric value="1.50" is not a number written as apim-ts writes it',
    ],
    // cache-lookup.ts writes every <vary-by-header> before any <vary-by-query-parameter>.
    [
      '<cache-lookup vary-by-developer="false" vary-by-developer-groups="false"><vary-by-query-parameter>v</vary-by-query-parameter><vary-by-header>Accept</vary-by-header></cache-lookup>',
      "<cache-lookup> kept as rawXml(...): <cache-lookup>'s children are in an order its builder does not write",
    ],
    // cache-lookup-policy.md, Attributes: caching-type "Policy expressions aren't allowed";
    // downstream-caching-type "must be set to one of" none, private, public.
    [
      '<cache-lookup vary-by-developer="false" vary-by-developer-groups="false" caching-type="@("internal")" />',
      "<cache-lookup> kept as rawXml(...): cache-lookup caching-type takes no expression in apim-ts's builder",
    ],
    [
      '<cache-lookup vary-by-developer="false" vary-by-developer-groups="false" downstream-caching-type="shared" />',
      '<cache-lookup> kept as rawXml(...): cache-lookup downstream-caching-type="shared" is not one of none, private, public',
    ],
    // cache-store-policy.md, Attributes: duration is "Required: Yes".
    [
      '<cache-store cache-response="true" />',
      "<cache-store> kept as rawXml(...): <cache-store> has no duration",
    ],
    // set-body-policy.md, Attributes: liquid is template's "only supported value"; a Liquid
    // template is text, not a C# expression.
    [
      '<set-body template="mustache">{{x}}</set-body>',
      '<set-body> kept as rawXml(...): set-body template="mustache" is not one of liquid',
    ],
    [
      '<set-body template="liquid">@(context.Request.Method)</set-body>',
      "<set-body> kept as rawXml(...): <set-body> takes no expression in apim-ts's builder",
    ],
    // ip-filter.ts's toXml writes every <address> before any <address-range>.
    [
      '<ip-filter action="forbid"><address-range from="10.0.0.1" to="10.0.0.9" /><address>192.168.0.7</address></ip-filter>',
      "<ip-filter> kept as rawXml(...): <ip-filter>'s children are in an order its builder does not write",
    ],
  ])("keeps %s as rawXml", async (xml, problem) => {
    await initCSharpParser();
    const imported = await importDocument(inbound(xml), "x.xml", target);
    expect(imported.counts.rawXml).toBe(1);
    expect(imported.problems.map((p) => p.message)).toEqual([problem]);
  });

  // ip-filter-policy.md, Elements: <address> holds one IP address, <address-range from to> a
  // range; each goes to the builder option of its kind (addresses / ranges), never swapped.
  it("imports <ip-filter>'s addresses as addresses and its ranges as ranges", async () => {
    await initCSharpParser();
    const imported = await importDocument(
      inbound(
        '<ip-filter action="forbid"><address>10.1.1.1</address><address>10.1.1.2</address>' +
          '<address-range from="192.168.0.1" to="192.168.0.9" /></ip-filter>',
      ),
      "x.xml",
      target,
    );
    expect(imported.counts.rawXml).toBe(0);
    expect(imported.module).toContain('addresses: ["10.1.1.1", "10.1.1.2"]');
    expect(imported.module).toContain('ranges: [{ from: "192.168.0.1", to: "192.168.0.9" }]');
  });

  // A block kept as C# reads as it was written: a template literal over its lines (as rawXml's
  // XML), the reason on its own line above the call.
  it("writes a multi-line block kept as C# as a template literal under its reason", async () => {
    await initCSharpParser();
    const imported = await importDocument(
      inbound(
        '<set-variable name="parts" value="@{\n    var parts = new List<string>();\n    return string.Join(",", parts);\n}" />',
      ),
      "x.xml",
      target,
    );
    expect(imported.counts.csharp).toBe(1);
    expect(imported.module).toContain(
      "// Kept as C#: the C# construct 'object creation expression'\n      csharp(\n        `@{\n    var parts = new List<string>();\n    return string.Join(\",\", parts);\n}`,",
    );
  });
});
