// What an expression sees of a Json.NET token (harness/dotnet/json/views.ts, index.ts): members,
// indexers, Add/Remove, JValue's constructor, JsonConvert and C#'s casts of a token. Expected
// values were printed by Debian's Json.NET 6.0.8 on mono (probe: each member on
// {"a":1,"b":[1,2],"c":null,"d":{}}), except where Json.NET 13.x's source (which APIM runs)
// changed a message since; those tests cite the source.
import { beforeAll, describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { DotnetException } from "../../harness/dotnet/exceptions.ts";
import { installDotnet, runInDotnetEnvironment } from "../../harness/dotnet/index.ts";
import {
  castIfJson,
  JArrayStatics,
  JObjectStatics,
  JTokenStatics,
  nodeOf,
  view,
} from "../../harness/dotnet/json/index.ts";
import { JsonValueNode } from "../../harness/dotnet/json/nodes.ts";
import {
  TYPED_JSON_DESERIALIZE,
  TYPED_JSON_TO_OBJECT,
  TYPED_JSON_VALUE,
} from "../../src/compile/tag-names.ts";
import {
  Formatting,
  JArray,
  JObject,
  JsonConvert,
  JToken,
  JTokenType,
  JValue,
} from "../../src/dotnet/json.ts";

beforeAll(() => installDotnet());

const DOCUMENT = '{"a":1,"b":[1,2],"c":null,"d":{}}';
const parse = () => JObject.Parse(DOCUMENT);
const compact = (token: unknown) => (token as JToken).ToString(Formatting.None);
/** What `catch (Exception e)` prints: the .NET type and Message. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DotnetException) return `${error.dotnetType}: ${error.message}`;
    throw error;
  }
  return "no exception";
}
type Loose = Record<string, unknown>;

describe("indexers", () => {
  it("reads an object's property, null when absent, a null token for JSON null (mono)", () => {
    const o = parse();
    expect(o["x"]).toBeNull();
    expect(o["c"]!.Type).toBe(JTokenType.Null);
    expect(compact(o["b"])).toBe("[1,2]");
    expect(o["b"]).toBe(o["b"]);
  });

  it("reads an array's element by index; other keys and indices past the end throw", () => {
    const a = parse()["b"] as unknown as JArray;
    expect(compact(a[1])).toBe("2");
    // mono: a[5] and a[-1] "Index was out of range. Must be non-negative and less than the size of
    // the collection.\nParameter name: index" (List<T>'s indexer under JContainer.GetItem).
    const range =
      "System.ArgumentOutOfRangeException: Index was out of range. Must be non-negative and less than the size of the collection.\nParameter name: index";
    expect(failure(() => a[5])).toBe(range);
    expect(failure(() => a[-1])).toBe(range);
    expect(failure(() => a[2])).toBe(range);
    // Json.NET 13.x JArray.this[object] (8.0.1 changed 6.0.8's "Array position index expected.").
    expect(failure(() => (a as unknown as Loose)["x"])).toBe(
      'System.ArgumentException: Accessed JArray values with invalid key value: "x". Int32 array index expected.',
    );
    expect(failure(() => (a as unknown as Loose)["01"])).toContain('invalid key value: "01".');
  });

  it("throws InvalidOperationException on a JValue's or JProperty's indexer (mono)", () => {
    const o = parse();
    expect(failure(() => o["a"]!["x"])).toBe(
      "System.InvalidOperationException: Cannot access child value on Newtonsoft.Json.Linq.JValue.",
    );
    expect(failure(() => (o.Property("a") as unknown as Loose)["x"])).toBe(
      "System.InvalidOperationException: Cannot access child value on Newtonsoft.Json.Linq.JProperty.",
    );
  });

  it("sets an object's property in place or appends it, null as a JSON null (mono)", () => {
    const o = parse();
    o["a"] = JArray.Parse("[1]") as unknown as JToken;
    (o as unknown as Loose)["n"] = null;
    expect(compact(o)).toBe('{"a":[1],"b":[1,2],"c":null,"d":{},"n":null}');
  });

  it("sets an array's element; past the end or below 0 throws (JContainer.SetItem)", () => {
    const a = parse()["b"] as unknown as JArray;
    const old = a[1];
    (a as unknown as Loose)[1] = "x";
    expect(compact(a)).toBe('[1,"x"]');
    expect(nodeOf(old)!.parent).toBeNull();
    expect(nodeOf(a[1])!.parent).toBe(nodeOf(a));
    // mono and 13.x: "Index is equal to or greater than Count."; 13.x: "Index is less than 0.".
    expect(failure(() => ((a as unknown as Loose)[5] = 1))).toBe(
      "System.ArgumentOutOfRangeException: Index is equal to or greater than Count.\nParameter name: index",
    );
    expect(failure(() => ((a as unknown as Loose)[2] = 1))).toContain("equal to or greater");
    expect(failure(() => ((a as unknown as Loose)[-1] = 1))).toBe(
      "System.ArgumentOutOfRangeException: Index is less than 0.\nParameter name: index",
    );
    expect(failure(() => ((a as unknown as Loose)["x"] = 1))).toBe(
      'System.ArgumentException: Set JArray values with invalid key value: "x". Int32 array index expected.',
    );
    expect(compact(a)).toBe('[1,"x"]');
  });

  it("throws on a JValue's setter (JToken.this[object]); JavaScript's own write of a member is refused", () => {
    const o = parse();
    expect(failure(() => ((o["a"] as unknown as Loose)["x"] = 1))).toBe(
      "System.InvalidOperationException: Cannot set child value on Newtonsoft.Json.Linq.JValue.",
    );
    // Policy code's `o["Count"] = v` goes through the indexer (see "keys that name a member");
    // a plain JavaScript write of a member name has no C# meaning.
    expect(() => Reflect.set(o, "Count", 1)).toThrow(HarnessRefusal);
  });

  it("answers JavaScript's own probes as absent, not as JSON keys", () => {
    // What `await`, printing and matchers read: JavaScript's own property reads, not policy code's
    // element reads (those are C#'s indexer, "keys that name a member" below).
    const o = parse() as unknown as Loose;
    for (const probe of [
      "then",
      "toJSON",
      "constructor",
      "asymmetricMatch",
      "nodeType",
      "$$typeof",
    ])
      expect(Reflect.get(o, probe)).toBeUndefined();
    expect(Reflect.get(o, "@@iterator")).toBeUndefined();
    expect(Reflect.get(o, "__proto__x")).toBeUndefined();
    expect(Reflect.get(o, Symbol.iterator)).toBeUndefined();
    expect("Count" in o).toBe(true);
    expect("a" in o).toBe(false);
    expect(Reflect.get(o, "thenx")).toBeNull();
  });
});

// Policy code's element accesses go through the indexer (the tagging transform writes
// elementRead/elementWrite, src/model/element-access.ts), so a key known only at run time that
// names a member of the twin indexes the token as C# does. Json.NET 13.x source: JObject's
// this[string] and this[object] (the property's value or null; another key type
// ArgumentException), JArray's this[object] (an Int32 only), JToken's this[object]
// (InvalidOperationException on a JValue); the same outcomes are checked on mono by
// test/conformance/cases/indexer-keys.ts.
describe("keys that name a member", () => {
  const MEMBER_NAMES = ["Type", "Count", "Property", "ContainsKey", "HasValues", "ToString"];
  const JS_NAMES = ["then", "constructor", "toJSON", "__proto__x", "@@iterator"];

  it("reads a JObject's property of that name, null when absent", () => {
    const o = JObject.Parse('{"Type":"t","Count":2,"then":[1],"constructor":{}}');
    const values = [...MEMBER_NAMES, ...JS_NAMES].map((k) => {
      const token = o[k];
      return token == null ? "null" : compact(token);
    });
    expect(values).toEqual([
      '"t"',
      "2",
      "null",
      "null",
      "null",
      "null",
      "[1]",
      "{}",
      "null",
      "null",
      "null",
    ]);
  });

  it("reads through JToken as through JObject; a JValue or JArray throws as Json.NET does", () => {
    const read = (text: string, k: string) => failure(() => JToken.Parse(text)[k]?.ToString());
    expect(read('{"Type":1}', "Type")).toBe("no exception");
    const first: string = "First";
    expect(JToken.Parse('{"First":true}')[first]!.ToString()).toBe("True");
    expect(read("1", "Type")).toBe(
      "System.InvalidOperationException: Cannot access child value on Newtonsoft.Json.Linq.JValue.",
    );
    // A string key on an array is ArgumentException even when it prints as an int.
    for (const k of ["Count", "0"])
      expect(read("[1,2]", k)).toBe(
        `System.ArgumentException: Accessed JArray values with invalid key value: "${k}". Int32 array index expected.`,
      );
  });

  it("assigns a JObject's property of that name, and refuses a number key as JObject's this[object]", () => {
    const o = JObject.Parse('{"a":1}');
    for (const k of ["Count", "Type", "then"]) o[k] = JToken.Parse(`"${k}"`);
    expect(compact(o)).toBe('{"a":1,"Count":"Count","Type":"Type","then":"then"}');
    expect(o.Count).toBe(4);
    const n: number = 0;
    expect(failure(() => (o as unknown as Loose)[n])).toBe(
      "System.ArgumentException: Accessed JObject values with invalid key value: 0. Object property name expected.",
    );
    expect(failure(() => ((o as unknown as Loose)[n] = 1))).toBe(
      "System.ArgumentException: Set JObject values with invalid key value: 0. Object property name expected.",
    );
  });

  it("indexes a JArray by a run-time int as by a literal one", () => {
    const a = JArray.Parse("[10,20]");
    const i: number = 1;
    expect(compact(a[i])).toBe("20");
    a[i] = JToken.Parse("true");
    expect(compact(a)).toBe("[10,true]");
  });
});

describe("members", () => {
  it("HasValues: a container with children or a property (mono)", () => {
    const o = parse();
    expect(o.HasValues).toBe(true);
    expect(o["d"]!.HasValues).toBe(false);
    expect(o["b"]!.HasValues).toBe(true);
    expect(JArray.Parse("[]").HasValues).toBe(false);
    expect((o.Property("a") as unknown as JToken).HasValues).toBe(true);
    expect(o["a"]!.HasValues).toBe(false);
  });

  it("Count, Property, Properties, ContainsKey and TryGetValue (mono)", () => {
    const o = parse();
    expect(o.Count).toBe(4);
    expect((o["b"] as unknown as JArray).Count).toBe(2);
    expect(o.Property("x")).toBeNull();
    const a = o.Property("a")!;
    expect(`${a.Name} ${a.Value.ToString()}`).toBe("a 1");
    expect(a.ToString()).toBe('"a": 1');
    expect(o.Property("b")!.ToString()).toBe('"b": [\r\n  1,\r\n  2\r\n]');
    expect(o.Property("b")!.ToString(Formatting.None)).toBe('"b":[1,2]');
    expect([...o.Properties()].map((p) => p.Name)).toEqual(["a", "b", "c", "d"]);
    expect(o.ContainsKey("c")).toBe(true);
    expect(o.ContainsKey("x")).toBe(false);
    const [found, value] = o.TryGetValue("c");
    expect(found).toBe(true);
    expect(value!.Type.ToString()).toBe("Null");
    expect(o.TryGetValue("x")).toEqual([false, null]);
  });

  it("Add and Remove on an object (mono)", () => {
    const o = parse();
    expect(failure(() => o.Add("a", 2))).toBe(
      "System.ArgumentException: Can not add property a to Newtonsoft.Json.Linq.JObject. Property with the same name already exists on object.",
    );
    o.Add("z", new JValue("s"));
    expect(compact(o)).toBe('{"a":1,"b":[1,2],"c":null,"d":{},"z":"s"}');
    expect(o.Remove("a")).toBe(true);
    expect(o.Remove("x")).toBe(false);
    expect(compact(o)).toBe('{"b":[1,2],"c":null,"d":{},"z":"s"}');
  });

  it("Add and Remove on an array; a token with a parent is copied (mono)", () => {
    const o = parse();
    const a = JArray.Parse("[]");
    a.Add(o["d"]);
    a.Add(null);
    a.Add("s");
    a.Add(1);
    a.Add(true);
    a.Add(9007199254740993n as unknown as number);
    a.Add([1, { x: [] }] as unknown as JToken);
    expect(compact(a)).toBe('[{},null,"s",1,true,9007199254740993,[1,{"x":[]}]]');
    expect(a[0]).not.toBe(o["d"]);
    expect(nodeOf(o["d"])!.parent).toBe(nodeOf(o.Property("d")));
    const b = o["b"] as unknown as JArray;
    const first = b[0];
    expect(b.Remove(first)).toBe(true);
    expect(compact(b)).toBe("[2]");
    expect(nodeOf(first)!.parent).toBeNull();
    expect(b.Remove(new JValue(2))).toBe(false);
    expect(b.Remove(first)).toBe(false);
    expect(() => a.Add(1.5)).toThrow(HarnessRefusal);
    expect(() => a.Add(new Date(0) as unknown as JToken)).toThrow(HarnessRefusal);
  });

  it("DeepClone copies; SelectToken selects; Type names the kind", () => {
    const o = parse();
    const copy = o.DeepClone() as JObject;
    expect(copy).not.toBe(o);
    expect(compact(copy)).toBe(DOCUMENT);
    copy["a"] = 2 as unknown as JToken;
    expect(compact(o["a"])).toBe("1");
    expect(compact(o.SelectToken("b[1]"))).toBe("2");
    expect(o.SelectToken("x")).toBeNull();
    expect(o.Type).toBe(JTokenType.Object);
    expect(String(o["b"]!.Type)).toBe("Array");
    expect((o.Property("a") as unknown as JToken).Type.ToString()).toBe("Property");
  });

  it("ToString: indented by default, Formatting.None on one line, a JValue's text (mono)", () => {
    const o = parse();
    expect(o.ToString(Formatting.Indented)).toBe(o.ToString());
    expect(o["b"]!.ToString()).toBe("[\r\n  1,\r\n  2\r\n]");
    expect(o["a"]!.ToString(Formatting.Indented)).toBe("1");
    expect(String(o["b"])).toBe("[\r\n  1,\r\n  2\r\n]");
    expect(`${JToken.Parse('"s"')}`).toBe("s");
    expect(String(Formatting.None)).toBe("None");
    expect(String(Formatting.Indented)).toBe("Indented");
  });
});

describe("JValue's constructor", () => {
  it("makes String, Integer and Boolean tokens (mono) and refuses other values", () => {
    expect(
      [new JValue("s"), new JValue(5), new JValue(true), new JValue(5n as unknown as number)].map(
        (v) => `${v.Type}:${compact(v)}`,
      ),
    ).toEqual(['String:"s"', "Integer:5", "Boolean:true", "Integer:5"]);
    expect(compact(new JValue("2020-01-01T00:00:00"))).toBe('"2020-01-01T00:00:00"');
    expect(() => new JValue(1.5)).toThrow("new JValue(1.5) is not simulated");
    expect(() => new JValue(null as unknown as string)).toThrow(HarnessRefusal);
  });
});

describe("JsonConvert", () => {
  it("SerializeObject writes a token on one line, null as null (mono)", () => {
    expect(JsonConvert.SerializeObject(parse())).toBe(DOCUMENT);
    expect(JsonConvert.SerializeObject(null)).toBe("null");
    expect(JsonConvert.SerializeObject(new JValue("x"))).toBe('"x"');
    expect(() => JsonConvert.SerializeObject({ a: 1 } as unknown as JToken)).toThrow(
      "serialises JSON tokens only",
    );
    expect(() =>
      (JsonConvert as unknown as { DeserializeObject(): void }).DeserializeObject(),
    ).toThrow("DeserializeObject<JObject>(text)");
  });

  it("DeserializeObject<T> reads as Parse does and checks the kind (13.x CreateJToken)", () => {
    const deserialize = (type: string, text: string) =>
      runInDotnetEnvironment({ instant: 0 }, () =>
        (JsonConvert as unknown as Record<string, (t: string, s: string) => unknown>)[
          TYPED_JSON_DESERIALIZE
        ]!(type, text),
      );
    expect(compact(deserialize("JObject", ' {"a":[1]} '))).toBe('{"a":[1]}');
    expect(compact(deserialize("JArray", "[1]"))).toBe("[1]");
    expect(compact(deserialize("JToken", "5"))).toBe("5");
    expect(() => deserialize("JValue", "5")).toThrow("DeserializeObject<JValue> is not simulated");
    expect(() => deserialize("JArray", "{}")).toThrow(
      "Deserialized JSON type 'Newtonsoft.Json.Linq.JObject' is not compatible with expected type 'Newtonsoft.Json.Linq.JArray'. Path '', line 1, position 2.",
    );
    expect(() => deserialize("JObject", '"x"')).toThrow(
      "Deserialized JSON type 'Newtonsoft.Json.Linq.JValue' is not compatible with expected type 'Newtonsoft.Json.Linq.JObject'. Path '', line 1, position 3.",
    );
    expect(() => deserialize("JArray", "\n{}\r\n")).toThrow("Path '', line 2, position 2.");
    // The kind is checked before the text after the value (13.x: CreateJToken, then
    // CheckAdditionalContent), a JSON null is no mismatch.
    expect(() => deserialize("JObject", "1 2")).toThrow(
      "'Newtonsoft.Json.Linq.JValue' is not compatible with expected type 'Newtonsoft.Json.Linq.JObject'. Path '', line 1, position 1.",
    );
    expect(() => deserialize("JArray", "{} 2")).toThrow("Path '', line 1, position 2.");
    expect(() => deserialize("JObject", "null x")).toThrow("Additional text encountered");
    expect(() => deserialize("JArray", "[] x")).toThrow("Additional text encountered");
    expect(deserialize("JArray", "null")).toBeNull();
    expect(() => deserialize("JObject", "[")).toThrow(HarnessRefusal);
    expect(() => deserialize("JObject", '{"a":')).toThrow(
      "DeserializeObject of JSON text that ends inside an object or array is not simulated (Json.NET 13 fails in its writer; the message was not observed)",
    );
  });
});

describe("casts and typed members", () => {
  it("casts a token as C# does and leaves other values alone", () => {
    const o = parse();
    expect(castIfJson(o["a"], "int?")).toEqual({ value: 1 });
    expect(castIfJson(o["a"], "string")).toEqual({ value: "1" });
    expect(castIfJson("1", "int?")).toBeUndefined();
    expect(castIfJson(null, "int?")).toBeUndefined();
  });

  it("Value<T>(key) and ToObject<T>() read the child and convert it (mono)", () => {
    const o = parse() as unknown as Record<string | symbol, (...args: unknown[]) => unknown>;
    expect(o[TYPED_JSON_VALUE]!("int", "a")).toBe(1);
    expect(o[TYPED_JSON_VALUE]!("int", "x")).toBe(0);
    expect(o[TYPED_JSON_VALUE]!("string", "c")).toBeNull();
    const one = parse()["a"] as unknown as Record<string | symbol, (...args: unknown[]) => unknown>;
    expect(one[TYPED_JSON_TO_OBJECT]!("long")).toBe(1);
  });

  it("reads, through the statics, each kind Parse expects", () => {
    expect(compact(JTokenStatics.Parse("[1]"))).toBe("[1]");
    expect(compact(JObjectStatics.Parse("{}"))).toBe("{}");
    expect(compact(JArrayStatics.Parse("[]"))).toBe("[]");
    expect(() => JArrayStatics.Parse("{}")).toThrow("not an array: StartObject");
    expect(nodeOf(view(new JsonValueNode("Null", null)))!.kind).toBe("Null");
    expect(nodeOf("text")).toBeUndefined();
    expect(nodeOf(null)).toBeUndefined();
  });
});
