// policy-src/examples/github-credential-manager: the credential manager's token for the GitHub
// connection reaches the backend as Bearer, is refreshed after it expires on the virtual clock
// (credentials-overview.md, "How does credential manager work?"), and a disconnected connection
// fails the request with 500 (get-authorization-context-policy.md, ignore-error false); then every
// recorded expression evaluation is replayed through the emitted C# (mono) with zero divergences.
import { expect, it } from "vitest";
import { createGateway, type CredentialConnection } from "apim-ts/harness";
import githubCredentialManager from "../../policy-src/examples/github-credential-manager.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

function gateway(connection: CredentialConnection) {
  return createGateway({
    clock: { instant: "2030-01-01T08:00:00Z" },
    credentialManager: { providers: { "github-01": { connections: { "auth-01": connection } } } },
    api: { serviceUrl: "https://api.github.example" },
    policies: { operation: githubCredentialManager },
  });
}

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "github-credential-manager");
  return result;
};

describeWithCSharp("example: GitHub backend with a credential manager token", (toolchain) => {
  it("the backend gets the connection's token as Bearer with GitHub's headers, not the caller's", async () => {
    const apim = gateway({ accessToken: "gho_16C7e42F292c6912E7710c838347Ae178B4a" });
    const result = record(
      await apim.send({ url: "/repos", headers: { Authorization: "Bearer caller-token" } }),
      "connected",
    );
    expect(result).toHaveReachedBackend({
      headers: {
        Authorization: "Bearer gho_16C7e42F292c6912E7710c838347Ae178B4a",
        Accept: "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28",
      },
    });
  });

  it("an expired token is refreshed before the call (virtual clock)", async () => {
    const apim = gateway({ accessToken: "gho_first", tokenLifetime: 28800 });
    const first = record(await apim.send(), "first token");
    apim.clock.advance({ hours: 8 });
    const later = record(await apim.send(), "refreshed token");
    const bearer = (r: typeof first) => r.backendCalls[0]!.headers["Authorization"]![0];
    expect(bearer(first)).toBe("Bearer gho_first");
    expect(bearer(later)).not.toBe("Bearer gho_first");
    expect(bearer(later)).toMatch(/^Bearer gho_first\./);
  });

  it("a disconnected connection: 500 and no call to GitHub (ignore-error false)", async () => {
    const result = record(await gateway({ status: "disconnected" }).send(), "disconnected");
    expect(result.status).toBe(500);
    expect(result.backendCalls).toHaveLength(0);
    expect(result.lastError?.Source).toBe("get-authorization-context");
  });

  replayAfterAll(recorder, toolchain, { minimum: 3 });
});
