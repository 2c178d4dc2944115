// policy-src/examples/basic-credentials-check: HTTP Basic credentials checked against named
// values through the simulated gateway (the right user id and password reach the backend as the
// user id alone; anything else is a 401 with a Basic challenge and no backend call), then every
// recorded expression evaluation replayed through the emitted C# (mono) with zero divergences.
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import basicCredentialsCheck from "../../policy-src/examples/basic-credentials-check.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const USER = "orders-app";
const PASSWORD = "p:ss w0rd";

function gateway() {
  return createGateway({
    clock: { instant: "2030-01-01T08:00:00Z" },
    policies: { operation: basicCredentialsCheck },
    namedValues: { "orders-client-user": USER, "orders-client-password": PASSWORD },
  });
}

const basic = (credentials: string, scheme = "Basic") => ({
  headers: { Authorization: `${scheme} ${Buffer.from(credentials).toString("base64")}` },
});

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "basic-credentials-check");
  return result;
};

describeWithCSharp("example: Basic credentials checked against named values", (toolchain) => {
  it("forwards the caller with the named values' credentials, as its user id only", async () => {
    const apim = gateway();
    for (const [name, request] of [
      ["right credentials", basic(`${USER}:${PASSWORD}`)],
      ["scheme in lower case", basic(`${USER}:${PASSWORD}`, "basic")],
    ] as const) {
      const result = record(await apim.send(request), name);
      expect(result, name).toHaveReachedBackend({ headers: { "X-Authenticated-User": USER } });
      expect(
        Object.keys(result.backendCalls[0]!.headers).some((h) => /^authorization$/i.test(h)),
        name,
      ).toBe(false);
    }
  });

  it("answers 401 with a Basic challenge for anything else, without calling the backend", async () => {
    const apim = gateway();
    const wrong: [string, { headers?: Record<string, string> }][] = [
      ["no Authorization", {}],
      ["wrong password", basic(`${USER}:${PASSWORD}x`)],
      ["wrong user", basic(`other:${PASSWORD}`)],
      ["password case", basic(`${USER}:${PASSWORD.toUpperCase()}`)],
      ["no colon", basic(`${USER}${PASSWORD}`)],
      ["another scheme", basic(`${USER}:${PASSWORD}`, "Bearer")],
      ["not base64", { headers: { Authorization: "Basic %%%" } }],
    ];
    for (const [name, request] of wrong) {
      const result = record(await apim.send(request), name);
      expect(result.status, name).toBe(401);
      expect(result.headers["WWW-Authenticate"], name).toEqual(['Basic realm="orders"']);
      expect(result.backendCalls, name).toHaveLength(0);
    }
  });

  replayAfterAll(recorder, toolchain, { minimum: 9 });
});
