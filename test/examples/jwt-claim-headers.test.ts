// policy-src/examples/jwt-claim-headers: a validated bearer token's claims forwarded as headers
// through the simulated gateway on the virtual clock (tokens minted with the harness's fixed test
// keys): present, absent and array claims; failures stop at validate-jwt. Then every recorded
// expression evaluation replayed through the emitted C# (mono) with zero divergences.
import { expect, it } from "vitest";
import { createGateway, TEST_RSA_KEYS, testTokens } from "apim-ts/harness";
import jwtClaimHeaders from "../../policy-src/examples/jwt-claim-headers.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

function gateway() {
  return createGateway({
    clock: { instant: "2030-01-01T08:00:00Z" },
    policies: { operation: jwtClaimHeaders },
  });
}

type Gateway = ReturnType<typeof gateway>;
const tokens = (apim: Gateway, subject: string, claims: Record<string, unknown>) =>
  testTokens({
    key: { rsa: TEST_RSA_KEYS.issuer },
    now: apim.clock,
    issuer: "https://login.contoso.example/",
    audience: "api://profile",
    subject,
    claims,
  });
const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "jwt-claim-headers");
  return result;
};

describeWithCSharp("example: JWT claim-based header forwarding", (toolchain) => {
  it("forwards the token's claims as headers, array claims joined, and drops the token", async () => {
    const apim = gateway();
    const full = await tokens(apim, "alice", {
      email: "alice@contoso.example",
      name: "Alice Martin",
      tid: "contoso-eu",
      roles: ["Orders.Read", "Orders.Approve"],
    }).valid();
    const result = record(await apim.send(bearer(full)), "every claim");
    expect(result).toHaveReachedBackend({
      headers: {
        "X-User-Id": "alice",
        "X-User-Email": "alice@contoso.example",
        "X-User-Name": "Alice Martin",
        "X-Tenant-Id": "contoso-eu",
        "X-User-Roles": "Orders.Read,Orders.Approve",
      },
    });
    expect(
      Object.keys(result.backendCalls[0]!.headers).some((h) => /^authorization$/i.test(h)),
    ).toBe(false);
    const sparse = await tokens(apim, "svc-7", { roles: "Orders.Read" }).valid();
    expect(record(await apim.send(bearer(sparse)), "sparse claims")).toHaveReachedBackend({
      headers: {
        "X-User-Id": "svc-7",
        "X-User-Email": "",
        "X-User-Name": "",
        "X-Tenant-Id": "",
        "X-User-Roles": "Orders.Read",
      },
    });
  });

  it("a token validate-jwt refuses forwards nothing (401, no backend call)", async () => {
    const apim = gateway();
    const cases = tokens(apim, "mallory", { email: "m@example.org" });
    for (const [name, token, reason] of [
      ["no token", "", "TokenNotPresent"],
      ["expired", await cases.expired(), "TokenExpired"],
      ["wrong key", await cases.wrongKey(), "TokenSignatureInvalid"],
    ] as const) {
      const result = record(await apim.send(token === "" ? {} : bearer(token)), name);
      expect(result, name).toBeRejectedWith(401, reason);
      expect(result.backendCalls, name).toHaveLength(0);
    }
  });

  replayAfterAll(recorder, toolchain, { minimum: 10 });
});
