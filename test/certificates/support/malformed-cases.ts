// Malformed certificate inputs (scenario 5 of docs/scenarios.md): raw bytes given to X509Certificate2
// (BYTES) and header text given to Convert.FromBase64String first (B64), as the seed's policy does.
import type { CertificateFolder } from "../../../src/certificates/index.ts";

/** One malformed input. */
export interface MalformedCase {
  readonly label: string;
  readonly kind: "BYTES" | "B64";
  readonly input: Uint8Array;
}

// A fixed pseudo-random sequence (tests must be reproducible).
function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

const text = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

/** The cases, built from the folder's Valid Client and Root CA. */
export function malformedCases(folder: CertificateFolder): MalformedCase[] {
  const der = folder.validClient.der;
  const root = folder.rootCa.der;
  const base64 = Buffer.from(der).toString("base64");
  const keyPem =
    folder.validClient.privateKey ??
    "-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASCAT8wggE7AgEAAkEA\n-----END PRIVATE KEY-----\n";
  const concat = (...parts: Uint8Array[]) =>
    new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
  const flipped = der.slice();
  flipped[200] = flipped[200]! ^ 0xff;
  const bytes: [string, Uint8Array][] = [
    ["empty array", new Uint8Array(0)],
    ["seven random bytes", noise(7)],
    ["DER truncated by 10 bytes", der.slice(0, der.length - 10)],
    ["DER truncated by 1 byte", der.slice(0, der.length - 1)],
    ["DER with trailing garbage", concat(der, noise(3))],
    ["two concatenated certificates", concat(der, root)],
    ["PEM text bytes", text(folder.validClient.pem)],
    ["PEM of a private key", text(keyPem)],
    ["bare base64 text bytes", text(base64)],
    ["empty SEQUENCE", new Uint8Array([0x30, 0x00])],
    ["100 zero bytes", new Uint8Array(100)],
    ["100 KB of noise", noise(100 * 1024)],
    ["SEQUENCE header then noise", concat(new Uint8Array([0x30, 0x82, 0x03, 0x4e]), noise(50))],
    [
      "length field claims 4 GB",
      concat(new Uint8Array([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]), noise(20)),
    ],
    ["one byte flipped inside the TBS", flipped],
  ];
  if (folder.validClient.pfx !== undefined) bytes.push(["PKCS#12 bytes", folder.validClient.pfx]);
  const headers: [string, string][] = [
    ["base64 as uploaded", base64],
    ["base64 with 76-character lines", folder.validClient.base64.replace(/(.{76})/g, "$1\n")],
    ["'+' turned into spaces (UrlDecode of an unencoded header)", base64.replace(/\+/g, " ")],
    ["base64 missing its last character", base64.slice(0, -1)],
    ["base64 missing its last four characters", base64.slice(0, -4)],
    ["URL-encoded header not decoded", folder.validClient.asAgwHeader()],
    ["'%2B' left in the text", base64.replace(/\+/g, "%2B")],
    ["PEM with markers", folder.validClient.pem],
    ["empty string", ""],
    ["base64 of a private key PEM", Buffer.from(keyPem).toString("base64")],
    ["100 KB of base64 noise", Buffer.from(noise(75 * 1024, 11)).toString("base64")],
    ["base64 with a non-ASCII space", base64.slice(0, 8) + "\u00a0" + base64.slice(8)],
  ];
  return [
    ...bytes.map(([label, input]) => ({ label, kind: "BYTES" as const, input })),
    ...headers.map(([label, value]) => ({ label, kind: "B64" as const, input: text(value) })),
  ];
}
