// Binds every .NET value declared in src/dotnet/ to its harness implementation. Idempotent: the
// APIM harness calls it before evaluating expressions; calling it again changes nothing.
import { installDotnetRuntime } from "../../src/dotnet/runtime.ts";
import { installIntegerSemantics } from "../../src/model/integer-sites.ts";
import { integerSemantics } from "./integer-arithmetic.ts";
import { castObject } from "./boxed-object.ts";
import { Convert } from "./convert.ts";
import { DateTimeValue } from "./date-time.ts";
import { DateTimeOffsetValue } from "./date-time-offset.ts";
import { TimeZoneInfoValue } from "./time-zone-info.ts";
import { Encoding } from "./encoding.ts";
import { SystemException } from "./exceptions.ts";
import { GuidValue } from "./guid.ts";
import {
  castIfJson,
  Formatting,
  JArrayStatics,
  JObjectStatics,
  JsonConvert,
  JTokenStatics,
  JValueConstructor,
  JTokenType,
} from "./json/index.ts";
import { MathStatics } from "./math.ts";
import { DoubleStatics, Int32Statics, Int64Statics } from "./number-statics.ts";
import { RandomValue } from "./random.ts";
import { RegexOptionsValues, RegexStatics } from "./regex.ts";
import { StringComparisonValues, StringStatics } from "./string-statics.ts";
import { TimeSpanValue } from "./time-span.ts";
import { UriKindValues, UriStatics } from "./uri.ts";
import * as cryptography from "./cryptography.ts";
import { WebUtility } from "./web-utility.ts";
import { X509Certificate2Value } from "./x509-certificate2.ts";
import { X509NameType } from "./x509-name-type.ts";
import { installJwtExtensions } from "./jwt.ts";
import {
  XAttributeStatics,
  XDocumentStatics,
  XElementStatics,
  XNamespaceStatics,
  XNameStatics,
} from "./xml/index.ts";
import { installBasicExtensions } from "./basic-credentials.ts";
import { installSymmetricExtensions } from "./symmetric-encryption.ts";
import { HashAlgorithmName, RSASignaturePadding } from "./rsa.ts";
import { installStringMembers } from "./string-members.ts";
import { installIntegerFormat } from "./integer-format.ts";

/** The implementation bound to each declared value name of src/dotnet/. */
export const dotnetImplementations: Readonly<Record<string, object>> = Object.freeze({
  DateTime: DateTimeValue,
  TimeSpan: TimeSpanValue,
  DateTimeOffset: DateTimeOffsetValue,
  TimeZoneInfo: TimeZoneInfoValue,
  X509Certificate2: X509Certificate2Value,
  X509NameType,
  HashAlgorithmName,
  RSASignaturePadding,
  String: StringStatics,
  StringComparison: StringComparisonValues,
  Convert,
  WebUtility,
  Encoding,
  Math: MathStatics,
  Guid: GuidValue,
  Random: RandomValue,
  Regex: RegexStatics,
  RegexOptions: RegexOptionsValues,
  Int32: Int32Statics,
  Int64: Int64Statics,
  Double: DoubleStatics,
  JToken: JTokenStatics,
  JObject: JObjectStatics,
  JArray: JArrayStatics,
  JValue: JValueConstructor,
  JTokenType,
  Formatting,
  JsonConvert,
  Uri: UriStatics,
  HMACMD5: cryptography.HMACMD5,
  HMACSHA1: cryptography.HMACSHA1,
  HMACSHA256: cryptography.HMACSHA256,
  HMACSHA384: cryptography.HMACSHA384,
  HMACSHA512: cryptography.HMACSHA512,
  SHA1: cryptography.SHA1,
  SHA256: cryptography.SHA256,
  SHA384: cryptography.SHA384,
  SHA512: cryptography.SHA512,
  MD5: cryptography.MD5,
  SHA1Managed: cryptography.SHA1Managed,
  SHA256Managed: cryptography.SHA256Managed,
  SHA384Managed: cryptography.SHA384Managed,
  SHA512Managed: cryptography.SHA512Managed,
  BitConverter: cryptography.BitConverter,
  UriKind: UriKindValues,
  Exception: SystemException,
  XNamespace: XNamespaceStatics,
  XName: XNameStatics,
  XAttribute: XAttributeStatics,
  XElement: XElementStatics,
  XDocument: XDocumentStatics,
  // C#'s (T)value, for `value as T` (see castValue in src/dotnet/runtime.ts): a JSON token
  // converts with Json.NET's explicit operators, anything else unboxes.
  __cast: (value: unknown, type: string) => {
    const json = castIfJson(value, type);
    return json ? json.value : castObject(value, type);
  },
});

let installed = false;

/** Installs the .NET runtime implementations (idempotent). */
export function installDotnet(): void {
  if (installed) return;
  installDotnetRuntime({ ...dotnetImplementations });
  installJwtExtensions();
  installBasicExtensions();
  installSymmetricExtensions();
  installStringMembers();
  installIntegerFormat();
  // C#'s int and long operators where the translator registered them (src/model/integer-sites.ts).
  installIntegerSemantics(integerSemantics);
  installed = true;
}
