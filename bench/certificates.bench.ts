// The certificate tooling against its baselines: generating the seed's tree (RSA-2048 and ECDSA
// P-256) beside OpenSSL creating the same nine certificates, and the harness's certificate
// operations per second: parse + Thumbprint (parses are cached by SHA-1, as the harness does),
// and parse + VerifyNoRevocation() with the validation cache defeated.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { certs, generateTree } from "../src/certificates/index.ts";
import { runInDotnetEnvironment, X509Certificate2Value } from "../harness/dotnet/index.ts";
import { measure, printTable, scaled, type Measurement } from "./measure.ts";

/** OpenSSL making a root, two intermediates and six clients, one process per step. */
function opensslTree(key: "rsa" | "ec"): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-openssl-"));
  const keyArgs =
    key === "rsa"
      ? ["-newkey", "rsa:2048"]
      : ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"];
  const run = (args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "ignore" });
  try {
    run([
      "req",
      "-x509",
      ...keyArgs,
      "-nodes",
      "-keyout",
      "root.key",
      "-out",
      "root.cer",
      "-subj",
      "/CN=Root",
      "-days",
      "18250",
    ]);
    const issue = (name: string, issuer: string) => {
      run([
        "req",
        ...keyArgs,
        "-nodes",
        "-keyout",
        `${name}.key`,
        "-out",
        `${name}.csr`,
        "-subj",
        `/CN=${name}`,
      ]);
      run([
        "x509",
        "-req",
        "-in",
        `${name}.csr`,
        "-CA",
        `${issuer}.cer`,
        "-CAkey",
        `${issuer}.key`,
        "-CAcreateserial",
        "-out",
        `${name}.cer`,
        "-days",
        "18250",
      ]);
    };
    issue("dev", "root");
    issue("tst", "root");
    for (const client of ["valid", "unregistered", "unprotected", "expired", "notyetvalid"])
      issue(client, "dev");
    issue("untrusted", "tst");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function perSecond(m: Measurement, operations: number): string {
  return `${Math.round((operations * 1000) / m.medianMs)} /s`;
}

export async function run(): Promise<void> {
  printTable("generating the seed tree (9 certificates), RSA-2048", [
    await measure("openssl req + x509", 3, () => opensslTree("rsa")),
    await measure("apim-ts generateTree (with .pfx)", 3, () => generateTree({ key: "rsa-2048" })),
  ]);
  printTable("generating the seed tree (9 certificates), ECDSA P-256", [
    await measure("openssl req + x509", 3, () => opensslTree("ec")),
    await measure("apim-ts generateTree", 3, () => generateTree({ key: "ecdsa-p256", pfx: false })),
  ]);

  const clients = [
    certs.validClient,
    certs.unregisteredClient,
    certs.unprotectedApi,
    certs.expiredClient,
    certs.untrustedClient,
  ];
  const trust = [certs.rootCa.der, certs.devIntermediateCa.der];
  const rounds = scaled(40);
  const parse = await measure("parse (cached by SHA-1) + Thumbprint", 3, () => {
    for (let i = 0; i < rounds; i++)
      for (const c of clients) void new X509Certificate2Value(c.der.slice()).Thumbprint;
  });
  // A new instant per round defeats the validation cache: every call runs pkijs.
  const verify = await measure("parse + VerifyNoRevocation(), uncached", 1, () => {
    for (let i = 0; i < rounds; i++) {
      runInDotnetEnvironment(
        {
          instant: Date.parse("2026-06-15T08:00:00Z") + i * 1000 + Math.random() * 500,
          trustedCaCertificates: trust,
        },
        () => {
          for (const c of clients)
            void new X509Certificate2Value(c.der.slice()).VerifyNoRevocation();
        },
      );
    }
  });
  printTable(`certificate operations (${clients.length} client certificates x ${rounds})`, [
    parse,
    verify,
  ]);
  console.log(
    `  parse (cached) + Thumbprint: ${perSecond(parse, rounds * clients.length)}; parse + VerifyNoRevocation: ${perSecond(verify, rounds * clients.length)}`,
  );
}
