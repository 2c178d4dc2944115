// policy-src/examples/entra-app-roles: validate-azure-ad-token against a fake Microsoft Entra ID
// tenant (fakeEntraIssuer: discovery document and JWKS as service mocks, v1 and v2 tokens minted
// on the virtual clock with the harness's fixed test keys), an app-role check and identity
// headers; then every recorded expression evaluation replayed through the emitted C# (mono) with
// zero divergences.
import { expect, it } from "vitest";
import {
  createGateway,
  fakeEntraIssuer,
  TEST_RSA_KEYS,
  type EntraTokenOptions,
} from "apim-ts/harness";
import entraAppRoles from "../../policy-src/examples/entra-app-roles.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const TENANT = "9188040d-0000-4000-8000-00000000e17a";
const PORTAL = "0a1b2c3d-0000-4000-8000-0000000f0a17";
const BATCH = "0a1b2c3d-0000-4000-8000-00000000ba7c";

function gateway() {
  const entra = fakeEntraIssuer({ tenantId: TENANT });
  const apim = createGateway({
    clock: { instant: "2030-01-01T08:00:00Z" },
    namedValues: {
      "aad-tenant-id": TENANT,
      "orders-portal-client-id": PORTAL,
      "orders-batch-client-id": BATCH,
    },
    services: { ...entra.services },
    policies: { operation: entraAppRoles },
  });
  const token = (version: "v1" | "v2", change: Partial<EntraTokenOptions> = {}) =>
    (version === "v1" ? entra.mintV1 : entra.mintV2)({
      now: apim.clock,
      clientId: PORTAL,
      audience: "api://orders",
      ...change,
    });
  return { apim, token };
}

const bearer = (token: string, method = "GET") => ({
  method,
  headers: { Authorization: `Bearer ${token}` },
});

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "entra-app-roles");
  return result;
};

describeWithCSharp("example: Microsoft Entra ID app roles", (toolchain) => {
  it("forwards the calling application (azp in v2, appid in v1) and its roles, not the token", async () => {
    const { apim, token } = gateway();
    const v2 = await token("v2", { claims: { roles: ["Orders.Read", "Orders.Admin"] } });
    const result = record(await apim.send(bearer(v2)), "v2 portal");
    expect(result).toHaveReachedBackend({
      headers: { "X-Caller-App": PORTAL, "X-Caller-Roles": "Orders.Read,Orders.Admin" },
    });
    expect(
      Object.keys(result.backendCalls[0]!.headers).some((name) => /^authorization$/i.test(name)),
    ).toBe(false);
    const v1 = await token("v1", { clientId: BATCH });
    expect(record(await apim.send(bearer(v1)), "v1 batch")).toHaveReachedBackend({
      headers: { "X-Caller-App": BATCH, "X-Caller-Roles": "" },
    });
  });

  it("a DELETE needs the Orders.Admin app role (403 otherwise, no backend call)", async () => {
    const { apim, token } = gateway();
    const reader = await token("v2", { claims: { roles: ["Orders.Read"] } });
    const forbidden = record(await apim.send(bearer(reader, "DELETE")), "reader deletes");
    expect(forbidden.status).toBe(403);
    expect(forbidden.backendCalls).toHaveLength(0);
    const admin = await token("v2", { claims: { roles: ["Orders.Admin"] } });
    expect(record(await apim.send(bearer(admin, "DELETE")), "admin deletes")).toHaveReachedBackend({
      method: "DELETE",
    });
  });

  it("every validation failure answers 401 with the configured message", async () => {
    const { apim, token } = gateway();
    // Reasons: validate-jwt's rows of "Predefined errors for policies" for the same conditions
    // (the table has no validate-azure-ad-token rows; project's choice, docs/project-choices.md);
    // the body message is failed-validation-error-message (validate-azure-ad-token-policy.md,
    // Attributes).
    const expectations: [string, Promise<string> | string, string][] = [
      ["no token", "", "TokenNotPresent"],
      ["expired", token("v2", { expiresIn: -60 }), "TokenExpired"],
      ["forged", token("v2", { signWith: { rsa: TEST_RSA_KEYS.other } }), "TokenSignatureInvalid"],
      ["other tenant", token("v2", { tenantId: "other-tenant" }), "TokenIssuerNotAllowed"],
      ["other audience", token("v1", { audience: "api://billing" }), "TokenAudienceNotAllowed"],
      ["other client", token("v2", { clientId: "someone-else" }), "TokenClaimValueNotAllowed"],
    ];
    for (const [name, pending, reason] of expectations) {
      const text = await pending;
      const result = record(
        await apim.send(text === "" ? {} : bearer(text)),
        `validation fails: ${name}`,
      );
      expect(result, name).toBeRejectedWith(401, reason);
      expect(JSON.parse(result.body)).toEqual({
        statusCode: 401,
        message: "Unauthorized. Access token is missing or invalid.",
      });
    }
  });

  replayAfterAll(recorder, toolchain, { minimum: 6 });
});
