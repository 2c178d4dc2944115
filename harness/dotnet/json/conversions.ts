// Json.NET's explicit conversions (`(string)token`, `(int?)token`, ...: JToken's explicit
// operators) and `Value<T>(key)` (Extensions.Convert: Convert.ChangeType with the invariant
// culture), each outcome observed on mono with Json.NET 6.0.8 (test/dotnet/json/):
//   (int?) of 1.7 is 2 (half to even), of "12" 12, of "1.5" FormatException, of true 1, of 3e9 or a
//   BigInteger OverflowException, of a date or an object/array ArgumentException "Can not convert
//   Date to Int32.", of a JSON null or a missing token null; (string) of 1.7 is "1.7" (G15), of true
//   "True", of a date "01/01/2020 00:00:00";
//   Value<int> of a missing key is 0 (default(T)), of a JSON null InvalidCastException ("Null object
//   cannot be converted to a value type."), Value<string> of it null, of an object/array or a
//   BigInteger InvalidCastException, of a date (to a number or bool) InvalidCastException.
import { HarnessRefusal } from "../../apim/harness-refusal.ts";
import {
  ArgumentException,
  InvalidCastException,
  InvalidOperationException,
  OverflowException,
} from "../exceptions.ts";
import {
  INT32,
  INT64,
  parseBoolean,
  parseDouble,
  parseInteger,
  type IntegerRange,
} from "../number-parsing.ts";
import { roundHalfEven } from "../convert-numbers.ts";
import { isInt64 } from "./reader.ts";
import {
  JsonArrayNode,
  JsonObjectNode,
  JsonPropertyNode,
  JsonValueNode,
  type JsonNode,
} from "./nodes.ts";
import { scalarText } from "./writer.ts";

const NAMES: Record<string, string> = {
  string: "String",
  int: "Int32",
  long: "Int64",
  double: "Double",
  bool: "Boolean",
};

function toInteger(node: JsonValueNode, range: IntegerRange): number {
  const value = node.value;
  if (typeof value === "bigint") {
    if (value < range.min || value > range.max) throw new OverflowException(range.overflow);
    // A long beyond 2^53 stays an exact bigint, as everywhere in the harness
    // (harness/dotnet/integer-arithmetic.ts); typed number as the declarations type long.
    return Number.isSafeInteger(Number(value)) ? Number(value) : (value as unknown as number);
  }
  if (typeof value === "string") return parseInteger(value, range);
  if (typeof value === "boolean") return value ? 1 : 0;
  const rounded = roundHalfEven(value as number);
  // Convert.ToInt32(double) throws Overflow_Int32; Convert.ToInt64(double) is a checked cast,
  // whose message is the default one (.NET Framework's Convert.cs, convert-numbers.ts; mono).
  if (!(rounded >= Number(range.min) && rounded <= Number(range.max)))
    throw range === INT64 ? new OverflowException() : new OverflowException(range.overflow);
  return rounded + 0;
}

/** Convert.ToXxx of a JValue's non-null, non-date value. */
function convertScalar(node: JsonValueNode, type: string): unknown {
  const value = node.value;
  switch (type) {
    case "string":
      return scalarText(node);
    case "int":
      return toInteger(node, INT32);
    case "long":
      return toInteger(node, INT64);
    case "double":
      if (typeof value === "string") return parseDouble(value);
      if (typeof value === "boolean") return value ? 1 : 0;
      return Number(value);
    case "bool":
      if (typeof value === "string") return parseBoolean(value);
      if (typeof value === "boolean") return value;
      if (typeof value === "bigint") {
        // Observed on mono: (bool?) and ToObject<bool>() of 123456789012345678901234567890 and
        // of its negation throw OverflowException with Int32's message.
        if (!isInt64(value)) throw new OverflowException(INT32.overflow);
        return value !== 0n;
      }
      return value !== 0;
  }
  throw new HarnessRefusal(`Json.NET conversion to ${type} is not simulated`);
}

/**
 * `(DateTime?)token` (Json.NET's explicit operator: a date token's value; otherwise
 * Convert.ToDateTime(value, InvariantCulture), which parses a string as DateTime.Parse does; a
 * token of any other type is ArgumentException "Can not convert Integer to DateTime."). Observed
 * on mono: a date token's value, null for a JSON null, the ArgumentException for the rest.
 */
function castDate(node: JsonNode | null): unknown {
  if (node === null) return null;
  if (node instanceof JsonValueNode && node.kind === "Null") return null;
  if (node instanceof JsonValueNode && node.kind === "Date") return node.value;
  // Convert.ToDateTime(string) is DateTime.Parse with the invariant culture, which accepts far
  // more shapes than the harness's twin (mono read "1.5" as January 5 of the current year and
  // rounds an eighth fraction digit): refused rather than answered differently.
  if (node instanceof JsonValueNode && node.kind === "String")
    throw new HarnessRefusal(
      "(DateTime?) of a JSON string is DateTime.Parse in the invariant culture, which the harness does not fully simulate: read a date the JSON reader recognised (Type Date), or read the string and call DateTime.Parse on it",
    );
  throw new ArgumentException(`Can not convert ${node.kind} to DateTime.`);
}

/** `(T)token` for T = string, int?, long?, double?, bool?, DateTime? (the TypeScript `token as T | null`). */
export function castJson(node: JsonNode | null, type: string): unknown {
  if (type === "DateTime?") return castDate(node);
  const bare = type.replace(/\?$/, "");
  if (!Object.hasOwn(NAMES, bare))
    throw new HarnessRefusal(`a JSON token cannot be cast to ${type}`);
  if (node === null) return null;
  if (!(node instanceof JsonValueNode))
    throw new ArgumentException(`Can not convert ${node.kind} to ${NAMES[bare]}.`);
  if (node.kind === "Null") return null;
  if (node.kind === "Date" && bare !== "string")
    throw new ArgumentException(`Can not convert Date to ${NAMES[bare]}.`);
  if (!type.endsWith("?") && bare !== "string")
    throw new HarnessRefusal(`(${type}) of a JSON token: write 'as ${bare} | null'`);
  return convertScalar(node, bare);
}

/** `token.Value<T>(key)` once the child is found (undefined: no such child). */
export function valueAs(child: JsonNode | undefined, type: string): unknown {
  if (!Object.hasOwn(NAMES, type))
    throw new HarnessRefusal(
      `Value<${type}> is not simulated: use string, int, long, double or bool`,
    );
  if (child === undefined) return type === "string" ? null : type === "bool" ? false : 0;
  if (!(child instanceof JsonValueNode))
    // Extensions.Convert<JToken, T> names the token's type and JToken (13.x source; mono the same).
    throw new InvalidCastException(
      `Cannot cast Newtonsoft.Json.Linq.J${child.kind} to Newtonsoft.Json.Linq.JToken.`,
    );
  if (child.kind === "Null") {
    if (type === "string") return null;
    throw new InvalidCastException("Null object cannot be converted to a value type.");
  }
  if (typeof child.value === "bigint" && !isInt64(child.value))
    throw new InvalidCastException("Object must implement IConvertible.");
  if (child.kind === "Date") {
    if (type === "string") return scalarText(child);
    throw new InvalidCastException(`Invalid cast from 'DateTime' to '${NAMES[type]}'.`);
  }
  return convertScalar(child, type);
}

/**
 * `token.Values<T>()` (JContainer.Values<T>: Extensions.Convert over the children, lazily): each
 * child converted as Value<T> converts one, except that a child which is no JValue (an object's
 * property, an object or array element) throws InvalidCastException "Cannot cast
 * Newtonsoft.Json.Linq.JObject to Newtonsoft.Json.Linq.JToken." (the message names the child's type
 * and the source's element type; observed on mono with Json.NET 6.0.8, the same code in 13.x's
 * Extensions.Convert). On a JValue, JToken.Values<T> throws at the call, not when enumerated.
 */
export function valuesAs(node: JsonNode, type: string): () => Iterable<unknown> {
  if (!Object.hasOwn(NAMES, type))
    throw new HarnessRefusal(
      `Values<${type}> is not simulated: use string, int, long, double or bool`,
    );
  const children =
    node instanceof JsonObjectNode
      ? node.properties
      : node instanceof JsonArrayNode
        ? node.items
        : node instanceof JsonPropertyNode
          ? [node.value]
          : undefined;
  if (!children)
    throw new InvalidOperationException(
      "Cannot access child value on Newtonsoft.Json.Linq.JValue.",
    );
  return function* () {
    const snapshot = [...children];
    for (const item of snapshot) {
      if (!(item instanceof JsonValueNode))
        throw new InvalidCastException(
          `Cannot cast Newtonsoft.Json.Linq.J${item.kind} to Newtonsoft.Json.Linq.JToken.`,
        );
      yield valueAs(item, type);
      // C# enumerates the live child list and fails on a change; the twin does not simulate it.
      if (children.length !== snapshot.length || children.some((c, i) => c !== snapshot[i]))
        throw new HarnessRefusal(
          "changing a JSON container while its Values<T>() is enumerated is not simulated",
        );
    }
  };
}

/**
 * `token.ToObject<T>()` for T = string, int, long, double, bool: the explicit conversion `(T)token`
 * (observed on mono with Debian's Json.NET: the same value or exception as the cast for every
 * scalar, date, object and array), and for a value type of a JSON null ArgumentException
 * "Can not convert Null to Int32." where `(int?)` gives null.
 */
export function toObjectAs(node: JsonNode, type: string): unknown {
  if (!Object.hasOwn(NAMES, type))
    throw new HarnessRefusal(
      `ToObject<${type}> is not simulated: use string, int, long, double or bool`,
    );
  if (type === "string") return castJson(node, "string");
  if (node instanceof JsonValueNode && node.kind === "Null")
    throw new ArgumentException(`Can not convert Null to ${NAMES[type]}.`);
  return castJson(node, `${type}?`);
}
