// Json.NET's JsonTextReader as JToken.Parse/JObject.Parse/JArray.Parse use it, for the JSON
// texts whose outcome was observed on mono with Json.NET 6.0.8 (probes: test/dotnet/json/).
// Accepted: standard JSON with any char.IsWhiteSpace character between tokens and raw control
// characters inside strings; the last of duplicate property names wins, in the first one's place;
// integers are Int64, or BigInteger beyond; strings shaped like ISO 8601 dates become dates
// (DateParseHandling.DateTime, dates.ts). Thrown (JsonReaderException, Json.NET's messages): an
// empty text, text ending inside a value, `}` where an object's value is due, a character other
// than ':' after a property name, other than ',' or the closing bracket after a value, a
// misspelt true/false/null, a bad escape, number text Json.NET cannot read ("-", "1e", "--1",
// "1.5.2"), text after the value. Json.NET's leniencies (comments, single quotes, unquoted names,
// trailing or doubled commas, NaN, Infinity, undefined, leading zeros, hex, ".5", new Date(...))
// are refused with a HarnessRefusal: their results were not all observed.
import { HarnessRefusal } from "../../apim/harness-refusal.ts";
import { isDotnetWhiteSpace } from "../white-space.ts";
import { JsonReaderException } from "./exceptions.ts";
import { parseJsonDate } from "./dates.ts";
import { JsonArrayNode, JsonObjectNode, JsonValueNode, type JsonNode } from "./nodes.ts";

const STRICT_NUMBER = /^-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;
// Number texts Json.NET was seen to reject ("Input string '…' is not a valid number.").
const BAD_NUMBER = /^-$|^-?[0-9]+(\.[0-9]+)?[eE][+-]?$|^--|\..*\./;
// Characters with which Json.NET's ParseValue starts a value, a lenient one or a closing bracket
// (strings, quotes, literals, NaN, Infinity, undefined, numbers, comments, brackets, commas).
const VALUE_START = /^["'{}[\](),\/.\-0-9tfnNIu]$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function refuse(what: string, text: string, at: number): never {
  throw new HarnessRefusal(
    `Json.NET accepts ${what} (at offset ${at} of ${JSON.stringify(text.slice(0, 60))}), but the ` +
      "harness does not simulate its lenient syntax: write standard JSON",
  );
}

/**
 * How an object keeps duplicate names: "in place" (JObject.Load, which Parse uses: the last value
 * in the first one's place) or "move" (JsonConvert.DeserializeObject through JTokenWriter, whose
 * WritePropertyName removes the earlier property first, Json.NET 13.0.1 source: the last one at
 * the end).
 */
export type Duplicates = "in place" | "move";

class Reader {
  position = 0;
  constructor(
    readonly text: string,
    readonly duplicates: Duplicates = "in place",
  ) {}

  error(message: string): never {
    throw new JsonReaderException(`${message} Path '', line 1, position ${this.position}.`);
  }

  skipWhiteSpace(): void {
    while (this.position < this.text.length) {
      const c = this.text[this.position]!;
      if (c === "/") refuse("a comment", this.text, this.position);
      if (!isDotnetWhiteSpace(c)) return;
      this.position++;
    }
  }

  peek(): string | undefined {
    this.skipWhiteSpace();
    return this.text[this.position];
  }

  value(container: "Object" | "Array" | undefined): JsonNode {
    const c = this.peek();
    if (c === undefined) {
      if (container) this.error(`Unexpected end of content while loading J${container}.`);
      this.error("Error reading JToken from JsonReader.");
    }
    if (c === "{") return this.object();
    if (c === "[") return this.array();
    if (c === '"') {
      const text = this.string();
      const date = parseJsonDate(text);
      return date ? new JsonValueNode("Date", date) : new JsonValueNode("String", text);
    }
    if (c === "t" || c === "f" || c === "n") return this.literal();
    if (c === "-" || (c >= "0" && c <= "9")) return this.number();
    if (c === "}" && container === "Object")
      this.error(`Unexpected character encountered while parsing value: ${c}.`);
    if (c === "+") this.error(`Unexpected character encountered while parsing value: ${c}.`);
    return refuse(`'${c}' where a value is due`, this.text, this.position);
  }

  literal(): JsonValueNode {
    for (const [word, node] of [
      ["true", () => new JsonValueNode("Boolean", true)],
      ["false", () => new JsonValueNode("Boolean", false)],
      ["null", () => new JsonValueNode("Null", null)],
    ] as const) {
      if (this.text[this.position] !== word[0]) continue;
      if (!this.text.startsWith(word, this.position)) {
        if (word === "null" && this.text.startsWith("new", this.position))
          refuse("a constructor", this.text, this.position);
        this.error(`Error parsing ${word === "null" ? "null" : "boolean"} value.`);
      }
      this.position += word.length;
      const next = this.text[this.position];
      if (next !== undefined && /[A-Za-z0-9_$]/.test(next))
        refuse(`'${word}' followed by '${next}'`, this.text, this.position);
      return node();
    }
    return refuse("an identifier", this.text, this.position);
  }

  number(): JsonValueNode {
    const start = this.position;
    while (this.position < this.text.length && /[0-9A-Za-z.+-]/.test(this.text[this.position]!))
      this.position++;
    const text = this.text.slice(start, this.position);
    const strict = STRICT_NUMBER.exec(text);
    if (!strict) {
      if (BAD_NUMBER.test(text)) this.error(`Input string '${text}' is not a valid number.`);
      return refuse(`the number '${text}'`, this.text, start);
    }
    if (strict[1] === undefined && strict[2] === undefined) {
      const value = BigInt(text);
      return new JsonValueNode("Integer", value);
    }
    const value = Number(text);
    // double.Parse overflows to an OverflowException, which Json.NET reports as a bad number.
    if (!Number.isFinite(value)) this.error(`Input string '${text}' is not a valid number.`);
    return new JsonValueNode("Float", value === 0 ? 0 : value);
  }

  string(): string {
    const start = this.position++;
    let out = "";
    for (;;) {
      if (this.position >= this.text.length)
        this.error(`Unterminated string. Expected delimiter: ".`);
      const c = this.text[this.position++]!;
      if (c === '"') return out;
      if (c !== "\\") {
        out += c;
        continue;
      }
      if (this.position >= this.text.length)
        this.error(`Unterminated string. Expected delimiter: ".`);
      const e = this.text[this.position++]!;
      const simple: Record<string, string> = {
        '"': '"',
        "\\": "\\",
        "/": "/",
        b: "\b",
        f: "\f",
        n: "\n",
        r: "\r",
        t: "\t",
      };
      if (Object.hasOwn(simple, e)) out += simple[e];
      else if (e === "u") {
        const hex = this.text.slice(this.position, this.position + 4);
        if (hex.length < 4) this.error("Unexpected end while parsing unicode character.");
        if (!/^[0-9A-Fa-f]{4}$/.test(hex))
          refuse(`the escape '\\u${hex}'`, this.text, this.position - 2);
        out += String.fromCharCode(parseInt(hex, 16));
        this.position += 4;
      } else this.error(`Bad JSON escape sequence: \\${e}.`);
      void start;
    }
  }

  object(): JsonObjectNode {
    this.position++; // {
    const node = new JsonObjectNode();
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.error(`Unexpected end of content while loading JObject.`);
      if (c === "}") {
        if (!first) refuse("a trailing comma", this.text, this.position);
        this.position++;
        return node;
      }
      if (c === "," && first) this.error(`Invalid property identifier character: ,.`);
      if (c !== '"') refuse(`the property name starting '${c}'`, this.text, this.position);
      const name = this.string();
      const colon = this.peek();
      if (colon !== ":")
        this.error(
          `Invalid character after parsing property name. Expected ':' but got: ${colon ?? ""}.`,
        );
      this.position++;
      // The last duplicate wins, in the first one's place (JObject.Parse, mono: {"a":3,"b":2}).
      const item = this.value("Object");
      if (this.duplicates === "move") node.remove(name);
      node.set(name, item);
      const after = this.peek();
      if (after === undefined) this.error(`Unexpected end of content while loading JObject.`);
      if (after === "}") {
        this.position++;
        return node;
      }
      if (after !== ",")
        this.error(`After parsing a value an unexpected character was encountered: ${after}.`);
      this.position++;
      first = false;
    }
  }

  array(): JsonArrayNode {
    this.position++; // [
    const node = new JsonArrayNode();
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.error(`Unexpected end of content while loading JArray.`);
      if (c === "]") {
        if (!first) refuse("a trailing comma", this.text, this.position);
        this.position++;
        return node;
      }
      if (c === ",") refuse("an empty array element", this.text, this.position);
      node.append(this.value("Array"));
      const after = this.peek();
      if (after === undefined) this.error(`Unexpected end of content while loading JArray.`);
      if (after === "]") {
        this.position++;
        return node;
      }
      if (after !== ",")
        this.error(`After parsing a value an unexpected character was encountered: ${after}.`);
      this.position++;
      first = false;
    }
  }
}

/** Reads one JSON value; `expect` checks its kind as JObject.Parse / JArray.Parse do. */
export function readJson(
  text: string | null,
  expect?: "Object" | "Array",
  duplicates?: Duplicates,
): JsonNode {
  if (text === null || text === undefined) throw new JsonReaderException("Value cannot be null.");
  const reader = new Reader(text, duplicates);
  const first = reader.peek();
  const load = expect ? `J${expect}` : "JToken";
  if (first === undefined) reader.error(`Error reading ${load} from JsonReader.`);
  // A first character that starts no JSON value, lenient or not, fails in the reader before the
  // kind is checked, with line 0 (nothing read yet). Observed on mono with Debian's Json.NET
  // (JObject/JToken/JArray.Parse of "<html>", "a", "x1", "+1", "*": "Unexpected character
  // encountered while parsing value: <. Path '', line 0, position 0."); after leading white space
  // Json.NET counts lines and positions otherwise, which was not simulated: value() refuses there.
  if (first !== undefined && reader.position === 0 && !VALUE_START.test(first))
    throw new JsonReaderException(
      `Unexpected character encountered while parsing value: ${first}. Path '', line 0, position 0.`,
    );
  if (expect === "Object" && first !== "{")
    reader.error(
      `Error reading JObject from JsonReader. Current JsonReader item is not an object.`,
    );
  if (expect === "Array" && first !== "[")
    reader.error(`Error reading JArray from JsonReader. Current JsonReader item is not an array.`);
  const node = reader.value(undefined);
  const rest = reader.peek();
  if (rest !== undefined)
    reader.error(`Additional text encountered after finished reading JSON content: ${rest}.`);
  return node;
}

/** Whether a bigint is an Int64 (else Json.NET holds a BigInteger). */
export function isInt64(value: bigint): boolean {
  return value >= INT64_MIN && value <= INT64_MAX;
}
