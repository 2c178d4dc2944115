// System.Security.Cryptography.X509Certificates.X509NameType: enum members as frozen objects that
// print their name (as a C# enum's ToString does) and carry .NET's numeric value.

/** One X509NameType member. */
export interface X509NameTypeValue {
  readonly __x509NameType: "X509NameType";
  readonly name:
    "SimpleName" | "EmailName" | "UpnName" | "DnsName" | "DnsFromAlternativeName" | "UrlName";
  readonly value: number;
}

function member(name: X509NameTypeValue["name"], value: number): X509NameTypeValue {
  return Object.freeze({ __x509NameType: "X509NameType", name, value, toString: () => name });
}

/** The X509NameType enum. */
export const X509NameType = Object.freeze({
  SimpleName: member("SimpleName", 0),
  EmailName: member("EmailName", 1),
  UpnName: member("UpnName", 2),
  DnsName: member("DnsName", 3),
  DnsFromAlternativeName: member("DnsFromAlternativeName", 4),
  UrlName: member("UrlName", 5),
});
