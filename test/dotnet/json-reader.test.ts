// Json.NET's JsonTextReader as JToken.Parse, JObject.Parse and JArray.Parse use it
// (harness/dotnet/json/reader.ts, reader-position.ts): the tokens read, and the JsonReaderException
// messages with Json.NET's path, line and position. Every expected value on a text's first line
// was printed by Debian's Json.NET on mono (6.0.8, test/dotnet/json/ probes: JToken.Parse(text)
// in a try/catch writing e.GetType().Name and e.Message); lines after the first follow Json.NET
// 13.x's JsonTextReader (OnNewLine(_charPos): the position counts from the character after the
// line break; 6.0.8 counted one more), and where 13.x differs from 6.0.8 the test says so.
import { beforeAll, describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { installDotnet, runInDotnetEnvironment } from "../../harness/dotnet/index.ts";
import { DotnetException } from "../../harness/dotnet/exceptions.ts";
import { isInt64, readJson } from "../../harness/dotnet/json/reader.ts";
import { nodeOf } from "../../harness/dotnet/json/views.ts";
import {
  JsonArrayNode,
  JsonObjectNode,
  JsonPropertyNode,
  JsonValueNode,
  jsonNull,
} from "../../harness/dotnet/json/nodes.ts";
import { Formatting, JArray, JObject, JToken } from "../../src/dotnet/json.ts";

beforeAll(() => installDotnet());

type Kind = "JToken" | "JObject" | "JArray";
const parse = (text: string, kind: Kind = "JToken") =>
  runInDotnetEnvironment({ instant: 0 }, () =>
    (kind === "JToken" ? JToken : kind === "JObject" ? JObject : JArray).Parse(text),
  );
/** What `catch (Exception e)` prints: the .NET type and Message. */
function failure(text: string, kind: Kind = "JToken"): string {
  try {
    parse(text, kind);
  } catch (error) {
    if (error instanceof DotnetException) return `${error.dotnetType}: ${error.message}`;
    throw error;
  }
  throw new Error(`${JSON.stringify(text)} was read`);
}
const reader = (message: string) => `Newtonsoft.Json.JsonReaderException: ${message}`;
const compact = (text: string, kind: Kind = "JToken") =>
  (parse(text, kind) as JToken).ToString(Formatting.None);

describe("tokens read", () => {
  it("reads each JSON value kind as Json.NET's JTokenType (mono: Integer, Float, String, Boolean, Null, Date)", () => {
    const array = parse('[1, -2.5e3, "x", true, false, null, "2020-01-02T03:04:05Z", {}, []]');
    const types = (nodeOf(array) as JsonArrayNode).items.map((n) => n.kind);
    expect(types).toEqual([
      "Integer",
      "Float",
      "String",
      "Boolean",
      "Boolean",
      "Null",
      "Date",
      "Object",
      "Array",
    ]);
  });

  it("keeps integers exact (Int64, BigInteger beyond) and reads -0.0 as 0 (mono prints 0.0)", () => {
    const items = (
      nodeOf(parse("[9223372036854775807, -9223372036854775809, 1.5, -0.0, 0]")) as JsonArrayNode
    ).items as JsonValueNode[];
    expect(items.map((n) => n.value)).toEqual([
      9223372036854775807n,
      -9223372036854775809n,
      1.5,
      0,
      0n,
    ]);
    expect(Object.is(items[3]!.value, -0)).toBe(false);
    expect(compact("[-0.0]")).toBe("[0.0]");
    expect(isInt64(9223372036854775807n)).toBe(true);
    expect(isInt64(9223372036854775808n)).toBe(false);
    expect(isInt64(-9223372036854775808n)).toBe(true);
    expect(isInt64(-9223372036854775809n)).toBe(false);
  });

  it("reads the escapes, raw control characters and any white space Json.NET accepts", () => {
    // mono: "\"\\\/\b\f\n\r\t\u00e9" is the eight characters; U+00A0 and U+2028 separate tokens.
    const text = (nodeOf(parse('"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00C9"')) as JsonValueNode)
      .value;
    expect(text).toBe('"\\/\b\f\n\r\téÉ');
    expect(compact("\u00a0[\u20281,\t2 ,\r\n3]\u3000")).toBe("[1,2,3]");
    expect((nodeOf(parse('"a\u0001b"')) as JsonValueNode).value).toBe("a\u0001b");
    expect(compact("[true\u00a0,false\u2028,null\t]")).toBe("[true,false,null]");
  });

  it("keeps the last of duplicate names in the first one's place (JObject.Parse, mono)", () => {
    expect(compact('{"a":1,"b":2,"a":3}')).toBe('{"a":3,"b":2}');
    const moved = readJson('{"a":1,"b":2,"a":3}', undefined, "move") as JsonObjectNode;
    expect(moved.properties.map((p) => p.name)).toEqual(["b", "a"]);
  });

  it("reads nested containers in order", () => {
    expect(compact(' { "a" : [ 1 , { "b" : null } ] , "c" : { } } ')).toBe(
      '{"a":[1,{"b":null}],"c":{}}',
    );
    expect(compact("[[],[[]],{}]", "JArray")).toBe("[[],[[]],{}]");
    expect(compact('{"x":[true,false]}', "JObject")).toBe('{"x":[true,false]}');
  });

  it("accepts 64 nested containers and refuses a 65th (Json.NET 13's MaxDepth 64; 6.0.8 has none)", () => {
    // JsonReader() sets _maxDepth = 64; Push throws when Depth + 1 > 64 (13.x source).
    expect(compact("[".repeat(64) + "]".repeat(64))).toBe("[".repeat(64) + "]".repeat(64));
    expect(() => parse("[".repeat(65) + "]".repeat(65))).toThrow(HarnessRefusal);
    expect(() => parse('{"a":'.repeat(65) + "1" + "}".repeat(65))).toThrow("MaxDepth of 64");
  });
});

describe("JsonReaderException messages", () => {
  it.each([
    // [text, Json.NET's message on mono]
    ["[1,", "Unexpected end of content while loading JArray. Path '[0]', line 1, position 3."],
    ['{"a":1', "Unexpected end of content while loading JObject. Path 'a', line 1, position 6."],
    // The outermost container is named (JContainer.ReadTokenFrom of the root).
    [
      '{"a":[1,2',
      "Unexpected end of content while loading JObject. Path 'a[1]', line 1, position 9.",
    ],
    ["[1,[", "Unexpected end of content while loading JArray. Path '[1]', line 1, position 4."],
    ["[[", "Unexpected end of content while loading JArray. Path '[0]', line 1, position 2."],
    ['{"a":{', "Unexpected end of content while loading JObject. Path 'a', line 1, position 6."],
    ["[{}", "Unexpected end of content while loading JArray. Path '[0]', line 1, position 3."],
    ['{"a":[]', "Unexpected end of content while loading JObject. Path 'a', line 1, position 7."],
    [
      '{"a":1,"b":',
      "Unexpected end of content while loading JObject. Path 'b', line 1, position 11.",
    ],
    ["  [1,  ", "Unexpected end of content while loading JArray. Path '[0]', line 1, position 7."],
    [
      '[1,{"b":[true,',
      "Unexpected end of content while loading JArray. Path '[1].b[0]', line 1, position 14.",
    ],
    ["[", "Error reading JArray from JsonReader. Path '', line 1, position 1."],
    ["{ ", "Error reading JObject from JsonReader. Path '', line 1, position 2."],
    [
      "[1 2]",
      "After parsing a value an unexpected character was encountered: 2. Path '[0]', line 1, position 3.",
    ],
    [
      '{"a":1 "b"}',
      "After parsing a value an unexpected character was encountered: \". Path 'a', line 1, position 7.",
    ],
    [
      '{"a":{"b":{"c":1 2}}}',
      "After parsing a value an unexpected character was encountered: 2. Path 'a.b.c', line 1, position 17.",
    ],
    [
      "[[1],[2,[3 x]]]",
      "After parsing a value an unexpected character was encountered: x. Path '[1][1][0]', line 1, position 11.",
    ],
    [
      '{"a":[{},{"b":[[],[1 2]]}]}',
      "After parsing a value an unexpected character was encountered: 2. Path 'a[1].b[1][0]', line 1, position 21.",
    ],
    [
      "[{}, {}  x]",
      "After parsing a value an unexpected character was encountered: x. Path '[1]', line 1, position 9.",
    ],
    [
      '{"":{"":[1 2]}}',
      "After parsing a value an unexpected character was encountered: 2. Path '[0]', line 1, position 11.",
    ],
    [
      '{"a b":[1 2]}',
      "After parsing a value an unexpected character was encountered: 2. Path '['a b'][0]', line 1, position 10.",
    ],
    [
      '{"a.b":[1 2]}',
      "After parsing a value an unexpected character was encountered: 2. Path '['a.b'][0]', line 1, position 10.",
    ],
    [
      "[true false]",
      "After parsing a value an unexpected character was encountered: f. Path '[0]', line 1, position 6.",
    ],
    ["[tru]", "Error parsing boolean value. Path '', line 1, position 1."],
    [
      '{"a":[{"b":1},{"c":fals}]}',
      "Error parsing boolean value. Path 'a[1].c', line 1, position 19.",
    ],
    ['{"a":nul}', "Error parsing null value. Path 'a', line 1, position 5."],
    ["[null,nulx]", "Error parsing null value. Path '[0]', line 1, position 6."],
    ["tru", "Error parsing boolean value. Path '', line 0, position 0."],
    ["nul", "Error parsing null value. Path '', line 0, position 0."],
    ["  tru", "Error parsing boolean value. Path '', line 1, position 2."],
    ['["\\q"]', "Bad JSON escape sequence: \\q. Path '', line 1, position 4."],
    ['"\\q"', "Bad JSON escape sequence: \\q. Path '', line 1, position 3."],
    ['"\\u00"', "Unexpected end while parsing unicode character. Path '', line 1, position 3."],
    ['"abc\\u00', "Unexpected end while parsing unicode character. Path '', line 1, position 6."],
    ['"abc', "Unterminated string. Expected delimiter: \". Path '', line 1, position 4."],
    ['"\\', "Unterminated string. Expected delimiter: \". Path '', line 1, position 2."],
    ['{"a":"x', "Unterminated string. Expected delimiter: \". Path 'a', line 1, position 7."],
    ['{"abc', "Unterminated string. Expected delimiter: \". Path '', line 1, position 5."],
    ['{"a":1,"b', "Unterminated string. Expected delimiter: \". Path 'a', line 1, position 9."],
    [
      "[1]x",
      "Additional text encountered after finished reading JSON content: x. Path '', line 1, position 3.",
    ],
    [
      '{"a":1}}',
      "Additional text encountered after finished reading JSON content: }. Path '', line 1, position 7.",
    ],
    [
      "1 2",
      "Additional text encountered after finished reading JSON content: 2. Path '', line 1, position 2.",
    ],
    [
      '{"a":}',
      "Unexpected character encountered while parsing value: }. Path 'a', line 1, position 5.",
    ],
    ["x", "Unexpected character encountered while parsing value: x. Path '', line 0, position 0."],
    [" x", "Unexpected character encountered while parsing value: x. Path '', line 1, position 1."],
    [
      "[x]",
      "Unexpected character encountered while parsing value: x. Path '', line 1, position 1.",
    ],
    [
      "[+1]",
      "Unexpected character encountered while parsing value: +. Path '', line 1, position 1.",
    ],
    [
      '{"a":x}',
      "Unexpected character encountered while parsing value: x. Path 'a', line 1, position 5.",
    ],
    [
      "[nan]",
      "Unexpected character encountered while parsing value: n. Path '', line 1, position 1.",
    ],
    [
      "[n]",
      "Unexpected character encountered while parsing value: n. Path '', line 1, position 1.",
    ],
    ["[}", "Unexpected character encountered while parsing value: }. Path '', line 1, position 1."],
    ["}", "Unexpected character encountered while parsing value: }. Path '', line 0, position 0."],
    [
      "  }",
      "Unexpected character encountered while parsing value: }. Path '', line 1, position 2.",
    ],
    [
      "]",
      "JsonToken EndArray is not valid for closing JsonType None. Path '', line 1, position 1.",
    ],
    [
      '{"a":]}',
      "JsonToken EndArray is not valid for closing JsonType Object. Path '', line 1, position 6.",
    ],
    [
      '{"a":1 ]',
      "JsonToken EndArray is not valid for closing JsonType Object. Path '', line 1, position 8.",
    ],
    ["{]", "Invalid property identifier character: ]. Path '', line 1, position 1."],
    ["{-", "Invalid property identifier character: -. Path '', line 1, position 1."],
    ['{"a":1,,"b":2}', "Invalid property identifier character: ,. Path 'a', line 1, position 7."],
    ['{"a":1,]', "Invalid property identifier character: ]. Path 'a', line 1, position 7."],
    ["[fx]", "Error parsing boolean value. Path '', line 1, position 1."],
    ["t", "Error parsing boolean value. Path '', line 0, position 0."],
    // 13.x ParseValue: `_charPos++; throw CreateUnexpectedEndException()` (6.0.8 on mono:
    // "Unexpected end. Path '', line 0, position 0.").
    ["n", "Unexpected end when reading JSON. Path '', line 1, position 1."],
    ['{"b":n', "Unexpected end when reading JSON. Path 'b', line 1, position 6."],
    ["[truex]", "Error parsing boolean value. Path '', line 1, position 5."],
    ['[true"x"]', "Error parsing boolean value. Path '', line 1, position 5."],
    ["[true)]", "Error parsing boolean value. Path '', line 1, position 5."],
    ["[true/]", "Error parsing boolean value. Path '', line 1, position 5."],
    ["[null1]", "Error parsing null value. Path '', line 1, position 5."],
    ["[false:]", "Error parsing boolean value. Path '', line 1, position 6."],
    ['{"a":null:}', "Error parsing null value. Path 'a', line 1, position 9."],
    ["truex", "Error parsing boolean value. Path '', line 1, position 4."],
    [
      "true x",
      "Additional text encountered after finished reading JSON content: x. Path '', line 1, position 5.",
    ],
    [
      '{"a" 1}',
      "Invalid character after parsing property name. Expected ':' but got: 1. Path '', line 1, position 5.",
    ],
    ["{,}", "Invalid property identifier character: ,. Path '', line 1, position 1."],
    ["[-]", "Input string '-' is not a valid number. Path '[0]', line 1, position 2."],
    ["-", "Input string '-' is not a valid number. Path '', line 1, position 1."],
    ['{"a":1e}', "Input string '1e' is not a valid number. Path 'a', line 1, position 7."],
    ["[1,--1]", "Input string '--1' is not a valid number. Path '[1]', line 1, position 6."],
    ["[1.5.2]", "Input string '1.5.2' is not a valid number. Path '[0]', line 1, position 6."],
    ["[1e400]", "Input string '1e400' is not a valid number. Path '[0]', line 1, position 6."],
    ["[-1e400]", "Input string '-1e400' is not a valid number. Path '[0]', line 1, position 7."],
    [
      '{"a":[1]]',
      "JsonToken EndArray is not valid for closing JsonType Object. Path '', line 1, position 9.",
    ],
    [
      '[{"a":1]',
      "JsonToken EndArray is not valid for closing JsonType Object. Path '[0]', line 1, position 8.",
    ],
    [
      "[1}",
      "JsonToken EndObject is not valid for closing JsonType Array. Path '', line 1, position 3.",
    ],
    [
      '{"a":[1}',
      "JsonToken EndObject is not valid for closing JsonType Array. Path 'a', line 1, position 8.",
    ],
    [
      "[[1]}",
      "JsonToken EndObject is not valid for closing JsonType Array. Path '', line 1, position 5.",
    ],
    ["", "Error reading JToken from JsonReader. Path '', line 0, position 0."],
    ["  ", "Error reading JToken from JsonReader. Path '', line 1, position 2."],
  ])("JToken.Parse(%j) throws Json.NET's message", (text, message) => {
    expect(failure(text)).toBe(reader(message));
  });

  it("rejects integers longer than 380 characters beyond Int64 (MaximumJavascriptIntegerCharacterLength, mono)", () => {
    const long = "1".repeat(381);
    expect(failure(`[${long}]`)).toBe(
      reader(`JSON integer ${long} is too large to parse. Path '[0]', line 1, position 382.`),
    );
    expect(failure(`-${"1".repeat(380)}`)).toContain("is too large to parse.");
    expect(compact("1".repeat(380))).toBe("1".repeat(380));
  });

  it.each([
    // [kind, text, message]: JObject.Load / JArray.Load read the first token, then check it (mono).
    [
      "JObject",
      "[1,",
      "Error reading JObject from JsonReader. Current JsonReader item is not an object: StartArray. Path '', line 1, position 1.",
    ],
    [
      "JArray",
      '{"a":1',
      "Error reading JArray from JsonReader. Current JsonReader item is not an array: StartObject. Path '', line 1, position 1.",
    ],
    [
      "JObject",
      "12",
      "Error reading JObject from JsonReader. Current JsonReader item is not an object: Integer. Path '', line 1, position 2.",
    ],
    [
      "JArray",
      "1 2",
      "Error reading JArray from JsonReader. Current JsonReader item is not an array: Integer. Path '', line 1, position 1.",
    ],
    [
      "JObject",
      '"abc"',
      "Error reading JObject from JsonReader. Current JsonReader item is not an object: String. Path '', line 1, position 5.",
    ],
    [
      "JArray",
      '"a" x',
      "Error reading JArray from JsonReader. Current JsonReader item is not an array: String. Path '', line 1, position 3.",
    ],
    [
      "JObject",
      "true",
      "Error reading JObject from JsonReader. Current JsonReader item is not an object: Boolean. Path '', line 1, position 4.",
    ],
    [
      "JArray",
      "null",
      "Error reading JArray from JsonReader. Current JsonReader item is not an array: Null. Path '', line 1, position 4.",
    ],
    [
      "JObject",
      "1.5",
      "Error reading JObject from JsonReader. Current JsonReader item is not an object: Float. Path '', line 1, position 3.",
    ],
    [
      "JArray",
      '"2020-01-01T00:00:00"',
      "Error reading JArray from JsonReader. Current JsonReader item is not an array: Date. Path '', line 1, position 21.",
    ],
    ["JObject", "tru", "Error parsing boolean value. Path '', line 0, position 0."],
    ["JArray", "-", "Input string '-' is not a valid number. Path '', line 1, position 1."],
    ["JObject", "", "Error reading JObject from JsonReader. Path '', line 0, position 0."],
    ["JArray", "  ", "Error reading JArray from JsonReader. Path '', line 1, position 2."],
    [
      "JObject",
      "x",
      "Unexpected character encountered while parsing value: x. Path '', line 0, position 0.",
    ],
    [
      "JObject",
      '{"a":[1]]',
      "JsonToken EndArray is not valid for closing JsonType Object. Path '', line 1, position 9.",
    ],
    [
      "JArray",
      "[[1]}",
      "JsonToken EndObject is not valid for closing JsonType Array. Path '', line 1, position 5.",
    ],
  ] as const)("%s.Parse(%j) throws Json.NET's message", (kind, text, message) => {
    expect(failure(text, kind)).toBe(reader(message));
  });

  it("counts lines as Json.NET 13.x does (\\r\\n, \\r or \\n; the position from the line's start)", () => {
    // 13.x JsonTextReader: ProcessLineFeed/ProcessCarriageReturn move past the break, then
    // OnNewLine(_charPos) sets the line's start there. mono's 6.0.8 printed the same lines with
    // each position one higher (its OnNewLine kept the break in the line).
    expect(failure("[1,\n 2,\n 3")).toBe(
      reader("Unexpected end of content while loading JArray. Path '[2]', line 3, position 2."),
    );
    expect(failure('{"a":\n  [1,\n   tru]}')).toBe(
      reader("Error parsing boolean value. Path 'a[0]', line 3, position 3."),
    );
    expect(failure("[1,\r\n2 3]")).toBe(
      reader(
        "After parsing a value an unexpected character was encountered: 3. Path '[1]', line 2, position 2.",
      ),
    );
    expect(failure("\r\r[1 2]")).toContain("Path '[0]', line 3, position 3.");
    expect(failure("\n\r[1 2]")).toContain("Path '[0]', line 3, position 3.");
    expect(failure("\r\n\r\n[1 2]")).toContain("Path '[0]', line 3, position 3.");
    expect(failure('{"a":1}\n\n  x')).toContain("Path '', line 3, position 2.");
    expect(failure("\r\n[1 2]", "JObject")).toContain("StartArray. Path '', line 2, position 1.");
    expect(failure("\r\n  ")).toBe(
      reader("Error reading JToken from JsonReader. Path '', line 2, position 2."),
    );
    // Nothing read and at a line's start: line 0 (13.x LineNumber: State.Start, LinePosition 0;
    // 6.0.8 printed line 2, position 1).
    expect(failure("\n")).toBe(
      reader("Error reading JToken from JsonReader. Path '', line 0, position 0."),
    );
  });

  it("writes a property name with Json.NET 13.x's special characters in brackets, escaped", () => {
    // JsonPosition.SpecialCharacters and WriteEscapedJavaScriptString with a single quote (13.x
    // source); 6.0.8 on mono bracketed only names with '.', ' ', '[', ']', '(' or ')'.
    const path = (name: string) =>
      /Path '(.*)', line/.exec(failure(`{${JSON.stringify(name)}:[1 2]}`))![1];
    expect(path("it's")).toBe("['it\\'s'][0]");
    expect(path("a\\b")).toBe("['a\\\\b'][0]");
    expect(path("a\tb\n\r\f\b")).toBe("['a\\tb\\n\\r\\f\\b'][0]");
    expect(path('a"b')).toBe("['a\"b'][0]");
    expect(path("a/b(c)")).toBe("['a/b(c)'][0]");
    expect(path("a\u0001\u2028")).toBe("['a\\u0001\\u2028'][0]");
    expect(path("é_1")).toBe("é_1[0]");
    // 13.x writes no '.' before a bracketed name (6.0.8 printed 'a.['b c'].d[0]').
    expect(/Path '(.*)', line/.exec(failure('{"a":{"b c":{"d":[1 2]}}}'))![1]).toBe(
      "a['b c'].d[0]",
    );
  });
});

describe("lenient syntax refused", () => {
  it.each([
    ['{"a":1,}', "trailing comma"],
    ["[1.]", "number '1.'"],
    ["[.5]", "'.'"],
    ["[0x1F]", "number '0x1F'"],
    ['["\\u12"]', "escape"],
    ["[true/* c */]", "comment"],
    ["[new Date(1)]", "constructor"],
    ["[undefined]", "'u'"],
    ["[Infinity]", "'I'"],
    ["['x']", "'''"],
    ["{'a':1}", "property name starting '''"],
    ["{é:1}", "property name starting 'é'"],
    ["{_a:1}", "property name starting '_'"],
    ["{$a:1}", "property name starting '$'"],
    ["{1:1}", "property name starting '1'"],
    // char.IsNumber beyond 0-9: ParseNumber's message differs between versions.
    ["[\u00b2]", "'²'"],
    ["\u0663", "'٣'"],
    ["[,1]", "empty array element"],
    [")", "')'"],
    ["[1,]", "trailing comma"],
    ["[1 /* c */]", "comment"],
  ])("%j", (text, why) => {
    expect(() => parse(text)).toThrow(why);
  });
});

describe("token tree", () => {
  it("copies a token that already has a parent (Json.NET: the original stays in place)", () => {
    const value = new JsonValueNode("Integer", 1n);
    const first = new JsonArrayNode();
    first.append(value);
    const second = new JsonArrayNode();
    second.append(value);
    expect(first.items[0]).toBe(value);
    expect(second.items[0]).not.toBe(value);
    expect(second.items[0]!.parent).toBe(second);
    expect(value.parent).toBe(first);
    const property = new JsonPropertyNode("p", value);
    expect(property.value).not.toBe(value);
    expect(property.value.parent).toBe(property);
  });

  it("sets an object's property in place, appends a new one, and removes by name", () => {
    const object = new JsonObjectNode();
    object.set("a", jsonNull());
    object.set("b", new JsonValueNode("Boolean", true));
    const replaced = new JsonValueNode("String", "x");
    object.set("a", replaced);
    expect(object.properties.map((p) => [p.name, (p.value as JsonValueNode).value])).toEqual([
      ["a", "x"],
      ["b", true],
    ]);
    expect(object.find("a")!.value).toBe(replaced);
    expect(replaced.parent).toBe(object.find("a"));
    expect(object.find("a")!.parent).toBe(object);
    const b = object.find("b")!;
    expect(object.remove("b")).toBe(true);
    expect(b.parent).toBeNull();
    expect(object.remove("b")).toBe(false);
    expect(object.properties).toHaveLength(1);
  });

  it("deep-copies objects, arrays and properties (DeepClone)", () => {
    const root = readJson('{"a":[1,{"b":"c"}],"d":null}') as JsonObjectNode;
    const copy = root.clone();
    expect(copy).not.toBe(root);
    expect(copy.parent).toBeNull();
    const array = copy.find("a")!.value as JsonArrayNode;
    expect(array).not.toBe(root.find("a")!.value);
    expect(array.parent).toBe(copy.find("a"));
    expect(array.items[1]!.parent).toBe(array);
    expect((array.items[0] as JsonValueNode).value).toBe(1n);
    expect(((array.items[1] as JsonObjectNode).find("b")!.value as JsonValueNode).value).toBe("c");
    expect(copy.find("d")!.value.kind).toBe("Null");
  });
});
