// The seed's ordered checks on a client certificate, shared by the policies that validate it
// with expressions: dates first, then chain trust, then registration, as APIM's own
// validate-client-certificate orders them. Inlined into each expression by the compiler.
import { DateTime, namedBoolean, type Context, type X509Certificate2 } from "apim-ts";

/** The result when every check passes. */
export const VALID = "Valid";

/**
 * Why a certificate is not acceptable, or VALID. The chain check is switched by the named value
 * `validate-certificate-chain` (true/false), as in the seed's sample.
 */
export function clientCertificateFailure(context: Context, certificate: X509Certificate2): string {
  if (certificate.NotBefore > DateTime.Now) {
    return "ClientCertificateNotYetValid";
  }
  if (certificate.NotAfter < DateTime.Now) {
    return "ClientCertificateExpired";
  }
  if (namedBoolean("validate-certificate-chain") && !certificate.VerifyNoRevocation()) {
    return "ClientCertificateNotTrusted";
  }
  if (
    !context.Deployment.Certificates.Any((pair) => pair.Value.Thumbprint === certificate.Thumbprint)
  ) {
    return "ClientCertificateIdentityNotMatched";
  }
  return VALID;
}
