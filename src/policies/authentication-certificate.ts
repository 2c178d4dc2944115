// <authentication-certificate>: the client certificate APIM presents to the backend (never the
// caller's). One of thumbprint, certificate-id or body; all accept expressions.
import type { ExpressionOnly, Value } from "../model/expression.ts";
import type { bytes } from "../dotnet/types.ts";
import { element, type XmlElement } from "../emit/xml-tree.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export type CertificateReference =
  | { readonly thumbprint: Value<string> }
  | { readonly certificateId: Value<string> }
  | { readonly body: ExpressionOnly<bytes>; readonly password?: Value<string> };

export type AuthenticationCertificate = StatementBase<"authentication-certificate"> & CertificateReference;

/** `<authentication-certificate>`: APIM authenticates to the backend with this certificate. */
export function authenticationCertificate(
  reference: CertificateReference,
  options: CommonOptions = {},
): AuthenticationCertificate {
  const given = ["thumbprint", "certificateId", "body"].filter((key) => key in reference);
  if (given.length !== 1) {
    throw new Error("authenticationCertificate(): give exactly one of thumbprint, certificateId or body");
  }
  return { kind: "authentication-certificate", ...reference, ...options };
}

export function authenticationCertificateToXml(statement: AuthenticationCertificate): XmlElement {
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
}
