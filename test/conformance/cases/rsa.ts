// Conformance cases: RSA signature verification as policies check signed payloads,
// `new X509Certificate2(der).GetRSAPublicKey().VerifyData(data, signature, HashAlgorithmName.X,
// RSASignaturePadding.Pkcs1)`, for every certificate of the committed certs/ tree and each hash
// name, over random messages with their right signature and with wrong ones (another message,
// another key, another hash, one byte flipped, cut short, too long, above the modulus)
// and null arguments; GetRSAPrivateKey of a
// certificate without its key (null), HashAlgorithmName.Name. Signatures are made here with the
// tree's private keys; expected values are mono's. PSS and empty signatures are not generated: the twin refuses them (mono: no
// PSS; IndexOutOfRangeException for an empty signature). Nor is an EC certificate: .NET returns
// null from GetRSAPublicKey, mono throws NotSupportedException (test/dotnet/rsa.test.ts).
import { sign } from "node:crypto";
import fc from "fast-check";
import type { ContextDescription } from "../../../harness/crosscheck/context-description.ts";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { certs } from "../../../src/certificates/index.ts";

const signers = [certs.validClient, certs.rootCa, certs.devIntermediateCa, certs.untrustedClient];
const HASHES = ["SHA1", "SHA256", "SHA384", "SHA512", "MD5"] as const;
const messages = fc.sample(fc.uint8Array({ maxLength: 200 }), { numRuns: 12, seed: 1321 });

const signWith = (hash: string, key: string, message: Uint8Array) =>
  new Uint8Array(sign(hash.toLowerCase(), message, key));

/** For one hash: [certificate DER, message, signature] rows, right and wrong. */
function verifyInputs(hash: string): unknown[][] {
  return messages.flatMap((message, index) => {
    const signer = signers[index % signers.length]!;
    const other = signers[(index + 1) % signers.length]!;
    const right = signWith(hash, signer.privateKey!, message);
    const otherHash = hash === "SHA256" ? "SHA512" : "SHA256";
    const flipped = right.map((b, i) => (i === index % right.length ? b ^ 0x40 : b));
    return [
      [signer.der, message, right],
      [signer.der, new Uint8Array([...message, 1]), right],
      [other.der, message, right],
      [signer.der, message, signWith(otherHash, signer.privateKey!, message)],
      [signer.der, message, flipped],
      [signer.der, message, right.subarray(0, right.length - 1)],
      [signer.der, message, new Uint8Array([...right, 0])],
      [signer.der, message, new Uint8Array(right.length).fill(0xff)],
    ];
  });
}

const nullInputs = [
  [certs.validClient.der, null, new Uint8Array(256)],
  [certs.validClient.der, new Uint8Array(1), null],
  [certs.validClient.der, new Uint8Array(1), new Uint8Array(256)],
];

const NOW = "2026-06-15T08:00:00Z";
const base64 = (der: Uint8Array) => Buffer.from(der).toString("base64");
const contexts: ContextDescription[] = [
  { now: NOW, request: { certificate: null } },
  ...signers.map((h): ContextDescription => ({
    now: NOW,
    request: { certificate: base64(h.der) },
  })),
];

export const rsaCases: readonly SnippetSpec[] = [
  ...HASHES.map((hash): SnippetSpec => ({
    id: `RSA.VerifyData.${hash}`,
    source: `(der: bytes, data: bytes | null, signature: bytes | null) => new X509Certificate2(der).GetRSAPublicKey()!.VerifyData(data, signature, HashAlgorithmName.${hash}, RSASignaturePadding.Pkcs1)`,
    inputs: [...verifyInputs(hash), ...(hash === "SHA256" ? nullInputs : [])],
  })),
  {
    id: "X509Certificate2.GetRSAPublicKey/GetRSAPrivateKey",
    source:
      '(context: Context) => { const c = context.Request.Certificate; if (c == null) { return "none"; } return (c.GetRSAPublicKey() == null ? "no RSA" : "RSA") + "|" + (c.GetRSAPrivateKey() == null ? "no private key" : "private key"); }',
    contexts,
  },
  {
    id: "HashAlgorithmName.Name",
    source:
      "(i: int) => (i === 0 ? HashAlgorithmName.MD5 : i === 1 ? HashAlgorithmName.SHA1 : i === 2 ? HashAlgorithmName.SHA256 : i === 3 ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA512).Name",
    inputs: [[0], [1], [2], [3], [4]],
  },
];
