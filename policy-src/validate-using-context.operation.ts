// Direct mTLS to APIM: the same ordered checks as validate-from-agw, over the certificate the
// caller presented in its TLS handshake with APIM (context.Request.Certificate). Behind an
// Application Gateway that certificate is always null, so this policy answers NotFound there.
import { base, policy } from "apim-ts";
import { clientCertificateFailure } from "./lib/client-certificate-checks.ts";
import { rejectInvalidCertificate } from "./lib/reject-invalid-certificate.ts";

export default policy({
  inbound: [
    base(),
    ...rejectInvalidCertificate({
      source: "validate-using-context",
      validate: (context) => {
        const certificate = context.Request.Certificate;
        if (certificate == null) {
          return "ClientCertificateNotFound";
        }
        return clientCertificateFailure(context, certificate);
      },
    }),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
