// Policy variables (context.Variables): which values `set-variable` accepts and how reads are
// typed. APIM stores only booleans, numbers, chars, strings, Guid, DateTime, TimeSpan, byte
// arrays and JSON; an X509Certificate2 cannot be stored, so the type rejects it at compile time.
import type { DateTime, TimeSpan } from "../dotnet/date-time.ts";
import type { Guid } from "../dotnet/numeric.ts";
import type { bytes, int } from "../dotnet/types.ts";
import type { Response } from "./context.ts";
import type { Jwt } from "../dotnet/jwt.ts";
import type { Authorization } from "../dotnet/authorization.ts";

/** A value a policy variable can hold. */
export type VariableValue = boolean | number | string | Guid | DateTime | TimeSpan | bytes;

/** What a variable can hold: set-variable's values, the IResponse send-request stores, the Jwt validate-jwt stores, the Authorization get-authorization-context stores. */
export type StoredVariable = VariableValue | Response | Jwt | Authorization;

/** What a typed read of a missing variable gives: C#'s default(T), null only for reference types. */
export type VariableRead<T> = T extends string | bytes | Response | Jwt | Authorization
  ? T | null
  : T;

/**
 * context.Variables: IReadOnlyDictionary<string, object> with APIM's typed reads.
 *
 * The indexer reads the stored object: `context.Variables["x"] as int` is C#'s
 * `(int)context.Variables["x"]`, which throws KeyNotFoundException when "x" is not set and
 * InvalidCastException when it holds another type (an unboxing cast: an int is not a long, the
 * string "1" is not an int). Reference types are cast with their null: `as string | null`.
 */
export interface Variables {
  /** The stored object (C# `object`): cast it with `as`, or pass it to Convert.ToInt32(...). */
  readonly [name: string]: unknown;
  readonly Count: int;
  ContainsKey(name: string): boolean;
  /**
   * C#'s `TryGetValue(name, out object value)`, written `const [found, value] = context.Variables.TryGetValue("x")`
   * (a declaration of exactly this shape): `found` is false and `value` null when "x" is not set.
   */
  TryGetValue(name: string): [found: boolean, value: unknown];
  /**
   * The variable as a `T`, or `defaultValue` (default: C#'s default(T): null for strings and
   * byte arrays, 0, false or DateTime.MinValue for value types) when it is not set. Throws, as APIM
   * does, when the stored value is not a `T`. Write the type argument: `GetValueOrDefault<string>("x")`
   * (`int`, `double`, `string`, `boolean`, `bytes`, `DateTime`, `TimeSpan`, `Guid`, and `Response`
   * for what send-request stored).
   */
  GetValueOrDefault<T extends StoredVariable>(name: string): VariableRead<T>;
  GetValueOrDefault<T extends StoredVariable>(name: string, defaultValue: NoInfer<T>): T;
}
