// Chains through a CA certificate of X.509 version 1 or 2 seen from a policy: X509Certificate2's
// Verify() in an expression (even inside try/catch) and validate-client-certificate's trust check
// make send() throw HarnessRefusal; a version-3 CA without basicConstraints stays untrusted
// (ClientCertificateNotTrusted) and a version-1 client certificate is trusted. RFC 5280 asks
// basicConstraints cA=true only of version-3 intermediates (section 6.1.4 (k): "If certificate i is
// a version 3 certificate, verify that the basicConstraints extension is present and that cA is set
// to TRUE") and checks nothing of the trust anchor (section 6.1: the anchor is an input, not one of
// the n certificates); OpenSSL takes a self-signed version-1 root as a CA (X509_check_ca, V1_ROOT).
// Not documented: how Windows' chain engine, behind APIM's gateway, treats such a CA (Microsoft's
// X509Chain and CertGetCertificateChain pages do not say), so the harness refuses (project's
// choice, docs/project-choices.md). A version-3 CA without basicConstraints stays invalid, and a
// version-1 leaf is no CA question at all (6.1.4 applies to certificates 1 to n-1). The 401 and
// ClientCertificateNotTrusted: observed on real instances (see
// validate-client-certificate.test.ts).
import { describe, expect, it } from "vitest";
import { base, policy, setHeader, validateClientCertificate } from "apim-ts";
import { createGateway, HarnessRefusal, requestClientCertificates } from "apim-ts/harness";
import { CASES, DURING, type Case } from "../dotnet/support/pre-v3-chains.ts";

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
