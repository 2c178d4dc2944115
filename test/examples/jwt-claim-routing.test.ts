// policy-src/examples/jwt-claim-routing: validate-jwt with an RSA key, scopes, claim-based routing
// and identity headers through the simulated gateway on the virtual clock (tokens minted with the
// harness's fixed test keys), then every recorded expression evaluation replayed through the
// emitted C# (mono) with zero divergences.
import { expect, it } from "vitest";
import { createGateway, mintJwt, TEST_RSA_KEYS, testTokens } from "apim-ts/harness";
import jwtClaimRouting from "../../policy-src/examples/jwt-claim-routing.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const ISSUER = "https://login.contoso.example/";
const AUDIENCE = "api://orders";

function gateway() {
  return createGateway({
    clock: { instant: "2030-01-01T08:00:00Z" },
    policies: { operation: jwtClaimRouting },
  });
}

type Gateway = ReturnType<typeof gateway>;
const tokens = (apim: Gateway, claims: Record<string, unknown>) =>
  testTokens({
    key: { rsa: TEST_RSA_KEYS.issuer },
    now: apim.clock,
    issuer: ISSUER,
    audience: AUDIENCE,
    subject: "alice",
    claims,
  });
const bearer = (token: string, method = "GET") => ({
  method,
  headers: { Authorization: `Bearer ${token}` },
});

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "jwt-claim-routing");
  return result;
};

describeWithCSharp("example: JWT claim-based routing and header forwarding", (toolchain) => {
  it("routes by the tenant claim and forwards the identity instead of the token", async () => {
    const apim = gateway();
    const eu = await tokens(apim, {
      scp: "orders.read",
      tid: "eu",
      roles: ["buyer", "admin"],
    }).valid();
    const result = record(await apim.send(bearer(eu)), "eu reader");
    expect(result).toHaveReachedBackend({
      url: /^https:\/\/orders-eu\.contoso\.example\/api/,
      headers: {
        "X-User-Id": "alice",
        "X-User-Roles": "buyer,admin",
        "X-Token-Expires": "2030-01-01T09:00:00.0000000Z",
      },
    });
    expect(
      Object.keys(result.backendCalls[0]!.headers).some((name) => /^authorization$/i.test(name)),
    ).toBe(false);
    const us = await tokens(apim, { scp: "orders.read orders.write", tid: "us" }).valid();
    expect(record(await apim.send(bearer(us, "POST")), "us writer")).toHaveReachedBackend({
      url: /^https:\/\/orders-us\.contoso\.example\/api/,
      method: "POST",
      headers: { "X-User-Roles": "" },
    });
  });

  it("a POST without the orders.write scope is forbidden (403, no backend call)", async () => {
    const apim = gateway();
    const reader = await tokens(apim, { scp: "orders.read", tid: "eu" }).valid();
    const result = record(await apim.send(bearer(reader, "POST")), "reader posts");
    expect(result.status).toBe(403);
    expect(result.backendCalls).toHaveLength(0);
  });

  it("every validate-jwt failure answers 401 with the configured message", async () => {
    const apim = gateway();
    const cases = tokens(apim, { scp: "orders.read", tid: "eu" });
    // Reasons: "Predefined errors for policies" (validate-jwt rows); the body message is the
    // policy's failed-validation-error-message (validate-jwt-policy.md, Attributes).
    const expectations: [string, Promise<string> | string, string][] = [
      ["no token", "", "TokenNotPresent"],
      ["expired", cases.expired(), "TokenExpired"],
      ["wrong key", cases.wrongKey(), "TokenSignatureInvalid"],
      ["alg none", cases.unsigned(), "TokenSignatureInvalid"],
      ["wrong audience", cases.wrongAudience(), "TokenAudienceNotAllowed"],
      ["wrong issuer", cases.wrongIssuer(), "TokenIssuerNotAllowed"],
      ["no scope", cases.missingClaim("scp"), "TokenClaimNotFound"],
      [
        "other scope",
        mintJwt({
          key: { rsa: TEST_RSA_KEYS.issuer },
          now: apim.clock,
          issuer: ISSUER,
          audience: AUDIENCE,
          claims: { scp: "billing.read" },
        }),
        "TokenClaimValueNotAllowed",
      ],
    ];
    for (const [name, token, reason] of expectations) {
      const text = await token;
      const result = record(
        await apim.send(text === "" ? {} : bearer(text)),
        `validate-jwt fails: ${name}`,
      );
      expect(result, name).toBeRejectedWith(401, reason);
      expect(JSON.parse(result.body)).toEqual({
        statusCode: 401,
        message: "Unauthorized. Access token is missing or invalid.",
      });
    }
  });

  replayAfterAll(recorder, toolchain, { minimum: 11 });
});
