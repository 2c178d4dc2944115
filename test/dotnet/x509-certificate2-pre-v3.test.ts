// X509Certificate2.VerifyNoRevocation and Verify (harness/dotnet/x509-certificate2.ts) on chains
// through a CA certificate of X.509 version 1 or 2: a HarnessRefusal saying what is undocumented
// and what to do. RFC 5280 asks basicConstraints cA=true only of version-3 intermediates (section
// 6.1.4 (k): "If certificate i is a version 3 certificate, verify that the basicConstraints
// extension is present and that cA is set to TRUE") and checks nothing of the trust anchor (section
// 6.1: the anchor is an input, not one of the n certificates); OpenSSL takes a self-signed
// version-1 root as a CA (X509_check_ca, V1_ROOT). Not documented: how Windows' chain engine,
// behind APIM's gateway, treats such a CA (Microsoft's X509Chain and CertGetCertificateChain pages
// do not say), so the harness refuses (project's choice, docs/project-choices.md). A version-3 CA
// without basicConstraints stays invalid, and a version-1 leaf is no CA question at all (6.1.4
// applies to certificates 1 to n-1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { clearChainValidationMemo } from "../../harness/dotnet/chain-validation.ts";
import { stopChainValidationWorker } from "../../harness/dotnet/chain-validation-worker.ts";
import { runInDotnetEnvironment } from "../../harness/dotnet/environment.ts";
import { X509Certificate2Value } from "../../harness/dotnet/x509-certificate2.ts";
import { CASES, DURING, type Case } from "./support/pre-v3-chains.ts";

afterAll(() => stopChainValidationWorker());

describe("X509Certificate2.VerifyNoRevocation and Verify", () => {
  // Nothing memoized: these answers must come from the worker thread, which runs validateChain's
  // source text (chain-validation-worker.ts), not from validateChainAsync's memo.
  beforeAll(() => clearChainValidationMemo());
  const verify = (name: Case, revocationReachable = false) => {
    const { leaf, store } = CASES[name];
    const certificate = new X509Certificate2Value(leaf);
    return runInDotnetEnvironment(
      { instant: DURING, trustedCaCertificates: store, revocationReachable },
      () => (revocationReachable ? certificate.Verify() : certificate.VerifyNoRevocation()),
    );
  };

  it.each([
    ["v1 root, v3 client", "'CN=Tutorial Root CA' (version 1, the trust anchor)"],
    ["v3 root, v1 intermediate", "'CN=Tutorial Intermediate CA' (version 1)"],
  ] as const)("refuses %s, saying what is undocumented and what to do", (name, named) => {
    for (const reachable of [false, true]) {
      let error: unknown;
      try {
        verify(name, reachable);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(HarnessRefusal);
      const message = (error as Error).message;
      expect(message).toContain(named);
      expect(message).toContain("not documented by Microsoft");
      expect(message).toContain("basicConstraints=critical,CA:TRUE");
    }
  });

  it("answers false for a v3 intermediate without basicConstraints, true for a v1 leaf", () => {
    expect(verify("v3 root, v3 intermediate without basicConstraints")).toBe(false);
    expect(verify("v3 root, v3 intermediate without basicConstraints", true)).toBe(false);
    expect(verify("v3 root, v1 client")).toBe(true);
    expect(verify("v3 root, v1 client", true)).toBe(true);
  });
});
