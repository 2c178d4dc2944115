// policy-src/examples/storage-sas-token: the backend receives a read-only service SAS whose
// signature is the HMAC-SHA256 (computed here independently with node:crypto) of the
// string-to-sign Azure Storage's "Create a service SAS" page gives for version 2020-12-06 and
// later, under the account key; its expiry is the virtual clock plus ten minutes in ISO 8601 UTC
// (also across a year's end and a leap day); a key that is not base64 fails the request as APIM
// does; and every recorded evaluation is replayed through the emitted C# (mono) with zero
// divergences.
import { createHmac } from "node:crypto";
import fc from "fast-check";
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import storageSas from "../../policy-src/examples/storage-sas-token.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();

function gateway(key: string, instant = "2030-01-01T08:00:00Z") {
  return createGateway({
    clock: { instant },
    policies: { operation: storageSas },
    namedValues: { "reports-account-key": key },
  });
}

/** What Storage computes to check the SAS: the page's sixteen fields, one per line. */
function expectedSignature(key: string, path: string, expiry: string): string {
  const fields = ["r", "", expiry, `/blob/contosoreports/reports${path}`, "", "", "https"];
  fields.push("2022-11-02", "b", "", "", "", "", "", "", "");
  return createHmac("sha256", Buffer.from(key, "base64"))
    .update(fields.join("\n"), "utf8")
    .digest("base64");
}

function sas(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

describeWithCSharp("example: storage SAS token", (toolchain) => {
  it("sends the blob request with a read SAS that expires ten minutes from now", async () => {
    const key = Buffer.from(
      "an account key of 64 bytes, as Azure Storage makes them......",
    ).toString("base64");
    const result = await gateway(key).send({ url: "/q1.pdf" });
    recorder.add(result, "GET /q1.pdf", "storage-sas-token");
    const call = result.backendCalls[0]!;
    expect(call.url.split("?")[0]).toBe(
      "https://contosoreports.blob.core.windows.net/reports/q1.pdf",
    );
    expect(sas(call.url)).toEqual({
      sv: "2022-11-02",
      sr: "b",
      sp: "r",
      spr: "https",
      se: "2030-01-01T08:10:00Z",
      sig: expectedSignature(key, "/q1.pdf", "2030-01-01T08:10:00Z"),
    });
  });

  it("signs every blob, key and instant as Storage expects (random keys, names and clocks)", async () => {
    const cases = fc.sample(
      fc.tuple(
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.stringMatching(/^[a-z0-9-]{1,12}\.(pdf|csv)$/),
        // Across a year's end, a leap day and a DST change (UTC has none: the expiry is UTC).
        fc.constantFrom(
          "2030-12-31T23:55:00Z",
          "2032-02-28T23:51:30Z",
          "2031-03-30T00:59:59Z",
          "2030-06-15T12:00:00.999Z",
        ),
      ),
      { numRuns: 24, seed: 1313 },
    );
    for (const [bytes, name, instant] of cases) {
      const key = Buffer.from(bytes).toString("base64");
      const result = await gateway(key, instant).send({ url: `/${name}` });
      recorder.add(result, `${name} at ${instant}`, "storage-sas-token");
      const expiry = new Date(Date.parse(instant) + 600_000).toISOString().slice(0, 19) + "Z";
      const query = sas(result.backendCalls[0]!.url);
      expect(query.se).toBe(expiry);
      expect(query.sig).toBe(expectedSignature(key, `/${name}`, expiry));
    }
  });

  it("fails with ExpressionValueEvaluationFailure when the account key is not base64", async () => {
    const result = await gateway("not a key!").send({ url: "/q1.pdf" });
    recorder.add(result, "key not base64", "storage-sas-token");
    expect(result.status).toBe(500);
    expect(result.lastError?.Reason).toBe("ExpressionValueEvaluationFailure");
    expect(result.backendCalls).toHaveLength(0);
  });

  replayAfterAll(recorder, toolchain, { minimum: 100 });
});
