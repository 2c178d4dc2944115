// The test API over certificate folders: typed handles of the committed certs/, load(dir) of the
// interop tree (the public sample in CI, the committed openssl tree otherwise), and asAgwHeader()
// byte for byte against the header Application Gateway produced for each client.
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { certs, seedTree } from "../../src/certificates/index.ts";
import { capturedAgwHeader, interop, INTEROP_NAME } from "../support/interop-certificates.ts";

describe("committed certs/", () => {
  it("has a handle for every certificate of the seed tree", () => {
    for (const spec of seedTree.certificates) {
      const handle = (certs as unknown as Record<string, { name: string }>)[spec.handle];
      expect(handle?.name).toBe(spec.name);
    }
  });

  it("exposes pem, der, thumbprint, private key and pfx", () => {
    const valid = certs.validClient;
    expect(valid.pem.startsWith("-----BEGIN CERTIFICATE-----\n")).toBe(true);
    expect(valid.der[0]).toBe(0x30);
    expect(valid.thumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(valid.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(valid.pfx?.length).toBeGreaterThan(1000);
    expect(Buffer.from(valid.base64, "base64").equals(Buffer.from(valid.der))).toBe(true);
  });

  it("agrees with manifest.json", () => {
    const manifest = JSON.parse(readFileSync(join(certs.dir, "manifest.json"), "utf8")) as {
      certificates: { name: string; thumbprint: string }[];
    };
    for (const entry of manifest.certificates)
      expect(certs.byName.get(entry.name)?.thumbprint).toBe(entry.thumbprint);
  });

  it("asAgwHeader is PEM with 64-character lines, percent-encoded like encodeURIComponent", () => {
    const header = certs.validClient.asAgwHeader();
    const pem = decodeURIComponent(header);
    expect(pem.endsWith("-----END CERTIFICATE-----\n")).toBe(true);
    const body = pem.split("\n").slice(1, -2);
    expect(body.slice(0, -1).every((line) => line.length === 64)).toBe(true);
    expect(header).toBe(encodeURIComponent(pem));
    expect(header).not.toMatch(/[ +\/=\n]/);
  });

  it("chain files list the intermediate first, then the root", () => {
    expect(
      certs.chains
        .get("dev-intermediate-ca-with-root-ca.cer")!
        .map((der) => Buffer.from(der).toString("hex")),
    ).toEqual(
      [certs.devIntermediateCa.der, certs.rootCa.der].map((der) =>
        Buffer.from(der).toString("hex"),
      ),
    );
  });
});

describe(`${INTEROP_NAME} via load(dir)`, () => {
  const reference = interop;
  const clients = seedTree.certificates
    .filter((spec) => spec.role === "client")
    .map((spec) => spec.name);

  it("loads every stem without keys (the sample ships none)", () => {
    expect([...reference.byName.keys()].sort()).toEqual(
      seedTree.certificates.map((s) => s.name).sort(),
    );
    expect(reference.validClient.privateKey).toBeUndefined();
    // The thumbprint is the SHA-1 of the DER, as Node's own X.509 parser computes it.
    const fingerprint = new X509Certificate(reference.validClient.der).fingerprint;
    expect(reference.validClient.thumbprint).toBe(fingerprint.replace(/:/g, ""));
  });

  it.each(clients)("%s: asAgwHeader() equals agw-headers/ byte for byte", (name) => {
    const expected = capturedAgwHeader(name);
    expect(reference.byName.get(name)!.asAgwHeader()).toBe(expected);
  });
});
