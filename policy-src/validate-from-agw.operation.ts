// The seed article's policy: APIM behind an Application Gateway whose mTLS listener forwards the
// client certificate as a URL-encoded PEM in the X-Client-Certificate header. The header is decoded
// into a byte-array variable (a variable cannot hold an X509Certificate2), then the ordered checks
// run and a failure is traced and answered with 401.
import {
  base,
  choose,
  Convert,
  policy,
  setVariable,
  string,
  WebUtility,
  when,
  X509Certificate2,
  type bytes,
} from "apim-ts";
import { clientCertificateFailure } from "./lib/client-certificate-checks.ts";
import { rejectInvalidCertificate } from "./lib/reject-invalid-certificate.ts";

const HEADER = "X-Client-Certificate";
const BYTES_VARIABLE = "clientCertificateBytes";

export default policy({
  inbound: [
    base(),
    choose(
      when(
        (context) => !string.IsNullOrWhiteSpace(context.Request.Headers.GetValueOrDefault(HEADER)),
        [
          setVariable(BYTES_VARIABLE, (context) => {
            const pem = WebUtility.UrlDecode(context.Request.Headers.GetValueOrDefault(HEADER, ""));
            return Convert.FromBase64String(
              pem
                .replaceAll("-----BEGIN CERTIFICATE-----", "")
                .replaceAll("-----END CERTIFICATE-----", ""),
            );
          }),
        ],
      ),
    ),
    ...rejectInvalidCertificate({
      source: "validate-from-agw",
      validate: (context) => {
        const bytes = context.Variables.GetValueOrDefault<bytes>(BYTES_VARIABLE);
        if (bytes == null) {
          return "ClientCertificateNotFound";
        }
        return clientCertificateFailure(context, new X509Certificate2(bytes));
      },
    }),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
