// A reusable building block: store the result of a validation expression in a variable and, when
// it is not VALID, trace the reason and answer 401. Used by validate-from-agw and
// validate-using-context; the validation itself is any expression returning a reason.
import {
  choose,
  returnResponse,
  setStatus,
  setVariable,
  trace,
  when,
  type Expression,
  type InboundStatement,
} from "apim-ts";
import { VALID } from "./client-certificate-checks.ts";

/** The variable that holds the validation result ("Valid" or a ClientCertificate... reason). */
export const RESULT_VARIABLE = "clientCertificateValidationResult";

export interface RejectInvalidCertificateOptions {
  /** The trace source (literal). */
  readonly source: string;
  /** Returns VALID or the reason the certificate is rejected. */
  readonly validate: Expression<string>;
}

/** `set-variable` with the validation result, then `trace` + `401` when it is not VALID. */
export function rejectInvalidCertificate(
  options: RejectInvalidCertificateOptions,
): InboundStatement[] {
  return [
    setVariable(RESULT_VARIABLE, options.validate),
    choose(
      when(
        (context) => context.Variables.GetValueOrDefault<string>(RESULT_VARIABLE, "") !== VALID,
        [
          trace({
            source: options.source,
            severity: "error",
            message: (context) =>
              `Client certificate rejected: ${context.Variables.GetValueOrDefault<string>(RESULT_VARIABLE, "")}`,
            metadata: [
              {
                name: "reason",
                value: (context) =>
                  context.Variables.GetValueOrDefault<string>(RESULT_VARIABLE, ""),
              },
            ],
          }),
          returnResponse([setStatus(401, "Unauthorized")]),
        ],
      ),
    ),
  ];
}
