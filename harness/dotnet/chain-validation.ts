// Chain validation for X509Certificate2.VerifyNoRevocation(): pkijs builds and checks the path
// (signatures, validity of every certificate at the instant, CA flags and keyCertSign), and a
// path-length check is added on top (pkijs does not check pathLenConstraint). pkijs is async
// (WebCrypto) while C# expressions are synchronous: chain-validation-worker.ts runs the same
// function in a worker thread for the synchronous entry point. Results are memoized per
// (certificate, trust store, instant), and `warmUpChainValidation` fills the memo without the worker.
// A chain whose verdict hangs on a CA certificate of version 1 or 2 (PRE_V3_CA), or on a root whose
// own signature cannot be checked (UNCHECKED_ANCHOR), comes back with a code the callers
// (X509Certificate2, Application Gateway client authentication) turn into a refusal
// (REFUSED_CHAIN_ADVICE).
import { createHash } from "node:crypto";
import * as pkijs from "pkijs";

/** Outcome of a chain validation. */
export interface ChainResult {
  readonly valid: boolean;
  /**
   * pkijs's result code (0 when valid), or 100+ for checks added here: 101 a pathLenConstraint
   * exceeded (invalid); 102 the verdict depends on a version-1 or version-2 CA certificate
   * (`valid` false, but callers refuse rather than report it, see `PRE_V3_CA`); 103 invalid while
   * a self-issued certificate of the store could not have its signature checked (refused too,
   * see `UNCHECKED_ANCHOR`).
   */
  readonly code: number;
  readonly message: string;
}

/**
 * The code of a chain whose verdict hangs on a CA certificate of version 1 or 2 (no extensions,
 * so no basicConstraints): pkijs rejects every certificate above the leaf without cA=true, the
 * trust anchor included, while RFC 5280 asks cA=true only of version-3 intermediates (6.1.4 (k);
 * a version-1/2 intermediate is to be verified as a CA "through out-of-band means" or rejected, the
 * implementation's choice) and checks nothing of the trust anchor (6.1); OpenSSL takes a
 * self-signed version-1 root as a CA (crypto/x509/v3_purp.c, check_ca, V1_ROOT). Microsoft
 * documents neither how Windows' chain engine (behind APIM's X509Certificate2 and
 * validate-client-certificate) nor how Application Gateway treats such a CA, so the callers refuse.
 */
export const PRE_V3_CA = 102;

/**
 * The code of a chain found invalid while the trust store holds a self-issued certificate whose
 * own signature WebCrypto cannot check (an algorithm it lacks, such as md2WithRSAEncryption, or a
 * malformed signature): pkijs then cannot take it as a trust anchor. RFC 5280 checks nothing of a
 * trust anchor's signature (6.1), and Microsoft does not document whether Windows' chain engine
 * or Application Gateway checks a root's self-signature, so the callers refuse.
 */
export const UNCHECKED_ANCHOR = 103;

/** What a refusal for `PRE_V3_CA` tells the user to do. */
export const PRE_V3_CA_ADVICE =
  "Use version-3 CA certificates with basicConstraints CA:TRUE (e.g. `openssl x509 -req ... " +
  "-extfile ca.ext` with `basicConstraints=critical,CA:TRUE` in ca.ext; without -extfile, " +
  "openssl x509 -req makes a version-1 certificate).";

/**
 * The chains the harness refuses to judge, by code, with what the refusal tells the user to do:
 * callers throw a HarnessRefusal with the chain's message and this advice.
 */
export const REFUSED_CHAIN_ADVICE: Readonly<Record<number, string>> = {
  [PRE_V3_CA]: PRE_V3_CA_ADVICE,
  [UNCHECKED_ANCHOR]:
    "Sign the root with an algorithm of SHA-256 or stronger (e.g. `openssl req -x509 -sha256`).",
};

type Pkijs = typeof pkijs;

// Self-contained (it is also sent as source text to the worker): no references outside its parameters.
export async function validateChain(
  pki: Pkijs,
  leafDer: Uint8Array,
  storeDers: readonly Uint8Array[],
  atMs: number,
): Promise<ChainResult> {
  // pkijs's `version` is the field's value: 0 for version 1, 1 for version 2, 2 for version 3.
  const preV3 = (cert: pkijs.Certificate) => cert.version < 2;
  const SHORT: Record<string, string> = {
    "2.5.4.3": "CN",
    "2.5.4.10": "O",
    "2.5.4.11": "OU",
    "2.5.4.6": "C",
  };
  // A subject as OpenSSL and Windows print it: the most specific attribute first.
  const nameOf = (cert: pkijs.Certificate) =>
    [...cert.subject.typesAndValues]
      .reverse()
      .map((tv) => `${SHORT[tv.type] ?? tv.type}=${String(tv.value.valueBlock.value)}`)
      .join(", ");
  // Self-issued store certificates whose own signature could not be checked, by subject.
  const unchecked = new Map<string, pkijs.Certificate>();
  // `assumeCa`: read every version-1/2 certificate as if it carried basicConstraints cA=true
  // (only its parsed form changes; signatures are checked on the original bytes, tbsView).
  const verify = async (assumeCa: boolean) => {
    const parse = (der: Uint8Array) => {
      const cert = pki.Certificate.fromBER(der);
      if (assumeCa && preV3(cert))
        cert.extensions = [
          { extnID: "2.5.29.19", critical: false, parsedValue: { cA: true } },
        ] as unknown as pkijs.Extension[];
      return cert;
    };
    const leaf = parse(leafDer);
    const store = storeDers.map(parse);
    // Only self-signed certificates are trust anchors (Windows' Root store); others are intermediates.
    const anchors: pkijs.Certificate[] = [];
    const intermediates: pkijs.Certificate[] = [];
    for (const cert of store) {
      let selfSigned = false;
      if (cert.subject.isEqual(cert.issuer)) {
        try {
          selfSigned = await cert.verify();
        } catch {
          // WebCrypto lacks the algorithm, or the signature is malformed (see UNCHECKED_ANCHOR).
          unchecked.set(nameOf(cert), cert);
        }
      }
      (selfSigned ? anchors : intermediates).push(cert);
    }
    const engine = new pki.CertificateChainValidationEngine({
      trustedCerts: anchors,
      certs: [...intermediates, leaf],
      checkDate: new Date(atMs),
    });
    // pkijs's verify() catches its own errors and returns every failure as a result, and a
    // successful result always carries the path it built (pkijs CertificateChainValidationEngine
    // .verify, 3.x): no fallbacks here that no input could reach.
    return engine.verify();
  };
  // pathLenConstraint: the number of intermediates below a CA must not exceed it (RFC 5280 6.1.4).
  const pathLengthProblem = (path: readonly pkijs.Certificate[]): ChainResult | undefined => {
    for (let i = 1; i < path.length; i++) {
      const basicConstraints = path[i]!.extensions?.find((e) => e.extnID === "2.5.29.19");
      const limit = (basicConstraints?.parsedValue as { pathLenConstraint?: number } | undefined)
        ?.pathLenConstraint;
      if (i - 1 > (limit ?? Infinity))
        return {
          valid: false,
          code: 101,
          message: `Path length constraint of certificate ${i} exceeded`,
        };
    }
    return undefined;
  };
  const result = await verify(false);
  if (result.result)
    return pathLengthProblem(result.certificatePath!) ?? { valid: true, code: 0, message: "" };
  if (unchecked.size > 0)
    return {
      valid: false,
      code: 103,
      message:
        `the trust store holds a self-issued certificate whose own signature the harness ` +
        `cannot check (WebCrypto lacks the algorithm, or the signature is malformed): ` +
        [...unchecked]
          .map(
            ([name, cert]) =>
              `'${name}' (signature algorithm ${cert.signatureAlgorithm.algorithmId})`,
          )
          .join(", ") +
        `. RFC 5280 checks nothing of a trust anchor's signature (section 6.1)`,
    };
  // 14: "One of intermediate certificates is not a CA certificate" (pkijs checkForCA, applied to
  // every certificate above the leaf). Run again reading version-1/2 certificates as CAs: if the
  // chain then fails anyway, it is invalid whichever way they are read, and the second reason is
  // the one that holds; if it then passes, the verdict depends on them alone.
  if (result.resultCode !== 14)
    return { valid: false, code: result.resultCode, message: result.resultMessage };
  const assumed = await verify(true);
  if (!assumed.result)
    return { valid: false, code: assumed.resultCode, message: assumed.resultMessage };
  const path = assumed.certificatePath!;
  const exceeded = pathLengthProblem(path);
  if (exceeded !== undefined) return exceeded;
  const named = path
    .slice(1)
    .filter(preV3)
    .map((cert) => {
      return `'${nameOf(cert)}' (version ${cert.version + 1}${cert === path[path.length - 1] ? ", the trust anchor" : ""})`;
    });
  return {
    valid: false,
    code: 102,
    message:
      `the chain goes through ${named.length === 1 ? "a CA certificate" : "CA certificates"} ` +
      `without basicConstraints, of X.509 version 1 or 2: ${named.join(", ")}. RFC 5280 asks ` +
      `basicConstraints cA=true only of version-3 intermediates (section 6.1.4 (k)) and checks ` +
      `nothing of the trust anchor`,
  };
}

const memo = new Map<string, ChainResult>();
const MEMO_LIMIT = 10_000;

function sha1(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/** The memo's key: the leaf, the trust store in any order, the instant. */
export function memoKey(
  leafDer: Uint8Array,
  storeDers: readonly Uint8Array[],
  atMs: number,
): string {
  const store = storeDers.map(sha1).sort().join(",");
  return `${sha1(leafDer)}|${store}|${atMs}`;
}

/** The memoized result for `key`, if any. */
export function remembered(key: string): ChainResult | undefined {
  return memo.get(key);
}

/** Memoizes `result` under `key` (the memo is emptied when full) and returns it. */
export function remember(key: string, result: ChainResult): ChainResult {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, result);
  return result;
}

/** Validates in this thread (async) and memoizes; the harness may call it ahead of evaluation. */
export async function validateChainAsync(
  leafDer: Uint8Array,
  storeDers: readonly Uint8Array[],
  atMs: number,
): Promise<ChainResult> {
  const key = memoKey(leafDer, storeDers, atMs);
  const known = memo.get(key);
  if (known !== undefined) return known;
  return remember(key, await validateChain(pkijs, leafDer, storeDers, atMs));
}

/** Forgets memoized results (tests that measure cost). */
export function clearChainValidationMemo(): void {
  memo.clear();
}
