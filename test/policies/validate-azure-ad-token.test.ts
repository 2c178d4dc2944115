// validate-azure-ad-token's builder and XML: the examples of Microsoft's reference page
// (validate-azure-ad-token-policy.md, "Examples") authored in TypeScript emit the page's XML
// (modulo formatting), every attribute and child element maps to its documented name in the
// policy statement's order, and the page's rules refuse wrong configurations.
import { describe, expect, it } from "vitest";
import { sectionPrinter } from "../support/emitted-xml.ts";
import * as apim from "../../src/index.ts";
import type { Statement } from "../../src/model/statement.ts";

const inboundXml = sectionPrinter(import.meta.filename);

/** The printed statement (placed in inbound), without the document around it. */
const xmlOf = (statement: Statement) =>
  inboundXml(apim.policy({ inbound: [statement as apim.InboundStatement] }));

/** The page's XML without comments and indentation, for a comparison modulo formatting. */
const normalise = (xml: string) =>
  xml
    .replace(/<!--[\s\S]*?-->/g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");

describe("validate-azure-ad-token XML: the reference page's examples", () => {
  it("Simple token validation", () => {
    const statement = apim.validateAzureAdToken({
      tenantId: "{{aad-tenant-id}}",
      clientApplicationIds: ["{{aad-client-application-id}}"],
    });
    // validate-azure-ad-token-policy.md, Examples, "Simple token validation".
    expect(normalise(xmlOf(statement))).toBe(
      normalise(`<validate-azure-ad-token tenant-id="{{aad-tenant-id}}">
    <client-application-ids>
        <application-id>{{aad-client-application-id}}</application-id>
    </client-application-ids>
</validate-azure-ad-token>`),
    );
  });

  it("Validate that audience and claim are correct", () => {
    const statement = apim.validateAzureAdToken({
      tenantId: "{{aad-tenant-id}}",
      outputTokenVariableName: "jwt",
      clientApplicationIds: ["{{aad-client-application-id}}"],
      audiences: [(context) => context.Request.OriginalUrl.Host],
      requiredClaims: [{ name: "ctry", match: "any", values: ["US"] }],
    });
    // validate-azure-ad-token-policy.md, Examples, "Validate that audience and claim are correct".
    expect(normalise(xmlOf(statement))).toBe(
      normalise(`<validate-azure-ad-token tenant-id="{{aad-tenant-id}}" output-token-variable-name="jwt">
    <client-application-ids>
        <application-id>{{aad-client-application-id}}</application-id>
    </client-application-ids>
    <audiences>
        <audience>@(context.Request.OriginalUrl.Host)</audience>
    </audiences>
    <required-claims>
        <claim name="ctry" match="any">
            <value>US</value>
        </claim>
    </required-claims>
</validate-azure-ad-token>`),
    );
  });
});

describe("validate-azure-ad-token XML: every attribute and element", () => {
  it("writes attributes and children in the policy statement's order, expressions where allowed", () => {
    const statement = apim.validateAzureAdToken({
      id: "aad",
      tenantId: (context) => context.Variables.GetValueOrDefault<string>("tenant", ""),
      tokenValue: (context) => context.Request.Headers.GetValueOrDefault("X-Token", ""),
      failedValidationHttpCode: 403,
      failedValidationErrorMessage: "Bad token",
      outputTokenVariableName: "token",
      decryptionKeys: [{ certificateId: "mycertificate" }, { value: "ZGVjcnlwdGlvbi1rZXk=" }],
      requiredClaims: [
        {
          name: "roles",
          separator: ",",
          values: ["reader", (context) => context.Api.Name],
        },
      ],
      audiences: ["api://orders"],
      backendApplicationIds: ["backend-app"],
      clientApplicationIds: ["client-a", "client-b"],
    });
    // Policy statement: tenant-id, header-name, query-parameter-name, token-value,
    // failed-validation-httpcode, failed-validation-error-message, output-token-variable-name;
    // then client-application-ids, backend-application-ids, audiences, required-claims,
    // decryption-keys ("Set the policy's elements and child elements in the order provided").
    expect(xmlOf(statement)).toBe(
      [
        '<validate-azure-ad-token id="aad" tenant-id="@(context.Variables.GetValueOrDefault<string>("tenant", ""))" token-value="@(context.Request.Headers.GetValueOrDefault("X-Token", ""))" failed-validation-httpcode="403" failed-validation-error-message="Bad token" output-token-variable-name="token">',
        "    <client-application-ids>",
        "        <application-id>client-a</application-id>",
        "        <application-id>client-b</application-id>",
        "    </client-application-ids>",
        "    <backend-application-ids>",
        "        <application-id>backend-app</application-id>",
        "    </backend-application-ids>",
        "    <audiences>",
        "        <audience>api://orders</audience>",
        "    </audiences>",
        "    <required-claims>",
        '        <claim name="roles" separator=",">',
        "            <value>reader</value>",
        "            <value>@(context.Api.Name)</value>",
        "        </claim>",
        "    </required-claims>",
        "    <decryption-keys>",
        '        <key certificate-id="mycertificate" />',
        "        <key>ZGVjcnlwdGlvbi1rZXk=</key>",
        "    </decryption-keys>",
        "</validate-azure-ad-token>",
      ].join("\n"),
    );
  });

  it("header-name and query-parameter-name accept expressions", () => {
    expect(
      xmlOf(
        apim.validateAzureAdToken({
          tenantId: "contoso.onmicrosoft.com",
          queryParameterName: (context) => context.Api.Name,
          audiences: ["api://orders"],
        }),
      ),
    ).toContain('query-parameter-name="@(context.Api.Name)"');
    expect(
      xmlOf(
        apim.validateAzureAdToken({
          tenantId: "contoso.onmicrosoft.com",
          headerName: "X-Token",
          audiences: ["api://orders"],
        }),
      ),
    ).toContain('header-name="X-Token"');
  });
});

describe("validate-azure-ad-token rules (validate-azure-ad-token-policy.md)", () => {
  const refuses = (options: apim.ValidateAzureAdTokenOptions, message: RegExp) =>
    expect(() => apim.validateAzureAdToken(options)).toThrow(message);
  const ok = { tenantId: "contoso.onmicrosoft.com", clientApplicationIds: ["app"] };

  it("tenant-id is required (Attributes)", () => {
    refuses({ clientApplicationIds: ["a"] } as never, /tenant-id is required/);
    refuses({ ...ok, tenantId: " " }, /tenant-id must be a non-empty string/);
  });

  it("takes at most one token source; none means the Authorization header (Attributes)", () => {
    expect(() => apim.validateAzureAdToken(ok)).not.toThrow();
    refuses(
      { ...ok, headerName: "Authorization", queryParameterName: "token" },
      /at most one of header-name, query-parameter-name or token-value \(got 2\)/,
    );
  });

  it("needs client-application-ids or audiences (Elements, client-application-ids)", () => {
    refuses({ tenantId: "t" }, /needs client-application-ids or audiences/);
    refuses(
      { ...ok, clientApplicationIds: [] },
      /client-application-ids must list at least one id/,
    );
    refuses({ ...ok, audiences: [] }, /audiences must list at least one audience/);
  });

  it("application ids and output-token-variable-name accept no expression (Elements, Attributes)", () => {
    refuses(
      { ...ok, clientApplicationIds: [(() => "x") as unknown as string] },
      /client-application-ids application-id 1 accepts no policy expression/,
    );
    refuses(
      { ...ok, backendApplicationIds: [(() => "x") as unknown as string] },
      /backend-application-ids application-id 1 accepts no policy expression/,
    );
    refuses(
      { ...ok, outputTokenVariableName: (() => "x") as unknown as string },
      /output-token-variable-name accepts no policy expression/,
    );
  });

  it("checks the status range, claim match and decryption keys", () => {
    refuses(
      { ...ok, failedValidationHttpCode: 42 },
      /failed-validation-httpcode must be an integer from 100 to 599/,
    );
    refuses(
      { ...ok, requiredClaims: [{ name: "r", match: "some" as "any" }] },
      /match 'some' is not one of 'all', 'any'/,
    );
    refuses(
      { ...ok, decryptionKeys: [{ value: "c2VjcmV0", certificateId: "c" }] },
      /exactly one of a Base64 value or certificate-id/,
    );
    refuses({ ...ok, decryptionKeys: [{ value: "not base64!" }] }, /is not Base64 text/);
  });

  it("is an inbound policy (Usage)", () => {
    expect(apim.validateAzureAdTokenPolicy.sections).toEqual(["inbound"]);
  });
});
