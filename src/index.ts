// The authoring API: builders, the document model, the typed APIM context and the .NET types
// APIM allows in expressions. Policy modules in policy-src/ import everything from "apim-ts".
export { policy, fragment, isDocument } from "./model/document.ts";
export type {
  Document,
  PolicyDocument,
  FragmentDocument,
  PolicySections,
} from "./model/document.ts";
export type * from "./model/statement.ts";
export { csharp } from "./model/expression.ts";
export type { Expression, ExpressionOnly, RawCSharp, Value } from "./model/expression.ts";
export { namedValue, namedBoolean } from "./model/named-value.ts";

// Every policy's builders and types, from the one list of policies.
export * from "./policies/index.ts";

export type * from "./context/context.ts";
export type { Variables, VariableValue } from "./context/variables.ts";

export { DateTime, TimeSpan } from "./dotnet/date-time.ts";
export { DateTimeOffset, TimeZoneInfo } from "./dotnet/date-time-offset.ts";
export { X509Certificate2, X509NameType } from "./dotnet/x509-certificate2.ts";
export type { X500DistinguishedName } from "./dotnet/x509-certificate2.ts";
export { string, Convert, WebUtility, Encoding, StringComparison } from "./dotnet/text.ts";
export { Math, Guid, Random } from "./dotnet/numeric.ts";
export { Regex, RegexOptions } from "./dotnet/regex.ts";
export type { Match, Group, GroupCollection, MatchCollection } from "./dotnet/regex.ts";
export { Uri, UriKind } from "./dotnet/uri.ts";
export { XAttribute, XDocument, XElement, XName, XNamespace } from "./dotnet/xml.ts";
export type { XContainer, XContent, XNameLike } from "./dotnet/xml.ts";
export {
  HMACMD5,
  HMACSHA1,
  HMACSHA256,
  HMACSHA384,
  HMACSHA512,
  SHA1,
  SHA256,
  SHA384,
  SHA512,
  MD5,
  SHA1Managed,
  SHA256Managed,
  SHA384Managed,
  SHA512Managed,
  BitConverter,
} from "./dotnet/cryptography.ts";
export type { HashAlgorithm } from "./dotnet/cryptography.ts";
export { Exception } from "./dotnet/exceptions.ts";
export type { KeyValuePair, IReadOnlyDictionary } from "./dotnet/collections.ts";
export type { Jwt, JwtClaims } from "./dotnet/jwt.ts";
export type { BasicAuthCredentials } from "./dotnet/basic-credentials.ts";
import "./dotnet/symmetric-encryption.ts";
export { HashAlgorithmName, RSASignaturePadding } from "./dotnet/rsa.ts";
export type { RSA } from "./dotnet/rsa.ts";
export type { Authorization } from "./dotnet/authorization.ts";
export { int, long, double } from "./dotnet/types.ts";
export {
  JToken,
  JObject,
  JArray,
  JValue,
  JTokenType,
  Formatting,
  JsonConvert,
} from "./dotnet/json.ts";
export type {
  JProperty,
  JsonScalar,
  JValueStatic,
  JTokenMembers,
  JObjectMembers,
  JArrayMembers,
} from "./dotnet/json.ts";
export type { bytes, Int32Static, Int64Static, DoubleStatic } from "./dotnet/types.ts";
