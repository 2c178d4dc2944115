// <validate-client-certificate>: checks the certificate the caller presented in the TLS handshake.
// Order (as observed on real instances): present, dates (not before, then not after), trust
// (VerifyNoRevocation-equivalent: the .NET runtime's chain validation against the CA store in
// force, plus revocation when validate-revocation is true), then identities: valid when every
// attribute of at least one identity matches. Failure: 401 with the reason, unless ignore-error.
// Chosen where the page is silent (docs/project-choices.md): without identities only the rules
// above apply; thumbprint, serial-number and issuer-thumbprint compare ignoring case, and
// serial-number may be written with spaces or colons between the bytes.
import { X509Certificate as NodeX509 } from "node:crypto";
import type {
  CertificateIdentity,
  ValidateClientCertificate,
} from "../../../src/policies/validate-client-certificate.ts";
import { X509NameType } from "../../../src/dotnet/x509-certificate2.ts";
import type { X509Certificate2 } from "../../../src/dotnet/x509-certificate2.ts";
import type { CertificateRecord } from "../certificate-input.ts";
import type { GatewayRuntime } from "../gateway-runtime.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";

type Reason =
  | "ClientCertificateNotFound"
  | "ClientCertificateNotYetValid"
  | "ClientCertificateExpired"
  | "ClientCertificateNotTrusted"
  | "ClientCertificateIdentityNotMatched";

const MESSAGES: Readonly<Record<Reason, string>> = {
  ClientCertificateNotFound: "Client certificate is missing.",
  ClientCertificateNotYetValid: "Client certificate is not yet valid.",
  ClientCertificateExpired: "Client certificate has expired.",
  ClientCertificateNotTrusted: "Client certificate is not trusted.",
  ClientCertificateIdentityNotMatched:
    "Client certificate does not match any of the configured identities.",
};

const issuerCache = new Map<string, CertificateRecord | null>();

/** The certificate among the CA store and uploaded certificates that signed `leaf`. */
function issuerOf(leaf: CertificateRecord, gateway: GatewayRuntime): CertificateRecord | undefined {
  const candidates = [...gateway.trustedCaCertificates, ...gateway.uploadedCertificates];
  const key = `${leaf.thumbprint}|${candidates.map((c) => c.thumbprint).join(",")}`;
  if (issuerCache.has(key)) return issuerCache.get(key) ?? undefined;
  const parsed = new NodeX509(leaf.der);
  const found = candidates.find((candidate) => {
    const ca = new NodeX509(candidate.der);
    return parsed.checkIssued(ca) && parsed.verify(ca.publicKey);
  });
  issuerCache.set(key, found ?? null);
  return found;
}

function sameText(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toUpperCase() === b.toUpperCase();
}

function identityMatches(
  identity: CertificateIdentity,
  leaf: CertificateRecord,
  certificate: X509Certificate2,
  gateway: GatewayRuntime,
): boolean {
  const checks: [string | undefined, () => boolean][] = [
    [identity.thumbprint, () => sameText(identity.thumbprint, certificate.Thumbprint)],
    [
      identity.serialNumber,
      () => sameText(identity.serialNumber!.replace(/[\s:]/g, ""), certificate.SerialNumber),
    ],
    [
      identity.commonName,
      () => certificate.GetNameInfo(X509NameType.SimpleName, false) === identity.commonName,
    ],
    [identity.subject, () => certificate.Subject === identity.subject],
    [
      identity.dnsName,
      () => certificate.GetNameInfo(X509NameType.DnsName, false) === identity.dnsName,
    ],
    [identity.issuerSubject, () => certificate.Issuer === identity.issuerSubject],
    [
      identity.issuerThumbprint,
      () => sameText(issuerOf(leaf, gateway)?.thumbprint, identity.issuerThumbprint!),
    ],
    [
      identity.issuerCertificateId,
      () => issuerOf(leaf, gateway)?.id === identity.issuerCertificateId,
    ],
  ];
  return checks.every(([given, check]) => given === undefined || check());
}

/** A flag attribute: a literal boolean or a `{{named value}}` holding "true"/"false". */
function flag(
  run: PolicyRun<ValidateClientCertificate>,
  value: boolean | string | undefined,
  attribute: string,
  fallback: boolean,
): boolean {
  return value === undefined ? fallback : run.boolean(value, attribute);
}

/**
 * A failed validation: APIM's reason, and for ClientCertificateNotTrusted which check failed, for
 * the harness's log only (APIM answers every cause with the same message, and a test's author
 * needs to know which to fix).
 */
interface Failure {
  readonly reason: Reason;
  readonly why?: string;
}

function validate(run: PolicyRun<ValidateClientCertificate>): Reason | Failure | undefined {
  const { statement, gateway } = run;
  const leaf = run.execution.request.certificate;
  if (!leaf) return "ClientCertificateNotFound";
  const now = gateway.clock.now();
  // A certificate is valid at t when NotBefore <= t <= NotAfter (a zero-length window included).
  if (flag(run, statement.validateNotBefore, "validate-not-before", true) && now < leaf.notBefore)
    return "ClientCertificateNotYetValid";
  if (flag(run, statement.validateNotAfter, "validate-not-after", true) && now > leaf.notAfter)
    return "ClientCertificateExpired";
  const certificate = gateway.x509(leaf);
  const validateRevocation = flag(run, statement.validateRevocation, "validate-revocation", true);
  if (flag(run, statement.validateTrust, "validate-trust", true)) {
    if (!certificate.VerifyNoRevocation())
      return {
        reason: "ClientCertificateNotTrusted",
        why: "validate-trust: its chain does not build to a trusted root (deployment.caCertificates, which the v2 and Consumption tiers do not use)",
      };
  }
  if (validateRevocation) {
    // Without reachable revocation information .NET's chain reports RevocationStatusUnknown.
    if (!gateway.revocationReachable)
      return {
        reason: "ClientCertificateNotTrusted",
        why: "validate-revocation (default true) and no revocation information is reachable (createGateway's deployment.revocationReachable, default false)",
      };
    if (gateway.revokedThumbprints.has(leaf.thumbprint))
      return {
        reason: "ClientCertificateNotTrusted",
        why: "it is revoked (deployment.revokedThumbprints)",
      };
  }
  if (
    statement.identities.length > 0 &&
    !statement.identities.some((identity) => identityMatches(identity, leaf, certificate, gateway))
  ) {
    return "ClientCertificateIdentityNotMatched";
  }
  return undefined;
}

export const runValidateClientCertificate: PolicyHandler<ValidateClientCertificate> = (run) => {
  const failure = validate(run);
  if (failure === undefined) {
    run.note("validate-client-certificate: valid");
    return;
  }
  const { reason, why } =
    typeof failure === "string" ? { reason: failure, why: undefined } : failure;
  if (why) run.note(`validate-client-certificate: not trusted: ${why}`);
  if (flag(run, run.statement.ignoreError, "ignore-error", false)) {
    run.note(`validate-client-certificate: ${reason} (ignore-error: continuing)`);
    return;
  }
  run.fail(reason, MESSAGES[reason], {
    status: 401,
    reason: "Unauthorized",
    body: JSON.stringify({ statusCode: 401, message: MESSAGES[reason] }, null, 2),
  });
};
