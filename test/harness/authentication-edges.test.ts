// The authentication policies and get-authorization-context at their edges: credentials and
// resources that expressions leave empty or null (refused: the pages do not say what APIM does),
// a certificate given by lower-case thumbprint or as bytes (authentication-certificate-policy.md,
// Attributes: thumbprint, certificate-id, body "Client certificate as a byte array"), the failure
// answer for a certificate that is not there (CertificateNotFound and 500: project's choices,
// docs/project-choices.md, Reasons and Statuses), the identity APIM's refusal names for
// authentication-managed-identity, and get-authorization-context's identity-type and identity
// (get-authorization-context-policy.md, Attributes).
import { describe, expect, it } from "vitest";
import {
  authenticationBasic,
  authenticationCertificate,
  authenticationManagedIdentity,
  base,
  Convert,
  forwardRequest,
  getAuthorizationContext,
  policy,
  type Context,
  type GetAuthorizationContextOptions,
} from "apim-ts";
import { createGateway, mintJwt } from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";

const SLOW = 300_000; // the first expression of a file type-checks its sources

describe("authentication-basic: what neither the page nor RFC 7617 decides is refused", () => {
  const gateway = (password: string | ((context: Context) => string)) =>
    createGateway({
      policies: {
        api: policy({
          inbound: [authenticationBasic({ username: "Aladdin", password })],
          backend: [forwardRequest()],
        }),
      },
    });

  it("a password with a non-ASCII character (RFC 7617, section 2.1: the charset is not given)", async () => {
    await expect(gateway("sésame").send()).rejects.toThrow(/non-ASCII/);
    // The same password in ASCII is sent (RFC 7617, section 2).
    const result = await gateway("sesame").send();
    expect(result.backendCalls[0]!.headers["Authorization"]).toEqual([
      `Basic ${Buffer.from("Aladdin:sesame").toString("base64")}`,
    ]);
  });

  it(
    "a password expression that gives null names the password",
    async () => {
      const apim = gateway(((context: Context) =>
        context.Request.Headers.GetValueOrDefault("x-pass")) as unknown as () => string);
      await expect(apim.send()).rejects.toThrow(/password: the expression gave null/);
    },
    SLOW,
  );
});

describe("authentication-certificate: finding the certificate", () => {
  const deployment = {
    certificates: [{ id: "unprotected-api", certificate: certs.unprotectedApi }],
  };
  const gateway = (reference: Parameters<typeof authenticationCertificate>[0]) =>
    createGateway({
      deployment,
      policies: {
        operation: policy({ inbound: [authenticationCertificate(reference)], backend: [base()] }),
      },
    });

  it("a thumbprint in lower case finds the uploaded certificate (hexadecimal; project's choice)", async () => {
    const result = await gateway({
      thumbprint: certs.unprotectedApi.thumbprint.toLowerCase(),
    }).send();
    expect(result).toHaveReachedBackend({
      clientCertificateThumbprint: certs.unprotectedApi.thumbprint,
    });
  });

  it("a thumbprint or certificate id that is not uploaded: 500 CertificateNotFound naming it", async () => {
    const byThumbprint = await gateway({ thumbprint: "ab01" }).send();
    expect(byThumbprint).toBeRejectedWith(500, "CertificateNotFound");
    expect(byThumbprint.reason).toBe("Internal Server Error");
    expect(byThumbprint.lastError).toMatchObject({
      Source: "authentication-certificate",
      Message: "No certificate with thumbprint 'AB01' is uploaded to the service",
    });
    const byId = await gateway({ certificateId: "missing-cert" }).send();
    expect(byId).toBeRejectedWith(500, "CertificateNotFound");
    expect(byId.lastError!.Message).toBe(
      "No certificate with id 'missing-cert' is uploaded to the service",
    );
  });

  it(
    "body: the certificate's bytes from an expression (Attributes, body); other bytes are refused",
    async () => {
      const apim = gateway({
        body: (context: Context) =>
          Convert.FromBase64String(context.Request.Headers.GetValueOrDefault("X-Cert", "")),
      });
      const presented = await apim.send({ headers: { "X-Cert": certs.unprotectedApi.base64 } });
      expect(presented).toHaveReachedBackend({
        clientCertificateThumbprint: certs.unprotectedApi.thumbprint,
      });
      // Bytes that are no DER certificate (a PFX among them): the page does not say what APIM
      // does, so the harness refuses (docs/project-choices.md).
      await expect(apim.send({ headers: { "X-Cert": "AAEC" } })).rejects.toThrow(
        /body is not a DER certificate: PFX bodies \(with password\) are not simulated/,
      );
    },
    SLOW,
  );
});

describe("authentication-managed-identity: what the refusals name", () => {
  const gateway = (options: Parameters<typeof authenticationManagedIdentity>[0]) =>
    createGateway({
      managedIdentity: { systemAssigned: { failure: "Entra ID down" } },
      policies: {
        api: policy({
          inbound: [authenticationManagedIdentity(options)],
          backend: [forwardRequest()],
        }),
      },
    });

  it("the identity that got no token: the system-assigned one, or the client id's", async () => {
    await expect(gateway({ resource: "https://vault.azure.net" }).send()).rejects.toThrow(
      /no token for 'https:\/\/vault\.azure\.net' with the system-assigned identity/,
    );
    await expect(
      gateway({ resource: "https://vault.azure.net", clientId: "unknown-client" }).send(),
    ).rejects.toThrow(/with the identity unknown-client/);
  });

  it(
    "a resource expression that gives null or white space is refused, naming which",
    async () => {
      const apim = gateway({
        resource: ((context: Context) =>
          context.Request.Headers.GetValueOrDefault("X-Resource")) as unknown as string,
      });
      await expect(apim.send()).rejects.toThrow(/resource: the expression gave null/);
      await expect(apim.send({ headers: { "X-Resource": " " } })).rejects.toThrow(
        /resource: the expression gave ''/,
      );
    },
    SLOW,
  );
});

describe("get-authorization-context: attributes at their edges", () => {
  const STORE = {
    providers: {
      "github-01": {
        connections: {
          "auth-01": { accessToken: "gho_token01" },
          "auth-sp": {
            accessToken: "gho_sp",
            accessPolicy: { managed: false, identities: [{ oid: "oid-1", tid: "tid-1" }] },
          },
        },
      },
    },
  };
  const gateway = (options: Partial<GetAuthorizationContextOptions>) =>
    createGateway({
      credentialManager: STORE,
      policies: {
        api: policy({
          inbound: [
            getAuthorizationContext({
              providerId: "github-01",
              authorizationId: "auth-01",
              contextVariableName: "auth-context",
              ...options,
            }),
          ],
          backend: [forwardRequest()],
        }),
      },
    });
  const identity = (apim: ReturnType<typeof gateway>, claims: Record<string, unknown>) =>
    mintJwt({
      key: { symmetric: "a-test-key-of-at-least-32-bytes!!" },
      now: apim.clock,
      claims,
    });

  it(
    "identity-type is managed or jwt (Attributes); another value is refused",
    async () => {
      const apim = gateway({
        // A JavaScript caller's expression may give any text (the types allow only the two).
        identityType: ((context: Context) =>
          context.Request.Headers.GetValueOrDefault("X-Type", "managed")) as unknown as "managed",
      });
      const managed = await apim.send();
      expect(managed).toHaveReachedBackend();
      expect(
        (managed.variables["auth-context"]!.value as { AccessToken: string }).AccessToken,
      ).toBe("gho_token01");
      await expect(apim.send({ headers: { "X-Type": "user" } })).rejects.toThrow(
        /identity-type: 'user' is neither managed nor jwt/,
      );
    },
    SLOW,
  );

  it(
    "identity-type jwt: aud may be a list holding the expected audience; oid and tid must be strings",
    async () => {
      const apim = gateway({
        authorizationId: "auth-sp",
        identityType: "jwt",
        identity: (context) => context.Request.Headers.GetValueOrDefault("X-Identity", ""),
      });
      const listed = await identity(apim, {
        aud: ["https://graph.microsoft.com", "https://azure-api.net/authorization-manager"],
        oid: "oid-1",
        tid: "tid-1",
      });
      const ok = await apim.send({ headers: { "X-Identity": listed } });
      expect((ok.variables["auth-context"]!.value as { AccessToken: string }).AccessToken).toBe(
        "gho_sp",
      );
      for (const claims of [
        { aud: "https://azure-api.net/authorization-manager", oid: "oid-1" },
        { aud: "https://azure-api.net/authorization-manager", tid: "tid-1" },
        { aud: "https://azure-api.net/authorization-manager", oid: 1, tid: "tid-1" },
      ]) {
        const result = await apim.send({
          headers: { "X-Identity": await identity(apim, claims) },
        });
        expect(result.status).toBe(500);
        // Reason and Message: project's choice (docs/project-choices.md).
        expect(result.lastError).toMatchObject({
          Reason: "IdentityInvalid",
          Message: "the identity token has no oid or tid claim",
        });
      }
    },
    SLOW,
  );

  it("identity-type jwt without an identity: IdentityInvalid, 500", async () => {
    const result = await gateway({ authorizationId: "auth-sp", identityType: "jwt" }).send();
    expect(result.status).toBe(500);
    expect(result.lastError).toMatchObject({
      Source: "get-authorization-context",
      Reason: "IdentityInvalid",
      Message: "identity-type is jwt and identity is not a JWT",
    });
  });

  it(
    "an attribute expression that gives white space is refused, naming the attribute",
    async () => {
      const apim = gateway({
        authorizationId: (context) => context.Request.Headers.GetValueOrDefault("X-Id", ""),
      });
      await expect(apim.send({ headers: { "X-Id": " " } })).rejects.toThrow(
        /get-authorization-context authorization-id: the expression gave ''/,
      );
    },
    SLOW,
  );
});
