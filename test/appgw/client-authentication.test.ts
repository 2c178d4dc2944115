// The mTLS listener's decision itself (harness/appgw/client-authentication.ts), called directly:
// Passthrough's verification values, the validity window at its exact edges, the order of the
// checks, and the reason the gateway refuses with. The gateway tests (trusted-chains,
// configuration, seed-scenarios) see only the 400 page; these pin the reason and the
// `sslClientVerify` value the access log would show.
//
// Sources: Microsoft, "Troubleshoot mutual authentication errors in Application Gateway",
// section "Scenario troubleshooting - connectivity problems" (sslClientVerify NONE when no
// certificate is sent; FAILED with "unable to get local issuer certificate", "unable to verify
// the client certificate issuer", "unsupported certificate purpose"). The two date reasons are
// OpenSSL's verify error strings (X509_V_ERR_CERT_NOT_YET_VALID, X509_V_ERR_CERT_HAS_EXPIRED,
// crypto/x509/x509_txt.c), the library the page's sslClientVerify values come from. The validity
// window is inclusive at both ends (RFC 5280 §4.1.2.5: "the certificate validity period is the
// time interval during which the CA warrants ..., inclusive of notBefore and notAfter").
import { beforeAll, describe, expect, it } from "vitest";
import {
  authenticateClient,
  type ClientAuthenticationPolicy,
  type PresentedCertificates,
} from "../../harness/appgw/client-authentication.ts";
import { certificateFacts, type CertificateFacts } from "../../harness/appgw/certificate-facts.ts";
import { ProblemList } from "../../harness/appgw/configuration-error.ts";
import {
  parseTrustedClientChain,
  type TrustedClientChain,
} from "../../harness/appgw/trusted-client-certificates.ts";
import { customTree, type CustomTree } from "./support/custom-tree.ts";

let tree: CustomTree;
beforeAll(async () => {
  tree = await customTree();
});

function chain(...names: string[]): TrustedClientChain {
  const problems = new ProblemList();
  const parsed = parseTrustedClientChain(names.join("-"), tree.chain(...names), "data", problems);
  expect(problems.items).toEqual([]);
  return parsed!;
}

function strict(chains: TrustedClientChain[], verifyClientCertIssuerDN = false) {
  return { mode: "Strict", verifyClientCertIssuerDN, chains } as ClientAuthenticationPolicy;
}

function facts(name: string): CertificateFacts {
  return certificateFacts(tree.der(name));
}

function presented(leaf: CertificateFacts | undefined, ...intermediates: string[]) {
  return { leaf, intermediates: intermediates.map(facts) } as PresentedCertificates;
}

/** An instant inside every certificate's validity window. */
function during(leaf: CertificateFacts): number {
  return leaf.notBefore + 60_000;
}

describe("Passthrough", () => {
  it("forwards with sslClientVerify PASSTHROUGH when a certificate was sent, NONE when not", async () => {
    const policy: ClientAuthenticationPolicy = {
      mode: "Passthrough",
      verifyClientCertIssuerDN: false,
      chains: [],
    };
    const leaf = facts("client-of-foreign-root");
    expect(await authenticateClient(policy, presented(leaf), leaf.notAfter + 1)).toEqual({
      accepted: true,
      verification: "PASSTHROUGH",
      certificate: leaf,
    });
    expect(await authenticateClient(policy, presented(undefined), 0)).toEqual({
      accepted: true,
      verification: "NONE",
      certificate: undefined,
    });
  });
});

describe("Strict", () => {
  it("accepts a valid client of an uploaded chain with sslClientVerify SUCCESS", async () => {
    const leaf = facts("client-of-int1");
    expect(
      await authenticateClient(
        strict([chain("int1", "root")], true),
        presented(leaf),
        during(leaf),
      ),
    ).toEqual({ accepted: true, verification: "SUCCESS", certificate: leaf });
  });

  it("answers its NoRequiredCertificate page when no certificate is sent", async () => {
    expect(
      await authenticateClient(strict([chain("int1", "root")]), presented(undefined), 0),
    ).toEqual({
      accepted: false,
      page: "NoRequiredCertificate",
      rejection: "no certificate",
      detail: "",
      certificate: undefined,
    });
  });

  it("takes the validity window as inclusive at both ends (RFC 5280 §4.1.2.5)", async () => {
    const leaf = facts("client-of-int1");
    const policy = strict([chain("int1", "root")]);
    const at = (ms: number) => authenticateClient(policy, presented(leaf), ms);
    expect(await at(leaf.notBefore)).toMatchObject({ accepted: true, verification: "SUCCESS" });
    expect(await at(leaf.notAfter)).toMatchObject({ accepted: true, verification: "SUCCESS" });
    expect(await at(leaf.notBefore - 1)).toEqual({
      accepted: false,
      page: "CertificateError",
      rejection: "certificate is not yet valid",
      detail: "",
      certificate: leaf,
    });
    expect(await at(leaf.notAfter + 1)).toEqual({
      accepted: false,
      page: "CertificateError",
      rejection: "certificate has expired",
      detail: "",
      certificate: leaf,
    });
  });

  it("checks the dates before the chain: an expired certificate of an unknown root is 'expired'", async () => {
    const leaf = facts("client-of-foreign-root");
    const policy = strict([chain("int1", "root")]);
    expect(await authenticateClient(policy, presented(leaf), leaf.notAfter + 1)).toMatchObject({
      rejection: "certificate has expired",
    });
    expect(await authenticateClient(policy, presented(leaf), leaf.notBefore - 1)).toMatchObject({
      rejection: "certificate is not yet valid",
    });
  });

  it("refuses a certificate that does not chain to an uploaded root, with the validator's reason", async () => {
    const leaf = facts("client-of-foreign-root");
    const outcome = await authenticateClient(
      strict([chain("int1", "root")]),
      presented(leaf),
      during(leaf),
    );
    expect(outcome).toMatchObject({
      accepted: false,
      page: "CertificateError",
      rejection: "unable to get local issuer certificate",
      certificate: leaf,
    });
    // The detail is pkijs's own message (harness/dotnet/chain-validation.ts), never empty.
    expect(outcome.accepted ? "" : outcome.detail).not.toBe("");
  });

  it("refuses a certificate without the clientAuth EKU as 'unsupported certificate purpose'", async () => {
    const leaf = certificateFacts(tree.serverAuthOnlyClient);
    expect(
      await authenticateClient(
        strict([chain("int2", "int1", "root")]),
        presented(leaf),
        during(leaf),
      ),
    ).toEqual({
      accepted: false,
      page: "CertificateError",
      rejection: "unsupported certificate purpose",
      detail: "",
      certificate: leaf,
    });
  });

  it("with verifyClientCertIssuerDN, refuses another issuer and names both DNs in the detail", async () => {
    // A client of root chains through the uploaded int1 → root, but its issuer is the root, not
    // the deepest CA (int1) the gateway expects.
    const leaf = facts("client-of-root");
    const chains = [chain("int1", "root")];
    const outcome = await authenticateClient(strict(chains, true), presented(leaf), during(leaf));
    expect(outcome).toMatchObject({
      accepted: false,
      page: "CertificateError",
      rejection: "unable to verify the client certificate issuer",
      certificate: leaf,
    });
    // The detail's wording is the harness's own (no gateway log shows it); it names both DNs.
    expect(outcome.accepted ? "" : outcome.detail).toBe(
      `expected issuer '${chains[0]!.clientCertIssuerDN}', got '${leaf.issuer}'`,
    );
    // Without the setting the same certificate passes: only the root is enforced.
    expect(
      await authenticateClient(strict(chains, false), presented(leaf), during(leaf)),
    ).toMatchObject({ accepted: true, verification: "SUCCESS" });
  });

  it("builds the path through intermediates the client sends, but never through a self-signed one", async () => {
    const leaf = facts("client-of-int2");
    const rootOnly = strict([chain("root")]);
    expect(
      await authenticateClient(rootOnly, presented(leaf, "int2", "int1"), during(leaf)),
    ).toMatchObject({ accepted: true });
    expect(await authenticateClient(rootOnly, presented(leaf), during(leaf))).toMatchObject({
      rejection: "unable to get local issuer certificate",
    });
    // A client bringing its own root (self-signed, not uploaded) gains nothing.
    const foreign = facts("client-of-foreign-root");
    expect(
      await authenticateClient(rootOnly, presented(foreign, "foreign-root"), during(foreign)),
    ).toMatchObject({ rejection: "unable to get local issuer certificate" });
  });
});
