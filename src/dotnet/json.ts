// Json.NET (Newtonsoft.Json.Linq), which APIM's policy expressions use to read and write JSON:
// JObject.Parse(text), `o["name"]`, Value<T>, explicit conversions, ToString(). Names are Json.NET's
// own, so they translate 1:1. C#'s indexers are index signatures beside the members: `o["name"]`
// is the property's value or null when there is no such property (a JSON null is a JValue whose
// Type is JTokenType.Null), `a[0]` throws ArgumentOutOfRangeException past the end. C#'s explicit
// conversions are written with `as` and a nullable type (`o["n"] as int | null` is C#'s
// `(int?)o["n"]`, `o["s"] as string | null` is `(string)o["s"]`, `o["d"] as DateTime | null` is
// `(DateTime?)o["d"]`: a date token's value, ArgumentException for a number, bool, object or
// array; of a string the harness refuses, as it does not simulate all of DateTime.Parse): the conversion of
// a missing property or a JSON null is null, as in C#. Source: Json.NET's API documentation
// (newtonsoft.com/json/help, Newtonsoft.Json.Linq namespace); behaviour checked against the DLL
// (harness/dotnet/json/ cites the runs).
import type { IEnumerable } from "./collections.ts";
import type { double, int, long } from "./types.ts";
import { dotnetValue } from "./runtime.ts";

/** The C# types `Value<T>` converts to (written with apim-ts's names: int, long, double). */
export type JsonScalar = string | int | long | double | boolean;

/**
 * A JSON value written as a TypeScript literal where Json.NET expects one (JObject.Add,
 * JArray.Add): `{ id: n, tags: ["a", b], meta: token }` becomes
 * `new JObject(new JProperty("id", n), ...)` with the same property order. Strings, booleans, null,
 * int/long (not double: see src/translate/expressions/json-literals.ts), tokens, nested literals.
 */
export type JsonLiteral =
  | string
  | int
  | long
  | boolean
  | null
  | JToken
  | readonly JsonLiteral[]
  | { readonly [key: string]: JsonLiteral };

/** Newtonsoft.Json.Linq.JTokenType (an enum: compare with `===`, print with ToString()). */
export interface JTokenType {
  readonly __jTokenType: "JTokenType";
  /** The member's name, as a C# enum prints it ("Object", "Integer", ...). */
  ToString(): string;
}

/** Members of the JTokenType enum that parsed JSON can have. */
export interface JTokenTypeStatic {
  readonly Object: JTokenType;
  readonly Array: JTokenType;
  readonly Property: JTokenType;
  readonly Integer: JTokenType;
  readonly Float: JTokenType;
  readonly String: JTokenType;
  readonly Boolean: JTokenType;
  readonly Null: JTokenType;
  readonly Date: JTokenType;
}

/** Newtonsoft.Json.Formatting. */
export interface Formatting {
  readonly __formatting: "Formatting";
}

/** Members of the Formatting enum. */
export interface FormattingStatic {
  /** No white space: `{"a":1}`. */
  readonly None: Formatting;
  /** Two spaces per level, one property or element per line (\r\n on APIM's Windows hosts). */
  readonly Indented: Formatting;
}

/** Newtonsoft.Json.Linq.JToken: any JSON value. */
export interface JTokenMembers {
  /** What the token is; a JSON null is JTokenType.Null. */
  readonly Type: JTokenType;
  /** Whether an object or array has children (a JValue: false). */
  readonly HasValues: boolean;
  /**
   * `Value<T>(key)`: the child's value converted as Convert.ChangeType does (invariant culture):
   * a missing child is C#'s default(T) (0, false, null); a JSON null is null for string and
   * InvalidCastException for a number or bool; an object or array child: InvalidCastException.
   */
  Value<T extends JsonScalar>(key: string): T extends string ? string | null : T;
  /**
   * `ToObject<T>()` for a primitive T: Json.NET's explicit conversion `(T)token` (a float rounds
   * half to even to an int, "12" parses, a date or an object/array is ArgumentException), and for
   * int, long, double or bool a JSON null is ArgumentException "Can not convert Null to Int32."
   * (ToObject<string> of it: null). Observed on mono with Debian's Json.NET.
   */
  ToObject<T extends JsonScalar>(): T extends string ? string | null : T;
  /**
   * `Values<T>()` (Json.NET's JToken.Values<T>): the children's values converted as `Value<T>`
   * converts one (a JSON null is null for string and InvalidCastException for a number or bool;
   * a string that does not parse: FormatException), lazily, child by child. An object's children
   * are its properties, so any property fails the conversion (InvalidCastException), as does an
   * object or array element; on a JValue the call itself throws InvalidOperationException.
   */
  Values<T extends JsonScalar>(): IEnumerable<T extends string ? string | null : T>;
  /** A copy of the token and everything below it. */
  DeepClone(): JToken;
  /**
   * Json.NET's SelectToken(path): the token a JSONPath selects, or null when it selects nothing
   * (an absent property, an index past the end, a name on an array). The harness simulates `$`,
   * `.name` (letters, digits, `_`; the first may omit the dot), `['name']` and `[index]` and
   * refuses the rest of JSONPath (`..`, `*`, filters, slices, negative indices), whose results
   * were not observed. A property holding JSON null selects a null token (Type Null), not null.
   */
  SelectToken(path: string): JToken | null;
  /**
   * The JSON text, indented (2 spaces, \r\n on APIM), or on one line with Formatting.None; a
   * JValue's ToString() is its value's text (a string unquoted, a float as C# prints it).
   */
  ToString(formatting?: Formatting): string;
}

/** Newtonsoft.Json.Linq.JToken. `t["name"]` indexes an object (InvalidOperationException on a JValue). */
export type JToken = JTokenMembers & { readonly [key: string]: JToken | null };

/** Newtonsoft.Json.Linq.JProperty: a name and its value. */
export interface JProperty {
  readonly Name: string;
  readonly Value: JToken;
  /** `"name": value` (the value indented as JToken.ToString), or on one line with Formatting.None. */
  ToString(formatting?: Formatting): string;
}

/** Newtonsoft.Json.Linq.JObject's members. */
export interface JObjectMembers extends JTokenMembers {
  /** The number of properties. */
  readonly Count: int;
  /** The property named exactly `name`, or null. */
  Property(name: string): JProperty | null;
  /** The properties in document order. */
  Properties(): IEnumerable<JProperty>;
  /** Whether a property of that exact name exists (a JSON null value counts). */
  ContainsKey(propertyName: string): boolean;
  /**
   * C#'s `TryGetValue(name, out JToken value)`, written `const [found, value] = o.TryGetValue(name)`:
   * `found` false and `value` null when there is no such property.
   */
  TryGetValue(propertyName: string): [found: boolean, value: JToken | null];
  /** Removes the property; false when there was none. */
  Remove(propertyName: string): boolean;
  /** Adds a property (a token, a value or a JSON literal); ArgumentException when one of that name exists. */
  Add(propertyName: string, value: JsonLiteral): void;
}

/**
 * Newtonsoft.Json.Linq.JObject: `o["name"]` is the property's value or null when absent;
 * `o["name"] = token` (a statement) sets it in place or appends it (null: a JSON null).
 */
export type JObject = JObjectMembers & { [propertyName: string]: JToken | null };

/** Newtonsoft.Json.Linq.JArray's members. */
export interface JArrayMembers extends JTokenMembers {
  /** The number of elements. */
  readonly Count: int;
  /** Appends an element (a token, a value or a JSON literal). */
  Add(item: JsonLiteral): void;
  /** Removes the first element equal by reference; false when none is. */
  Remove(item: JToken): boolean;
}

/** Newtonsoft.Json.Linq.JArray: `a[i]`, `a[i] = token` (ArgumentOutOfRangeException past the end). */
export type JArray = JArrayMembers & { [index: number]: JToken };

/**
 * Newtonsoft.Json.Linq.JValue: a string, number, boolean or null token, usable wherever a JToken
 * is (its indexer throws InvalidOperationException, as any JValue's). Its `Value` (object) is
 * not declared: the harness cannot give an `object` the C# type it has at run time.
 */
export type JValue = JToken;

/** JValue's constructors (Json.NET's JValue(string), JValue(long), JValue(bool)). */
export interface JValueStatic {
  /**
   * `new JValue(s)` a String token, `new JValue(n)` an Integer token (an int widens to long, as in
   * C#), `new JValue(b)` a Boolean token. A date-looking string stays a String token (no parsing,
   * unlike JToken.Parse). A double is not accepted: the harness sees a JavaScript number and cannot
   * tell 2.0 (a Float token, written "2.0") from 2 (an Integer): the translator refuses it
   * (APIM's unsupported-syntax diagnostic); write JToken.Parse("2.5") instead.
   */
  new (value: string | int | long | boolean): JValue;
}

/** JToken.Parse and friends: Json.NET's reader with its defaults (dates parsed, last duplicate wins). */
export interface JTokenStatic {
  /** Any JSON value; JsonReaderException on malformed text. */
  Parse(json: string): JToken;
}

/** JObject's statics. */
export interface JObjectStatic {
  /** A JSON object; JsonReaderException on malformed text or another kind of value. */
  Parse(json: string): JObject;
}

/** JArray's statics. */
export interface JArrayStatic {
  /** A JSON array; JsonReaderException on malformed text or another kind of value. */
  Parse(json: string): JArray;
}

/** Newtonsoft.Json.JsonConvert (APIM allows SerializeObject and DeserializeObject). */
export interface JsonConvertStatic {
  /** A token's JSON text on one line (the same as ToString(Formatting.None)). */
  SerializeObject(value: JToken | null): string;
  /**
   * `JsonConvert.DeserializeObject<JObject>(text)` (or JArray, JToken; the type argument must be
   * written): Json.NET's reader as for Parse, with JsonConvert's differences: empty or
   * white-space-only text gives null, "null" gives null for JObject and JArray (a JSON null
   * token for JToken), and JSON of another kind throws JsonSerializationException ("Deserialized
   * JSON type 'Newtonsoft.Json.Linq.JArray' is not compatible with expected type
   * 'Newtonsoft.Json.Linq.JObject'.", Json.NET 13.0.1 and later, which APIM runs). A null text:
   * ArgumentNullException.
   */
  DeserializeObject<T extends JObject | JArray | JToken>(value: string): T | null;
}

/** Newtonsoft.Json.Linq.JToken. */
export const JToken: JTokenStatic = dotnetValue<JTokenStatic>("JToken");
/** Newtonsoft.Json.Linq.JObject. */
export const JObject: JObjectStatic = dotnetValue<JObjectStatic>("JObject");
/** Newtonsoft.Json.Linq.JArray. */
export const JArray: JArrayStatic = dotnetValue<JArrayStatic>("JArray");
/** Newtonsoft.Json.Linq.JValue. */
export const JValue: JValueStatic = dotnetValue<JValueStatic>("JValue");
/** Newtonsoft.Json.Linq.JTokenType. */
export const JTokenType: JTokenTypeStatic = dotnetValue<JTokenTypeStatic>("JTokenType");
/** Newtonsoft.Json.Formatting. */
export const Formatting: FormattingStatic = dotnetValue<FormattingStatic>("Formatting");
/** Newtonsoft.Json.JsonConvert. */
export const JsonConvert: JsonConvertStatic = dotnetValue<JsonConvertStatic>("JsonConvert");
