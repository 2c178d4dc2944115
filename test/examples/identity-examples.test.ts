// policy-src/examples for issue 15's policies: a CORS-enabled API for a single-page app, a Storage
// backend called with a user-assigned managed identity, a legacy backend behind HTTP Basic. Each
// runs through the simulated gateway (preflights, tokens cached on the virtual clock, Basic
// credentials from named values), then every recorded expression evaluation is replayed through
// the emitted C# (mono) with zero divergences.
import { expect, it } from "vitest";
import { createGateway, fakeTokenClaims, type SendResult } from "apim-ts/harness";
import browserApi from "../../policy-src/examples/browser-api.api.ts";
import storage from "../../policy-src/examples/storage-with-managed-identity.operation.ts";
import legacy from "../../policy-src/examples/legacy-basic-backend.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { corsCheck, preflightAllows, readableHeaders } from "../support/browser-cors.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();
const record = (result: SendResult, name: string, policy: string): SendResult => {
  recorder.add(result, name, policy);
  return result;
};

const APP = "https://app.contoso.example";
const IDENTITY = "6f1a3c2e-0000-4000-8000-00000000beef";

describeWithCSharp("examples: identity and security policies", (toolchain) => {
  it("browser-api: preflights answered by the gateway, responses readable by the app only", async () => {
    const apim = createGateway({
      policies: { api: browserApi },
      backend: () => ({ status: 200, headers: { "content-type": "application/json" }, body: "[]" }),
    });
    const preflight = record(
      await apim.send({
        method: "OPTIONS",
        url: "/orders/7",
        headers: {
          Origin: APP,
          "Access-Control-Request-Method": "PUT",
          "Access-Control-Request-Headers": "content-type, x-correlation-id",
        },
      }),
      "preflight from the app",
      "browser-api",
    );
    expect(preflight.backendCalls).toHaveLength(0);
    expect(preflight.header("Access-Control-Max-Age")).toBe("600");
    expect(
      preflightAllows(preflight, {
        origin: APP,
        method: "PUT",
        headers: ["content-type", "x-correlation-id"],
        credentials: true,
      }),
    ).toBe(true);

    const put = record(
      await apim.send({
        method: "PUT",
        url: "/orders/7",
        headers: { Origin: APP, "x-correlation-id": "c-42", Cookie: "session=1" },
        body: "{}",
      }),
      "actual PUT from the app",
      "browser-api",
    );
    expect(put).toHaveReachedBackend({ headers: { "x-correlation-id": "c-42" } });
    expect(corsCheck(put, APP, true)).toBe(true);
    expect(readableHeaders(put)).toContain("x-correlation-id");
    expect(put.header("x-correlation-id")).toBe("c-42");

    const noId = record(
      await apim.send({ url: "/orders", headers: { Origin: "http://localhost:5173" } }),
      "dev server without a correlation id",
      "browser-api",
    );
    expect(corsCheck(noId, "http://localhost:5173", true)).toBe(true);
    expect(noId.header("x-correlation-id")).toMatch(/^[0-9a-f-]{36}$/);

    const stranger = record(
      await apim.send({ url: "/orders", headers: { Origin: "https://evil.example.net" } }),
      "another origin",
      "browser-api",
    );
    expect(stranger.backendCalls).toHaveLength(0);
    expect(corsCheck(stranger, "https://evil.example.net", true)).toBe(false);
  });

  it("storage-with-managed-identity: Storage and Key Vault get the identity's tokens, cached until expiry", async () => {
    const apim = createGateway({
      clock: { instant: "2030-01-01T08:00:00Z" },
      api: { id: "blobs" },
      managedIdentity: { userAssigned: { [IDENTITY]: { tokenLifetime: 1800 } } },
      services: { "https://contoso-vault.vault.azure.net/": () => ({ status: 200, body: "{}" }) },
      policies: { operation: storage },
    });
    const first = record(await apim.send({ url: "/report.csv" }), "first blob", "storage");
    const call = first.backendCalls[0]!;
    const token = fakeTokenClaims(call.headers["Authorization"]![0]!.replace(/^Bearer /, ""));
    expect(token).toMatchObject({ aud: "https://storage.azure.com/", appid: IDENTITY });
    expect(call.headers["x-ms-version"]).toEqual(["2021-08-06"]);
    const vault = first.serviceCalls[0]!;
    expect(vault.url).toBe(
      "https://contoso-vault.vault.azure.net/secrets/audit-blobs?api-version=7.4",
    );
    expect(fakeTokenClaims(vault.headers["Authorization"]![0]!.replace(/^Bearer /, "")).aud).toBe(
      "https://vault.azure.net",
    );

    apim.clock.advance({ minutes: 29 });
    const cached = record(
      await apim.send({ url: "/report.csv" }),
      "within the lifetime",
      "storage",
    );
    expect(cached.backendCalls[0]!.headers["Authorization"]).toEqual(call.headers["Authorization"]);
    apim.clock.advance({ minutes: 1 });
    const renewed = record(await apim.send({ url: "/report.csv" }), "after expiry", "storage");
    expect(renewed.backendCalls[0]!.headers["Authorization"]).not.toEqual(
      call.headers["Authorization"],
    );

    // Key Vault unreachable: send-request's ignore-error keeps serving the blob.
    const noVault = createGateway({
      managedIdentity: { userAssigned: { [IDENTITY]: {} } },
      policies: { operation: storage },
    });
    const served = record(await noVault.send({ url: "/report.csv" }), "vault down", "storage");
    expect(served).toHaveReachedBackend();
    expect(served.variables["auditPolicy"]?.value ?? null).toBeNull();
  });

  it("legacy-basic-backend: the backend gets the service account's Basic credentials", async () => {
    const apim = createGateway({
      namedValues: { "legacy-user": "Aladdin", "legacy-password": "open sesame" },
      policies: { operation: legacy },
    });
    const result = record(
      await apim.send({ headers: { Authorization: "Bearer caller" }, ipAddress: "198.51.100.7" }),
      "caller with its own token",
      "legacy",
    );
    // RFC 7617, section 2: Aladdin / open sesame.
    expect(result).toHaveReachedBackend({
      headers: {
        Authorization: "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        "X-Forwarded-For": "198.51.100.7",
      },
    });
  });

  replayAfterAll(recorder, toolchain, { minimum: 11 });
});
