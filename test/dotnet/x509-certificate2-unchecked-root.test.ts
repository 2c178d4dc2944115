// X509Certificate2.VerifyNoRevocation (harness/dotnet/x509-certificate2.ts) when the trust store's
// root has a self-signature WebCrypto cannot check (an MD2 signature): RFC 5280 checks nothing of
// a trust anchor's signature (section 6.1), and Microsoft does not document whether Windows' chain
// engine, behind APIM's gateway, checks it, so the harness refuses (docs/project-choices.md).
// Apart from chain-validation-refusal.test.ts: this goes through the worker thread, which runs
// validateChain's source text, and so cannot run where Stryker instruments that function.
import { afterAll, describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import {
  clearChainValidationMemo,
  REFUSED_CHAIN_ADVICE,
  UNCHECKED_ANCHOR,
} from "../../harness/dotnet/chain-validation.ts";
import { stopChainValidationWorker } from "../../harness/dotnet/chain-validation-worker.ts";
import { runInDotnetEnvironment } from "../../harness/dotnet/environment.ts";
import { X509Certificate2Value } from "../../harness/dotnet/x509-certificate2.ts";
import { DURING, PRE_V3 } from "./support/pre-v3-chains.ts";
import { md2Root } from "./support/unchecked-root.ts";

describe("X509Certificate2.VerifyNoRevocation with a root it cannot check", () => {
  afterAll(() => stopChainValidationWorker());
  it("throws a HarnessRefusal naming the root and what to write", () => {
    // Through the worker thread (validateChain's source text), not the async memo.
    clearChainValidationMemo();
    const certificate = new X509Certificate2Value(PRE_V3.clientOfRoot);
    let error: unknown;
    try {
      runInDotnetEnvironment({ instant: DURING, trustedCaCertificates: [md2Root()] }, () =>
        certificate.VerifyNoRevocation(),
      );
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(HarnessRefusal);
    const message = (error as Error).message;
    expect(message).toContain("'CN=Tutorial Root CA' (signature algorithm 1.2.840.113549.1.1.2)");
    expect(message).toContain("not documented by Microsoft");
    expect(message).toContain(REFUSED_CHAIN_ADVICE[UNCHECKED_ANCHOR]!);
  });
});
