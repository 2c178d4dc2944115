// C# types of the values the simulated gateway holds: which C# type a JavaScript value stands for,
// which types a policy variable may hold, default(T), and how a value prints as C#'s ToString()
// does when it lands in a string attribute. TypeScript's `number` is int, long or double in C#, so a
// number's type must come from the translator, never from the value.
import { HarnessRefusal } from "./harness-refusal.ts";

/** A value with the C# type APIM would see (e.g. `{ type: "int", value: 20 }`). */
export interface TypedValue {
  readonly type: string;
  readonly value: unknown;
}

const VALUE_TYPES = new Set([
  "bool",
  "int",
  "long",
  "double",
  "float",
  "decimal",
  "char",
  "DateTime",
  "TimeSpan",
  "Guid",
]);
const REFERENCE_TYPES = new Set([
  "string",
  "byte[]",
  "JObject",
  "JArray",
  "JToken",
  "JValue",
  "IResponse",
  "Jwt",
  "Authorization",
]);

/** The type without a trailing `?` (nullable value types). */
export function nonNullable(type: string): string {
  return type.endsWith("?") ? type.slice(0, -1) : type;
}

/** Whether `set-variable` accepts a value of this C# type (APIM's list; IResponse is send-request's). */
export function isVariableType(type: string): boolean {
  const bare = nonNullable(type);
  return VALUE_TYPES.has(bare) || REFERENCE_TYPES.has(bare);
}

export function isValueType(type: string): boolean {
  return VALUE_TYPES.has(nonNullable(type));
}

/**
 * The C# type a JavaScript value unambiguously stands for, or undefined (numbers: int, long and
 * double are all `number`; unknown objects).
 */
export function csharpTypeOfValue(value: unknown): string | undefined {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "bool";
  if (value instanceof Uint8Array) return "byte[]";
  if (typeof value === "object" && value !== null) {
    const name = (value as { constructor?: { name?: string } }).constructor?.name ?? "";
    if (/DateTime/.test(name)) return "DateTime";
    if (/TimeSpan/.test(name)) return "TimeSpan";
    if (/Guid/.test(name)) return "Guid";
    if (/X509Certificate2/.test(name) || "Thumbprint" in value) return "X509Certificate2";
  }
  return undefined;
}

/** Whether a JavaScript value can be a value of the C# type (a bug check on the translator's type). */
export function valueFitsType(value: unknown, type: string): boolean {
  if (value === null || value === undefined) return !isValueType(type) || type.endsWith("?");
  const bare = nonNullable(type);
  switch (bare) {
    case "int":
      return (
        typeof value === "number" &&
        Number.isInteger(value) &&
        value >= -2147483648 &&
        value <= 2147483647
      );
    case "long":
      return (typeof value === "number" && Number.isInteger(value)) || typeof value === "bigint";
    case "double":
    case "float":
    case "decimal":
      return typeof value === "number";
    case "char":
      return typeof value === "string" && value.length === 1;
    default: {
      const actual = csharpTypeOfValue(value);
      return actual === undefined || actual === bare || bare === "object";
    }
  }
}

/** default(T) as C# gives it for a missing variable read without a default. */
export function defaultOf(
  type: string,
  dotnet: { dateTimeMin(): unknown; timeSpanZero(): unknown; guidEmpty(): unknown },
): unknown {
  if (type.endsWith("?")) return null;
  switch (type) {
    case "bool":
      return false;
    case "int":
    case "long":
    case "double":
    case "float":
    case "decimal":
      return 0;
    case "char":
      return "\0";
    case "DateTime":
      return dotnet.dateTimeMin();
    case "TimeSpan":
      return dotnet.timeSpanZero();
    case "Guid":
      return dotnet.guidEmpty();
    default:
      return null;
  }
}

/**
 * The C# type of an expression's value: the translator's when known; otherwise what the value
 * unambiguously is. A number without a translator type is refused: guessing int vs double would
 * let a test pass that APIM fails (GetValueOrDefault<int> on a double throws).
 */
export function typeValue(
  value: unknown,
  translatorType: string | undefined,
  where: string,
): TypedValue {
  if (translatorType !== undefined) {
    if (!valueFitsType(value, translatorType)) {
      throw new Error(
        `apim-ts harness bug: ${where} produced ${describe(value)}, which is not a C# ${translatorType} as the translator says`,
      );
    }
    return { type: translatorType, value };
  }
  if (value === null || value === undefined) return { type: "object", value: null };
  const known = csharpTypeOfValue(value);
  if (known !== undefined) return { type: known, value };
  throw new HarnessRefusal(
    `${where} produced ${describe(value)} and its C# type is unknown (no translator type for it). ` +
      "A number could be int, long or double in C#; the harness will not guess.",
  );
}

/** How a value prints when an expression fills a string attribute (C#'s ToString()). */
export function toCSharpString(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "bigint") return value.toString();
  const toString = (value as { ToString?: () => string }).ToString;
  if (typeof toString === "function") return toString.call(value);
  if (value instanceof Uint8Array) return "System.Byte[]";
  return String(value);
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  // .NET Core 3+ prints the shortest round-trip form, as JavaScript does, except for exponents.
  const text = String(value);
  return text.replace(
    /e\+?(-?)(\d+)$/,
    (_m, sign: string, digits: string) => `E${sign === "-" ? "-" : "+"}${digits.padStart(2, "0")}`,
  );
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string")
    return JSON.stringify(value.length > 80 ? value.slice(0, 77) + "..." : value);
  if (typeof value === "object") return (value as object).constructor?.name ?? "object";
  return `${typeof value} ${String(value)}`;
}
