// authentication-managed-identity: the backend sees `Authorization: Bearer <token>` of the
// service's system- or user-assigned identity for the resource; tokens are cached until they
// expire on the virtual clock (authentication-managed-identity-policy.md, first paragraph and
// Attributes). The fake Entra ID is configured through createGateway({ managedIdentity }).
import { describe, expect, it } from "vitest";
import {
  authenticationManagedIdentity,
  forwardRequest,
  namedValue,
  policy,
  sendRequest,
  setHeader,
  type AuthenticationManagedIdentityOptions,
} from "apim-ts";
import {
  createGateway,
  fakeTokenClaims,
  type ManagedIdentityOptions,
  type SendResult,
} from "apim-ts/harness";

const GRAPH = "https://graph.microsoft.com";
const USER_ASSIGNED = "6f1a3c2e-0000-4000-8000-00000000beef";

function gateway(
  options: AuthenticationManagedIdentityOptions,
  managedIdentity: ManagedIdentityOptions = {
    systemAssigned: {},
    userAssigned: { [USER_ASSIGNED]: { tokenLifetime: 600 } },
  },
) {
  return createGateway({
    managedIdentity,
    namedValues: { "graph-resource": GRAPH },
    policies: {
      api: policy({
        inbound: [authenticationManagedIdentity(options)],
        backend: [forwardRequest()],
      }),
    },
  });
}

const bearer = (result: SendResult) => result.backendCalls[0]?.headers["Authorization"]?.[0];
const claims = (result: SendResult) => fakeTokenClaims(bearer(result)!.replace(/^Bearer /, ""));

describe("authentication-managed-identity", () => {
  it("system-assigned (no client-id): the backend gets a bearer token for the resource", async () => {
    const result = await gateway({ resource: GRAPH }).send({
      headers: { Authorization: "Bearer caller" },
    });
    expect(result).toHaveReachedBackend();
    expect(bearer(result)).toMatch(/^Bearer [\w-]+\.[\w-]+\.$/);
    const token = claims(result);
    expect(token.aud).toBe(GRAPH);
    // Default lifetime 3600 s: project's choice (docs/project-choices.md).
    expect(Number(token.exp) - Number(token.iat)).toBe(3600);
  });

  it("client-id: the token is the user-assigned identity's", async () => {
    const result = await gateway({ resource: GRAPH, clientId: USER_ASSIGNED }).send();
    expect(claims(result).appid).toBe(USER_ASSIGNED);
    expect(Number(claims(result).exp) - Number(claims(result).iat)).toBe(600);
  });

  it("the token is cached per identity and resource until it expires, on the virtual clock", async () => {
    const apim = gateway({ resource: (context) => namedValue("graph-resource") });
    const first = claims(await apim.send());
    apim.clock.advance({ seconds: 3599 });
    expect(claims(await apim.send())["apim-ts-issue"]).toBe(first["apim-ts-issue"]);
    apim.clock.advance({ seconds: 1 });
    const renewed = claims(await apim.send());
    expect(renewed["apim-ts-issue"]).not.toBe(first["apim-ts-issue"]);
    expect(renewed.iat).toBe(Number(first.iat) + 3600);
  });

  it("output-token-variable-name: the token lands in the variable; the page's example sets the header itself", async () => {
    const apim = createGateway({
      managedIdentity: { systemAssigned: {} },
      policies: {
        api: policy({
          inbound: [
            authenticationManagedIdentity({
              resource: "AD_application_id",
              outputTokenVariableName: "msi-access-token",
              ignoreError: false,
            }),
            setHeader(
              "Authorization",
              (context) =>
                "Bearer " + context.Variables.GetValueOrDefault<string>("msi-access-token", ""),
              { existsAction: "override" },
            ),
          ],
          backend: [forwardRequest()],
        }),
      },
    });
    const result = await apim.send();
    const token = result.variables["msi-access-token"]!;
    expect(token.type).toBe("string");
    expect(fakeTokenClaims(String(token.value)).aud).toBe("AD_application_id");
    expect(bearer(result)).toBe(`Bearer ${String(token.value)}`);
  });

  it("without set-header the variable form leaves the caller's Authorization alone (project's choice)", async () => {
    const result = await gateway({ resource: GRAPH, outputTokenVariableName: "t" }).send({
      headers: { Authorization: "Bearer caller" },
    });
    expect(bearer(result)).toBe("Bearer caller");
  });

  it("inside send-request the called service gets the token", async () => {
    const apim = createGateway({
      managedIdentity: { systemAssigned: {} },
      services: { "https://example.com/": () => ({ status: 200, body: "{}" }) },
      policies: {
        api: policy({
          inbound: [
            sendRequest({
              mode: "new",
              timeout: 20,
              ignoreError: false,
              responseVariableName: "r",
              url: "https://example.com/",
              method: "GET",
              authenticationManagedIdentity: authenticationManagedIdentity({
                resource: "ResourceID",
              }),
            }),
          ],
          backend: [forwardRequest()],
        }),
      },
    });
    const result = await apim.send();
    const sent = result.serviceCalls[0]!.headers["Authorization"]![0]!;
    expect(fakeTokenClaims(sent.replace(/^Bearer /, "")).aud).toBe("ResourceID");
    expect(bearer(result)).toBeUndefined();
  });

  it("ignore-error true: without a token the pipeline goes on, without the header", async () => {
    for (const [options, identities] of [
      [{ resource: GRAPH, ignoreError: true }, {}],
      [{ resource: GRAPH, clientId: "unknown", ignoreError: true }, { systemAssigned: {} }],
      [{ resource: GRAPH, ignoreError: true }, { systemAssigned: { failure: "Entra ID down" } }],
      [
        { resource: GRAPH, ignoreError: true },
        { systemAssigned: { resources: ["https://vault.azure.net"] } },
      ],
    ] as const) {
      const result = await gateway(options, identities).send();
      expect(result).toHaveReachedBackend();
      expect(bearer(result)).toBeUndefined();
      expect(result.lastError).toBeNull();
    }
  });

  it("ignore-error false: refused, since no source documents the error APIM raises", async () => {
    await expect(
      gateway({ resource: GRAPH }, { systemAssigned: { failure: "Entra ID down" } }).send(),
    ).rejects.toThrow(/Entra ID down.*Predefined errors for policies/);
    await expect(gateway({ resource: GRAPH, clientId: "unknown" }).send()).rejects.toThrow(
      /no user-assigned managed identity with client id 'unknown'/,
    );
  });

  it("placement and builder rules of the page", async () => {
    const workspace = createGateway({
      managedIdentity: { systemAssigned: {} },
      policies: {
        workspace: policy({ inbound: [authenticationManagedIdentity({ resource: GRAPH })] }),
      },
    });
    await expect(workspace.send()).rejects.toThrow(/not allowed at the workspace scope/);
    expect(() => authenticationManagedIdentity({} as AuthenticationManagedIdentityOptions)).toThrow(
      /resource is required/,
    );
    expect(() =>
      authenticationManagedIdentity({
        resource: GRAPH,
        clientId: (() => "x") as unknown as string,
      }),
    ).toThrow(/client-id accepts no policy expression/);
    expect(() =>
      authenticationManagedIdentity({ resource: GRAPH, ignoreError: "yes" as unknown as boolean }),
    ).toThrow(/ignore-error must be true or false/);
    expect(() =>
      createGateway({ managedIdentity: { systemAssigned: { tokenLifetime: 0 } } }),
    ).toThrow(/tokenLifetime must be a positive whole number/);
    expect(() =>
      createGateway({ managedIdentity: { systemAssigned: { lifetime: 5 } } as never }),
    ).toThrow(/there is no option 'lifetime'/);
  });
});
