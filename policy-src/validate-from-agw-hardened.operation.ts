// A hardened variant of validate-from-agw: a malformed X-Client-Certificate header (not
// URL-encoded, truncated base64, not a certificate, several certificates, ...) makes an
// expression throw, which APIM reports in on-error as ExpressionValueEvaluationFailure. The seed
// policy lets that become a 500; this one answers 401 with the reason ClientCertificateInvalid.
import { base, choose, policy, returnResponse, setStatus, trace, when } from "apim-ts";
import seed from "./validate-from-agw.operation.ts";

export default policy({
  ...seed,
  onError: [
    base(),
    choose(
      when(
        (context) =>
          context.LastError.Reason === "ExpressionValueEvaluationFailure" &&
          context.LastError.Section === "inbound",
        [
          trace({
            source: "validate-from-agw",
            severity: "error",
            message: "Client certificate rejected: ClientCertificateInvalid",
            metadata: [
              { name: "reason", value: "ClientCertificateInvalid" },
              { name: "error", value: (context) => context.LastError.Message },
            ],
          }),
          returnResponse([setStatus(401, "Unauthorized")]),
        ],
      ),
    ),
  ],
});
