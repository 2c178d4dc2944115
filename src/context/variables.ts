// Policy variables (context.Variables): which values `set-variable` accepts and how reads are
// typed. APIM stores only booleans, numbers, chars, strings, Guid, DateTime, TimeSpan, byte
// arrays and JSON; an X509Certificate2 cannot be stored, so the type rejects it at compile time.
import type { DateTime, TimeSpan } from "../dotnet/date-time.ts";
import type { Guid } from "../dotnet/numeric.ts";
import type { bytes, int } from "../dotnet/types.ts";

/** A value a policy variable can hold. */
export type VariableValue = boolean | number | string | Guid | DateTime | TimeSpan | bytes;

/** context.Variables: IReadOnlyDictionary<string, object> with APIM's typed reads. */
export interface Variables {
  readonly Count: int;
  ContainsKey(name: string): boolean;
  /**
   * The variable as a `T`, or `defaultValue` (default: null) when it is not set. Throws, as APIM
   * does, when the stored value is not a `T`. Write the type argument: `GetValueOrDefault<string>("x")`
   * (`int`, `double`, `string`, `boolean`, `bytes`, `DateTime`, `TimeSpan`, `Guid`).
   */
  GetValueOrDefault<T extends VariableValue>(name: string): T | null;
  GetValueOrDefault<T extends VariableValue>(name: string, defaultValue: NoInfer<T>): T;
}
