// Webhook signature verification with replay protection, as teams accept Slack-style webhooks:
// the sender puts the Unix time it signed at in `X-Signature-Timestamp` and
// `X-Signature: v0=<hex>`, the lower-case hex HMAC-SHA256 of "v0:<timestamp>:<raw body>" under a
// shared secret (a named value, used as its UTF-8 bytes). The gateway answers 401 before the
// backend is called when the timestamp is missing, not a number, or more than five minutes away
// from its clock (a captured request cannot be replayed later), or when the signature is missing
// or not the one it computes. The body is read with preserveContent so the backend still gets it.
import {
  base,
  choose,
  DateTimeOffset,
  Encoding,
  HMACSHA256,
  int,
  long,
  namedValue,
  policy,
  returnResponse,
  setStatus,
  when,
  type Context,
} from "apim-ts";

/** Named value holding the webhook's signing secret (text, as the sender shows it). */
const SIGNING_SECRET = "webhook-signing-secret";
/** Largest distance, in seconds, between the signing time and the gateway's clock. */
const TOLERANCE_SECONDS = 300;

/**
 * Whether the request is not authentic: a signing time that is not Unix seconds within the
 * tolerance of now, or an X-Signature that is not "v0=" and the hex HMAC of the timestamp and the
 * raw body. The timestamp is checked first, so a stale request is refused without reading its body.
 */
function isUnauthentic(context: Context): boolean {
  const timestampText = context.Request.Headers.GetValueOrDefault("X-Signature-Timestamp", "");
  const [ok, timestamp] = long.TryParse(timestampText);
  // Compared in Unix seconds, so a timestamp far outside DateTimeOffset's range cannot throw.
  const now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
  if (!ok || timestamp < now - TOLERANCE_SECONDS || timestamp > now + TOLERANCE_SECONDS) {
    return true;
  }
  const body = context.Request.Body?.As<string>(true) ?? "";
  const key = Encoding.UTF8.GetBytes(namedValue(SIGNING_SECRET));
  const hash = new HMACSHA256(key).ComputeHash(
    Encoding.UTF8.GetBytes("v0:" + timestampText + ":" + body),
  );
  // Two lower-case hex digits per byte, as the sender writes them.
  let expected = "v0=";
  for (const b of hash) {
    const octet: int = b;
    expected = expected + octet.ToString("x2");
  }
  return context.Request.Headers.GetValueOrDefault("X-Signature", "") !== expected;
}

export default policy({
  inbound: [
    base(),
    choose(
      when(
        (context) => {
          return isUnauthentic(context);
        },
        [returnResponse([setStatus(401, "Unauthorized")])],
      ),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
