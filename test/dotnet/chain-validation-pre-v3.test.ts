// The validator (harness/dotnet/chain-validation.ts) on chains through a CA certificate of X.509
// version 1 or 2: code 102 (PRE_V3_CA) when the verdict hangs on it. RFC 5280 asks basicConstraints
// cA=true only of version-3 intermediates (section 6.1.4 (k): "If certificate i is a version 3
// certificate, verify that the basicConstraints extension is present and that cA is set to TRUE")
// and checks nothing of the trust anchor (section 6.1: the anchor is an input, not one of the n
// certificates); OpenSSL takes a self-signed version-1 root as a CA (X509_check_ca, V1_ROOT). Not
// documented: how Windows' chain engine, behind APIM's gateway, treats such a CA (Microsoft's
// X509Chain and CertGetCertificateChain pages do not say), so the harness refuses (project's
// choice, docs/project-choices.md). A version-3 CA without basicConstraints stays invalid, and a
// version-1 leaf is no CA question at all (6.1.4 applies to certificates 1 to n-1). Only
// validateChainAsync here: under mutation testing the worker cannot run this module's instrumented
// text (X509Certificate2 is tested in x509-certificate2-pre-v3.test.ts).
import { describe, expect, it } from "vitest";
import { validateChainAsync } from "../../harness/dotnet/chain-validation.ts";
import { CASES, DURING, PRE_V3 } from "./support/pre-v3-chains.ts";

describe("the validator", () => {
  it("answers 102 naming the version-1 root, the trust anchor", async () => {
    const { leaf, store } = CASES["v1 root, v3 client"];
    const result = await validateChainAsync(leaf, store, DURING);
    expect(result).toMatchObject({ valid: false, code: 102 });
    expect(result.message).toContain("'CN=Tutorial Root CA' (version 1, the trust anchor)");
  });

  it("answers 102 naming a version-1 or version-2 intermediate", async () => {
    const v1 = CASES["v3 root, v1 intermediate"];
    const v2 = CASES["v3 root, v2 intermediate"];
    expect((await validateChainAsync(v1.leaf, v1.store, DURING)).message).toContain(
      "'CN=Tutorial Intermediate CA' (version 1)",
    );
    const second = await validateChainAsync(v2.leaf, v2.store, DURING);
    expect(second.code).toBe(102);
    expect(second.message).toContain("'CN=Tutorial Intermediate CA' (version 2)");
  });

  it("keeps a version-3 intermediate without basicConstraints invalid (RFC 5280 6.1.4 (k))", async () => {
    const { leaf, store } = CASES["v3 root, v3 intermediate without basicConstraints"];
    expect(await validateChainAsync(leaf, store, DURING)).toEqual({
      valid: false,
      code: 14,
      message: "One of intermediate certificates is not a CA certificate",
    });
  });

  it("accepts a version-1 leaf under a version-3 root", async () => {
    const { leaf, store } = CASES["v3 root, v1 client"];
    expect(await validateChainAsync(leaf, store, DURING)).toEqual({
      valid: true,
      code: 0,
      message: "",
    });
  });

  it("keeps an invalid verdict that holds however the version-1 CA is read: the reason that holds", async () => {
    // Outside every certificate's validity: invalid whether or not the v1 root counts as a CA.
    const { leaf, store } = CASES["v1 root, v3 client"];
    expect(await validateChainAsync(leaf, store, Date.parse("2040-01-01T00:00:00Z"))).toEqual({
      valid: false,
      code: 8,
      message: "The certificate is either not yet valid or expired",
    });
    // A v1 intermediate above a v3 CA without basicConstraints: 14 whichever way v1 is read.
    const underBoth = await validateChainAsync(
      PRE_V3.clientOfIntermediate,
      [PRE_V3.rootV1, PRE_V3.intermediateV3WithoutConstraints],
      DURING,
    );
    expect(underBoth.code).toBe(14);
  });
});
