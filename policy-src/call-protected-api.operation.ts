// Backend mTLS: the Unprotected API calls the Protected API and authenticates with the
// "Unprotected API" client certificate uploaded to the service. This certificate is the one
// APIM presents to the backend; it has nothing to do with the caller's certificate.
import { authenticationCertificate, base, policy, setBackendService } from "apim-ts";

/** The Protected API's base URL (a build-time constant; a named value works the same way). */
const PROTECTED_API_URL = "{{protected-api-url}}";

export default policy({
  inbound: [
    base(),
    setBackendService({ baseUrl: PROTECTED_API_URL }),
    authenticationCertificate({ certificateId: "dev-unprotected-api" }),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
