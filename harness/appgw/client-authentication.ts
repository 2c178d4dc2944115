// What an mTLS listener decides about the client certificate after the handshake. Strict: the
// certificate must be present, valid at the virtual instant, chain (through the uploaded CAs and
// whatever intermediates the client sent) to an uploaded root, carry the clientAuth EKU and, with
// verifyClientCertIssuerDN, be issued by the expected DN; otherwise the gateway answers 400 itself.
// Passthrough: everything is forwarded. Chain building and signature checks are pkijs's (through
// harness/dotnet's memoised validator), never this file's.
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { REFUSED_CHAIN_ADVICE, validateChainAsync } from "../dotnet/chain-validation.ts";
import { allowsClientAuth, type CertificateFacts } from "./certificate-facts.ts";
import type { VerifyClientAuthMode } from "./configuration.ts";
import type { ClientCertificateVerification } from "./server-variables.ts";
import { expectedIssuerDN, type TrustedClientChain } from "./trusted-client-certificates.ts";

/** An SSL profile's client authentication, resolved. */
export interface ClientAuthenticationPolicy {
  readonly mode: VerifyClientAuthMode;
  readonly verifyClientCertIssuerDN: boolean;
  readonly chains: readonly TrustedClientChain[];
}

/** What the client sent in its Certificate message: the leaf, then any intermediates. */
export interface PresentedCertificates {
  readonly leaf: CertificateFacts | undefined;
  readonly intermediates: readonly CertificateFacts[];
}

/** Why Strict mode refused a certificate; the words follow OpenSSL's verify errors, as the gateway's access log shows them. */
export type CertificateRejection =
  | "certificate is not yet valid"
  | "certificate has expired"
  | "unable to get local issuer certificate"
  | "unsupported certificate purpose"
  | "unable to verify the client certificate issuer";

/** The decision. `page` names the gateway's own 400 page when the request is refused. */
export type ClientAuthenticationOutcome =
  | {
      readonly accepted: true;
      readonly verification: ClientCertificateVerification;
      readonly certificate: CertificateFacts | undefined;
    }
  | {
      readonly accepted: false;
      readonly page: "NoRequiredCertificate" | "CertificateError";
      readonly rejection: CertificateRejection | "no certificate";
      /** pkijs's message when the chain did not validate. */
      readonly detail: string;
      readonly certificate: CertificateFacts | undefined;
    };

function refuse(
  certificate: CertificateFacts,
  rejection: CertificateRejection,
  detail = "",
): ClientAuthenticationOutcome {
  return { accepted: false, page: "CertificateError", rejection, detail, certificate };
}

/**
 * The certificates the gateway may build a path through: every uploaded CA of the profile, plus the
 * client's intermediates. A self-signed certificate the client sends is dropped unless it was
 * uploaded: a client must not be able to bring its own trust anchor.
 */
function pathStore(
  policy: ClientAuthenticationPolicy,
  presented: PresentedCertificates,
): Uint8Array[] {
  const uploaded = new Map<string, Uint8Array>();
  for (const chain of policy.chains)
    for (const ca of [...chain.caCertificates, ...chain.preV3Certificates])
      uploaded.set(ca.sha1, ca.der);
  const store = [...uploaded.values()];
  for (const sent of presented.intermediates)
    if (!sent.selfSigned && !uploaded.has(sent.sha1)) store.push(sent.der);
  return store;
}

/** Decides a request on an mTLS listener at instant `atMs` (epoch milliseconds). */
export async function authenticateClient(
  policy: ClientAuthenticationPolicy,
  presented: PresentedCertificates,
  atMs: number,
): Promise<ClientAuthenticationOutcome> {
  const leaf = presented.leaf;
  if (policy.mode === "Passthrough")
    return { accepted: true, verification: leaf ? "PASSTHROUGH" : "NONE", certificate: leaf };
  if (leaf === undefined)
    return {
      accepted: false,
      page: "NoRequiredCertificate",
      rejection: "no certificate",
      detail: "",
      certificate: undefined,
    };
  // Valid at t when NotBefore <= t <= NotAfter (the sample's Expired Client has NotBefore = NotAfter).
  if (atMs < leaf.notBefore) return refuse(leaf, "certificate is not yet valid");
  if (atMs > leaf.notAfter) return refuse(leaf, "certificate has expired");
  const chain = await validateChainAsync(leaf.der, pathStore(policy, presented), atMs);
  // A version-1/2 root never gets here: uploading one alone is ...DoesNotContainAnyCACertificate
  // ("Troubleshooting mutual authentication errors", "Self-signed certificate": the certificate
  // needs BasicConstraints CA:TRUE). A version-1/2 intermediate, uploaded or sent by the client,
  // does; the gateway's treatment of it is not documented, nor that of a root whose own signature
  // cannot be checked (REFUSED_CHAIN_ADVICE).
  const advice = REFUSED_CHAIN_ADVICE[chain.code];
  if (advice !== undefined)
    throw new HarnessRefusal(
      `Application Gateway client authentication: ${chain.message}. How Application Gateway ` +
        "treats such a certificate in a client certificate's chain is not documented by " +
        `Microsoft, so the harness refuses rather than guess. ${advice}`,
    );
  if (!chain.valid) return refuse(leaf, "unable to get local issuer certificate", chain.message);
  if (!allowsClientAuth(leaf)) return refuse(leaf, "unsupported certificate purpose");
  if (policy.verifyClientCertIssuerDN && leaf.issuer !== expectedIssuerDN(policy.chains)) {
    return refuse(
      leaf,
      "unable to verify the client certificate issuer",
      `expected issuer '${expectedIssuerDN(policy.chains) ?? ""}', got '${leaf.issuer}'`,
    );
  }
  return { accepted: true, verification: "SUCCESS", certificate: leaf };
}
