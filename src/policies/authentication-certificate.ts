// <authentication-certificate>: the client certificate APIM presents to the backend (never the
// caller's). One of thumbprint, certificate-id or body; all accept expressions.
import type { ExpressionOnly, Value } from "../model/expression.ts";
import type { bytes } from "../dotnet/types.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export type CertificateReference =
  | { readonly thumbprint: Value<string> }
  | { readonly certificateId: Value<string> }
  | { readonly body: ExpressionOnly<bytes>; readonly password?: Value<string> };

export type AuthenticationCertificate = StatementBase<"authentication-certificate"> &
  CertificateReference;

/** `<authentication-certificate>`: APIM authenticates to the backend with this certificate. */
export function authenticationCertificate(
  reference: CertificateReference,
  options: CommonOptions = {},
): AuthenticationCertificate {
  return checked(authenticationCertificatePolicy, {
    kind: "authentication-certificate",
    ...reference,
    ...options,
  });
}

export const authenticationCertificatePolicy = definePolicy({
  element: "authentication-certificate",
  sections: ["inbound"],
  builders: ["authenticationCertificate"],
  reference: "https://learn.microsoft.com/azure/api-management/authentication-certificate-policy",
  summary: "The client certificate APIM presents to the backend.",
  toXml: (statement: AuthenticationCertificate): XmlNode => {
    const all = statement as Partial<{
      thumbprint: Value<string>;
      certificateId: Value<string>;
      body: ExpressionOnly<bytes>;
      password: Value<string>;
    }>;
    return element("authentication-certificate", {
      id: statement.id,
      thumbprint: slot(all.thumbprint),
      "certificate-id": slot(all.certificateId),
      body: all.body,
      password: slot(all.password),
    });
  },
  // authentication-certificate-policy.md, Attributes: "Either thumbprint or certificate-id or
  // body must be present".
  validate: (statement, check): void => {
    const given = ["thumbprint", "certificateId", "body"].filter((key) => key in statement);
    if (given.length !== 1)
      check.error(
        "authentication-certificate needs exactly one of thumbprint, certificate-id (certificateId) or body",
      );
  },
});
