// <validate-client-certificate>: APIM's built-in check of the caller's TLS certificate. None of
// its attributes accept expressions, so the builder takes literals only. Inbound only.
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { namedValueReference } from "../model/named-value.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, literalOnly } from "./rules.ts";
import type { CommonOptions, StatementBase } from "./statement-base.ts";

/** One acceptable identity: every attribute given must match. */
export interface CertificateIdentity {
  readonly thumbprint?: string;
  readonly serialNumber?: string;
  readonly commonName?: string;
  readonly subject?: string;
  readonly dnsName?: string;
  readonly issuerSubject?: string;
  readonly issuerThumbprint?: string;
  readonly issuerCertificateId?: string;
}

/** A named value reference written as the attribute's text; APIM substitutes it before reading. */
export type NamedValueToken = `{{${string}}}`;

/** A literal flag: APIM accepts no expression here, but a named value token is plain text. */
export type Flag = boolean | NamedValueToken;

export interface ValidateClientCertificateOptions extends CommonOptions {
  /** Default true. */
  readonly validateRevocation?: Flag;
  /** Default true. */
  readonly validateTrust?: Flag;
  /** Default true. */
  readonly validateNotBefore?: Flag;
  /** Default true. */
  readonly validateNotAfter?: Flag;
  /** Default false. */
  readonly ignoreError?: Flag;
  /** At most 10; the certificate must match every attribute of at least one. */
  readonly identities?: readonly CertificateIdentity[];
}

export interface ValidateClientCertificate
  extends StatementBase<"validate-client-certificate">, ValidateClientCertificateOptions {
  readonly identities: readonly CertificateIdentity[];
}

const IDENTITY_ATTRIBUTES: readonly (readonly [keyof CertificateIdentity, string])[] = [
  ["thumbprint", "thumbprint"],
  ["serialNumber", "serial-number"],
  ["commonName", "common-name"],
  ["subject", "subject"],
  ["dnsName", "dns-name"],
  ["issuerSubject", "issuer-subject"],
  ["issuerThumbprint", "issuer-thumbprint"],
  ["issuerCertificateId", "issuer-certificate-id"],
];

/** `<validate-client-certificate>`: dates, trust, revocation and identities of the caller's certificate. */
export function validateClientCertificate(
  options: ValidateClientCertificateOptions = {},
): ValidateClientCertificate {
  const identities = options.identities ?? [];
  return checked(validateClientCertificatePolicy, {
    kind: "validate-client-certificate",
    ...options,
    identities,
  });
}

const FLAGS = [
  ["validateRevocation", "validate-revocation"],
  ["validateTrust", "validate-trust"],
  ["validateNotBefore", "validate-not-before"],
  ["validateNotAfter", "validate-not-after"],
  ["ignoreError", "ignore-error"],
] as const;

export const validateClientCertificatePolicy = definePolicy({
  element: "validate-client-certificate",
  sections: ["inbound"],
  builders: ["validateClientCertificate"],
  reference: "https://learn.microsoft.com/azure/api-management/validate-client-certificate-policy",
  summary: "Checks the caller's TLS certificate: dates, trust, revocation and identities.",
  toXml: (statement: ValidateClientCertificate): XmlNode => {
    const identities = statement.identities.map((identity) =>
      element(
        "identity",
        Object.fromEntries(IDENTITY_ATTRIBUTES.map(([key, name]) => [name, identity[key]])),
      ),
    );
    return element(
      "validate-client-certificate",
      {
        id: statement.id,
        ...Object.fromEntries(FLAGS.map(([key, name]) => [name, statement[key]])),
      },
      identities.length > 0 ? [element("identities", {}, identities)] : [],
    );
  },
  // validate-client-certificate-policy.md, Attributes and Elements: no attribute accepts a policy
  // expression; the flags are booleans; at most 10 identities, each with at least one attribute.
  validate: (statement, check): void => {
    for (const [key, name] of FLAGS) {
      const value = statement[key];
      if (!literalOnly(check, value, `validate-client-certificate ${name}`) || value === undefined)
        continue;
      if (typeof value !== "boolean" && namedValueReference(String(value)) === undefined)
        check.error(
          `validate-client-certificate ${name} must be true, false or a {{named value}}, got '${String(value)}'`,
        );
    }
    const identities = statement.identities ?? [];
    if (identities.length > 10)
      check.error(
        `validate-client-certificate allows at most 10 identities, got ${identities.length}`,
      );
    identities.forEach((identity, index) => {
      if (!IDENTITY_ATTRIBUTES.some(([key]) => identity[key] !== undefined))
        check.error(`validate-client-certificate identity ${index + 1} has no attribute`);
      // Identity attributes: issuer-certificate-id is "Mutually exclusive with other issuer
      // attributes" (issuer-subject, issuer-thumbprint).
      if (
        identity.issuerCertificateId !== undefined &&
        (identity.issuerSubject !== undefined || identity.issuerThumbprint !== undefined)
      )
        check.error(
          `validate-client-certificate identity ${index + 1}: issuer-certificate-id cannot be combined with issuer-subject or issuer-thumbprint; keep one of them`,
        );
      for (const [key, name] of IDENTITY_ATTRIBUTES)
        literalOnly(check, identity[key], `validate-client-certificate identity ${name}`);
    });
  },
});
