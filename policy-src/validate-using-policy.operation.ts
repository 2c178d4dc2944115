// Direct mTLS to APIM with the built-in validate-client-certificate policy: dates, trust (the CA
// certificates uploaded to the service) and identity (Valid Client or Unprotected API, by subject
// and issuer). Revocation is not checked: the sample's private CA publishes no CRL. The policy
// raises an error with a ClientCertificate... reason; on-error answers 401 with that reason in a
// response header so a caller (and a test) can see why.
import {
  base,
  choose,
  policy,
  returnResponse,
  setHeader,
  setStatus,
  validateClientCertificate,
  when,
} from "apim-ts";

const ISSUER = "CN=APIM Sample DEV Intermediate CA";

export default policy({
  inbound: [
    base(),
    validateClientCertificate({
      validateRevocation: false,
      validateTrust: "{{validate-certificate-chain}}",
      validateNotBefore: true,
      validateNotAfter: true,
      ignoreError: false,
      identities: [
        { subject: "CN=Valid Client", issuerSubject: ISSUER },
        { subject: "CN=Unprotected API", issuerSubject: ISSUER },
      ],
    }),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [
    base(),
    choose(
      when(
        (context) => context.LastError.Source === "validate-client-certificate",
        [
          returnResponse([
            setStatus(401, "Unauthorized"),
            setHeader("X-Client-Certificate-Error", (context) => context.LastError.Reason),
          ]),
        ],
      ),
    ),
  ],
});
