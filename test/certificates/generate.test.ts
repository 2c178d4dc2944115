// The generator as a library and as the `certs` command: tree checks, extensions, validity windows
// relative to a fixed `now`, chain files, and OpenSSL's acceptance of the committed tree.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { beforeAll, describe, expect, it } from "vitest";
import {
  certs,
  checkTree,
  generateTree,
  runCertsCommand,
  seedTree,
  type GeneratedTree,
} from "../../src/certificates/index.ts";

const NOW = "2026-06-01T00:00:00Z";
let ecdsa: GeneratedTree;

beforeAll(async () => {
  ecdsa = await generateTree({ key: "ecdsa-p256", now: NOW, pfx: false });
});

function parsed(tree: GeneratedTree, name: string): x509.X509Certificate {
  return new x509.X509Certificate(tree.certificates.find((c) => c.spec.name === name)!.der);
}

describe("generateTree", () => {
  it("produces the reference layout of files", () => {
    const names = [...ecdsa.files.keys()];
    for (const spec of seedTree.certificates) {
      expect(names).toContain(`${spec.name}.cer`);
      expect(names).toContain(`${spec.name}.without-markers.cer`);
      expect(names).toContain(`${spec.name}.key`);
    }
    expect(names).toContain("dev-intermediate-ca-with-root-ca.cer");
    expect(names).toContain("tst-intermediate-ca-with-root-ca.cer");
    expect(names).toContain("manifest.json");
  });

  it("puts validity windows relative to now, the expired one zero-length", () => {
    const expired = parsed(ecdsa, "dev-expired-client");
    expect(expired.notBefore.toISOString()).toBe("2026-06-01T00:00:00.000Z");
    expect(expired.notAfter.getTime()).toBe(expired.notBefore.getTime());
    const notYet = parsed(ecdsa, "dev-notyetvalid-client");
    expect(notYet.notBefore.toISOString()).toBe("2076-05-01T00:00:00.000Z");
    expect(notYet.notAfter.toISOString()).toBe("2076-06-01T00:00:00.000Z");
  });

  it("gives CAs critical CA BasicConstraints and keyCertSign, intermediates pathlen 1", () => {
    const root = parsed(ecdsa, "root-ca").getExtension(x509.BasicConstraintsExtension)!;
    expect([root.ca, root.critical]).toEqual([true, true]);
    const intermediate = parsed(ecdsa, "dev-intermediate-ca");
    expect(intermediate.getExtension(x509.BasicConstraintsExtension)!.pathLength).toBe(1);
    expect(
      intermediate.getExtension(x509.KeyUsagesExtension)!.usages & x509.KeyUsageFlags.keyCertSign,
    ).toBeTruthy();
  });

  it("gives clients clientAuth, digitalSignature, SKI/AKI and a SAN with spaces", () => {
    const client = parsed(ecdsa, "dev-valid-client");
    expect(client.getExtension(x509.ExtendedKeyUsageExtension)!.usages).toContain(
      "1.3.6.1.5.5.7.3.2",
    );
    expect(client.getExtension(x509.KeyUsagesExtension)!.critical).toBe(true);
    expect(
      client.getExtension(x509.SubjectAlternativeNameExtension)!.names.items.map((n) => n.value),
    ).toEqual(["Valid Client"]);
    const issuer = parsed(ecdsa, "dev-intermediate-ca");
    expect(client.getExtension(x509.AuthorityKeyIdentifierExtension)!.keyId).toBe(
      issuer.getExtension(x509.SubjectKeyIdentifierExtension)!.keyId,
    );
  });

  it("derives serial numbers from the tree and now (same inputs, same serials)", async () => {
    const again = await generateTree({ key: "ecdsa-p256", now: NOW, pfx: false });
    expect(again.certificates.map((c) => c.serialNumber)).toEqual(
      ecdsa.certificates.map((c) => c.serialNumber),
    );
    expect(again.files.get("manifest.json")).not.toBe(undefined);
  });

  it("rejects a tree whose issuer is missing or not a CA", () => {
    const broken = {
      ...seedTree,
      certificates: [
        {
          name: "a",
          handle: "a",
          subject: "CN=A",
          role: "client" as const,
          issuer: "nobody",
          notBefore: {},
          notAfter: {},
        },
        {
          name: "b",
          handle: "b",
          subject: "CN=B",
          role: "client" as const,
          issuer: "a",
          notBefore: {},
          notAfter: {},
        },
      ],
      chainFiles: [],
    };
    expect(checkTree(broken)).toEqual([
      "'a': issuer 'nobody' must be declared before it",
      "'b': issuer 'a' is not a CA",
    ]);
    expect(checkTree(seedTree)).toEqual([]);
  });
});

describe("committed certs/ under OpenSSL", () => {
  const clients = seedTree.certificates
    .filter((s) => s.role === "client" && s.issuer === "dev-intermediate-ca")
    .map((s) => s.name);
  it.each(clients)(
    "%s: openssl verify -purpose sslclient with the DEV chain file at 2026-11-01 (expired/not yet valid fail)",
    (name) => {
      const result = spawnSync(
        "openssl",
        [
          "verify",
          "-purpose",
          "sslclient",
          "-attime",
          String(Date.parse("2026-11-01T00:00:00Z") / 1000),
          "-CAfile",
          join(certs.dir, "dev-intermediate-ca-with-root-ca.cer"),
          join(certs.dir, `${name}.cer`),
        ],
        { encoding: "utf8" },
      );
      const shouldPass = !["dev-expired-client", "dev-notyetvalid-client"].includes(name);
      expect(result.status === 0, result.stdout + result.stderr).toBe(shouldPass);
    },
  );

  it("chain files hold exactly one self-signed root, last, and only CA certificates", () => {
    for (const chain of certs.chains.values()) {
      const parsedChain = chain.map((der) => new x509.X509Certificate(der));
      expect(parsedChain.filter((c) => c.subject === c.issuer).length).toBe(1);
      expect(parsedChain.at(-1)!.subject).toBe(parsedChain.at(-1)!.issuer);
      for (const c of parsedChain)
        expect(c.getExtension(x509.BasicConstraintsExtension)?.ca).toBe(true);
    }
  });

  it("client .pfx files open with the password and hold key, leaf and chain", () => {
    const result = spawnSync(
      "openssl",
      [
        "pkcs12",
        "-in",
        join(certs.dir, "dev-valid-client.pfx"),
        "-passin",
        "pass:P@ssw0rd",
        "-nodes",
        "-info",
      ],
      { encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.match(/BEGIN CERTIFICATE/g)?.length).toBe(3);
    expect(result.stdout).toContain("BEGIN PRIVATE KEY");
  });
});

describe("runCertsCommand", () => {
  it("writes the tree to --out", async () => {
    const out = mkdtempSync(join(tmpdir(), "apim-ts-certs-"));
    expect(
      await runCertsCommand(["--out", out, "--key", "ecdsa-p256", "--now", NOW, "--no-pfx"]),
    ).toBe(0);
    expect(readdirSync(out)).toContain("manifest.json");
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.now).toBe("2026-06-01T00:00:00.000Z");
    expect(manifest.key).toBe("ecdsa-p256");
  });

  it("rejects an unknown key type, a bad --now and unknown options with exit code 2", async () => {
    expect(await runCertsCommand(["--key", "dsa"])).toBe(2);
    expect(await runCertsCommand(["--now", "yesterday"])).toBe(2);
    expect(await runCertsCommand(["--bogus"])).toBe(2);
  });
});
