// validate-jwt's signature check: the keys of `issuer-signing-keys` (Base64 symmetric, RSA n/e,
// certificate-id of an uploaded certificate) and of `openid-config`, tried in turn until one
// verifies ("each key is tried until either all are exhausted ... or one succeeds",
// validate-jwt-policy.md, Elements, issuer-signing-keys). jose does the cryptography.
import { X509Certificate, type KeyObject as NodeKeyObject } from "node:crypto";
import type { CryptoKey, KeyObject } from "jose";
import { jose } from "../../jwt/jose.ts";
import type { ValidateJwtKey } from "../../../../src/policies/validate-jwt.ts";
import type { GatewayRuntime } from "../../gateway-runtime.ts";
import { HarnessRefusal } from "../../harness-refusal.ts";

/** A key the signature may be checked with. */
export interface VerificationKey {
  readonly kind: "symmetric" | "rsa";
  /** The key's `id` (inline keys) or `kid` (JWKS), matched against the token's `kid`. */
  readonly id: string | undefined;
  /** The key for an algorithm. */
  readonly key: (alg: string) => Promise<CryptoKey | KeyObject | Uint8Array>;
  /** Where it came from, for the execution log. */
  readonly from: string;
}

// Usage notes: asymmetric signing algorithms PS256, RS256, RS512. For symmetric keys the page
// lists A128CBC-HS256, A192CBC-HS384 and A256CBC-HS512 (encryption algorithms whose MACs are
// HMAC-SHA2); the harness accepts the JWS HMAC algorithms HS256, HS384 and HS512 for a
// symmetric signing key (chosen, docs/project-choices.md). Any other `alg` is refused.
export const SYMMETRIC_ALGORITHMS = new Set(["HS256", "HS384", "HS512"]);
export const RSA_ALGORITHMS = new Set(["RS256", "RS512", "PS256"]);

// Imported public keys, by modulus, exponent and algorithm (or certificate thumbprint): APIM
// reads a policy's keys once, not per request, so the harness imports each once too.
const IMPORTED = new Map<string, Promise<CryptoKey | KeyObject | Uint8Array>>();

/** A key import done once per key and algorithm (a failed import is not kept). */
export function importOnce(
  id: string,
  load: () => Promise<CryptoKey | KeyObject | Uint8Array>,
): Promise<CryptoKey | KeyObject | Uint8Array> {
  let found = IMPORTED.get(id);
  if (!found) {
    found = load();
    IMPORTED.set(id, found);
    found.catch(() => IMPORTED.delete(id));
  }
  return found;
}

/** The inline keys of `issuer-signing-keys` as verification keys. */
export function inlineKeys(
  keys: readonly ValidateJwtKey[],
  gateway: GatewayRuntime,
  text: (value: string, slotName: string) => string,
): VerificationKey[] {
  return keys.map((key, index) => {
    const where = `issuer-signing-keys key ${index + 1}`;
    if (key.value !== undefined) {
      const bytes = new Uint8Array(
        Buffer.from(text(key.value, where).replace(/\s+/g, ""), "base64"),
      );
      if (bytes.length === 0)
        throw new HarnessRefusal(
          `validate-jwt ${where}: the key is empty; APIM would reject the policy`,
        );
      return { kind: "symmetric", id: key.id, key: async () => bytes, from: where };
    }
    if (key.certificateId !== undefined) {
      const id = key.certificateId;
      const record = gateway.uploadedCertificates.find((certificate) => certificate.id === id);
      if (!record)
        throw new HarnessRefusal(
          `validate-jwt ${where}: no certificate with id '${id}' is uploaded (GatewayOptions.deployment.certificates)`,
        );
      const publicKey = certificateKey(record.thumbprint, record.der);
      if (publicKey.asymmetricKeyType !== "rsa")
        throw new HarnessRefusal(
          `validate-jwt ${where}: certificate '${id}' holds a ${publicKey.asymmetricKeyType} key; validate-jwt documents RSA (PS256, RS256, RS512)`,
        );
      return {
        kind: "rsa",
        id: key.id,
        key: async () => publicKey,
        from: `${where} (certificate '${id}')`,
      };
    }
    const jwk = { kty: "RSA", n: key.n, e: key.e };
    return {
      kind: "rsa",
      id: key.id,
      key: (alg) =>
        importOnce(`${key.n}.${key.e}.${alg}`, async () => (await jose()).importJWK(jwk, alg)),
      from: where,
    };
  });
}

const CERTIFICATE_KEYS = new Map<string, NodeKeyObject>();

function certificateKey(thumbprint: string, der: Uint8Array): NodeKeyObject {
  let key = CERTIFICATE_KEYS.get(thumbprint);
  if (!key) {
    key = new X509Certificate(der).publicKey;
    CERTIFICATE_KEYS.set(thumbprint, key);
  }
  return key;
}

/** Whether one of the keys verifies the token's signature, and whether any key matched its kid. */
export async function verifySignature(
  token: string,
  alg: string,
  kid: string | undefined,
  keys: readonly VerificationKey[],
): Promise<{ readonly verifiedBy?: VerificationKey; readonly kidMatched: boolean }> {
  const kind = SYMMETRIC_ALGORITHMS.has(alg) ? "symmetric" : "rsa";
  const byKid = kid === undefined ? [] : keys.filter((key) => key.id === kid);
  // A key whose id matches the kid is tried first; the others follow (token rollover).
  const ordered = [...byKid, ...keys.filter((key) => !byKid.includes(key))];
  for (const candidate of ordered) {
    if (candidate.kind !== kind) continue;
    try {
      await (await jose()).compactVerify(token, await candidate.key(alg), { algorithms: [alg] });
      return { verifiedBy: candidate, kidMatched: byKid.length > 0 };
    } catch {
      // the next key
    }
  }
  return { kidMatched: byKid.length > 0 };
}
