// The XML of get-authorization-context (get-authorization-context-policy.md): the page's four
// examples authored in TypeScript emit the page's XML (modulo formatting: the page's XML comments
// are not part of the policy, attributes follow the policy statement's order, and
// `set-body template="none"` is written without the attribute, none being the default). The
// page's C# cast `(Authorization)context.Variables.GetValueOrDefault("auth-context")` is written
// as the typed read `GetValueOrDefault<Authorization>("auth-context")`, which reads the same
// object (null when the variable is absent). Two more departures, both from apim-ts's translator:
// a possibly-null AccessToken gets `?? ""` (C# concatenates null as "", JavaScript as "null", and
// set-body takes a string), and the header is read with GetValueOrDefault("Authorization", "") rather than
// `Headers["Authorization"][0]` and its `.Replace` written as JavaScript's `replaceAll`.
import type ts from "../../src/compile/typescript.js";
import { beforeAll, describe, expect, it } from "vitest";
import * as apim from "../../src/index.ts";
import type { Authorization } from "../../src/index.ts";
import { emitDocument } from "../../src/emit/emit-document.ts";
import { testProgram } from "../support/test-program.ts";
import type { PolicyDocument } from "../../src/model/document.ts";

let program: ts.Program;
beforeAll(() => {
  program = testProgram(import.meta.filename);
});

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

const RETURN_TOKEN = apim.returnResponse([
  apim.setStatus(200),
  apim.setBody(
    (context) =>
      context.Variables.GetValueOrDefault<Authorization>("auth-context")?.AccessToken ?? "",
  ),
]);
const RETURN_TOKEN_XML = [
  "<return-response>",
  '    <set-status code="200" />',
  '    <set-body>@(context.Variables.GetValueOrDefault<Authorization>("auth-context")?.AccessToken ?? "")</set-body>',
  "</return-response>",
];

describe("get-authorization-context (get-authorization-context-policy.md, Examples)", () => {
  it("'Get token back'", () => {
    expect(
      inbound(
        apim.getAuthorizationContext({
          providerId: "github-01",
          authorizationId: "auth-01",
          contextVariableName: "auth-context",
          identityType: "managed",
          ignoreError: false,
        }),
        RETURN_TOKEN,
      ),
    ).toBe(
      [
        '<get-authorization-context provider-id="github-01" authorization-id="auth-01" context-variable-name="auth-context" identity-type="managed" ignore-error="false" />',
        ...RETURN_TOKEN_XML,
      ].join("\n"),
    );
  });

  it("'Get token back with dynamically set attributes': provider-id and authorization-id are expressions", () => {
    expect(
      inbound(
        apim.getAuthorizationContext({
          providerId: (context) =>
            context.Request.Url.Query.GetValueOrDefault("authorizationProviderId"),
          authorizationId: (context) =>
            context.Request.Url.Query.GetValueOrDefault("authorizationId"),
          contextVariableName: "auth-context",
          ignoreError: false,
          identityType: "managed",
        }),
      ),
    ).toBe(
      '<get-authorization-context provider-id="@(context.Request.Url.Query.GetValueOrDefault("authorizationProviderId"))" authorization-id="@(context.Request.Url.Query.GetValueOrDefault("authorizationId"))" context-variable-name="auth-context" identity-type="managed" ignore-error="false" />',
    );
  });

  it("'Attach the token to the backend call'", () => {
    expect(
      inbound(
        apim.getAuthorizationContext({
          providerId: "github-01",
          authorizationId: "auth-01",
          contextVariableName: "auth-context",
          identityType: "managed",
          ignoreError: false,
        }),
        apim.setHeader(
          "Authorization",
          (context) =>
            "Bearer " +
            (context.Variables.GetValueOrDefault<Authorization>("auth-context")?.AccessToken ?? ""),
          { existsAction: "override" },
        ),
      )
        .split("\n")
        .slice(1),
    ).toEqual([
      '<set-header name="Authorization" exists-action="override">',
      '    <value>@("Bearer " + (context.Variables.GetValueOrDefault<Authorization>("auth-context")?.AccessToken ?? ""))</value>',
      "</set-header>",
    ]);
  });

  it("'Get token from incoming request and return token': identity-type jwt, identity an expression", () => {
    expect(
      inbound(
        apim.getAuthorizationContext({
          providerId: "github-01",
          authorizationId: "auth-01",
          contextVariableName: "auth-context",
          identityType: "jwt",
          identity: (context) =>
            context.Request.Headers.GetValueOrDefault("Authorization", "").replaceAll(
              "Bearer ",
              "",
            ),
          ignoreError: false,
        }),
      ),
    ).toBe(
      '<get-authorization-context provider-id="github-01" authorization-id="auth-01" context-variable-name="auth-context" identity-type="jwt" identity="@(context.Request.Headers.GetValueOrDefault("Authorization", "").Replace("Bearer ", ""))" ignore-error="false" />',
    );
  });

  it("every attribute allows expressions (the page's Attributes table), ignore-error and identity-type included", () => {
    expect(
      inbound(
        apim.getAuthorizationContext({
          providerId: "p",
          authorizationId: "a",
          contextVariableName: (context) => "auth-" + context.Api.Name,
          identityType: (context) =>
            context.Request.Headers.ContainsKey("X-Jwt") ? "jwt" : "managed",
          ignoreError: (context) => context.Request.Method === "GET",
        }),
      ),
    ).toContain('ignore-error="@(context.Request.Method == "GET")"');
  });
});

describe("get-authorization-context rules (Attributes table)", () => {
  it("provider-id, authorization-id and context-variable-name are required", () => {
    expect(() =>
      apim.getAuthorizationContext({
        providerId: "p",
        authorizationId: "",
        contextVariableName: "v",
      }),
    ).toThrow(/authorization-id must be a non-empty string/);
    expect(() =>
      apim.getAuthorizationContext({ providerId: "p", authorizationId: "a" } as never),
    ).toThrow(/context-variable-name is required/);
  });

  it("identity-type is managed or jwt", () => {
    expect(() =>
      apim.getAuthorizationContext({
        providerId: "p",
        authorizationId: "a",
        contextVariableName: "v",
        identityType: "user" as never,
      }),
    ).toThrow(/identity-type 'user' is not one of 'managed', 'jwt'/);
  });
});
