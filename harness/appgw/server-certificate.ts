// The TLS server certificate of the loopback listeners: self-signed ECDSA P-256 for the listeners'
// host names, `localhost` and 127.0.0.1, generated in memory once per set of names. Its validity is
// fixed (2000-2099), so nothing depends on the wall clock; clients trust it through `ca`.
import "reflect-metadata";
import { webcrypto } from "node:crypto";
import * as x509 from "@peculiar/x509";
import { certificatePem } from "../../src/certificates/handles.ts";
import { pem } from "../../src/certificates/pem.ts";

/** A listener's server certificate and key, as PEM. */
export interface ServerCertificate {
  readonly certificatePem: string;
  readonly privateKeyPem: string;
}

const made = new Map<string, Promise<ServerCertificate>>();

async function generate(hostNames: readonly string[]): Promise<ServerCertificate> {
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const algorithm = { name: "ECDSA", namedCurve: "P-256" };
  const keys = (await webcrypto.subtle.generateKey(algorithm, true, [
    "sign",
    "verify",
  ])) as webcrypto.CryptoKeyPair;
  const names = [...new Set([...hostNames, "localhost"])];
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: "01",
    name: `CN=${names[0]}`,
    notBefore: new Date("2000-01-01T00:00:00Z"),
    notAfter: new Date("2099-12-31T23:59:59Z"),
    signingAlgorithm: { name: "ECDSA", hash: "SHA-256" } as webcrypto.EcdsaParams,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.ExtendedKeyUsageExtension(["1.3.6.1.5.5.7.3.1"], false),
      new x509.SubjectAlternativeNameExtension(
        [
          ...names.map((value) => ({ type: "dns" as const, value })),
          { type: "ip" as const, value: "127.0.0.1" },
        ],
        false,
      ),
    ],
  });
  const privateKey = new Uint8Array(await webcrypto.subtle.exportKey("pkcs8", keys.privateKey));
  return {
    certificatePem: certificatePem(new Uint8Array(certificate.rawData)),
    privateKeyPem: pem("PRIVATE KEY", privateKey, 64),
  };
}

/** The server certificate for these host names (memoised: tests start many gateways). */
export function serverCertificate(hostNames: readonly string[]): Promise<ServerCertificate> {
  const key = [...hostNames].sort().join(",");
  let found = made.get(key);
  if (!found) {
    found = generate(hostNames.filter((name) => !/[*?]/.test(name)));
    made.set(key, found);
  }
  return found;
}
