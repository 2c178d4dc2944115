// The harness's Json.NET twin (harness/dotnet/json) where the conformance batch cannot compare:
// line ends (APIM's Windows hosts write "\r\n", mono on Linux "\n"), the refusals of Json.NET's
// lenient syntax, and dates with offsets in the gateway's zone. Every other behaviour is compared
// with the real Json.NET on mono by the conformance batch (test/conformance/batch.test.ts, family json).
import { beforeAll, describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { installDotnet, runInDotnetEnvironment } from "../../harness/dotnet/index.ts";
import {
  formatGeneral,
  formatJsonFloat,
  formatRoundTrip,
} from "../../harness/dotnet/json/number-format.ts";
import { TYPED_JSON_DESERIALIZE, TYPED_JSON_VALUES } from "../../src/compile/tag-names.ts";
import type { DateTime } from "../../src/dotnet/date-time.ts";
import { Formatting, JObject, JsonConvert, JToken } from "../../src/dotnet/json.ts";

beforeAll(() => installDotnet());

describe("JToken.ToString", () => {
  it("indents with two spaces and ends lines with \\r\\n, as Json.NET does on APIM's Windows hosts", () => {
    // Json.NET writes the TextWriter's NewLine (Environment.NewLine: "\r\n" on Windows); mono on
    // Linux printed the same text with "\n": {\n  "a": 1,\n  "b": [\n    1\n  ],\n  "c": {}\n}.
    expect(JObject.Parse('{"a":1,"b":[1],"c":{}}').ToString()).toBe(
      '{\r\n  "a": 1,\r\n  "b": [\r\n    1\r\n  ],\r\n  "c": {}\r\n}',
    );
    expect(JObject.Parse('{"a":1,"b":[1],"c":{}}').ToString(Formatting.None)).toBe(
      '{"a":1,"b":[1],"c":{}}',
    );
  });
});

describe("numbers", () => {
  it('writes doubles as .NET Framework\'s "R" and Convert.ToString do (values seen on mono)', () => {
    expect(formatJsonFloat(1)).toBe("1.0");
    expect(formatJsonFloat(1e20)).toBe("1E+20");
    expect(formatJsonFloat(1e-5)).toBe("1E-05");
    expect(formatJsonFloat(1e14)).toBe("100000000000000.0");
    expect(formatRoundTrip(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(formatGeneral(1.2345678901234567)).toBe("1.23456789012346");
    expect(formatGeneral(-0)).toBe("0");
  });
});

describe("dates", () => {
  it("reads an offset as gateway-local time (Kind Local) and writes the local offset", () => {
    // mono with TZ=Europe/Berlin: "2020-06-01T10:00:00.1234567-05:30" → "2020-06-01T17:30:00.1234567+02:00".
    const text = runInDotnetEnvironment({ instant: 0, timeZone: "Europe/Berlin" }, () =>
      JToken.Parse('"2020-06-01T10:00:00.1234567-05:30"').ToString(Formatting.None),
    );
    expect(text).toBe('"2020-06-01T17:30:00.1234567+02:00"');
  });
});

describe("refusals", () => {
  it.each([
    ["{a:1}", "property name"],
    ['{"a":1 /* c */}', "comment"],
    ["[1,]", "trailing comma"],
    ["[1,,2]", "empty array element"],
    ["[NaN]", "'N'"],
    ["[01]", "number '01'"],
    ["['x']", "'''"],
    ['"/Date(0)/"', "Microsoft JSON date"],
  ])("refuses Json.NET's lenient %s instead of guessing", (text, why) => {
    expect(() => JToken.Parse(text)).toThrow(HarnessRefusal);
    expect(() => JToken.Parse(text)).toThrow(why);
  });
});

describe("SelectToken", () => {
  // The subset's results are compared with Json.NET on mono by the conformance case
  // json.JToken.SelectToken; these paths are beyond it (Json.NET's results not all observed).
  it.each([
    ["$..a", "offset 1"],
    ["a[*]", "offset 1"],
    ["a[-1]", "offset 1"],
    ["a[0:1]", "offset 1"],
    ["a[?(@.b)]", "offset 1"],
    ['a["b"]', "offset 1"],
    ["a. b", "offset 1"],
    ["a.", "offset 1"],
    ["$a", "offset 1"],
    ["a.b-c", "offset 3"],
  ])("refuses the JSONPath %s beyond the simulated subset", (path, at) => {
    const token = JObject.Parse('{"a":{"b":[1]}}');
    expect(() => token.SelectToken(path)).toThrow(HarnessRefusal);
    expect(() => token.SelectToken(path)).toThrow(at);
  });

  it("selects a JSON null as a token, and nothing as null", () => {
    const token = JObject.Parse('{"a":null,"b":[1,{"c":2}]}');
    expect(token.SelectToken("a")?.Type.ToString()).toBe("Null");
    expect(token.SelectToken("x")).toBeNull();
    expect(token.SelectToken("b[1].c")?.ToString()).toBe("2");
    expect(token.SelectToken("b[2]")).toBeNull();
  });
});

describe("JsonConvert.DeserializeObject (Json.NET 13.x, where Debian's 6.0.8 differs)", () => {
  const deserialize = (type: string, text: string | null) =>
    runInDotnetEnvironment({ instant: 0 }, () =>
      (JsonConvert as unknown as Record<string, (t: string, s: string | null) => unknown>)[
        TYPED_JSON_DESERIALIZE
      ]!(type, text),
    );
  it("throws JsonSerializationException for JSON of another kind (13.0.1's CreateJToken; 6.0.8: InvalidCastException)", () => {
    // Json.NET's own test Issue2484: "[]" as JObject, "... Path '', line 1, position 2."
    expect(() => deserialize("JObject", "[]")).toThrow(
      "Deserialized JSON type 'Newtonsoft.Json.Linq.JArray' is not compatible with expected type 'Newtonsoft.Json.Linq.JObject'. Path '', line 1, position 2.",
    );
    expect(() => deserialize("JArray", '\r\n{"a":\n1} ')).toThrow(
      "'Newtonsoft.Json.Linq.JObject' is not compatible with expected type 'Newtonsoft.Json.Linq.JArray'. Path '', line 3, position 2.",
    );
    expect(() => deserialize("JObject", "12")).toThrow("Newtonsoft.Json.Linq.JValue");
  });
  it("gives null for blank text and, unless the type is JToken, for a JSON null", () => {
    expect(deserialize("JObject", " \t")).toBeNull();
    expect(deserialize("JArray", "null")).toBeNull();
    expect(String(deserialize("JToken", "null"))).toBe("");
    expect(() => deserialize("JObject", null)).toThrow("Parameter name: value");
  });
  it("keeps the last of duplicate names at the end (13.0.1's JTokenWriter; 6.0.8 throws)", () => {
    const token = deserialize("JObject", '{"a":1,"b":2,"a":3}') as JObject;
    expect(token.ToString(Formatting.None)).toBe('{"b":2,"a":3}');
  });
  it("refuses a text cut short inside a container (13.x fails in its writer, not observed)", () => {
    expect(() => deserialize("JToken", '{"a":[1,')).toThrow(HarnessRefusal);
  });
});

describe("(DateTime?) of a token", () => {
  it("is a date token's value, null for a JSON null, refused for a string (DateTime.Parse is not fully simulated)", () => {
    runInDotnetEnvironment({ instant: 0 }, () => {
      const o = JObject.Parse('{"d":"2020-01-02T03:04:05Z","s":"01/02/2020","n":null,"i":1}');
      expect((o["d"] as DateTime | null)?.ToString("o")).toBe("2020-01-02T03:04:05.0000000Z");
      expect(o["n"] as DateTime | null).toBeNull();
      expect(o["missing"] as DateTime | null).toBeNull();
      expect(() => o["i"] as DateTime | null).toThrow("Can not convert Integer to DateTime.");
      expect(() => o["s"] as DateTime | null).toThrow(HarnessRefusal);
    });
  });
});

describe("Values<T>()", () => {
  type Typed = { [TYPED_JSON_VALUES]: (type: string) => Iterable<unknown> };
  const values = (token: unknown, type: string) => (token as Typed)[TYPED_JSON_VALUES](type);

  it("throws on a JValue at the call and on an object element only when enumerated (mono, Json.NET 6.0.8)", () => {
    // Observed: `JToken.Parse("1").Values<string>()` without enumerating threw
    // InvalidOperationException; `JArray.Parse("[{}]").Values<int>()` did not until enumerated.
    expect(() => values(JToken.Parse("1"), "string")).toThrow(
      "Cannot access child value on Newtonsoft.Json.Linq.JValue.",
    );
    const lazy = values(JToken.Parse("[1,{}]"), "int");
    expect(() => [...lazy]).toThrow(
      "Cannot cast Newtonsoft.Json.Linq.JObject to Newtonsoft.Json.Linq.JToken.",
    );
  });

  it("can be enumerated more than once, each time over the current children", () => {
    const array = JToken.Parse('[1,"2",true]');
    const ints = values(array, "int");
    expect([...ints]).toEqual([1, 2, 1]);
    expect([...ints]).toEqual([1, 2, 1]);
  });

  it("refuses a change to the container during the enumeration (C# walks the live list)", () => {
    const array = JToken.Parse("[1,2]") as unknown as { Add(item: unknown): void };
    expect(() => {
      for (const _ of values(array, "int")) array.Add(3);
    }).toThrow(HarnessRefusal);
  });
});
