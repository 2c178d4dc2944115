// Binds every .NET value declared in src/dotnet/ to its harness implementation. Idempotent: the
// APIM harness calls it before evaluating expressions; calling it again changes nothing.
import { installDotnetRuntime } from "../../src/dotnet/runtime.ts";
import { castObject } from "./boxed-object.ts";
import { Convert } from "./convert.ts";
import { DateTimeValue } from "./date-time.ts";
import { Encoding } from "./encoding.ts";
import { SystemException } from "./exceptions.ts";
import { GuidValue } from "./guid.ts";
import { MathStatics } from "./math.ts";
import { DoubleStatics, Int32Statics, Int64Statics } from "./number-statics.ts";
import { RegexStatics } from "./regex.ts";
import { StringComparisonValues, StringStatics } from "./string-statics.ts";
import { TimeSpanValue } from "./time-span.ts";
import { WebUtility } from "./web-utility.ts";
import { X509Certificate2Value } from "./x509-certificate2.ts";
import { X509NameType } from "./x509-name-type.ts";

/** The implementation bound to each declared value name of src/dotnet/. */
export const dotnetImplementations: Readonly<Record<string, object>> = Object.freeze({
  DateTime: DateTimeValue,
  TimeSpan: TimeSpanValue,
  X509Certificate2: X509Certificate2Value,
  X509NameType,
  String: StringStatics,
  StringComparison: StringComparisonValues,
  Convert,
  WebUtility,
  Encoding,
  Math: MathStatics,
  Guid: GuidValue,
  Regex: RegexStatics,
  Int32: Int32Statics,
  Int64: Int64Statics,
  Double: DoubleStatics,
  Exception: SystemException,
  // C#'s (T)value, for `value as T` (see castValue in src/dotnet/runtime.ts).
  __cast: castObject,
});

let installed = false;

/** Installs the .NET runtime implementations (idempotent). */
export function installDotnet(): void {
  if (installed) return;
  installDotnetRuntime({ ...dotnetImplementations });
  installed = true;
}
