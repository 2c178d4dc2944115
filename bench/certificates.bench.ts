// The certificate tooling against its baselines: generating the seed's tree (RSA-2048 and ECDSA
// P-256) beside OpenSSL creating the same nine certificates, and the harness's certificate
// operations per second: parse + Thumbprint (parses are cached by SHA-1, as the harness does),
// and parse + VerifyNoRevocation() with the validation cache defeated.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { certs, generateTree, seedTree, type CertificateTree } from "../src/certificates/index.ts";
import { runInDotnetEnvironment, X509Certificate2Value } from "../harness/dotnet/index.ts";
import { measure, printTable, scaled, smoke, type Measurement } from "./measure.ts";

/**
 * Under APIM_TS_BENCH_SMOKE=1, the seed tree cut to a root, one intermediate and one client: every
 * step both generators take (self-signed root, a CA issued by the root, a client and its .pfx
 * issued by the intermediate) with 3 key pairs instead of 9. RSA-2048 key generation was most of
 * the benchmark's smoke time (18 key pairs in-process and in OpenSSL, about 4.5 s of CPU).
 */
const SMOKE_CERTIFICATES = ["root-ca", "dev-intermediate-ca", "dev-valid-client"];

function benchTree(): CertificateTree {
  if (!smoke()) return seedTree;
  return {
    ...seedTree,
    certificates: seedTree.certificates.filter((c) => SMOKE_CERTIFICATES.includes(c.name)),
    chainFiles: seedTree.chainFiles.filter((chain) =>
      chain.members.every((member) => SMOKE_CERTIFICATES.includes(member)),
    ),
  };
}

/**
 * OpenSSL making a root, two intermediates and six clients, one process per step (a root, one
 * intermediate and one client under APIM_TS_BENCH_SMOKE=1, as benchTree()).
 */
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
    if (smoke()) {
      issue("valid", "dev");
      return;
    }
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
  // Read when run, not at import: APIM_TS_BENCH_SMOKE may be set after (bench/runner.ts).
  const tree = benchTree();
  const title = `the seed tree (${tree.certificates.length} certificates)`;
  printTable(`generating ${title}, RSA-2048`, [
    await measure("openssl req + x509", 3, () => opensslTree("rsa")),
    await measure("apim-ts generateTree (with .pfx)", 3, () =>
      generateTree({ tree, key: "rsa-2048" }),
    ),
  ]);
  printTable(`generating ${title}, ECDSA P-256`, [
    await measure("openssl req + x509", 3, () => opensslTree("ec")),
    await measure("apim-ts generateTree", 3, () =>
      generateTree({ tree, key: "ecdsa-p256", pfx: false }),
    ),
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
