// How the Json.NET twin writes tokens (harness/dotnet/json/writer.ts), their doubles
// (number-format.ts) and dates (dates.ts), and which token SelectToken selects (select-token.ts).
// Expected values were printed by Debian's Json.NET 6.0.8 on mono (probes: new JValue(d)
// .ToString(Formatting.None), Convert.ToString(d, InvariantCulture), JToken.Parse of date strings
// under TZ=UTC and TZ=Europe/Berlin, SelectToken over one document), except the line ends:
// APIM's Windows hosts write "\r\n" (Environment.NewLine), mono on Linux "\n".
import { beforeAll, describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { installDotnet, runInDotnetEnvironment } from "../../harness/dotnet/index.ts";
import { DateTimeValue } from "../../harness/dotnet/date-time.ts";
import { parseJsonDate, writeJsonDate } from "../../harness/dotnet/json/dates.ts";
import {
  formatGeneral,
  formatJsonFloat,
  formatRoundTrip,
} from "../../harness/dotnet/json/number-format.ts";
import { JsonArrayNode, JsonPropertyNode, JsonValueNode } from "../../harness/dotnet/json/nodes.ts";
import { readJson } from "../../harness/dotnet/json/reader.ts";
import { parseSelectPath, selectToken } from "../../harness/dotnet/json/select-token.ts";
import {
  NEW_LINE,
  quoteJson,
  scalarText,
  tokenToString,
  writeJson,
} from "../../harness/dotnet/json/writer.ts";
import { Formatting, JToken } from "../../src/dotnet/json.ts";

beforeAll(() => installDotnet());

describe("doubles", () => {
  // [value, double.ToString("R") and JSON text (".0" added), Convert.ToString (G15)]
  it.each([
    [0, "0", "0.0", "0"],
    [-0, "0", "0.0", "0"],
    [1, "1", "1.0", "1"],
    [-1, "-1", "-1.0", "-1"],
    [0.1, "0.1", "0.1", "0.1"],
    [1e-5, "1E-05", "1E-05", "1E-05"],
    [1.5e-5, "1.5E-05", "1.5E-05", "1.5E-05"],
    [0.0001, "0.0001", "0.0001", "0.0001"],
    [0.00012345, "0.00012345", "0.00012345", "0.00012345"],
    [123456789012345.6, "123456789012345.59", "123456789012345.59", "123456789012346"],
    [1e15, "1E+15", "1E+15", "1E+15"],
    [1e14, "100000000000000", "100000000000000.0", "100000000000000"],
    [
      1.7976931348623157e308,
      "1.7976931348623157E+308",
      "1.7976931348623157E+308",
      "1.79769313486232E+308",
    ],
    [5e-324, "4.94065645841247E-324", "4.94065645841247E-324", "4.94065645841247E-324"],
    [0.30000000000000004, "0.30000000000000004", "0.30000000000000004", "0.3"],
    [1.2345678901234567, "1.2345678901234567", "1.2345678901234567", "1.23456789012346"],
    [-1.5e-7, "-1.5E-07", "-1.5E-07", "-1.5E-07"],
    [
      12345678901234567890,
      "1.2345678901234567E+19",
      "1.2345678901234567E+19",
      "1.23456789012346E+19",
    ],
    [100, "100", "100.0", "100"],
    [1e21, "1E+21", "1E+21", "1E+21"],
    [123.456e10, "1234560000000", "1234560000000.0", "1234560000000"],
    [-2500, "-2500", "-2500.0", "-2500"],
    [1e100, "1E+100", "1E+100", "1E+100"],
    [1.0000000000000002, "1.0000000000000002", "1.0000000000000002", "1"],
    [9007199254740993, "9007199254740992", "9007199254740992.0", "9.00719925474099E+15"],
    [0.1 + 0.7, "0.79999999999999993", "0.79999999999999993", "0.8"],
    [999999999999999.9, "999999999999999.88", "999999999999999.88", "1E+15"],
    [1234567.125, "1234567.125", "1234567.125", "1234567.125"],
    [1 / 3, "0.33333333333333331", "0.33333333333333331", "0.333333333333333"],
    [2 / 3, "0.66666666666666663", "0.66666666666666663", "0.666666666666667"],
    [1e-300, "1E-300", "1E-300", "1E-300"],
    [
      0.000123456789012345678,
      "0.00012345678901234567",
      "0.00012345678901234567",
      "0.000123456789012346",
    ],
  ])("%d is R %s, JSON %s, G15 %s", (value, roundTrip, json, general) => {
    expect(formatRoundTrip(value)).toBe(roundTrip);
    expect(formatJsonFloat(value)).toBe(json);
    expect(formatGeneral(value)).toBe(general);
  });

  it("writes NaN and the infinities as .NET names them (JsonConvert.ToString, Convert.ToString)", () => {
    expect(formatJsonFloat(NaN)).toBe("NaN");
    expect(formatJsonFloat(Infinity)).toBe("Infinity");
    expect(formatJsonFloat(-Infinity)).toBe("-Infinity");
    expect(formatGeneral(NaN)).toBe("NaN");
    expect(formatGeneral(-Infinity)).toBe("-Infinity");
  });
});

describe("JSON text", () => {
  const text = (json: string, indented: boolean) => writeJson(readJson(json), indented);

  it("escapes control characters, quote, backslash, U+0085, U+2028 and U+2029, nothing else", () => {
    // mono: new JValue(all of U+0000..U+009F, U+2028, U+2029, é, 😀, ').ToString(Formatting.None)
    let all = "";
    for (let i = 0; i < 0xa0; i++) all += String.fromCharCode(i);
    all += "\u2028\u2029é😀'";
    expect(quoteJson(all)).toBe(
      '"\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f' +
        "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c" +
        "\\u001d\\u001e\\u001f !\\\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`" +
        "abcdefghijklmnopqrstuvwxyz{|}~\u007f\u0080\u0081\u0082\u0083\u0084\\u0085\u0086\u0087\u0088" +
        "\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097" +
        "\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\\u2028\\u2029é😀'\"",
    );
    expect(text('{"k\\"\\n":1}', false)).toBe('{"k\\"\\n":1}');
  });

  it("indents two spaces per level with the host's line end, and writes empty containers as {} and []", () => {
    expect(NEW_LINE).toBe("\r\n");
    const indented = text(
      '{"a":[],"b":{},"c":[1,[2,{"d":[]}]],"e":{"f":{"g":null}}}',
      true,
    ).replaceAll("\r\n", "\n");
    expect(indented).toBe(
      '{\n  "a": [],\n  "b": {},\n  "c": [\n    1,\n    [\n      2,\n      {\n        "d": []\n      }\n    ]\n  ],\n  "e": {\n    "f": {\n      "g": null\n    }\n  }\n}',
    );
    expect(text('[true,false,null,"s",1.5,-2]', true)).toBe(
      '[\r\n  true,\r\n  false,\r\n  null,\r\n  "s",\r\n  1.5,\r\n  -2\r\n]',
    );
    expect(text('[true,false,null,"s",1.5,-2,1e20]', false)).toBe(
      '[true,false,null,"s",1.5,-2,1E+20]',
    );
    expect(text("{}", true)).toBe("{}");
    expect(text("[]", true)).toBe("[]");
  });

  it('writes a property as `"name": value`, indented, or `"name":value`', () => {
    const property = new JsonPropertyNode("p", readJson("[1,2]"));
    expect(writeJson(property, true)).toBe('"p": [\r\n  1,\r\n  2\r\n]');
    expect(writeJson(property, false)).toBe('"p":[1,2]');
    expect(tokenToString(property)).toBe('"p": [\r\n  1,\r\n  2\r\n]');
  });

  it("prints a JValue with ToString() as Convert.ToString prints its value (mono)", () => {
    const values = (
      readJson('[true,false,null,"s",1.5,-2,1e20,1.2345678901234567]') as JsonArrayNode
    ).items as JsonValueNode[];
    expect(values.map(tokenToString)).toEqual([
      "True",
      "False",
      "",
      "s",
      "1.5",
      "-2",
      "1E+20",
      "1.23456789012346",
    ]);
    expect(values.map(scalarText)).toEqual([
      "True",
      "False",
      null,
      "s",
      "1.5",
      "-2",
      "1E+20",
      "1.23456789012346",
    ]);
    runInDotnetEnvironment({ instant: 0 }, () => {
      const date = readJson('"2020-01-02T03:04:05.5Z"') as JsonValueNode;
      expect(tokenToString(date)).toBe("01/02/2020 03:04:05");
      expect(writeJson(date, false)).toBe('"2020-01-02T03:04:05.5Z"');
    });
  });
});

describe("dates", () => {
  const utc = <T>(f: () => T) => runInDotnetEnvironment({ instant: 0 }, f);
  const berlin = <T>(f: () => T) =>
    runInDotnetEnvironment({ instant: 0, timeZone: "Europe/Berlin" }, f);
  /** The token's JSON text and, for a date, its Kind and ticks (mono: TZ=UTC). */
  const read = (s: string) =>
    utc(() => {
      const date = parseJsonDate(s);
      return date ? `${writeJsonDate(date)} ${date.Kind} ${date.Ticks}` : "string";
    });

  it.each([
    ["2020-01-01T00:00:00", "2020-01-01T00:00:00 Unspecified 637134336000000000"],
    ["2020-01-01T00:00:00Z", "2020-01-01T00:00:00Z Utc 637134336000000000"],
    ["2020-01-01T00:00:00z", "2020-01-01T00:00:00Z Utc 637134336000000000"],
    ["2020-01-01T10:00:00+01", "2020-01-01T09:00:00+00:00 Local 637134660000000000"],
    ["2020-01-01T10:00:00+0130", "2020-01-01T08:30:00+00:00 Local 637134642000000000"],
    ["2020-01-01T10:00:00+01:30", "2020-01-01T08:30:00+00:00 Local 637134642000000000"],
    ["2020-01-01T10:00:00-05:30", "2020-01-01T15:30:00+00:00 Local 637134894000000000"],
    ["2020-01-01T00:00:00+14:00", "2019-12-31T10:00:00+00:00 Local 637133832000000000"],
    ["2020-12-31T23:59:59-00:00", "2020-12-31T23:59:59+00:00 Local 637450559990000000"],
    ["2020-01-01T00:00:00.1234567", "2020-01-01T00:00:00.1234567 Unspecified 637134336001234567"],
    ["2020-01-01T00:00:00.1", "2020-01-01T00:00:00.1 Unspecified 637134336001000000"],
    ["2020-01-01T00:00:00.1000000Z", "2020-01-01T00:00:00.1Z Utc 637134336001000000"],
    ["2020-02-29T00:00:00", "2020-02-29T00:00:00 Unspecified 637185312000000000"],
    ["0001-01-01T00:00:00", "0001-01-01T00:00:00 Unspecified 0"],
    ["9999-12-31T23:59:59.9999999", "9999-12-31T23:59:59.9999999 Unspecified 3155378975999999999"],
    ["2020-01-01T00:00:00.12345678", "string"],
    ["2020-13-01T00:00:00", "string"],
    ["2020-00-01T00:00:00", "string"],
    ["2020-01-00T00:00:00", "string"],
    ["2019-02-29T00:00:00", "string"],
    ["2020-04-31T00:00:00", "string"],
    ["2020-01-01T24:00:00", "string"],
    ["2020-01-01T23:60:00", "string"],
    ["2020-01-01T23:59:60", "string"],
    ["0000-01-01T00:00:00", "string"],
    ["2020-1-01T00:00:00", "string"],
    ["2020-01-01t00:00:00", "string"],
    ["2020-01-01 00:00:00", "string"],
    ["2020-01-01", "string"],
    ["2020-01-01T00:00", "string"],
    ["2020-01-01T00:00:00x", "string"],
    ["2020-01-01T00:00:00+1", "string"],
    ["2020-01-01T00:00:00.", "string"],
    ["x2020-01-01T00:00:00", "string"],
  ])("JToken.Parse of %j reads %s", (s, expected) => {
    expect(read(s)).toBe(expected);
  });

  it("converts an offset to the gateway's zone (mono, TZ=Europe/Berlin)", () => {
    const local = (s: string) => berlin(() => writeJsonDate(parseJsonDate(s)!));
    expect(local("2020-01-01T10:00:00-05:30")).toBe("2020-01-01T16:30:00+01:00");
    expect(local("2020-12-31T23:59:59-00:00")).toBe("2021-01-01T00:59:59+01:00");
    expect(local("2020-06-01T12:00:00+02:00")).toBe("2020-06-01T12:00:00+02:00");
    expect(berlin(() => JToken.Parse('"2020-01-01T10:00:00+0130"').ToString(Formatting.None))).toBe(
      '"2020-01-01T09:30:00+01:00"',
    );
  });

  it("refuses offsets beyond ±14:00 or with minutes past 59, and Microsoft's /Date(...)/ form", () => {
    // mono's 6.0.8 read "+15:00" and "+01:60"; Json.NET 13's checks were not observed.
    expect(() => read("2020-01-01T00:00:00+15:00")).toThrow(HarnessRefusal);
    expect(() => read("2020-01-01T00:00:00+01:60")).toThrow("beyond ±14:00");
    expect(() => read("/Date(0)/")).toThrow("Microsoft JSON date");
    expect(() => read("\\/Date(0)/")).toThrow(HarnessRefusal);
    expect(read("x/Date(0)/")).toBe("string");
  });

  it("writes a date's fraction without trailing zeros and its Kind's suffix", () => {
    const ticks = 637134336001230000n;
    expect(writeJsonDate(DateTimeValue.fromTicks(ticks, "Utc"))).toBe("2020-01-01T00:00:00.123Z");
    expect(writeJsonDate(DateTimeValue.fromTicks(ticks, "Unspecified"))).toBe(
      "2020-01-01T00:00:00.123",
    );
  });
});

describe("SelectToken", () => {
  const document =
    '{"a":{"b":[1,{"c":null}],"x y":2},"d.e":3,"arr":[[10,11],[12]],"v":5,"A1_":{"b":7}}';
  const select = (json: string, path: string) => {
    const token = selectToken(readJson(json), path);
    return token === null ? "<null>" : `${writeJson(token, false)} [${token.kind}]`;
  };

  it.each([
    ["$", `${document} [Object]`],
    ["", `${document} [Object]`],
    ["a", '{"b":[1,{"c":null}],"x y":2} [Object]'],
    ["$.a", '{"b":[1,{"c":null}],"x y":2} [Object]'],
    ["a.b", '[1,{"c":null}] [Array]'],
    ["a.b[1].c", "null [Null]"],
    ["['d.e']", "3 [Integer]"],
    ["$['a']['x y']", "2 [Integer]"],
    ["a.b[0]", "1 [Integer]"],
    ["a.b[2]", "<null>"],
    ["arr[0][1]", "11 [Integer]"],
    ["arr[1][0]", "12 [Integer]"],
    ["arr[1][1]", "<null>"],
    ["v.b", "<null>"],
    ["v[0]", "<null>"],
    ["a[0]", "<null>"],
    ["arr.b", "<null>"],
    ["A1_.b", "7 [Integer]"],
    ["$.A1_.b", "7 [Integer]"],
    ["a.missing", "<null>"],
    ["missing.b", "<null>"],
    ["$['a'].b[1]", '{"c":null} [Object]'],
    ["arr[0]", "[10,11] [Array]"],
  ])("selects %j in an object as Json.NET does", (path, expected) => {
    expect(select(document, path)).toBe(expected);
  });

  it.each([
    ["[0]", '{"a":1} [Object]'],
    ["[0].a", "1 [Integer]"],
    ["[1][1]", "3 [Integer]"],
    ["$[1][0]", "2 [Integer]"],
    ["[2]", "<null>"],
    ["a", "<null>"],
    ["$[0]['a']", "1 [Integer]"],
  ])("selects %j in an array as Json.NET does", (path, expected) => {
    expect(select('[{"a":1},[2,3]]', path)).toBe(expected);
  });

  it("selects a value itself with $ or an empty path, nothing below it", () => {
    expect(select("5", "$")).toBe("5 [Integer]");
    expect(select("5", "")).toBe("5 [Integer]");
    expect(select("5", "a")).toBe("<null>");
    expect(select("5", "[0]")).toBe("<null>");
  });

  it("parses the simulated subset into segments and refuses the rest where it starts", () => {
    // mono: ".a" and "..a" select a, "9" and "_" the properties so named.
    expect(parseSelectPath(".a")).toEqual([{ name: "a" }]);
    expect(parseSelectPath("a.b_1['c.d'][0][123456789]")).toEqual([
      { name: "a" },
      { name: "b_1" },
      { name: "c.d" },
      { index: 0 },
      { index: 123456789 },
    ]);
    expect(parseSelectPath("9")).toEqual([{ name: "9" }]);
    expect(parseSelectPath("_")).toEqual([{ name: "_" }]);
    const refused = (path: string) => {
      try {
        parseSelectPath(path);
      } catch (error) {
        if (error instanceof HarnessRefusal) return /from offset (\d+)/.exec(error.message)![1];
      }
      return "accepted";
    };
    expect(refused("a[1234567890]")).toBe("1");
    expect(refused("a[01]")).toBe("1");
    expect(refused("['']")).toBe("0");
    expect(refused("['a\\'b']")).toBe("0");
    expect(refused("['a'")).toBe("0");
    expect(refused("a['b']c")).toBe("6");
    expect(refused("$$")).toBe("1");
    expect(refused(" a")).toBe("0");
    expect(refused("a.é")).toBe("1");
  });
});

describe("edges found by mutation testing", () => {
  it("reads an offset with 59 minutes (mono, TZ=UTC: 2019-12-31T22:01:00+00:00, Local)", () => {
    const date = runInDotnetEnvironment({ instant: 0 }, () =>
      parseJsonDate("2020-01-01T00:00:00+01:59"),
    )!;
    expect(`${date.Kind} ${date.Ticks}`).toBe("Local 637134264600000000");
  });

  it("says which JSONPath subset it simulates and where the path leaves it", () => {
    expect(() => parseSelectPath("a..b")).toThrow(
      `SelectToken("a..b"): the harness simulates JSONPath only as $, .name, ['name'] and [index] ` +
        "(a non-negative integer); the path's text from offset 1 is beyond that subset, whose " +
        "results in Json.NET were not observed",
    );
  });

  it("selects nothing below a missing token however long the path", () => {
    expect(selectToken(readJson('{"a":1}'), "x.y[0].z")).toBeNull();
    expect(selectToken(readJson("[[1]]"), "[1][0]")).toBeNull();
  });
});
