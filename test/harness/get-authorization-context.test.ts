// get-authorization-context against the fake credential manager (createGateway({
// credentialManager })): the connection's access token lands in the context variable as APIM's
// `Authorization` object, read from expressions as the page's examples do
// (get-authorization-context-policy.md, "Authorization object" and Examples); tokens expire on the
// virtual clock and are refreshed (credentials-overview.md, "How does credential manager work?");
// errors give 500 with the error in context.LastError, or a null variable with ignore-error
// (page, Attributes, ignore-error). The LastError Reason and Message are the project's choice
// (docs/project-choices.md): the page and the predefined errors table name none.
import { describe, expect, it } from "vitest";
import {
  forwardRequest,
  getAuthorizationContext,
  policy,
  returnResponse,
  setBody,
  setHeader,
  setStatus,
  type Authorization,
  type GetAuthorizationContextOptions,
} from "apim-ts";
import { createGateway, mintJwt, type CredentialManagerOptions } from "apim-ts/harness";

const OID = "11111111-2222-3333-4444-555555555555";
const TID = "99999999-8888-7777-6666-555555555555";

const STORE: CredentialManagerOptions = {
  providers: {
    "github-01": {
      connections: {
        "auth-01": { accessToken: "gho_token01", tokenLifetime: 600 },
        "auth-sp": {
          accessToken: "gho_sp",
          accessPolicy: { managed: false, identities: [{ oid: OID, tid: TID }] },
        },
        "auth-off": { status: "disconnected" },
        "auth-once": { accessToken: "gho_once", tokenLifetime: 60, refreshable: false },
      },
    },
  },
};

const BASE: GetAuthorizationContextOptions = {
  providerId: "github-01",
  authorizationId: "auth-01",
  contextVariableName: "auth-context",
};

/** The page's "Attach the token to the backend call" example, with the given attributes. */
function gateway(options: Partial<GetAuthorizationContextOptions> = {}, store = STORE) {
  return createGateway({
    credentialManager: store,
    policies: {
      api: policy({
        inbound: [
          getAuthorizationContext({ ...BASE, ...options }),
          setHeader(
            "Authorization",
            (context) =>
              "Bearer " +
              (context.Variables.GetValueOrDefault<Authorization>("auth-context")?.AccessToken ??
                ""),
            { existsAction: "override" },
          ),
        ],
        backend: [forwardRequest()],
        onError: [
          setHeader("X-Reason", (c) => c.LastError.Reason),
          setHeader("X-Source", (c) => c.LastError.Source),
        ],
      }),
    },
  });
}

const bearer = (result: {
  backendCalls: readonly { headers: Record<string, readonly string[]> }[];
}) => result.backendCalls[0]?.headers["Authorization"]?.[0];

const identityToken = (apim: ReturnType<typeof gateway>, claims: Record<string, unknown>) =>
  mintJwt({
    key: { symmetric: "a-test-key-of-at-least-32-bytes!!" },
    now: apim.clock,
    audience: "https://azure-api.net/authorization-manager",
    claims,
  });

describe("get-authorization-context: a connected connection", () => {
  it("the backend gets the stored token as Bearer (page: 'Attach the token to the backend call')", async () => {
    const result = await gateway({ identityType: "managed", ignoreError: false }).send({
      headers: { Authorization: "Bearer caller" },
    });
    expect(result).toHaveReachedBackend();
    expect(bearer(result)).toBe("Bearer gho_token01");
    expect(result.variables["auth-context"]?.type).toBe("Authorization");
  });

  it("identity-type defaults to managed (page, Attributes: default managed)", async () => {
    expect(bearer(await gateway().send())).toBe("Bearer gho_token01");
  });

  it("return-response with the token (page: 'Get token back'), attributes from the query ('dynamically set attributes')", async () => {
    const apim = createGateway({
      credentialManager: STORE,
      policies: {
        api: policy({
          inbound: [
            getAuthorizationContext({
              providerId: (c) => c.Request.Url.Query.GetValueOrDefault("authorizationProviderId"),
              authorizationId: (c) => c.Request.Url.Query.GetValueOrDefault("authorizationId"),
              contextVariableName: "auth-context",
              ignoreError: false,
              identityType: "managed",
            }),
            returnResponse([
              setStatus(200),
              setBody(
                (c) =>
                  c.Variables.GetValueOrDefault<Authorization>("auth-context")?.AccessToken ?? "",
              ),
            ]),
          ],
        }),
      },
    });
    const result = await apim.send({
      url: "/?authorizationProviderId=github-01&authorizationId=auth-01",
    });
    expect(result.status).toBe(200);
    expect(result.body).toBe("gho_token01");
  });

  it("context-variable-name may be an expression", async () => {
    const result = await gateway({ contextVariableName: (c) => "auth-" + "context" }).send();
    expect(bearer(result)).toBe("Bearer gho_token01");
  });

  it("Claims holds the token response's fields (RFC 6749 section 5.1)", async () => {
    const result = await gateway().send();
    const stored = result.variables["auth-context"]!.value as {
      claimEntries: readonly (readonly [string, string])[];
    };
    expect(Object.fromEntries(stored.claimEntries)).toMatchObject({
      access_token: "gho_token01",
      token_type: "Bearer",
      expires_in: "600",
    });
  });
});

describe("get-authorization-context: expiry on the virtual clock", () => {
  it("the token is reused until it expires, then refreshed (credentials-overview.md)", async () => {
    const apim = gateway();
    expect(bearer(await apim.send())).toBe("Bearer gho_token01");
    apim.clock.advance({ seconds: 599 });
    expect(bearer(await apim.send())).toBe("Bearer gho_token01");
    apim.clock.advance({ seconds: 1 });
    const refreshed = bearer(await apim.send());
    expect(refreshed).toMatch(/^Bearer gho_token01\.\d+$/);
    expect(refreshed).not.toBe("Bearer gho_token01");
  });

  it("an expired token whose refresh fails: 500 (page, ignore-error false)", async () => {
    const apim = gateway({ authorizationId: "auth-once" });
    expect(bearer(await apim.send())).toBe("Bearer gho_once");
    apim.clock.advance({ seconds: 60 });
    const result = await apim.send();
    expect(result.status).toBe(500);
    expect(result.backendCalls).toHaveLength(0);
    // Reason: project's choice (docs/project-choices.md).
    expect(result.lastError).toMatchObject({
      Source: "get-authorization-context",
      Reason: "RefreshFailed",
    });
  });
});

describe("get-authorization-context: errors (page, Attributes: ignore-error)", () => {
  it("a disconnected connection: 500, the error in context.LastError for on-error", async () => {
    const result = await gateway({ authorizationId: "auth-off" }).send();
    expect(result.status).toBe(500);
    expect(result.header("X-Source")).toBe("get-authorization-context");
    // Reason: project's choice (docs/project-choices.md).
    expect(result.header("X-Reason")).toBe("ConnectionNotConnected");
  });

  it("an unknown connection or provider: 500", async () => {
    for (const options of [{ authorizationId: "nope" }, { providerId: "nope" }]) {
      const result = await gateway(options).send();
      expect(result.status).toBe(500);
      expect(result.lastError?.Source).toBe("get-authorization-context");
    }
    expect((await gateway({ authorizationId: "nope" }).send()).lastError?.Reason).toBe(
      "ConnectionNotFound",
    );
  });

  it("the managed identity not in the connection's access policy: 500", async () => {
    const result = await gateway({ authorizationId: "auth-sp" }).send();
    expect(result.status).toBe(500);
    expect(result.lastError?.Reason).toBe("IdentityNotAllowed");
  });

  it("ignore-error true: the variable is null and the pipeline goes on (page, ignore-error row)", async () => {
    const result = await gateway({ authorizationId: "auth-off", ignoreError: true }).send();
    expect(result).toHaveReachedBackend();
    expect(result.variables["auth-context"]).toEqual({ type: "Authorization", value: null });
    expect(bearer(result)).toBe("Bearer ");
    expect(result.lastError).toBeNull();
  });

  it("ignore-error may be an expression", async () => {
    const apim = gateway({
      authorizationId: "auth-off",
      ignoreError: (c) => c.Request.Headers.ContainsKey("X-Lenient"),
    });
    expect((await apim.send({ headers: { "X-Lenient": "1" } })).status).toBe(200);
    expect((await apim.send()).status).toBe(500);
  });
});

describe("get-authorization-context: identity-type jwt (page: 'Get token from incoming request')", () => {
  const jwtOptions: Partial<GetAuthorizationContextOptions> = {
    authorizationId: "auth-sp",
    identityType: "jwt",
    identity: (c) =>
      c.Request.Headers.GetValueOrDefault("Authorization", "").replaceAll("Bearer ", ""),
  };

  it("a token whose oid and tid are in the access policy gets the connection's token", async () => {
    const apim = gateway(jwtOptions);
    const token = await identityToken(apim, { oid: OID, tid: TID });
    const result = await apim.send({ headers: { Authorization: `Bearer ${token}` } });
    expect(bearer(result)).toBe("Bearer gho_sp");
  });

  it("an oid the access policy does not list: 500", async () => {
    const apim = gateway(jwtOptions);
    const token = await identityToken(apim, {
      oid: "00000000-0000-0000-0000-000000000001",
      tid: TID,
    });
    const result = await apim.send({ headers: { Authorization: `Bearer ${token}` } });
    expect(result.status).toBe(500);
    expect(result.lastError?.Reason).toBe("IdentityNotAllowed");
  });

  it("a token for another audience, or no token: 500 (page: expected audience https://azure-api.net/authorization-manager)", async () => {
    const apim = gateway(jwtOptions);
    const other = await mintJwt({
      key: { symmetric: "a-test-key-of-at-least-32-bytes!!" },
      now: apim.clock,
      audience: "https://graph.microsoft.com",
      claims: { oid: OID, tid: TID },
    });
    for (const headers of [{ Authorization: `Bearer ${other}` }, {}] as Record<string, string>[]) {
      const result = await apim.send({ headers });
      expect(result.status).toBe(500);
      // Reason: project's choice (docs/project-choices.md).
      expect(result.lastError?.Reason).toBe("IdentityInvalid");
    }
  });

  it("identity is ignored for identity-type managed (page, Attributes: identity)", async () => {
    const result = await gateway({ identityType: "managed", identity: "not-a-token" }).send();
    expect(bearer(result)).toBe("Bearer gho_token01");
  });
});

describe("get-authorization-context: configuration", () => {
  it("createGateway refuses an unknown credentialManager key and a bad token lifetime", () => {
    expect(() =>
      createGateway({
        credentialManager: { providers: { p: { connections: { c: { lifetime: 5 } as never } } } },
      }),
    ).toThrow(/lifetime/);
    expect(() =>
      createGateway({
        credentialManager: { providers: { p: { connections: { c: { tokenLifetime: 0 } } } } },
      }),
    ).toThrow(/tokenLifetime must be a positive whole number/);
  });
});
