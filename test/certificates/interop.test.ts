// Interop acceptance: for every certificate of the interop tree (the public sample in CI, the
// committed openssl tree otherwise) and of the committed certs/, the harness's X509Certificate2 agrees with OpenSSL and with .NET (Mono) on
// identity fields, on VerifyNoRevocation at instants inside and outside the windows, and on the
// exception class thrown for malformed input. One C# program is compiled for the whole file.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { load, committedCertsDir, type CertificateFolder } from "../../src/certificates/index.ts";
import {
  Convert,
  DotnetException,
  runInDotnetEnvironment,
  X509Certificate2Value,
  X509NameType,
} from "../../harness/dotnet/index.ts";
import {
  b64,
  compileCSharp,
  monoAvailable,
  unb64,
  type MonoProgram,
} from "../dotnet/support/mono.ts";
import { CSHARP_CERTIFICATE_PROBE } from "./support/csharp-probe.ts";
import { malformedCases } from "./support/malformed-cases.ts";
import { interop, INTEROP_NAME } from "../support/interop-certificates.ts";

const hasMono = monoAvailable();

const folders: [string, CertificateFolder][] = [
  ["certs", load(committedCertsDir)],
  [INTEROP_NAME, interop],
];

const INSTANTS = [
  "2020-01-01T00:00:00Z",
  "2026-11-01T00:00:00Z",
  "2076-05-10T00:00:00Z",
  "2080-01-01T00:00:00Z",
];
const UTC = { instant: Date.parse("2026-11-01T00:00:00Z"), timeZone: "UTC" };

function harnessFields(der: Uint8Array, timeZone = "UTC"): string[] {
  return runInDotnetEnvironment({ instant: 0, timeZone }, () => {
    const c = new X509Certificate2Value(der);
    return [
      c.Thumbprint,
      c.Subject,
      c.Issuer,
      c.SerialNumber,
      c.NotBefore.ToString("o"),
      c.NotAfter.ToString("o"),
    ];
  });
}

function storeOf(folder: CertificateFolder): Uint8Array[] {
  return [folder.rootCa.der, folder.devIntermediateCa.der];
}

let mono: MonoProgram | undefined;
const monoOut = new Map<string, string[]>();

beforeAll(() => {
  if (!hasMono) return;
  mono = compileCSharp(CSHARP_CERTIFICATE_PROBE);
  const lines: string[] = [];
  for (const [label, folder] of folders) {
    for (const [name, handle] of folder.byName)
      lines.push(`CERT\t${label}/${name}\t${b64(handle.der)}`);
  }
  for (const c of malformedCases(folders[0]![1]))
    lines.push(`${c.kind}\t${c.label}\t${b64(c.input)}`);
  const input = lines.join("\n") + "\n";
  for (const timeZone of ["UTC", "Asia/Kolkata"]) {
    for (const line of mono.run(input, { TZ: timeZone })) {
      const [kind, label, ...fields] = line.split("\t");
      monoOut.set(`${timeZone}|${kind}|${label}`, fields.map(unb64));
    }
  }
  // Chain validation: one run per (folder, instant); roots go to Mono's (isolated) CurrentUser Root store.
  for (const [label, folder] of folders) {
    for (const instant of INSTANTS) {
      const chainLines = [
        `ROOT\t-\t${b64(folder.rootCa.der)}`,
        `INTER\t-\t${b64(folder.devIntermediateCa.der)}`,
        `AT\t-\t${b64(instant)}`,
      ];
      for (const [name, handle] of folder.byName)
        chainLines.push(`CHAIN\t${label}/${name}\t${b64(handle.der)}`);
      const home = mkdtempSync(join(tmpdir(), "apim-ts-mono-home-"));
      for (const line of mono.run(chainLines.join("\n") + "\n", { HOME: home })) {
        const [kind, name, ...fields] = line.split("\t");
        monoOut.set(`${instant}|${kind}|${name}`, fields.map(unb64));
      }
    }
  }
}, 120_000);

describe.each(folders)("%s: identity fields", (label, folder) => {
  it.each([...folder.byName.keys()])("%s agrees with OpenSSL", (name) => {
    const handle = folder.byName.get(name)!;
    const out = execFileSync(
      "openssl",
      [
        "x509",
        "-inform",
        "DER",
        "-noout",
        "-fingerprint",
        "-sha1",
        "-serial",
        "-startdate",
        "-enddate",
        "-subject",
        "-issuer",
        "-nameopt",
        "RFC2253",
      ],
      { input: handle.der, encoding: "utf8" },
    );
    const field = (key: string) => new RegExp(`^${key}=(.*)$`, "mi").exec(out)![1]!.trim();
    const [thumbprint, subject, issuer, serial, notBefore, notAfter] = harnessFields(handle.der);
    expect(thumbprint).toBe(field("SHA1 Fingerprint").replace(/:/g, ""));
    expect(thumbprint).toBe(handle.thumbprint);
    expect(serial!.replace(/^(00)+/, "")).toBe(field("serial"));
    expect(subject).toBe(field("subject"));
    expect(issuer).toBe(field("issuer"));
    expect(Date.parse(notBefore!)).toBe(Date.parse(field("notBefore")));
    expect(Date.parse(notAfter!)).toBe(Date.parse(field("notAfter")));
  });

  it.runIf(hasMono).each([...folder.byName.keys()])(
    "%s agrees with Mono in UTC and in Asia/Kolkata",
    (name) => {
      const handle = folder.byName.get(name)!;
      for (const timeZone of ["UTC", "Asia/Kolkata"]) {
        const expected = monoOut.get(`${timeZone}|CERT|${label}/${name}`)!;
        const [thumbprint, subject, issuer, serial, notBefore, notAfter] = harnessFields(
          handle.der,
          timeZone,
        );
        const c = runInDotnetEnvironment({ instant: 0, timeZone }, () => {
          const cert = new X509Certificate2Value(handle.der);
          return [
            cert.GetNameInfo(X509NameType.SimpleName, false),
            cert.GetNameInfo(X509NameType.DnsName, false),
            cert.GetNameInfo(X509NameType.SimpleName, true),
            cert.ToString().replace(/\r\n/g, "\n"),
          ];
        });
        expect([thumbprint, subject, issuer, serial, notBefore, notAfter, ...c]).toEqual(expected);
      }
    },
  );
});

describe.each(folders)(
  "%s: VerifyNoRevocation against {root, DEV intermediate}",
  (label, folder) => {
    const cases = INSTANTS.flatMap((instant) =>
      [...folder.byName.keys()].map((name) => [instant, name] as const),
    );
    it.each(cases)("at %s: %s agrees with openssl verify and Mono's X509Chain", (instant, name) => {
      const handle = folder.byName.get(name)!;
      const harness = runInDotnetEnvironment(
        { instant: Date.parse(instant), trustedCaCertificates: storeOf(folder) },
        () => new X509Certificate2Value(handle.der).VerifyNoRevocation(),
      );
      const dir = mkdtempSync(join(tmpdir(), "apim-ts-openssl-"));
      writeFileSync(join(dir, "root.pem"), folder.rootCa.pem);
      writeFileSync(join(dir, "inter.pem"), folder.devIntermediateCa.pem);
      writeFileSync(join(dir, "leaf.pem"), handle.pem);
      const attime = String(Math.floor(Date.parse(instant) / 1000));
      const openssl = spawnSync(
        "openssl",
        [
          "verify",
          "-attime",
          attime,
          "-CAfile",
          join(dir, "root.pem"),
          "-untrusted",
          join(dir, "inter.pem"),
          join(dir, "leaf.pem"),
        ],
        { encoding: "utf8" },
      );
      expect(harness).toBe(openssl.status === 0);
      if (hasMono)
        expect(harness ? "True" : "False").toBe(
          monoOut.get(`${instant}|CHAIN|${label}/${name}`)![0],
        );
    });
  },
);

describe.runIf(hasMono)("malformed input throws the exception class Mono throws", () => {
  const cases = malformedCases(folders[0]![1]);
  it("has at least 20 cases", () => expect(cases.length).toBeGreaterThanOrEqual(20));
  it.each(cases.map((c) => [c.label, c] as const))("%s", (label, c) => {
    let actual: string;
    try {
      actual = runInDotnetEnvironment(UTC, () => {
        const bytes =
          c.kind === "B64"
            ? Convert.FromBase64String(Buffer.from(c.input).toString("utf8"))
            : c.input;
        return "OK " + new X509Certificate2Value(bytes).Thumbprint;
      });
    } catch (error) {
      if (!(error instanceof DotnetException)) throw error;
      actual = error.dotnetType;
    }
    expect(actual).toBe(monoOut.get(`UTC|${c.kind}|${label}`)![0]);
  });
});
