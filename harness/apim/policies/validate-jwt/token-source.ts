// What validate-jwt and validate-azure-ad-token share before and after the checks: finding the
// token (a header with its scheme, a query parameter or a token-value expression) and answering
// a failed validation. Both pages give the same three token sources ("One of header-name,
// query-parameter-name or token-value must be specified") and the same failure attributes
// (failed-validation-httpcode, default 401; failed-validation-error-message, default "depends on
// validation issue, for example 'JWT not present.'"): validate-jwt-policy.md and
// validate-azure-ad-token-policy.md, Attributes.
import type { Value } from "../../../../src/model/expression.ts";
import { reasonPhrase } from "../../messages.ts";
import type { PolicyRun } from "../../policy-run.ts";
import type { JwtFailure } from "./claim-checks.ts";

/** Where a policy takes its token from (exactly one is set; the builders check that). */
export interface TokenSource {
  readonly headerName?: Value<string>;
  readonly queryParameterName?: Value<string>;
  readonly tokenValue?: Value<string>;
  /** validate-jwt's require-scheme: the scheme the Authorization header must carry. */
  readonly requireScheme?: Value<string>;
}

type AnyRun = PolicyRun<{ readonly kind: string; readonly id?: string }>;

/** The missing token: the table's TokenNotPresent / "JWT not present." (validate-jwt rows). */
export const NOT_PRESENT: JwtFailure = { reason: "TokenNotPresent", message: "JWT not present." };

export function isFailure(value: unknown): value is JwtFailure {
  return typeof value === "object" && value !== null && "reason" in value;
}

/** The token text, or a failure when there is none. */
export function extractToken(run: AnyRun, source: TokenSource): string | JwtFailure {
  const { execution } = run;
  if (source.tokenValue !== undefined) {
    const token = run.text(source.tokenValue, "token-value");
    return token === null || token.trim() === "" ? NOT_PRESENT : token.trim();
  }
  if (source.queryParameterName !== undefined) {
    const name = (run.text(source.queryParameterName, "query-parameter-name") ?? "").toLowerCase();
    const found = [...execution.request.url.searchParams].find(
      ([key]) => key.toLowerCase() === name,
    );
    return found === undefined || found[1].trim() === "" ? NOT_PRESENT : found[1].trim();
  }
  const headerName = run.text(source.headerName!, "header-name") ?? "";
  const header = execution.request.headers.get(headerName)?.join(",");
  if (header === undefined || header.trim() === "") return NOT_PRESENT;
  const value = header.trim();
  // validate-jwt-policy.md, Usage notes: "When using a custom header (header-name), the configured
  // required scheme (require-scheme) will be ignored. To use a required scheme, JWT tokens must be
  // provided in the Authorization header." A custom header's value is the token as is (as observed
  // in MicrosoftDocs/azure-docs issue #108628: "Bearer <token>" in a custom header fails).
  if (headerName.toLowerCase() !== "authorization") return value;
  const scheme =
    source.requireScheme === undefined ? null : run.text(source.requireScheme, "require-scheme");
  const match = /^(\S+)\s+(\S+)$/.exec(value);
  // Chosen: an Authorization value "<scheme> <token>" gives its token (Microsoft's Entra examples
  // send "Bearer ..." with no require-scheme); with require-scheme the scheme must be that one
  // (compared ignoring case, as RFC 9110 section 11.1 compares schemes), else no token is present.
  if (scheme !== null) {
    if (!match || match[1]!.toLowerCase() !== scheme.toLowerCase()) return NOT_PRESENT;
    return match[2]!;
  }
  return match ? match[2]! : value;
}

/**
 * The failure answer: LastError (reason, message) and a response with failed-validation-httpcode
 * (default 401) and APIM's JSON error body `{ "statusCode", "message" }` (the shape observed in
 * Azure/api-management-developer-portal issue #568) holding failed-validation-error-message, or
 * LastError.Message without one (chosen, docs/project-choices.md).
 */
export function failValidation(
  run: AnyRun,
  attributes: {
    readonly failedValidationHttpCode?: Value<number>;
    readonly failedValidationErrorMessage?: Value<string>;
  },
): (failure: JwtFailure) => never {
  const status =
    attributes.failedValidationHttpCode === undefined
      ? 401
      : run.integer(attributes.failedValidationHttpCode, "failed-validation-httpcode");
  const configuredMessage =
    attributes.failedValidationErrorMessage === undefined
      ? null
      : run.text(attributes.failedValidationErrorMessage, "failed-validation-error-message");
  return (failure) =>
    run.fail(failure.reason, failure.message, {
      status,
      reason: reasonPhrase(status),
      body: JSON.stringify(
        { statusCode: status, message: configuredMessage ?? failure.message },
        null,
        2,
      ),
    });
}
