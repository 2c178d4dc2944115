// The test API over certificate folders: typed handles of the committed certs/, load(dir) of the
// reference sample, and asAgwHeader() byte for byte against the headers Application Gateway produced.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { certs, load, seedTree } from "../../src/certificates/index.ts";

const REFERENCE = "/work/shared/reference/mtls-with-apim";
const hasReference = existsSync(join(REFERENCE, "agw-headers"));
if (!hasReference) console.warn(`skipped: reference data not present (${REFERENCE})`);

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
    const manifest = JSON.parse(readFileSync(join(certs.dir, "manifest.json"), "utf8")) as { certificates: { name: string; thumbprint: string }[] };
    for (const entry of manifest.certificates) expect(certs.byName.get(entry.name)?.thumbprint).toBe(entry.thumbprint);
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
    expect(certs.chains.get("dev-intermediate-ca-with-root-ca.cer")!.map((der) => Buffer.from(der).toString("hex"))).toEqual(
      [certs.devIntermediateCa.der, certs.rootCa.der].map((der) => Buffer.from(der).toString("hex")),
    );
  });
});

describe.runIf(hasReference)("reference sample via load(dir)", () => {
  const reference = hasReference ? load(REFERENCE) : undefined!;
  const clients = seedTree.certificates.filter((spec) => spec.role === "client").map((spec) => spec.name);

  it("loads every stem without keys (the sample ships none)", () => {
    expect([...reference.byName.keys()].sort()).toEqual(seedTree.certificates.map((s) => s.name).sort());
    expect(reference.validClient.privateKey).toBeUndefined();
    expect(reference.validClient.thumbprint).toBe("C9AF2C74A22DBCA898BF291E8B84C68E5D3661F0");
  });

  it.each(clients)("%s: asAgwHeader() equals agw-headers/ byte for byte", (name) => {
    const expected = readFileSync(join(REFERENCE, "agw-headers", `${name}.x-client-certificate.txt`), "utf8");
    expect(reference.byName.get(name)!.asAgwHeader()).toBe(expected);
  });
});
