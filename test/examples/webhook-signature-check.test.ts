// policy-src/examples/webhook-signature-check: a webhook signed Slack-style ("v0=" and the hex
// HMAC-SHA256 of "v0:<timestamp>:<body>", computed here independently with node:crypto) reaches
// the backend with its body intact when the timestamp is within 300 s of the gateway's (virtual)
// clock on either side; a tampered body, a wrong secret, a timestamp 301 s away, a missing or
// malformed header are answered 401 without calling the backend; and every recorded evaluation is
// replayed through the emitted C# (mono) with zero divergences.
import { createHmac } from "node:crypto";
import fc from "fast-check";
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import webhookCheck from "../../policy-src/examples/webhook-signature-check.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();
const INSTANT = "2030-01-01T08:00:00Z";
/** The gateway clock in Unix seconds. */
const NOW = Date.parse(INSTANT) / 1000;
const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

/** What the sender puts in X-Signature. */
function sign(secret: string, timestamp: string, body: string): string {
  return (
    "v0=" + createHmac("sha256", secret).update(`v0:${timestamp}:${body}`, "utf8").digest("hex")
  );
}

async function send(
  name: string,
  body: string,
  headers: Record<string, string>,
  secret = SECRET,
  instant = INSTANT,
) {
  const apim = createGateway({
    clock: { instant },
    policies: { operation: webhookCheck },
    namedValues: { "webhook-signing-secret": secret },
  });
  const result = await apim.send({
    method: "POST",
    url: "/events",
    headers: {
      "Content-Type": ["application/json"],
      ...Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    },
    body,
  });
  recorder.add(result, name, "webhook-signature-check");
  return result;
}

/** Headers of a request signed at `timestamp` with the sender's copy of the secret. */
function signed(timestamp: number | string, body: string, secret = SECRET) {
  const text = String(timestamp);
  return { "X-Signature-Timestamp": text, "X-Signature": sign(secret, text, body) };
}

function expectRejected(result: Awaited<ReturnType<typeof send>>) {
  expect(result.status).toBe(401);
  expect(result.backendCalls).toHaveLength(0);
}

describeWithCSharp("example: webhook signature check", (toolchain) => {
  it("forwards a correctly signed, fresh webhook with its body intact", async () => {
    const body = '{"type":"event_callback","event":{"text":"déjà vu ✓"}}';
    const result = await send("valid signature", body, signed(NOW, body));
    expect(result.status).toBe(200);
    expect(result.backendCalls).toHaveLength(1);
    expect(result.backendCalls[0]!.body).toBe(body);
  });

  it("accepts random bodies, secrets and clock skews within 300 s (signed by node:crypto)", async () => {
    const cases = fc.sample(
      fc.tuple(
        fc.string({ unit: "grapheme", maxLength: 60 }),
        // APIM puts a named value's text into the expression before compiling it, so a secret
        // with a quote or a backslash would change the C#: signing secrets are letters and digits.
        fc.stringMatching(/^[A-Za-z0-9]{1,40}$/),
        fc.integer({ min: -300, max: 300 }),
      ),
      { numRuns: 30, seed: 1313 },
    );
    for (const [body, secret, skew] of cases) {
      const result = await send(`skew ${skew}`, body, signed(NOW + skew, body, secret), secret);
      expect(result.status, `skew ${skew}, body ${JSON.stringify(body)}`).toBe(200);
      expect(result.backendCalls[0]!.body).toBe(body);
    }
  });

  it("accepts timestamps exactly 300 s old or ahead and refuses 301 s on either side", async () => {
    const body = '{"event":"boundary"}';
    for (const [skew, status] of [
      [-300, 200],
      [300, 200],
      [-301, 401],
      [301, 401],
      [-86_400, 401],
    ] as const) {
      const result = await send(`skew ${skew}`, body, signed(NOW + skew, body));
      expect(result.status, `skew ${skew}`).toBe(status);
      expect(result.backendCalls).toHaveLength(status === 200 ? 1 : 0);
    }
    // The same signed request replayed six minutes later is refused.
    const headers = signed(NOW, body);
    expect((await send("fresh", body, headers)).status).toBe(200);
    expectRejected(await send("replayed later", body, headers, SECRET, "2030-01-01T08:06:00Z"));
  });

  it("refuses a tampered body, a wrong secret and a signature in another form", async () => {
    const body = '{"amount":10}';
    const headers = signed(NOW, body);
    expectRejected(await send("tampered body", '{"amount":1000}', headers));
    expectRejected(await send("wrong secret", body, signed(NOW, body, SECRET + "x")));
    // The timestamp is part of what is signed: another timestamp with the same signature fails.
    expectRejected(
      await send("other timestamp", body, { ...headers, "X-Signature-Timestamp": String(NOW + 1) }),
    );
    const hex = headers["X-Signature"].slice(3);
    for (const signature of [hex, `v0=${hex.toUpperCase()}`, `v1=${hex}`, "v0="]) {
      expectRejected(
        await send(`signature ${signature}`, body, { ...headers, "X-Signature": signature }),
      );
    }
  });

  it("refuses a missing or malformed header", async () => {
    const body = "{}";
    const headers = signed(NOW, body);
    expectRejected(await send("no signature", body, { "X-Signature-Timestamp": String(NOW) }));
    expectRejected(await send("no timestamp", body, { "X-Signature": headers["X-Signature"] }));
    expectRejected(await send("no headers", body, {}));
    // Not a whole number of seconds, or beyond Int64: long.TryParse fails. A huge value that does
    // parse is simply far from now.
    for (const timestamp of [
      "",
      "soon",
      `${NOW}.5`,
      "99999999999999999999",
      "9223372036854775807",
    ]) {
      expectRejected(await send(`timestamp ${timestamp}`, body, signed(timestamp, body)));
    }
  });

  replayAfterAll(recorder, toolchain, { minimum: 50 });
});
