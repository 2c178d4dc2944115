// The second certificate tree every interop test runs on, besides the committed certs/ that
// apim-ts generates itself. APIM_TS_INTEROP_CERTS names its folder (CI sets it to the public
// mtls-with-apim sample's certificates, made by PowerShell's New-SelfSignedCertificate); when the
// variable is unset, the tree committed in test/fixtures/openssl-certs (made by the openssl
// command line in the sample's shape) stands in, so interop is tested in every clone, never skipped.
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { load, type CertificateFolder } from "../../src/certificates/index.ts";

/** The environment variable naming the interop folder (relative paths are from the repository root). */
export const INTEROP_VARIABLE = "APIM_TS_INTEROP_CERTS";

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));
const configured = process.env[INTEROP_VARIABLE];

/** The committed fallback tree (see its make.sh). */
export const OPENSSL_CERTS_DIR = join(repositoryRoot, "test", "fixtures", "openssl-certs");

/** The folder the interop tests read. */
export const INTEROP_DIR: string = configured
  ? isAbsolute(configured)
    ? configured
    : resolve(repositoryRoot, configured)
  : OPENSSL_CERTS_DIR;

// A variable pointing at nothing is a mistake to report, not a reason to skip.
if (!existsSync(join(INTEROP_DIR, "root-ca.cer")))
  throw new Error(`${INTEROP_VARIABLE}=${configured}: no root-ca.cer in ${INTEROP_DIR}`);

/** How tests name the folder: the variable's value, or the committed openssl tree. */
export const INTEROP_NAME = configured
  ? `interop certificates (${configured})`
  : "interop certificates (openssl, test/fixtures/openssl-certs)";

/** The interop tree's handles (no private keys: as in the sample, keys live only in the .pfx files). */
export const interop: CertificateFolder = load(INTEROP_DIR);

/** The .pfx password of both the sample and the openssl tree. */
export const INTEROP_PFX_PASSWORD = "P@ssw0rd";

/**
 * The X-Client-Certificate value Application Gateway produces for a client of the tree, from
 * `agw-headers/` (captured from a real gateway for the sample; written by openssl and jq for the
 * openssl tree, independently of apim-ts's encoder).
 */
export function capturedAgwHeader(name: string): string {
  return readFileSync(join(INTEROP_DIR, "agw-headers", `${name}.x-client-certificate.txt`), "utf8");
}
