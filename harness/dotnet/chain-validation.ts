// Chain validation for X509Certificate2.VerifyNoRevocation(): pkijs builds and checks the path
// (signatures, validity of every certificate at the instant, CA flags and keyCertSign), and a
// path-length check is added on top (pkijs does not check pathLenConstraint). pkijs is async
// (WebCrypto) while C# expressions are synchronous: chain-validation-worker.ts runs the same
// function in a worker thread for the synchronous entry point. Results are memoized per
// (certificate, trust store, instant), and `warmUpChainValidation` fills the memo without the worker.
import { createHash } from "node:crypto";
import * as pkijs from "pkijs";

/** Outcome of a chain validation. */
export interface ChainResult {
  readonly valid: boolean;
  /** pkijs's result code (0 when valid), or 100+ for checks added here. */
  readonly code: number;
  readonly message: string;
}

type Pkijs = typeof pkijs;

// Self-contained (it is also sent as source text to the worker): no references outside its parameters.
export async function validateChain(
  pki: Pkijs,
  leafDer: Uint8Array,
  storeDers: readonly Uint8Array[],
  atMs: number,
): Promise<ChainResult> {
  const parse = (der: Uint8Array) => pki.Certificate.fromBER(der);
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
        selfSigned = false;
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
  const result = await engine.verify();
  if (!result.result)
    return { valid: false, code: result.resultCode, message: result.resultMessage };
  const path = result.certificatePath!;
  // pathLenConstraint: the number of intermediates below a CA must not exceed it (RFC 5280 6.1.4).
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
  return { valid: true, code: 0, message: "" };
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
