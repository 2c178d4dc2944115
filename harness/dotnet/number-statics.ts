// The statics of C#'s number types as policies write them: int.Parse, long.TryParse,
// double.Parse, int.MaxValue (parsing rules in number-parsing.ts). TryParse returns
// [ok, value], the TypeScript spelling of its out parameter.
import { INT32, INT64, parseDouble, parseInteger, tryParse } from "./number-parsing.ts";

/** System.Int32. */
export const Int32Statics = {
  MaxValue: 2147483647,
  MinValue: -2147483648,
  Parse: (s: string | null): number => parseInteger(s, INT32),
  TryParse: (s: string | null): [boolean, number] => tryParse(() => parseInteger(s, INT32)),
};

/** System.Int64 (a value beyond 2^53 is an exact bigint: harness/dotnet/integer-arithmetic.ts). */
export const Int64Statics = {
  Parse: (s: string | null): number => parseInteger(s, INT64),
  TryParse: (s: string | null): [boolean, number] => tryParse(() => parseInteger(s, INT64)),
};

/** System.Double. */
export const DoubleStatics = {
  Parse: (s: string | null): number => parseDouble(s),
  TryParse: (s: string | null): [boolean, number] => tryParse(() => parseDouble(s)),
};
