// The authoring API: builders, the document model, the typed APIM context and the .NET types
// APIM allows in expressions. Policy modules in policy-src/ import everything from "apim-ts".
export { policy, fragment, isDocument } from "./model/document.ts";
export type { Document, PolicyDocument, FragmentDocument, PolicySections } from "./model/document.ts";
export type * from "./model/statement.ts";
export { csharp } from "./model/expression.ts";
export type { Expression, ExpressionOnly, RawCSharp, Value } from "./model/expression.ts";
export { namedValue, namedBoolean } from "./model/named-value.ts";

export { base } from "./policies/base.ts";
export { choose, when, otherwise } from "./policies/choose.ts";
export type { Choose, When, Otherwise } from "./policies/choose.ts";
export { setVariable } from "./policies/set-variable.ts";
export type { SetVariable } from "./policies/set-variable.ts";
export { trace } from "./policies/trace.ts";
export type { Trace, TraceOptions, TraceSeverity, TraceMetadata } from "./policies/trace.ts";
export { returnResponse } from "./policies/return-response.ts";
export type { ReturnResponse, ResponseShaping } from "./policies/return-response.ts";
export { setHeader, deleteHeader } from "./policies/set-header.ts";
export type { SetHeader, ExistsAction } from "./policies/set-header.ts";
export { setBody } from "./policies/set-body.ts";
export type { SetBody } from "./policies/set-body.ts";
export { setStatus } from "./policies/set-status.ts";
export type { SetStatus } from "./policies/set-status.ts";
export { checkHeader } from "./policies/check-header.ts";
export type { CheckHeader } from "./policies/check-header.ts";
export { validateClientCertificate } from "./policies/validate-client-certificate.ts";
export type { ValidateClientCertificate, CertificateIdentity } from "./policies/validate-client-certificate.ts";
export { authenticationCertificate } from "./policies/authentication-certificate.ts";
export type { AuthenticationCertificate } from "./policies/authentication-certificate.ts";
export { setBackendService } from "./policies/set-backend-service.ts";
export type { SetBackendService } from "./policies/set-backend-service.ts";
export { forwardRequest } from "./policies/forward-request.ts";
export type { ForwardRequest } from "./policies/forward-request.ts";
export { sendRequest } from "./policies/send-request.ts";
export type { SendRequest } from "./policies/send-request.ts";
export { includeFragment } from "./policies/include-fragment.ts";
export type { IncludeFragment } from "./policies/include-fragment.ts";
export { ipFilter } from "./policies/ip-filter.ts";
export type { IpFilter, IpFilterAction, AddressRange } from "./policies/ip-filter.ts";
export { rateLimit } from "./policies/rate-limit.ts";
export type { RateLimit } from "./policies/rate-limit.ts";
export { rawXml } from "./policies/raw-xml.ts";
export type { RawXml } from "./policies/raw-xml.ts";

export type * from "./context/context.ts";
export type { Variables, VariableValue } from "./context/variables.ts";

export { DateTime, TimeSpan } from "./dotnet/date-time.ts";
export { X509Certificate2, X509NameType } from "./dotnet/x509-certificate2.ts";
export type { X500DistinguishedName } from "./dotnet/x509-certificate2.ts";
export { string, Convert, WebUtility, Encoding } from "./dotnet/text.ts";
export { Math, Guid, Regex } from "./dotnet/numeric.ts";
export type { KeyValuePair, IReadOnlyDictionary } from "./dotnet/collections.ts";
export { int, long, double } from "./dotnet/types.ts";
export type { bytes, Int32Static, Int64Static, DoubleStatic } from "./dotnet/types.ts";
