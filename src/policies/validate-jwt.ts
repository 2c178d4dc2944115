// <validate-jwt>: APIM's check of a JSON web token taken from a header, a query parameter or an
// expression. The model follows Microsoft's reference page (validate-jwt-policy.md, "Policy
// statement", "Attributes", "Elements", "key attributes", "claim attributes"): which attributes
// accept policy expressions, the child elements and their order. Inbound only ("Usage").
import type { Value } from "../model/expression.ts";
import type { int } from "../dotnet/types.ts";
import { element, text, type XmlElement } from "../emit/xml-tree.ts";
import { namedValueReference, namedValueTokens } from "../model/named-value.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, integerIn, literalOnly, nonEmpty, oneOf } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

/**
 * One `<key>` of `issuer-signing-keys` or `decryption-keys`: exactly one of a Base64 symmetric
 * key (`value`, written as the element's text; a `{{named value}}` is text too), the id of an
 * uploaded certificate (`certificateId`) or an RSA public key's Base64url modulus and exponent
 * (`n` with `e`). Nothing here accepts a policy expression (the page says so for `n` and `e`
 * and gives none of the others as expressions).
 */
export interface ValidateJwtKey {
  /** Matched against the token's `kid` header. */
  readonly id?: string;
  /** A Base64-encoded symmetric key. */
  readonly value?: string;
  /** The id of a certificate uploaded to API Management (its public key verifies RSA tokens). */
  readonly certificateId?: string;
  /** RSA modulus, Base64url. Given with `e`. */
  readonly n?: string;
  /** RSA exponent, Base64url. Given with `n`. */
  readonly e?: string;
}

/** One `<claim>` of `required-claims`. */
export interface ValidateJwtClaim {
  /** The claim's name as it appears in the token. */
  readonly name: string;
  /** `all` (default): every listed value must be present; `any`: at least one. */
  readonly match?: "all" | "any";
  /** Splits a multi-valued claim's string (e.g. ","). */
  readonly separator?: string;
  /** Allowed values; none means the claim must only be present. */
  readonly values?: readonly string[];
}

export interface ValidateJwtOptions extends CommonOptions {
  /** Header holding the token. One of headerName, queryParameterName or tokenValue. */
  readonly headerName?: Value<string>;
  /** Query parameter holding the token. */
  readonly queryParameterName?: Value<string>;
  /** An expression giving the token itself (without `Bearer `). */
  readonly tokenValue?: Value<string>;
  /** Status when validation fails; default 401. */
  readonly failedValidationHttpCode?: Value<int>;
  /** The response body's message when validation fails; default depends on the failure. */
  readonly failedValidationErrorMessage?: Value<string>;
  /** Whether `exp` is required; default true. */
  readonly requireExpirationTime?: Value<boolean>;
  /** The scheme the Authorization header must carry, e.g. "Bearer" (ignored for other headers). */
  readonly requireScheme?: Value<string>;
  /** Whether the token must be signed; default true. */
  readonly requireSignedTokens?: Value<boolean>;
  /** Allowed clock difference, in seconds; default 0. */
  readonly clockSkew?: Value<int>;
  /** Variable receiving the validated token as a `Jwt` (a literal name). */
  readonly outputTokenVariableName?: string;
  /** `openid-config` URLs: signing keys and issuer come from their discovery documents. */
  readonly openidConfigs?: readonly string[];
  readonly issuerSigningKeys?: readonly ValidateJwtKey[];
  readonly decryptionKeys?: readonly ValidateJwtKey[];
  /** Acceptable `aud` values (expressions allowed, as the page's examples use). */
  readonly audiences?: readonly Value<string>[];
  /** Acceptable `iss` values. */
  readonly issuers?: readonly Value<string>[];
  readonly requiredClaims?: readonly ValidateJwtClaim[];
}

export interface ValidateJwt extends StatementBase<"validate-jwt">, ValidateJwtOptions {}

/** `<validate-jwt>`: enforces a valid JWT (signature, lifetime, audience, issuer, claims). */
export function validateJwt(options: ValidateJwtOptions): ValidateJwt {
  return checked(validateJwtPolicy, { kind: "validate-jwt", ...options });
}

function keyXml(key: ValidateJwtKey): XmlElement {
  return element(
    "key",
    { id: key.id, "certificate-id": key.certificateId, n: key.n, e: key.e },
    key.value === undefined ? [] : [text(key.value)],
  );
}

function listXml(
  name: string,
  itemName: string,
  values: readonly Value<string>[] | undefined,
): XmlElement[] {
  if (values === undefined) return [];
  return [
    element(
      name,
      {},
      values.map((value) => element(itemName, {}, [text(slot(value)!)])),
    ),
  ];
}

function toXml(statement: ValidateJwt): XmlElement {
  const children: XmlElement[] = [];
  for (const url of statement.openidConfigs ?? []) children.push(element("openid-config", { url }));
  if (statement.issuerSigningKeys)
    children.push(element("issuer-signing-keys", {}, statement.issuerSigningKeys.map(keyXml)));
  if (statement.decryptionKeys)
    children.push(element("decryption-keys", {}, statement.decryptionKeys.map(keyXml)));
  children.push(...listXml("audiences", "audience", statement.audiences));
  children.push(...listXml("issuers", "issuer", statement.issuers));
  if (statement.requiredClaims)
    children.push(
      element(
        "required-claims",
        {},
        statement.requiredClaims.map((claim) =>
          element(
            "claim",
            { name: claim.name, match: claim.match, separator: claim.separator },
            (claim.values ?? []).map((value) => element("value", {}, [text(value)])),
          ),
        ),
      ),
    );
  return element(
    "validate-jwt",
    {
      id: statement.id,
      "header-name": slot(statement.headerName),
      "query-parameter-name": slot(statement.queryParameterName),
      "token-value": slot(statement.tokenValue),
      "failed-validation-httpcode": slot(statement.failedValidationHttpCode),
      "failed-validation-error-message": slot(statement.failedValidationErrorMessage),
      "require-expiration-time": slot(statement.requireExpirationTime),
      "require-scheme": slot(statement.requireScheme),
      "require-signed-tokens": slot(statement.requireSignedTokens),
      "clock-skew": slot(statement.clockSkew),
      "output-token-variable-name": statement.outputTokenVariableName,
    },
    children,
  );
}

type Check = { error(message: string): void };

// An openid-config url may start with a named value (the rest of the URL after it).
const NAMED_VALUE = namedValueTokens();

// validate-jwt-policy.md, "key attributes": `n` and `e` go together and accept no expression; the
// "Policy statement" gives a key as Base64 text, certificate-id, or n/e: one of the three.
function checkKeys(check: Check, keys: readonly ValidateJwtKey[] | undefined, list: string): void {
  (keys ?? []).forEach((key, index) => {
    const where = `validate-jwt ${list} key ${index + 1}`;
    for (const [name, value] of Object.entries(key)) literalOnly(check, value, `${where} ${name}`);
    if ((key.n === undefined) !== (key.e === undefined))
      check.error(`${where}: n and e must be given together`);
    const forms = [key.value !== undefined, key.certificateId !== undefined, key.n !== undefined];
    const count = forms.filter(Boolean).length;
    if (count !== 1)
      check.error(
        `${where} must have exactly one of a Base64 value, certificate-id, or n and e (got ${count})`,
      );
    if (key.value !== undefined && namedValueReference(key.value) === undefined) {
      const compact = key.value.replace(/\s+/g, "");
      if (compact === "" || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0)
        check.error(`${where}: '${key.value}' is not Base64 text (or a {{named value}})`);
    }
    for (const [name, value] of [
      ["n", key.n],
      ["e", key.e],
    ] as const)
      if (value !== undefined && !/^[A-Za-z0-9_-]+$/.test(value))
        check.error(`${where}: ${name} must be Base64url text, got '${value}'`);
  });
}

export const validateJwtPolicy = definePolicy({
  element: "validate-jwt",
  sections: ["inbound"],
  builders: ["validateJwt"],
  reference: "https://learn.microsoft.com/azure/api-management/validate-jwt-policy",
  summary:
    "Rejects a request without a valid JWT: signature, lifetime, audience, issuer and required claims.",
  toXml,
  validate: (statement, check): void => {
    // Attributes: "One of header-name, query-parameter-name or token-value must be specified";
    // the page offers them as alternatives, so a second one is refused too.
    const sources = [statement.headerName, statement.queryParameterName, statement.tokenValue];
    const given = sources.filter((source) => source !== undefined).length;
    if (given !== 1)
      check.error(
        `validate-jwt needs exactly one of header-name, query-parameter-name or token-value (got ${given})`,
      );
    nonEmpty(check, statement.headerName, "validate-jwt header-name");
    nonEmpty(check, statement.queryParameterName, "validate-jwt query-parameter-name");
    integerIn(
      check,
      statement.failedValidationHttpCode,
      100,
      599,
      "validate-jwt failed-validation-httpcode",
    );
    // clock-skew is a timespan in seconds (Attributes), so a non-negative integer.
    integerIn(
      check,
      statement.clockSkew,
      0,
      Number.MAX_SAFE_INTEGER,
      "validate-jwt clock-skew (seconds)",
    );
    nonEmpty(check, statement.requireScheme, "validate-jwt require-scheme");
    // output-token-variable-name: "Policy expressions aren't allowed."
    if (
      literalOnly(
        check,
        statement.outputTokenVariableName,
        "validate-jwt output-token-variable-name",
      )
    )
      nonEmpty(check, statement.outputTokenVariableName, "validate-jwt output-token-variable-name");
    for (const url of statement.openidConfigs ?? []) {
      if (!literalOnly(check, url, "validate-jwt openid-config url")) continue;
      if (NAMED_VALUE.exec(url)?.index !== 0 && !/^https?:\/\/[^\s]+$/.test(url))
        check.error(`validate-jwt openid-config url must be an absolute http(s) URL, got '${url}'`);
    }
    checkKeys(check, statement.issuerSigningKeys, "issuer-signing-keys");
    checkKeys(check, statement.decryptionKeys, "decryption-keys");
    // Elements, audiences: "At least one audience must be specified" (when the element is given).
    if (statement.audiences !== undefined && statement.audiences.length === 0)
      check.error("validate-jwt audiences must list at least one audience");
    if (statement.issuers !== undefined && statement.issuers.length === 0)
      check.error("validate-jwt issuers must list at least one issuer");
    (statement.requiredClaims ?? []).forEach((claim, index) => {
      const where = `validate-jwt required-claims claim ${index + 1}`;
      for (const [name, value] of Object.entries(claim))
        literalOnly(check, value, `${where} ${name}`);
      nonEmpty(check, claim.name, `${where} name`);
      // claim attributes: match is all or any (default all).
      oneOf(check, claim.match, ["all", "any"], `${where} match`);
      if (claim.separator === "") check.error(`${where} separator must not be empty`);
      for (const value of claim.values ?? []) literalOnly(check, value, `${where} value`);
    });
  },
});
