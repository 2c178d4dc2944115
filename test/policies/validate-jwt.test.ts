// validate-jwt's builder and XML: the examples of Microsoft's reference page (validate-jwt-policy.md,
// "Examples") authored in TypeScript emit the page's XML (modulo formatting), every attribute and
// child element maps to its documented name, and the page's rules refuse wrong configurations.
import { describe, expect, it } from "vitest";
import { sectionPrinter } from "../support/emitted-xml.ts";
import * as apim from "../../src/index.ts";
import type { Jwt } from "../../src/index.ts";
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

describe("validate-jwt XML: the reference page's examples", () => {
  it("Simple token validation", () => {
    const statement = apim.validateJwt({
      headerName: "Authorization",
      requireScheme: "Bearer",
      issuerSigningKeys: [{ value: "{{jwt-signing-key}}" }],
      audiences: [(context) => context.Request.OriginalUrl.Host],
      issuers: ["http://contoso.com/"],
    });
    // validate-jwt-policy.md, Examples, "Simple token validation".
    expect(normalise(xmlOf(statement))).toBe(
      normalise(`<validate-jwt header-name="Authorization" require-scheme="Bearer">
    <issuer-signing-keys>
        <key>{{jwt-signing-key}}</key>
    </issuer-signing-keys>
    <audiences>
        <audience>@(context.Request.OriginalUrl.Host)</audience>
    </audiences>
    <issuers>
        <issuer>http://contoso.com/</issuer>
    </issuers>
</validate-jwt>`),
    );
  });

  it("Token validation with RSA certificate", () => {
    const statement = apim.validateJwt({
      headerName: "Authorization",
      requireScheme: "Bearer",
      issuerSigningKeys: [{ certificateId: "my-rsa-cert" }],
      audiences: [(context) => context.Request.OriginalUrl.Host],
      issuers: ["http://contoso.com/"],
    });
    // validate-jwt-policy.md, Examples, "Token validation with RSA certificate".
    expect(normalise(xmlOf(statement))).toBe(
      normalise(`<validate-jwt header-name="Authorization" require-scheme="Bearer">
    <issuer-signing-keys>
        <key certificate-id="my-rsa-cert" />
    </issuer-signing-keys>
    <audiences>
        <audience>@(context.Request.OriginalUrl.Host)</audience>
    </audiences>
    <issuers>
        <issuer>http://contoso.com/</issuer>
    </issuers>
</validate-jwt>`),
    );
  });

  it("Microsoft Entra ID single tenant token validation", () => {
    const statement = apim.validateJwt({
      headerName: "Authorization",
      failedValidationHttpCode: 401,
      failedValidationErrorMessage: "Unauthorized. Access token is missing or invalid.",
      openidConfigs: [
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/.well-known/openid-configuration",
      ],
      audiences: ["00001111-aaaa-2222-bbbb-3333cccc4444"],
      requiredClaims: [{ name: "id", match: "all", values: ["insert claim here"] }],
    });
    // validate-jwt-policy.md, Examples, "Microsoft Entra ID single tenant token validation".
    expect(normalise(xmlOf(statement))).toBe(
      normalise(`<validate-jwt header-name="Authorization" failed-validation-httpcode="401" failed-validation-error-message="Unauthorized. Access token is missing or invalid.">
    <openid-config url="https://login.microsoftonline.com/contoso.onmicrosoft.com/.well-known/openid-configuration" />
    <audiences>
        <audience>00001111-aaaa-2222-bbbb-3333cccc4444</audience>
    </audiences>
    <required-claims>
        <claim name="id" match="all">
            <value>insert claim here</value>
        </claim>
    </required-claims>
</validate-jwt>`),
    );
  });

  it("Microsoft Entra ID customer tenant and Azure AD B2C token validation", () => {
    // validate-jwt-policy.md, Examples, "Microsoft Entra ID customer tenant token validation"
    // (its <tenant-name>/<tenant-id> placeholders filled in: a literal "<" is escaped in XML).
    expect(
      normalise(
        xmlOf(
          apim.validateJwt({
            headerName: "Authorization",
            failedValidationHttpCode: 401,
            failedValidationErrorMessage: "Unauthorized. Access token is missing or invalid.",
            openidConfigs: [
              "https://contoso.ciamlogin.com/00000000-0000-0000-0000-000000000000/v2.0/.well-known/openid-configuration",
            ],
            requiredClaims: [{ name: "azp", match: "all", values: ["insert claim here"] }],
          }),
        ),
      ),
    ).toBe(
      normalise(`<validate-jwt header-name="Authorization" failed-validation-httpcode="401" failed-validation-error-message="Unauthorized. Access token is missing or invalid.">
	<openid-config url="https://contoso.ciamlogin.com/00000000-0000-0000-0000-000000000000/v2.0/.well-known/openid-configuration" />
	<required-claims>
		<claim name="azp" match="all">
			<value>insert claim here</value>
		</claim>
	</required-claims>
</validate-jwt>`),
    );
    // "Azure Active Directory B2C token validation".
    expect(
      normalise(
        xmlOf(
          apim.validateJwt({
            headerName: "Authorization",
            failedValidationHttpCode: 401,
            failedValidationErrorMessage: "Unauthorized. Access token is missing or invalid.",
            openidConfigs: [
              "https://login.microsoftonline.com/tfp/contoso.onmicrosoft.com/b2c_1_signin/v2.0/.well-known/openid-configuration",
            ],
            audiences: ["11112222-bbbb-3333-cccc-4444dddd5555"],
            requiredClaims: [{ name: "id", match: "all", values: ["insert claim here"] }],
          }),
        ),
      ),
    ).toBe(
      normalise(`<validate-jwt header-name="Authorization" failed-validation-httpcode="401" failed-validation-error-message="Unauthorized. Access token is missing or invalid.">
    <openid-config url="https://login.microsoftonline.com/tfp/contoso.onmicrosoft.com/b2c_1_signin/v2.0/.well-known/openid-configuration" />
    <audiences>
        <audience>11112222-bbbb-3333-cccc-4444dddd5555</audience>
    </audiences>
    <required-claims>
        <claim name="id" match="all">
            <value>insert claim here</value>
        </claim>
    </required-claims>
</validate-jwt>`),
    );
  });

  it("Authorize access to operations based on token claims (the validate-jwt part)", () => {
    const statement = apim.validateJwt({
      headerName: "Authorization",
      requireScheme: "Bearer",
      outputTokenVariableName: "jwt",
      issuerSigningKeys: [{ value: "{{jwt-signing-key}}" }],
      audiences: [(context) => context.Request.OriginalUrl.Host],
      issuers: ["contoso.com"],
      requiredClaims: [{ name: "group", match: "any", values: ["finance", "logistics"] }],
    });
    // validate-jwt-policy.md, Examples, "Authorize access to operations based on token claims".
    expect(normalise(xmlOf(statement))).toBe(
      normalise(`<validate-jwt header-name="Authorization" require-scheme="Bearer" output-token-variable-name="jwt">
    <issuer-signing-keys>
        <key>{{jwt-signing-key}}</key>
    </issuer-signing-keys>
    <audiences>
        <audience>@(context.Request.OriginalUrl.Host)</audience>
    </audiences>
    <issuers>
        <issuer>contoso.com</issuer>
    </issuers>
    <required-claims>
        <claim name="group" match="any">
            <value>finance</value>
            <value>logistics</value>
        </claim>
    </required-claims>
</validate-jwt>`),
    );
  });
});

describe("validate-jwt XML: the claims example's choose reads the Jwt", () => {
  it("Authorize access to operations based on token claims (the choose after validate-jwt)", () => {
    const inbound = inboundXml(
      apim.policy({
        inbound: [
          apim.choose(
            apim.when(
              (context) =>
                context.Request.Method === "POST" &&
                !(context.Variables["jwt"] as Jwt | null)!.Claims["group"]!.includes("finance"),
              [apim.returnResponse([apim.setStatus(403, "Forbidden")])],
            ),
          ),
        ],
      }),
    );
    // validate-jwt-policy.md, Examples, "Authorize access to operations based on token claims":
    // condition="@(context.Request.Method == "POST" && !((Jwt)context.Variables["jwt"]).Claims["group"].Contains("finance"))".
    expect(inbound).toContain(
      '<when condition="@(context.Request.Method == "POST" && !((Jwt)context.Variables["jwt"]).Claims["group"].Contains("finance"))">',
    );
    expect(inbound).toContain('<set-status code="403" reason="Forbidden" />');
  });
});

describe("validate-jwt XML: every attribute and element", () => {
  it("writes the attributes in the page's order, expressions where the page allows them", () => {
    const statement = apim.validateJwt({
      id: "jwt",
      tokenValue: (context) => context.Request.Headers.GetValueOrDefault("X-Token", ""),
      failedValidationHttpCode: 403,
      failedValidationErrorMessage: "Bad token",
      requireExpirationTime: false,
      requireScheme: "Bearer",
      requireSignedTokens: false,
      clockSkew: 30,
      outputTokenVariableName: "token",
      issuerSigningKeys: [
        { id: "k1", value: "c2VjcmV0LWtleS0xMjM0NTY3ODkwMTIzNDU2Nzg5MA==" },
        { id: "k2", n: "0vx7agoebGcQSuu", e: "AQAB" },
        { certificateId: "signing-cert" },
      ],
      decryptionKeys: [{ value: "ZGVjcnlwdGlvbi1rZXk=" }],
      requiredClaims: [{ name: "roles", separator: ",", values: ["reader"] }],
    });
    expect(xmlOf(statement)).toBe(
      [
        '<validate-jwt id="jwt" token-value="@(context.Request.Headers.GetValueOrDefault("X-Token", ""))" failed-validation-httpcode="403" failed-validation-error-message="Bad token" require-expiration-time="false" require-scheme="Bearer" require-signed-tokens="false" clock-skew="30" output-token-variable-name="token">',
        "    <issuer-signing-keys>",
        '        <key id="k1">c2VjcmV0LWtleS0xMjM0NTY3ODkwMTIzNDU2Nzg5MA==</key>',
        '        <key id="k2" n="0vx7agoebGcQSuu" e="AQAB" />',
        '        <key certificate-id="signing-cert" />',
        "    </issuer-signing-keys>",
        "    <decryption-keys>",
        "        <key>ZGVjcnlwdGlvbi1rZXk=</key>",
        "    </decryption-keys>",
        "    <required-claims>",
        '        <claim name="roles" separator=",">',
        "            <value>reader</value>",
        "        </claim>",
        "    </required-claims>",
        "</validate-jwt>",
      ].join("\n"),
    );
  });

  it("query-parameter-name and header-name accept expressions", () => {
    expect(xmlOf(apim.validateJwt({ queryParameterName: (context) => context.Api.Name }))).toBe(
      '<validate-jwt query-parameter-name="@(context.Api.Name)" />',
    );
    expect(xmlOf(apim.validateJwt({ headerName: "X-Jwt" }))).toBe(
      '<validate-jwt header-name="X-Jwt" />',
    );
  });
});

describe("validate-jwt rules (validate-jwt-policy.md)", () => {
  const refuses = (options: apim.ValidateJwtOptions, message: RegExp) =>
    expect(() => apim.validateJwt(options)).toThrow(message);

  it("needs exactly one of header-name, query-parameter-name, token-value (Attributes)", () => {
    refuses({}, /exactly one of header-name, query-parameter-name or token-value \(got 0\)/);
    refuses(
      { headerName: "Authorization", queryParameterName: "token" },
      /exactly one of .* \(got 2\)/,
    );
  });

  it("checks the status code and clock-skew ranges", () => {
    refuses(
      { headerName: "A", failedValidationHttpCode: 42 },
      /failed-validation-httpcode must be an integer from 100 to 599/,
    );
    refuses(
      { headerName: "A", clockSkew: -1 },
      /clock-skew \(seconds\) must be an integer of at least 0/,
    );
  });

  it("output-token-variable-name accepts no expression (Attributes)", () => {
    refuses(
      { headerName: "A", outputTokenVariableName: (() => "x") as unknown as string },
      /output-token-variable-name accepts no policy expression/,
    );
  });

  it("a key is one of Base64 text, certificate-id, or n with e (key attributes)", () => {
    refuses(
      { headerName: "A", issuerSigningKeys: [{ n: "abc" }] },
      /n and e must be given together/,
    );
    refuses(
      { headerName: "A", issuerSigningKeys: [{ value: "c2VjcmV0", certificateId: "c" }] },
      /exactly one of a Base64 value, certificate-id, or n and e \(got 2\)/,
    );
    refuses(
      { headerName: "A", issuerSigningKeys: [{ value: "not base64!" }] },
      /is not Base64 text/,
    );
    refuses(
      { headerName: "A", issuerSigningKeys: [{ n: "a+b", e: "AQAB" }] },
      /n must be Base64url text/,
    );
  });

  // A named value's name is 1 to 256 letters, digits, '.', '-' or '_' (src/model/named-value.ts):
  // `{{a b}}` references none, so it is checked as the text it is.
  it("takes a {{named value}} for a key or an openid-config url only with a valid name", () => {
    expect(() =>
      apim.validateJwt({
        headerName: "A",
        issuerSigningKeys: [{ value: "{{jwt.key_1-a}}" }],
        openidConfigs: ["{{tenant-url}}/.well-known/openid-configuration"],
      }),
    ).not.toThrow();
    refuses(
      { headerName: "A", issuerSigningKeys: [{ value: "{{a b}}" }] },
      /'\{\{a b\}\}' is not Base64 text \(or a \{\{named value\}\}\)/,
    );
    refuses(
      { headerName: "A", openidConfigs: ["{{a b}}/x"] },
      /openid-config url must be an absolute http\(s\) URL, got '\{\{a b\}\}\/x'/,
    );
  });

  it("audiences list at least one audience; claim match is all or any", () => {
    refuses({ headerName: "A", audiences: [] }, /audiences must list at least one audience/);
    refuses(
      { headerName: "A", requiredClaims: [{ name: "r", match: "some" as "any" }] },
      /match 'some' is not one of 'all', 'any'/,
    );
  });

  it("is an inbound policy (Usage)", () => {
    expect(apim.validateJwtPolicy.sections).toEqual(["inbound"]);
  });
});
