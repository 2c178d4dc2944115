// policy-src/examples/hmac-request-signing: the signature the backend receives is the HMAC-SHA256
// (RFC 2104 over SHA-256, computed here independently with node:crypto) of method, path and the
// stamped date under the named value's secret; a secret that is not base64 fails the request as
// APIM does (FormatException inside the expression: ExpressionValueEvaluationFailure); and every
// recorded evaluation is replayed through the emitted C# (mono) with zero divergences.
import { createHmac } from "node:crypto";
import fc from "fast-check";
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import hmacSigning from "../../policy-src/examples/hmac-request-signing.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();

function gateway(secret: string, clientId = "contoso-gateway") {
  return createGateway({
    clock: { instant: "2030-01-01T08:00:00Z" },
    policies: { operation: hmacSigning },
    namedValues: { "backend-signing-key": secret, "backend-client-id": clientId },
  });
}

/** The signature the backend computes to check the request. */
function expectedSignature(secret: string, method: string, path: string, date: string): string {
  return createHmac("sha256", Buffer.from(secret, "base64"))
    .update(`${method}\n${path}\n${date}`, "utf8")
    .digest("base64");
}

describeWithCSharp("example: HMAC request signing", (toolchain) => {
  it("sends the date and an Authorization header the backend can verify", async () => {
    const secret = Buffer.from("a shared secret of 32 bytes.....").toString("base64");
    const result = await gateway(secret).send({ method: "POST", url: "/orders/42?expand=items" });
    recorder.add(result, "POST /orders/42", "hmac-request-signing");
    const call = result.backendCalls[0]!;
    // DateTime.ToString("o") of the virtual clock's instant (UTC, seven fractional digits).
    expect(call.headers["x-ms-date"]).toEqual(["2030-01-01T08:00:00.0000000Z"]);
    const signature = expectedSignature(
      secret,
      "POST",
      "/orders/42",
      "2030-01-01T08:00:00.0000000Z",
    );
    expect(call.headers["Authorization"]).toEqual([`HMAC-SHA256 contoso-gateway:${signature}`]);
  });

  it("signs every method, path and secret as the backend expects (random secrets and paths)", async () => {
    const cases = fc.sample(
      fc.tuple(
        fc.uint8Array({ minLength: 0, maxLength: 100 }),
        fc.constantFrom("GET", "PUT", "DELETE", "PATCH"),
        fc.array(fc.stringMatching(/^[a-z0-9-]{1,8}$/), { minLength: 1, maxLength: 4 }),
      ),
      { numRuns: 25, seed: 1701 },
    );
    for (const [key, method, segments] of cases) {
      const secret = Buffer.from(key).toString("base64");
      const path = `/${segments.join("/")}`;
      const result = await gateway(secret).send({ method, url: path });
      recorder.add(result, `${method} ${path}`, "hmac-request-signing");
      const signature = expectedSignature(secret, method, path, "2030-01-01T08:00:00.0000000Z");
      expect(result.backendCalls[0]!.headers["Authorization"]).toEqual([
        `HMAC-SHA256 contoso-gateway:${signature}`,
      ]);
    }
  });

  it("fails with ExpressionValueEvaluationFailure when the secret is not base64", async () => {
    const result = await gateway("not base64!").send({ url: "/orders" });
    recorder.add(result, "secret not base64", "hmac-request-signing");
    expect(result.status).toBe(500);
    expect(result.lastError?.Reason).toBe("ExpressionValueEvaluationFailure");
    expect(result.backendCalls).toHaveLength(0);
  });

  replayAfterAll(recorder, toolchain, { minimum: 80 });
});
