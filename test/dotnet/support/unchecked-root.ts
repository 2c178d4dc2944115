// A trust-store root whose own signature WebCrypto cannot check, for the refusal of code 103
// (UNCHECKED_ANCHOR, harness/dotnet/chain-validation.ts). Its client is pre-v3-chains.ts's
// PRE_V3.clientOfRoot, issued by the same name and key.
import { PRE_V3 } from "./pre-v3-chains.ts";

/**
 * The tutorial's version-3 root with its signature algorithm rewritten from
 * sha256WithRSAEncryption (1.2.840.113549.1.1.11) to md2WithRSAEncryption (...1.1.2), which
 * WebCrypto cannot check: pkijs's verify() throws.
 */
export function md2Root(): Uint8Array {
  const root = Buffer.from(PRE_V3.rootV3);
  const sha256WithRsa = Buffer.from("06092a864886f70d01010b", "hex");
  const md2WithRsa = Buffer.from("06092a864886f70d010102", "hex");
  let at = root.indexOf(sha256WithRsa);
  if (at < 0) throw new Error("the root's DER has no sha256WithRSAEncryption to rewrite");
  for (; at >= 0; at = root.indexOf(sha256WithRsa, at + 1)) md2WithRsa.copy(root, at);
  return new Uint8Array(root);
}
