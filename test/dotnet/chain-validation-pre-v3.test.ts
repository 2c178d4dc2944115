// Chains through a CA certificate of X.509 version 1 or 2 (harness/dotnet/chain-validation.ts,
// PRE_V3_CA), through the validator, X509Certificate2 (VerifyNoRevocation, and Verify() inside a
// policy expression) and validate-client-certificate. What is known: RFC 5280 asks basicConstraints
// cA=true only of version-3 intermediates (section 6.1.4 (k): "If certificate i is a version 3
// certificate, verify that the basicConstraints extension is present and that cA is set to TRUE")
// and checks nothing of the trust anchor (section 6.1: the anchor is an input, not one of the n
// certificates); OpenSSL takes a self-signed version-1 root as a CA (X509_check_ca, V1_ROOT).
// What is not: how Windows' chain engine, behind APIM's gateway, treats such a CA; Microsoft's
// pages (X509Chain, CertGetCertificateChain) do not say. So the harness refuses (project's
// choice, docs/project-choices.md). A version-3 CA without basicConstraints stays invalid, and a
// version-1 leaf is no CA question at all (6.1.4 applies to certificates 1 to n-1).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { base, policy, setHeader, validateClientCertificate } from "apim-ts";
import { createGateway, HarnessRefusal, requestClientCertificates } from "apim-ts/harness";
import { HarnessRefusal as RefusalClass } from "../../harness/apim/harness-refusal.ts";
import {
  clearChainValidationMemo,
  validateChainAsync,
} from "../../harness/dotnet/chain-validation.ts";
import { stopChainValidationWorker } from "../../harness/dotnet/chain-validation-worker.ts";
import { runInDotnetEnvironment } from "../../harness/dotnet/environment.ts";
import { X509Certificate2Value } from "../../harness/dotnet/x509-certificate2.ts";
import { DURING, PRE_V3 } from "./support/pre-v3-chains.ts";

afterAll(() => stopChainValidationWorker());

/** The four chains of the task, and what the harness says of each. */
const CASES = {
  "v1 root, v3 client": { leaf: PRE_V3.clientOfRoot, store: [PRE_V3.rootV1] },
  "v3 root, v1 intermediate": {
    leaf: PRE_V3.clientOfIntermediate,
    store: [PRE_V3.rootV3, PRE_V3.intermediateV1],
  },
  "v3 root, v2 intermediate": {
    leaf: PRE_V3.clientOfIntermediate,
    store: [PRE_V3.rootV3, PRE_V3.intermediateV2],
  },
  "v3 root, v3 intermediate without basicConstraints": {
    leaf: PRE_V3.clientOfIntermediate,
    store: [PRE_V3.rootV3, PRE_V3.intermediateV3WithoutConstraints],
  },
  "v3 root, v1 client": { leaf: PRE_V3.clientV1OfRoot, store: [PRE_V3.rootV3] },
  "v3 root, v3 intermediate": {
    leaf: PRE_V3.clientOfIntermediate,
    store: [PRE_V3.rootV3, PRE_V3.intermediateV3],
  },
} as const;
type Case = keyof typeof CASES;

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

describe("X509Certificate2.VerifyNoRevocation and Verify", () => {
  // Empty the memo the validator's tests filled: these answers must come from the worker thread,
  // which runs validateChain's source text (chain-validation-worker.ts).
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
      expect(error).toBeInstanceOf(RefusalClass);
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

/** A gateway that trusts `store` and asks for the caller's certificate. */
function gateway(store: readonly Uint8Array[], inbound: Parameters<typeof policy>[0]["inbound"]) {
  return createGateway({
    clock: { instant: new Date(DURING).toISOString() },
    deployment: {
      ...requestClientCertificates(),
      caCertificates: store.map((der, index) => ({ id: `ca-${index}`, certificate: der })),
      revocationReachable: true,
    },
    policies: {
      operation: policy({
        inbound,
        backend: [base()],
        onError: [setHeader("X-Reason", (context) => context.LastError.Reason)],
      }),
    },
  });
}

describe("Verify() in a policy expression", () => {
  const send = (name: Case) => {
    const { leaf, store } = CASES[name];
    return gateway(store, [
      // A catch must not turn the refusal into a value (harness-refusal.ts).
      setHeader("X-Trusted", (context) => {
        try {
          return context.Request.Certificate!.Verify() ? "yes" : "no";
        } catch {
          return "caught";
        }
      }),
    ]).send({ clientCertificate: leaf });
  };

  it("refuses the v1 root and the v1 intermediate, even inside try/catch", async () => {
    const root = send("v1 root, v3 client");
    await expect(root).rejects.toThrow(HarnessRefusal);
    await expect(root).rejects.toThrow(/Tutorial Root CA' \(version 1, the trust anchor\)/);
    await expect(send("v3 root, v1 intermediate")).rejects.toThrow(
      /Tutorial Intermediate CA' \(version 1\).*not documented by Microsoft/s,
    );
  });

  it("gives false for a v3 intermediate without basicConstraints and true for a v1 leaf", async () => {
    expect(await send("v3 root, v3 intermediate without basicConstraints")).toHaveReachedBackend({
      headers: { "X-Trusted": "no" },
    });
    expect(await send("v3 root, v1 client")).toHaveReachedBackend({
      headers: { "X-Trusted": "yes" },
    });
  });
});

describe("validate-client-certificate (validate-trust)", () => {
  const send = (name: Case) => {
    const { leaf, store } = CASES[name];
    return gateway(store, [validateClientCertificate({ validateRevocation: false })]).send({
      clientCertificate: leaf,
    });
  };

  it("refuses the v1 root and the v1 intermediate", async () => {
    const root = send("v1 root, v3 client");
    await expect(root).rejects.toThrow(HarnessRefusal);
    await expect(root).rejects.toThrow(/validate-client-certificate.*Tutorial Root CA/s);
    await expect(send("v3 root, v1 intermediate")).rejects.toThrow(
      /validate-client-certificate.*Tutorial Intermediate CA' \(version 1\)/s,
    );
  });

  it("rejects a v3 intermediate without basicConstraints (NotTrusted), passes a v1 leaf", async () => {
    expect(await send("v3 root, v3 intermediate without basicConstraints")).toBeRejectedWith(
      401,
      "ClientCertificateNotTrusted",
    );
    expect(await send("v3 root, v1 client")).toRespondWith(200);
    expect(await send("v3 root, v3 intermediate")).toRespondWith(200);
  });
});
