// The XML of issue 15's identity and security policies (cors, authentication-basic,
// authentication-managed-identity): each reference page's examples authored in TypeScript emit
// the page's XML (modulo formatting: the page's XML comments are not part of the policy, and
// attributes follow the policy statement's order).
import type ts from "../../src/compile/typescript.js";
import { beforeAll, describe, expect, it } from "vitest";
import * as apim from "../../src/index.ts";
import { emitDocument } from "../../src/emit/emit-document.ts";
import { testProgram } from "../support/test-program.ts";
import type { PolicyDocument } from "../../src/model/document.ts";

let program: ts.Program;
beforeAll(() => {
  program = testProgram(import.meta.filename);
});

/** The printed statements of the inbound section, without the document around them. */
function xmlOf(document: PolicyDocument): string {
  const emitted = emitDocument(document, program, { format: "rawxml" });
  expect(emitted.diagnostics).toEqual([]);
  const lines = emitted.text!.split("\n");
  return lines
    .slice(lines.indexOf("    <inbound>") + 1, lines.indexOf("    </inbound>"))
    .map((line) => line.slice(8))
    .join("\n");
}

const inbound = (...statements: apim.InboundStatement[]) =>
  xmlOf(apim.policy({ inbound: statements }));

describe("cors (cors-policy.md)", () => {
  it("the page's example: credentials, two origins, four methods with max-age, allowed and exposed headers", () => {
    expect(
      inbound(
        apim.cors({
          allowCredentials: true,
          allowedOrigins: ["http://localhost:8080/", "http://example.com/"],
          allowedMethods: ["GET", "POST", "PATCH", "DELETE"],
          preflightResultMaxAge: 300,
          allowedHeaders: [
            "x-zumo-installation-id",
            "x-zumo-application",
            "x-zumo-version",
            "x-zumo-auth",
            "content-type",
            "accept",
          ],
          exposeHeaders: ["x-zumo-installation-id", "x-zumo-application"],
        }),
      ),
    ).toBe(
      [
        '<cors allow-credentials="true">',
        "    <allowed-origins>",
        "        <origin>http://localhost:8080/</origin>",
        "        <origin>http://example.com/</origin>",
        "    </allowed-origins>",
        '    <allowed-methods preflight-result-max-age="300">',
        "        <method>GET</method>",
        "        <method>POST</method>",
        "        <method>PATCH</method>",
        "        <method>DELETE</method>",
        "    </allowed-methods>",
        "    <allowed-headers>",
        "        <header>x-zumo-installation-id</header>",
        "        <header>x-zumo-application</header>",
        "        <header>x-zumo-version</header>",
        "        <header>x-zumo-auth</header>",
        "        <header>content-type</header>",
        "        <header>accept</header>",
        "    </allowed-headers>",
        "    <expose-headers>",
        "        <header>x-zumo-installation-id</header>",
        "        <header>x-zumo-application</header>",
        "    </expose-headers>",
        "</cors>",
      ].join("\n"),
    );
  });

  it("every attribute: terminate-unmatched-request, wildcards, expressions, omitted optional parts", () => {
    expect(
      inbound(
        apim.cors({
          id: "cors",
          allowCredentials: (context) => context.Api.Name === "portal",
          terminateUnmatchedRequest: false,
          allowedOrigins: ["*"],
          allowedMethods: ["*", (context) => context.Request.Method],
          preflightResultMaxAge: (context) => context.Request.Url.Port,
          allowedHeaders: ["*"],
        }),
      ),
    ).toBe(
      [
        '<cors id="cors" allow-credentials="@(context.Api.Name == "portal")" terminate-unmatched-request="false">',
        "    <allowed-origins>",
        "        <origin>*</origin>",
        "    </allowed-origins>",
        '    <allowed-methods preflight-result-max-age="@(context.Request.Url.Port)">',
        "        <method>*</method>",
        "        <method>@(context.Request.Method)</method>",
        "    </allowed-methods>",
        "    <allowed-headers>",
        "        <header>*</header>",
        "    </allowed-headers>",
        "</cors>",
      ].join("\n"),
    );
  });
});

describe("authentication-basic (authentication-basic-policy.md)", () => {
  it("the page's example, and named values and expressions in both attributes", () => {
    expect(
      inbound(apim.authenticationBasic({ username: "testuser", password: "testpassword" })),
    ).toBe('<authentication-basic username="testuser" password="testpassword" />');
    expect(
      inbound(
        apim.authenticationBasic({
          id: "basic",
          username: "{{backend-user}}",
          password: (context) => context.Variables.GetValueOrDefault<string>("secret", ""),
        }),
      ),
    ).toBe(
      '<authentication-basic id="basic" username="{{backend-user}}" password="@(context.Variables.GetValueOrDefault<string>("secret", ""))" />',
    );
  });
});

describe("authentication-managed-identity (authentication-managed-identity-policy.md)", () => {
  it("the page's 'authenticate with a backend service' examples, one per resource", () => {
    for (const resource of [
      "https://graph.microsoft.com",
      "https://cognitiveservices.azure.com",
      "https://management.azure.com/",
      "https://vault.azure.net",
      "https://servicebus.azure.net/",
      "https://eventhubs.azure.net/",
      "https://storage.azure.com/",
      "https://database.windows.net/",
      "AD_application_id",
    ])
      expect(inbound(apim.authenticationManagedIdentity({ resource }))).toBe(
        `<authentication-managed-identity resource="${resource}" />`,
      );
  });

  it("the page's 'set header manually' example", () => {
    expect(
      inbound(
        apim.authenticationManagedIdentity({
          resource: "AD_application_id",
          outputTokenVariableName: "msi-access-token",
          ignoreError: false,
        }),
        apim.setHeader(
          "Authorization",
          (context) =>
            "Bearer " + context.Variables.GetValueOrDefault<string>("msi-access-token", ""),
          { existsAction: "override" },
        ),
      ),
    ).toBe(
      [
        '<authentication-managed-identity resource="AD_application_id" output-token-variable-name="msi-access-token" ignore-error="false" />',
        '<set-header name="Authorization" exists-action="override">',
        '    <value>@("Bearer " + context.Variables.GetValueOrDefault<string>("msi-access-token", ""))</value>',
        "</set-header>",
      ].join("\n"),
    );
  });

  it("the page's 'in send-request' example, and client-id with an expression resource", () => {
    expect(
      inbound(
        apim.sendRequest({
          mode: "new",
          timeout: 20,
          ignoreError: false,
          responseVariableName: "r",
          url: "https://example.com/",
          method: "GET",
          authenticationManagedIdentity: apim.authenticationManagedIdentity({
            resource: "ResourceID",
          }),
        }),
      ),
    ).toBe(
      [
        '<send-request mode="new" response-variable-name="r" timeout="20" ignore-error="false">',
        "    <set-url>https://example.com/</set-url>",
        "    <set-method>GET</set-method>",
        '    <authentication-managed-identity resource="ResourceID" />',
        "</send-request>",
      ].join("\n"),
    );
    expect(
      inbound(
        apim.authenticationManagedIdentity({
          id: "mi",
          resource: (context) => context.Api.ServiceUrl.Host,
          clientId: "6f1a3c2e-0000-4000-8000-00000000beef",
        }),
      ),
    ).toBe(
      '<authentication-managed-identity id="mi" resource="@(context.Api.ServiceUrl.Host)" client-id="6f1a3c2e-0000-4000-8000-00000000beef" />',
    );
  });
});
