// <validate-azure-ad-token>: APIM's check of a JSON web token issued by Microsoft Entra ID (formerly
// Azure Active Directory) for one tenant, taken from a header, a query parameter or an expression.
// The model follows Microsoft's reference page (validate-azure-ad-token-policy.md, "Policy
// statement", "Attributes", "Elements", "claim attributes", "Usage"): tenant-id, header-name,
// query-parameter-name, token-value, failed-validation-httpcode and
// failed-validation-error-message, audiences and required-claims accept policy expressions;
// output-token-variable-name, client-application-ids and backend-application-ids do not. The
// children are written in the policy statement's order ("Set the policy's elements and child
// elements in the order provided in the policy statement"). Inbound only ("Usage").
// The page's 2025 revision adds an `authentication-endpoint` attribute (the Entra ID environment,
// e.g. a national cloud); apim-ts does not model it yet, so imported XML with it stays rawXml.
import type { Value } from "../model/expression.ts";
import type { int } from "../dotnet/types.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { namedValueReference } from "../model/named-value.ts";
import { element, text, type XmlElement } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn, literalOnly, nonEmpty, oneOf } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

/**
 * One `<claim>` of `required-claims`. The page's Elements row says "Policy expressions are
 * allowed" for required-claims: here the values may be expressions; name, match and separator
 * are literal (claim attributes).
 */
export interface ValidateAzureAdTokenClaim {
  /** The claim's name as it appears in the token. */
  readonly name: string;
  /** `all` (default): every listed value must be present; `any`: at least one. */
  readonly match?: "all" | "any";
  /** Splits a multi-valued claim's string (e.g. ","). */
  readonly separator?: string;
  /** Allowed values; none means the claim must only be present. */
  readonly values?: readonly Value<string>[];
}

/**
 * One `<key>` of `decryption-keys`: a Base64 key (the element's text, or a `{{named value}}`) or
 * the id of a certificate uploaded to API Management (`certificate-id`).
 */
export interface ValidateAzureAdTokenKey {
  readonly value?: string;
  readonly certificateId?: string;
}

export interface ValidateAzureAdTokenOptions extends CommonOptions {
  /** The Entra ID tenant: its id (GUID), a domain such as "contoso.onmicrosoft.com", or a URL. */
  readonly tenantId: Value<string>;
  /** Header holding the token; APIM's default is `Authorization` (Bearer scheme). */
  readonly headerName?: Value<string>;
  /** Query parameter holding the token. */
  readonly queryParameterName?: Value<string>;
  /** An expression giving the token itself; "You must not return `Bearer`" with it. */
  readonly tokenValue?: Value<string>;
  /** Status when validation fails; default 401. */
  readonly failedValidationHttpCode?: Value<int>;
  /** The response body's message when validation fails; default depends on the failure. */
  readonly failedValidationErrorMessage?: Value<string>;
  /** Variable receiving the validated token as a `Jwt` (a literal name). */
  readonly outputTokenVariableName?: string;
  /** Acceptable client application ids (the token's `appid` in v1, `azp` in v2). Literal. */
  readonly clientApplicationIds?: readonly string[];
  /** Acceptable backend application ids ("only required in advanced cases"). Literal. */
  readonly backendApplicationIds?: readonly string[];
  /** Acceptable `aud` values (expressions allowed, as the page's second example uses). */
  readonly audiences?: readonly Value<string>[];
  readonly requiredClaims?: readonly ValidateAzureAdTokenClaim[];
  /** Keys that decrypt encrypted tokens. */
  readonly decryptionKeys?: readonly ValidateAzureAdTokenKey[];
}

export interface ValidateAzureAdToken
  extends StatementBase<"validate-azure-ad-token">, ValidateAzureAdTokenOptions {}

/** `<validate-azure-ad-token>`: enforces a valid Microsoft Entra ID token for one tenant. */
export function validateAzureAdToken(options: ValidateAzureAdTokenOptions): ValidateAzureAdToken {
  return checked(validateAzureAdTokenPolicy, { kind: "validate-azure-ad-token", ...options });
}

function idList(name: string, ids: readonly string[] | undefined): XmlElement[] {
  if (ids === undefined) return [];
  return [
    element(
      name,
      {},
      ids.map((id) => element("application-id", {}, [text(id)])),
    ),
  ];
}

function toXml(statement: ValidateAzureAdToken): XmlElement {
  const children: XmlElement[] = [
    ...idList("client-application-ids", statement.clientApplicationIds),
    ...idList("backend-application-ids", statement.backendApplicationIds),
  ];
  if (statement.audiences)
    children.push(
      element(
        "audiences",
        {},
        statement.audiences.map((audience) => element("audience", {}, [text(slot(audience)!)])),
      ),
    );
  if (statement.requiredClaims)
    children.push(
      element(
        "required-claims",
        {},
        statement.requiredClaims.map((claim) =>
          element(
            "claim",
            { name: claim.name, match: claim.match, separator: claim.separator },
            (claim.values ?? []).map((value) => element("value", {}, [text(slot(value)!)])),
          ),
        ),
      ),
    );
  if (statement.decryptionKeys)
    children.push(
      element(
        "decryption-keys",
        {},
        statement.decryptionKeys.map((key) =>
          element(
            "key",
            { "certificate-id": key.certificateId },
            key.value === undefined ? [] : [text(key.value)],
          ),
        ),
      ),
    );
  return element(
    "validate-azure-ad-token",
    {
      id: statement.id,
      "tenant-id": slot(statement.tenantId),
      "header-name": slot(statement.headerName),
      "query-parameter-name": slot(statement.queryParameterName),
      "token-value": slot(statement.tokenValue),
      "failed-validation-httpcode": slot(statement.failedValidationHttpCode),
      "failed-validation-error-message": slot(statement.failedValidationErrorMessage),
      "output-token-variable-name": statement.outputTokenVariableName,
    },
    children,
  );
}

type Check = { error(message: string): void };

function checkIds(check: Check, ids: readonly string[] | undefined, list: string): void {
  if (ids === undefined) return;
  // Elements: "If multiple application-id elements are present, then each value is tried";
  // an empty list names no application.
  if (ids.length === 0) check.error(`validate-azure-ad-token ${list} must list at least one id`);
  ids.forEach((id, index) => {
    // Elements: client-application-ids and backend-application-ids: "Policy expressions aren't
    // allowed."
    if (literalOnly(check, id, `validate-azure-ad-token ${list} application-id ${index + 1}`))
      nonEmpty(check, id, `validate-azure-ad-token ${list} application-id ${index + 1}`);
  });
}

export const validateAzureAdTokenPolicy = definePolicy({
  element: "validate-azure-ad-token",
  sections: ["inbound"],
  builders: ["validateAzureAdToken"],
  reference: "https://learn.microsoft.com/azure/api-management/validate-azure-ad-token-policy",
  summary:
    "Rejects a request without a valid Microsoft Entra ID token of the tenant: signature, lifetime, client application, audience and required claims.",
  toXml,
  validate: (statement, check): void => {
    // Attributes, tenant-id: Required "Yes".
    if (statement.tenantId === undefined)
      check.error("validate-azure-ad-token tenant-id is required");
    else nonEmpty(check, statement.tenantId, "validate-azure-ad-token tenant-id");
    // Attributes: "One of header-name, query-parameter-name or token-value must be specified";
    // header-name defaults to Authorization, so none is allowed; a second one is refused.
    const sources = [statement.headerName, statement.queryParameterName, statement.tokenValue];
    const given = sources.filter((source) => source !== undefined).length;
    if (given > 1)
      check.error(
        `validate-azure-ad-token takes at most one of header-name, query-parameter-name or token-value (got ${given})`,
      );
    nonEmpty(check, statement.headerName, "validate-azure-ad-token header-name");
    nonEmpty(check, statement.queryParameterName, "validate-azure-ad-token query-parameter-name");
    integerIn(
      check,
      statement.failedValidationHttpCode,
      100,
      599,
      "validate-azure-ad-token failed-validation-httpcode",
    );
    if (
      literalOnly(
        check,
        statement.outputTokenVariableName,
        "validate-azure-ad-token output-token-variable-name",
      )
    )
      nonEmpty(
        check,
        statement.outputTokenVariableName,
        "validate-azure-ad-token output-token-variable-name",
      );
    checkIds(check, statement.clientApplicationIds, "client-application-ids");
    checkIds(check, statement.backendApplicationIds, "backend-application-ids");
    // Elements, client-application-ids: "If a client application ID isn't provided, one or more
    // audience claims should be specified."
    if (statement.clientApplicationIds === undefined && statement.audiences === undefined)
      check.error(
        "validate-azure-ad-token needs client-application-ids or audiences (the page: without a client application id, one or more audiences should be specified)",
      );
    // Elements, audiences: "At least one audience must be specified" (when the element is given).
    if (statement.audiences !== undefined && statement.audiences.length === 0)
      check.error("validate-azure-ad-token audiences must list at least one audience");
    (statement.requiredClaims ?? []).forEach((claim, index) => {
      const where = `validate-azure-ad-token required-claims claim ${index + 1}`;
      for (const name of ["name", "match", "separator"] as const)
        literalOnly(check, claim[name], `${where} ${name}`);
      nonEmpty(check, claim.name, `${where} name`);
      // claim attributes: match is all or any (default all).
      oneOf(check, claim.match, ["all", "any"], `${where} match`);
      if (claim.separator === "") check.error(`${where} separator must not be empty`);
    });
    (statement.decryptionKeys ?? []).forEach((key, index) => {
      const where = `validate-azure-ad-token decryption-keys key ${index + 1}`;
      for (const [name, value] of Object.entries(key))
        literalOnly(check, value, `${where} ${name}`);
      // Policy statement: a key is "Base64 encoded signing key | certificate-id".
      if ((key.value === undefined) === (key.certificateId === undefined))
        check.error(`${where} must have exactly one of a Base64 value or certificate-id`);
      if (
        key.value !== undefined &&
        !isExpressionSlot(key.value) &&
        namedValueReference(key.value) === undefined
      ) {
        const compact = key.value.replace(/\s+/g, "");
        if (compact === "" || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0)
          check.error(`${where}: '${key.value}' is not Base64 text (or a {{named value}})`);
      }
    });
  },
});
