// C# `object` values and C#'s explicit cast `(T)value`, for what the model types as `unknown`
// (the indexer of context.Variables, TryGetValue's out value). A stored value is boxed with its
// C# type, because a JavaScript number does not say whether it is an int, a long or a double, and
// C#'s unboxing cast is exact: `(int)` of a boxed long, double or string throws
// InvalidCastException, `(int)` of null throws NullReferenceException, `(string)` of null is null.
// Casts between numbers (`(int)3.7`) truncate toward zero; int wraps as C#'s unchecked cast does.
import { AuthorizationValue } from "./authorization.ts";
import { JwtValue } from "./jwt.ts";
import { InvalidCastException, NullReferenceException } from "./exceptions.ts";
import { normaliseLong } from "./integer-arithmetic.ts";

const VALUE_TYPES = new Set(["bool", "int", "long", "double", "DateTime", "TimeSpan", "Guid"]);

/** A value held as C# `object`: its C# type and the JavaScript value. */
export class BoxedObject {
  constructor(
    readonly type: string,
    readonly value: unknown,
  ) {}

  toString(): string {
    return `(object)${this.type}`;
  }
}

/** Boxes a typed value (null stays null: C# has no boxed null). */
export function box(type: string, value: unknown): BoxedObject | null {
  return value === null || value === undefined ? null : new BoxedObject(type, value);
}

/** (int) or (long) of a number, or (int), (long) or (double) of a long beyond 2^53 (a bigint). */
function convertNumber(value: number | bigint, type: string): number | bigint {
  if (typeof value === "bigint") {
    if (type === "int") return Number(BigInt.asIntN(32, value));
    return type === "double" ? Number(value) : normaliseLong(value);
  }
  const truncated = Math.trunc(value);
  if (type === "int") return truncated | 0;
  // -0 is 0 in C#; a double beyond 2^53 is an exact integer, held as a bigint.
  return Number.isSafeInteger(truncated) ? truncated + 0 : normaliseLong(BigInt(truncated));
}

/** C#'s `(type)value` for a C# type name ("int", "string", "byte[]", "int?", ...). */
export function castObject(value: unknown, type: string): unknown {
  const nullable = type.endsWith("?");
  const bare = nullable ? type.slice(0, -1) : type;
  if (value instanceof BoxedObject) {
    if (bare === "object") return value;
    if (value.type !== bare) {
      throw Object.assign(new InvalidCastException(), {
        harnessDetail: `a boxed ${value.type} cast to ${type}`,
      });
    }
    return value.value;
  }
  // undefined is not a C# value: only plain TypeScript (`undefined as unknown as string`) gets here.
  if (value === undefined) return value;
  if (value === null) {
    if (VALUE_TYPES.has(bare) && !nullable) throw new NullReferenceException();
    return null;
  }
  // A reference type: the object must be one (validate-jwt's output variable holds a Jwt).
  if (bare === "Jwt" && !(value instanceof JwtValue))
    throw Object.assign(new InvalidCastException(), {
      harnessDetail: `a ${typeof value} cast to Jwt`,
    });
  // get-authorization-context's variable holds an Authorization.
  if (bare === "Authorization" && !(value instanceof AuthorizationValue))
    throw Object.assign(new InvalidCastException(), {
      harnessDetail: `a ${typeof value} cast to Authorization`,
    });
  if (
    (typeof value === "number" && (bare === "int" || bare === "long")) ||
    (typeof value === "bigint" && (bare === "int" || bare === "long" || bare === "double"))
  )
    return convertNumber(value, bare);
  return value;
}

/** The unboxed JavaScript value of an `object` (for Convert.ToInt32(object) and friends). */
export function unbox(value: unknown): { type: string | undefined; value: unknown } {
  return value instanceof BoxedObject
    ? { type: value.type, value: value.value }
    : { type: undefined, value };
}
