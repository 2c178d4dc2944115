// <validate-client-certificate>: APIM's built-in check of the caller's TLS certificate. None of
// its attributes accept expressions, so the builder takes literals only. Inbound only.
import { element, type XmlElement } from "../emit/xml-tree.ts";
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
  extends StatementBase<"validate-client-certificate">,
    ValidateClientCertificateOptions {
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
export function validateClientCertificate(options: ValidateClientCertificateOptions = {}): ValidateClientCertificate {
  const identities = options.identities ?? [];
  if (identities.length > 10) {
    throw new RangeError(`validateClientCertificate(): APIM allows at most 10 identities, got ${identities.length}`);
  }
  identities.forEach((identity, index) => {
    if (!IDENTITY_ATTRIBUTES.some(([key]) => identity[key] !== undefined)) {
      throw new Error(`validateClientCertificate(): identity ${index + 1} has no attribute`);
    }
  });
  return { kind: "validate-client-certificate", ...options, identities };
}

export function validateClientCertificateToXml(statement: ValidateClientCertificate): XmlElement {
  const identities = statement.identities.map((identity) =>
    element("identity", Object.fromEntries(IDENTITY_ATTRIBUTES.map(([key, name]) => [name, identity[key]]))),
  );
  return element(
    "validate-client-certificate",
    {
      id: statement.id,
      "validate-revocation": statement.validateRevocation,
      "validate-trust": statement.validateTrust,
      "validate-not-before": statement.validateNotBefore,
      "validate-not-after": statement.validateNotAfter,
      "ignore-error": statement.ignoreError,
    },
    identities.length > 0 ? [element("identities", {}, identities)] : [],
  );
}
