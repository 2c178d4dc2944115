// Renders a demo case as a ready-to-paste `curl` command: the listener's host name pinned to
// 127.0.0.1 with `--resolve` (so TLS verifies the server certificate by name against `--cacert`,
// no `-k`), the client certificate as `--cert`/`--key` PEM files, or `--cert-type P12` for folders
// that only have .pfx files, and a forged header read from a file (`-H @file`: the value is 2 KB).
import type { CertificateHandle, SeedCertificates } from "../../../src/certificates/index.ts";
import type { DemoCase, Endpoint } from "./demo-cases.ts";

/** Where each endpoint listens. */
export interface EndpointAddress {
  /** The host name in the URL (the listener's, or APIM's `<service>.azure-api.net`). */
  readonly host: string;
  /** The port on 127.0.0.1. */
  readonly port: number;
}

/** The files the commands refer to. */
export interface CurlFiles {
  /** PEM bundle of the servers' certificates. */
  readonly caFile: string;
  /** `X-Client-Certificate: <Valid Client's header value>`. */
  readonly forgedHeaderFile: string;
  /** Untrusted Client's certificate followed by the TST intermediate (only with key files). */
  readonly untrustedWithTstChainFile?: string;
  /** The .pfx password (reference sample and generated tree: `P@ssw0rd`). */
  readonly pfxPassword: string;
}

/** Quotes a word for POSIX shells only when it needs it. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_\/.:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function certificateArguments(
  demo: DemoCase,
  handle: CertificateHandle,
  dir: string,
  files: CurlFiles,
): string[] {
  if (handle.privateKey !== undefined) {
    const cert =
      demo.withTstIntermediate && files.untrustedWithTstChainFile
        ? files.untrustedWithTstChainFile
        : `${dir}/${handle.name}.cer`;
    return ["--cert", cert, "--key", `${dir}/${handle.name}.key`];
  }
  // A .pfx holds the key, the leaf and its chain; curl sends the chain in the handshake.
  return ["--cert-type", "P12", "--cert", `${dir}/${handle.name}.pfx:${files.pfxPassword}`];
}

/** The curl command for one case, as argument words (curl first). */
export function curlArguments(
  demo: DemoCase,
  addresses: Readonly<Record<Endpoint, EndpointAddress>>,
  certificates: SeedCertificates & { readonly dir: string },
  files: CurlFiles,
): string[] {
  const { host, port } = addresses[demo.endpoint];
  const words = [
    "curl",
    "-sS",
    "-i",
    "--cacert",
    files.caFile,
    "--resolve",
    `${host}:${port}:127.0.0.1`,
  ];
  if (demo.certificate) {
    const dir = certificates.dir.replace(/\/+$/, "");
    words.push(...certificateArguments(demo, certificates[demo.certificate], dir, files));
  }
  if (demo.forged) words.push("-H", `@${files.forgedHeaderFile}`);
  words.push(`https://${host}:${port}${demo.path}`);
  return words;
}

/** The command line as text. */
export function curlCommand(words: readonly string[]): string {
  return words.map(shellQuote).join(" ");
}
