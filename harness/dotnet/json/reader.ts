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
import { JsonArrayNode, JsonObjectNode, jsonNull, JsonValueNode, type JsonNode } from "./nodes.ts";
import { lineInfo, readerPath, type Scope } from "./reader-position.ts";

const STRICT_NUMBER = /^-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;
// Number texts Json.NET was seen to reject ("Input string '…' is not a valid number.").
const BAD_NUMBER = /^-$|^-?[0-9]+(\.[0-9]+)?[eE][+-]?$|^--|\..*\./;
// Characters with which Json.NET's ParseValue starts a value, a lenient one or a closing bracket
// (strings, quotes, literals, NaN, Infinity, undefined, numbers, comments, brackets, commas).
const VALUE_START = /^["'{}[\](),\/.\-0-9tfnNIu]$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
// JsonTextReader.MaximumJavascriptIntegerCharacterLength (Json.NET 13.x): a longer integer beyond
// Int64 is "JSON integer … is too large to parse." rather than a BigInteger.
const MAX_INTEGER_LENGTH = 380;
// JsonReader's default MaxDepth in Json.NET 13.x (JsonReader constructor; 6.0.8 had none).
const MAX_DEPTH = 64;

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
  /** The open containers, outermost first (JsonReader's _stack and _currentPosition). */
  readonly scopes: Scope[] = [];
  /** Whether the innermost container has content (JsonReader's state past ObjectStart/ArrayStart). */
  started = false;
  /** Whether a token has been read (JsonReader's state past State.Start). */
  read = false;
  constructor(
    readonly text: string,
    readonly duplicates: Duplicates = "in place",
  ) {}

  error(message: string): never {
    const { line, position } = lineInfo(this.text, this.position, this.read);
    throw new JsonReaderException(
      `${message} Path '${readerPath(this.scopes, this.started)}', line ${line}, position ${position}.`,
    );
  }

  /** A container starts: its index in an enclosing array is counted now (JsonReader.Push). */
  open(type: "Object" | "Array"): void {
    if (this.scopes.length === MAX_DEPTH)
      throw new HarnessRefusal(
        `JSON nested deeper than ${MAX_DEPTH} levels: Json.NET 13 throws JsonReaderException (the reader's MaxDepth of ${MAX_DEPTH}), whose message the harness does not simulate`,
      );
    this.count();
    this.scopes.push({ type, name: null, index: -1 });
    this.started = false;
    this.position++;
  }

  /** A container ends (JsonReader.Pop): the enclosing one has content. */
  close(): void {
    this.scopes.pop();
    this.started = true;
    this.position++;
  }

  /** A value is read in the innermost container: an array counts it (UpdateScopeWithFinishedValue). */
  count(): void {
    const scope = this.scopes.at(-1);
    if (scope?.type === "Array") scope.index++;
    this.started = true;
    this.read = true;
  }

  /** The end of the text inside a container (JContainer.ReadTokenFrom, 13.x source). */
  endOfContent(): never {
    const root = this.scopes[0]!;
    if (this.scopes.length === 1 && !this.started)
      this.error(`Error reading J${root.type} from JsonReader.`);
    this.error(`Unexpected end of content while loading J${root.type}.`);
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
      if (container) this.endOfContent();
      this.error("Error reading JToken from JsonReader.");
    }
    if (c === "{") return this.object();
    if (c === "[") return this.array();
    if (c === '"') {
      const text = this.string();
      this.count();
      const date = parseJsonDate(text);
      return date ? new JsonValueNode("Date", date) : new JsonValueNode("String", text);
    }
    if (c === "t" || c === "f" || c === "n") return this.literal();
    if (c === "-" || (c >= "0" && c <= "9")) return this.number();
    // JsonTextReader.ParseValue: a closing bracket ends a container (a mismatched one fails in
    // ValidateEnd), a character that starts nothing is "Unexpected character" (observed on mono:
    // "[x]", "[}", "}", "{\"a\":]}", "]"). char.IsNumber characters beyond 0-9 go to ParseNumber,
    // whose message differs between Json.NET versions: refused, as the lenient starts are.
    if (c === "]" && container === "Object") this.mismatch("EndArray", "Object");
    if (c === "]" && container === undefined) {
      this.position++;
      this.error("JsonToken EndArray is not valid for closing JsonType None.");
    }
    if (c === "}" || !(VALUE_START.test(c) || /\p{N}/u.test(c)))
      this.error(`Unexpected character encountered while parsing value: ${c}.`);
    return refuse(`'${c}' where a value is due`, this.text, this.position);
  }

  literal(): JsonValueNode {
    const c = this.text[this.position];
    const word = c === "t" ? "true" : c === "f" ? "false" : "null";
    const what = `Error parsing ${word === "null" ? "null" : "boolean"} value.`;
    // ParseValue reads 'n' as null only before 'u' (before 'e' a constructor); at the end of the
    // text 13.x moves past it and throws CreateUnexpectedEndException (6.0.8 on mono: "Unexpected
    // end." at the 'n').
    const second = this.text[this.position + 1];
    if (word === "null" && second !== "u") {
      if (second === "e") refuse("a constructor", this.text, this.position);
      if (second === undefined) {
        this.position++;
        this.error("Unexpected end when reading JSON.");
      }
      this.error("Unexpected character encountered while parsing value: n.");
    }
    if (!this.text.startsWith(word, this.position)) this.error(what);
    this.position += word.length;
    // MatchValueWithTrailingSeparator: the word must end at a separator (white space, ',', ']',
    // '}', a comment), else "Error parsing boolean value." after it (mono: "[truex]", "[true+]",
    // "[null1]" at position 5, "truex" at 4).
    const next = this.text[this.position];
    if (next === "/" && /[*/]/.test(this.text[this.position + 1] ?? ""))
      refuse("a comment", this.text, this.position);
    if (next !== undefined && !/[,\]}]/.test(next) && !isDotnetWhiteSpace(next)) this.error(what);
    this.count();
    return word === "null" ? jsonNull() : new JsonValueNode("Boolean", word === "true");
  }

  number(): JsonValueNode {
    const start = this.position;
    while (this.position < this.text.length && /[0-9A-Za-z.+-]/.test(this.text[this.position]!))
      this.position++;
    const text = this.text.slice(start, this.position);
    // Json.NET counts a number before converting it (ParseReadNumber: SetPostValueState first).
    this.count();
    const strict = STRICT_NUMBER.exec(text);
    if (!strict) {
      if (BAD_NUMBER.test(text)) this.error(`Input string '${text}' is not a valid number.`);
      return refuse(`the number '${text}'`, this.text, start);
    }
    if (strict[1] === undefined && strict[2] === undefined) {
      const value = BigInt(text);
      if (!isInt64(value) && text.length > MAX_INTEGER_LENGTH)
        this.error(`JSON integer ${text} is too large to parse.`);
      return new JsonValueNode("Integer", value);
    }
    const value = Number(text);
    // double.Parse overflows to an OverflowException, which Json.NET reports as a bad number.
    if (!Number.isFinite(value)) this.error(`Input string '${text}' is not a valid number.`);
    return new JsonValueNode("Float", value === 0 ? 0 : value);
  }

  string(): string {
    this.position++;
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
    }
  }

  object(): JsonObjectNode {
    this.open("Object");
    const node = new JsonObjectNode();
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.endOfContent();
      if (c === "}") {
        if (!first) refuse("a trailing comma", this.text, this.position);
        this.close();
        return node;
      }
      // JsonTextReader.ParseProperty: a single quote or an identifier character
      // (char.IsLetterOrDigit, '_', '$') starts a lenient name; anything else is refused there.
      if (c !== '"' && !/[\p{L}\p{Nd}_$']/u.test(c))
        this.error(`Invalid property identifier character: ${c}.`);
      if (c !== '"') refuse(`the property name starting '${c}'`, this.text, this.position);
      const name = this.string();
      const colon = this.peek();
      if (colon !== ":")
        this.error(
          `Invalid character after parsing property name. Expected ':' but got: ${colon ?? ""}.`,
        );
      this.position++;
      this.scopes.at(-1)!.name = name;
      this.started = true;
      // The last duplicate wins, in the first one's place (JObject.Parse, mono: {"a":3,"b":2}).
      const item = this.value("Object");
      if (this.duplicates === "move") node.remove(name);
      node.set(name, item);
      const after = this.peek();
      if (after === undefined) this.endOfContent();
      if (after === "}") {
        this.close();
        return node;
      }
      if (after === "]") this.mismatch("EndArray", "Object");
      if (after !== ",")
        this.error(`After parsing a value an unexpected character was encountered: ${after}.`);
      this.position++;
      first = false;
    }
  }

  /** A bracket that closes another kind of container (JsonReader.ValidateEnd: popped, then thrown). */
  mismatch(token: "EndObject" | "EndArray", type: "Object" | "Array"): never {
    this.close();
    this.error(`JsonToken ${token} is not valid for closing JsonType ${type}.`);
  }

  array(): JsonArrayNode {
    this.open("Array");
    const node = new JsonArrayNode();
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.endOfContent();
      if (c === "]") {
        if (!first) refuse("a trailing comma", this.text, this.position);
        this.close();
        return node;
      }
      if (c === ",") refuse("an empty array element", this.text, this.position);
      node.append(this.value("Array"));
      const after = this.peek();
      if (after === undefined) this.endOfContent();
      if (after === "]") {
        this.close();
        return node;
      }
      if (after === "}") this.mismatch("EndObject", "Array");
      if (after !== ",")
        this.error(`After parsing a value an unexpected character was encountered: ${after}.`);
      this.position++;
      first = false;
    }
  }
}

/**
 * Reads one JSON value; `expect` checks its kind as JObject.Parse / JArray.Parse do; `onValue`
 * sees the value and the offset after it before any text after it is read.
 */
export function readJson(
  text: string | null,
  expect?: "Object" | "Array",
  duplicates?: Duplicates,
  onValue?: (node: JsonNode, end: number) => void,
): JsonNode {
  if (text === null || text === undefined) throw new JsonReaderException("Value cannot be null.");
  const reader = new Reader(text, duplicates);
  const first = reader.peek();
  const load = expect ? `J${expect}` : "JToken";
  if (first === undefined) reader.error(`Error reading ${load} from JsonReader.`);
  // JObject.Load / JArray.Load read the first token, then check its type: "… Current JsonReader
  // item is not an object: StartArray." after the token (observed on mono; 13.x source the same).
  const open = first === "{" ? "Object" : first === "[" ? "Array" : undefined;
  if (expect && open !== expect) {
    // A value's JsonToken is named as its JTokenType (String, Date, Integer, Float, Boolean, Null).
    let token: string;
    if (open) {
      reader.open(open);
      token = `Start${open}`;
    } else token = reader.value(undefined).kind;
    reader.error(
      `Error reading J${expect} from JsonReader. Current JsonReader item is not ${expect === "Object" ? "an object" : "an array"}: ${token}.`,
    );
  }
  const node = reader.value(undefined);
  onValue?.(node, reader.position);
  const rest = reader.peek();
  if (rest !== undefined)
    reader.error(`Additional text encountered after finished reading JSON content: ${rest}.`);
  return node;
}

/** Whether a bigint is an Int64 (else Json.NET holds a BigInteger). */
export function isInt64(value: bigint): boolean {
  return value >= INT64_MIN && value <= INT64_MAX;
}
