// Import entries of the access-control policies: cors, authentication-basic,
// authentication-managed-identity, get-authorization-context, validate-jwt and validate-azure-ad-token.
// Each mirrors its policy's `toXml`
// (src/policies/<element>.ts): the same attributes, children in the same order, the same slot
// kinds (literal-only where the builder takes a plain string, Value<...> where it takes an
// expression). What the builder does not write leaves the element as rawXml(...).
import {
  arrayOf,
  childElements,
  inOrder,
  objectLiteral,
  readChild,
  textList,
  Unmappable,
  withId,
  type ElementImport,
  type ElementInput,
} from "./policy-import-helpers.ts";

/** cors.ts writes its children in this order. */
const CORS_CHILDREN = ["allowed-origins", "allowed-methods", "allowed-headers", "expose-headers"];

/** validate-jwt.ts writes its children in this order. */
const JWT_CHILDREN = [
  "openid-config",
  "issuer-signing-keys",
  "decryption-keys",
  "audiences",
  "issuers",
  "required-claims",
];

/** validate-azure-ad-token.ts writes its children in this order (the page's policy statement). */
const AAD_CHILDREN = [
  "client-application-ids",
  "backend-application-ids",
  "audiences",
  "required-claims",
  "decryption-keys",
];

/** `<required-claims>`: each claim's name, match, separator literal; values `kind`. */
function requiredClaims(input: ElementInput, valueKind: "literal" | "value"): string | undefined {
  const claimsElement = input.child("required-claims");
  return (
    claimsElement &&
    readChild(input, claimsElement, (entry) => {
      if (childElements(claimsElement).some((c) => c.name !== "claim"))
        throw new Unmappable("<required-claims> holds something other than <claim>");
      const items = entry.children("claim").map((claim) =>
        readChild(entry, claim, (c) => {
          const values = c.children("value").map((v) => c.text(valueKind, v));
          return objectLiteral([
            ["name", c.required("name", "literal")],
            ["match", c.attribute("match", "literal")],
            ["separator", c.attribute("separator", "literal")],
            ["values", values.length ? arrayOf(values) : undefined],
          ]);
        }),
      );
      return `[${items.join(", ")}]`;
    })
  );
}

/** A `<key>` list of validate-jwt (issuer-signing-keys, decryption-keys); all literal. */
function keys(input: ElementInput, name: string): string | undefined {
  const list = input.child(name);
  if (!list) return undefined;
  return readChild(input, list, (entry) => {
    const items = entry.children("key").map((key) =>
      readChild(entry, key, (k) => {
        const hasText = key.children.some((c) => c.kind === "text");
        return objectLiteral([
          ["id", k.attribute("id", "literal")],
          ["value", hasText ? k.text("literal") : undefined],
          ["certificateId", k.attribute("certificate-id", "literal")],
          ["n", k.attribute("n", "literal")],
          ["e", k.attribute("e", "literal")],
        ]);
      }),
    );
    return `[${items.join(", ")}]`;
  });
}

export const SECURITY_IMPORTS: Readonly<Record<string, ElementImport>> = {
  cors: (input) => {
    inOrder(input, CORS_CHILDREN);
    const origins = input.child("allowed-origins");
    const headers = input.child("allowed-headers");
    // cors.ts: allowed-origins and allowed-headers are required options of the builder.
    if (!origins || !headers)
      throw new Unmappable("<cors> needs allowed-origins and allowed-headers");
    const methods = input.child("allowed-methods");
    const expose = input.child("expose-headers");
    let maxAge: string | undefined;
    const methodList =
      methods &&
      textList(input, methods, "method", "value", (entry) => {
        maxAge = entry.attribute("preflight-result-max-age", "int");
      });
    return `cors(${withId(input, [
      ["allowCredentials", input.attribute("allow-credentials", "bool")],
      ["terminateUnmatchedRequest", input.attribute("terminate-unmatched-request", "bool")],
      ["allowedOrigins", arrayOf(textList(input, origins, "origin", "literal"))],
      ["allowedMethods", arrayOf(methodList)],
      ["preflightResultMaxAge", maxAge],
      ["allowedHeaders", arrayOf(textList(input, headers, "header", "literal"))],
      ["exposeHeaders", arrayOf(expose && textList(input, expose, "header", "literal"))],
    ])})`;
  },
  "authentication-basic": (input) =>
    `authenticationBasic(${withId(input, [
      ["username", input.required("username", "value")],
      ["password", input.required("password", "value")],
    ])})`,
  "authentication-managed-identity": (input) =>
    `authenticationManagedIdentity(${withId(input, [
      ["resource", input.required("resource", "value")],
      ["clientId", input.attribute("client-id", "literal")],
      ["outputTokenVariableName", input.attribute("output-token-variable-name", "literal")],
      ["ignoreError", input.attribute("ignore-error", "literalBool")],
    ])})`,
  "get-authorization-context": (input) =>
    `getAuthorizationContext(${withId(input, [
      ["providerId", input.required("provider-id", "value")],
      ["authorizationId", input.required("authorization-id", "value")],
      ["contextVariableName", input.required("context-variable-name", "value")],
      ["identityType", input.attribute("identity-type", "value")],
      ["identity", input.attribute("identity", "value")],
      ["ignoreError", input.attribute("ignore-error", "bool")],
    ])})`,
  "validate-jwt": (input) => {
    inOrder(input, JWT_CHILDREN);
    const openid = input
      .children("openid-config")
      .map((config) => readChild(input, config, (c) => c.required("url", "literal")));
    const list = (name: string, item: string) => {
      const found = input.child(name);
      return found && arrayOf(textList(input, found, item, "value"));
    };
    const claims = requiredClaims(input, "literal");
    return `validateJwt(${withId(input, [
      ["headerName", input.attribute("header-name", "value")],
      ["queryParameterName", input.attribute("query-parameter-name", "value")],
      ["tokenValue", input.attribute("token-value", "value")],
      ["failedValidationHttpCode", input.attribute("failed-validation-httpcode", "int")],
      ["failedValidationErrorMessage", input.attribute("failed-validation-error-message", "value")],
      ["requireExpirationTime", input.attribute("require-expiration-time", "bool")],
      ["requireScheme", input.attribute("require-scheme", "value")],
      ["requireSignedTokens", input.attribute("require-signed-tokens", "bool")],
      ["clockSkew", input.attribute("clock-skew", "int")],
      ["outputTokenVariableName", input.attribute("output-token-variable-name", "literal")],
      ["openidConfigs", openid.length ? arrayOf(openid) : undefined],
      ["issuerSigningKeys", keys(input, "issuer-signing-keys")],
      ["decryptionKeys", keys(input, "decryption-keys")],
      ["audiences", list("audiences", "audience")],
      ["issuers", list("issuers", "issuer")],
      ["requiredClaims", claims],
    ])})`;
  },
  "validate-azure-ad-token": (input) => {
    inOrder(input, AAD_CHILDREN);
    const list = (name: string, item: string, kind: "literal" | "value") => {
      const found = input.child(name);
      return found && arrayOf(textList(input, found, item, kind));
    };
    const keyList = input.child("decryption-keys");
    const decryptionKeys =
      keyList &&
      readChild(input, keyList, (entry) => {
        const items = entry.children("key").map((key) =>
          readChild(entry, key, (k) => {
            const hasText = key.children.some((c) => c.kind === "text");
            return objectLiteral([
              ["value", hasText ? k.text("literal") : undefined],
              ["certificateId", k.attribute("certificate-id", "literal")],
            ]);
          }),
        );
        return `[${items.join(", ")}]`;
      });
    return `validateAzureAdToken(${withId(input, [
      ["tenantId", input.required("tenant-id", "value")],
      ["headerName", input.attribute("header-name", "value")],
      ["queryParameterName", input.attribute("query-parameter-name", "value")],
      ["tokenValue", input.attribute("token-value", "value")],
      ["failedValidationHttpCode", input.attribute("failed-validation-httpcode", "int")],
      ["failedValidationErrorMessage", input.attribute("failed-validation-error-message", "value")],
      ["outputTokenVariableName", input.attribute("output-token-variable-name", "literal")],
      ["clientApplicationIds", list("client-application-ids", "application-id", "literal")],
      ["backendApplicationIds", list("backend-application-ids", "application-id", "literal")],
      ["audiences", list("audiences", "audience", "value")],
      ["requiredClaims", requiredClaims(input, "value")],
      ["decryptionKeys", decryptionKeys],
    ])})`;
  },
};

export const SECURITY_BUILDERS: Readonly<Record<string, string>> = {
  cors: "cors",
  "authentication-basic": "authenticationBasic",
  "authentication-managed-identity": "authenticationManagedIdentity",
  "get-authorization-context": "getAuthorizationContext",
  "validate-jwt": "validateJwt",
  "validate-azure-ad-token": "validateAzureAdToken",
};
