// Public surface of the harness's .NET runtime: installation, the ambient environment, the
// implementations (for tests that build values directly) and the simulated exceptions.
export { installDotnet, dotnetImplementations } from "./install.ts";
export {
  runInDotnetEnvironment,
  currentEnvironment,
  type DotnetEnvironment,
} from "./environment.ts";
export { DateTimeValue, type DateTimeKind } from "./date-time.ts";
export { TimeSpanValue } from "./time-span.ts";
export { DateTimeOffsetValue } from "./date-time-offset.ts";
export { TimeZoneInfoValue } from "./time-zone-info.ts";
export { X509Certificate2Value } from "./x509-certificate2.ts";
export { X509NameType } from "./x509-name-type.ts";
export { JwtValue, decodeJwt } from "./jwt.ts";
export { validateChainAsync, type ChainResult } from "./chain-validation.ts";
export { warmUpChainValidation } from "./warm-up.ts";
export * from "./exceptions.ts";
export { Convert } from "./convert.ts";
export { WebUtility } from "./web-utility.ts";
export { Encoding, type EncodingValue } from "./encoding.ts";
export { StringStatics } from "./string-statics.ts";
export { MathStatics } from "./math.ts";
export { GuidValue } from "./guid.ts";
export { RegexStatics } from "./regex.ts";
