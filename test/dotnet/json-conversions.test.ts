// C#'s conversions of a Json.NET token (harness/dotnet/json/conversions.ts): the explicit casts
// `(string)t`, `(int?)t`, `(long?)t`, `(double?)t`, `(bool?)t`, `o.Value<T>("k")` and
// `t.ToObject<T>()`, for T = string, int, long, double, bool. The table was printed by Debian's
// Json.NET 6.0.8 on mono (each token read from {"k": token}, each outcome as Type:value with
// Convert.ToString, or !Exception:Message). .NET Framework's reference source agrees on the
// overflows: Convert.ToInt32(double) throws Overflow_Int32, Convert.ToInt64(double) is a checked
// cast ("Arithmetic operation resulted in an overflow."), a string Int64.Parse's Overflow_Int64.
import { beforeAll, describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { installDotnet, runInDotnetEnvironment } from "../../harness/dotnet/index.ts";
import { DotnetException } from "../../harness/dotnet/exceptions.ts";
import { castJson, toObjectAs, valueAs, valuesAs } from "../../harness/dotnet/json/conversions.ts";
import { JsonObjectNode } from "../../harness/dotnet/json/nodes.ts";
import { formatGeneral } from "../../harness/dotnet/json/number-format.ts";
import { readJson } from "../../harness/dotnet/json/reader.ts";

beforeAll(() => installDotnet());

const NAMES: Record<string, string> = {
  string: "String",
  int: "Int32",
  long: "Int64",
  double: "Double",
  bool: "Boolean",
};
/** An outcome as the mono probe printed it. */
function outcome(type: string, run: () => unknown): string {
  try {
    const value = run();
    if (value === null) return "null";
    const text =
      typeof value === "boolean"
        ? value
          ? "True"
          : "False"
        : typeof value === "number" && type === "double"
          ? formatGeneral(value)
          : String(value);
    return `${NAMES[type]}:${text}`;
  } catch (error) {
    if (error instanceof DotnetException) return `!${error.name}:${error.message}`;
    throw error;
  }
}
const TYPES = ["string", "int", "long", "double", "bool"];
const token = (text: string) => (readJson(`{"k":${text}}`) as JsonObjectNode).find("k")!.value;

// [token, (string) (int?) (long?) (double?) (bool?), Value<string|int|long|double|bool>, ToObject<...>]
const TABLE: string[][] = [
  [
    "1",
    "String:1",
    "Int32:1",
    "Int64:1",
    "Double:1",
    "Boolean:True",
    "String:1",
    "Int32:1",
    "Int64:1",
    "Double:1",
    "Boolean:True",
    "String:1",
    "Int32:1",
    "Int64:1",
    "Double:1",
    "Boolean:True",
  ],
  [
    "1.7",
    "String:1.7",
    "Int32:2",
    "Int64:2",
    "Double:1.7",
    "Boolean:True",
    "String:1.7",
    "Int32:2",
    "Int64:2",
    "Double:1.7",
    "Boolean:True",
    "String:1.7",
    "Int32:2",
    "Int64:2",
    "Double:1.7",
    "Boolean:True",
  ],
  [
    "2.5",
    "String:2.5",
    "Int32:2",
    "Int64:2",
    "Double:2.5",
    "Boolean:True",
    "String:2.5",
    "Int32:2",
    "Int64:2",
    "Double:2.5",
    "Boolean:True",
    "String:2.5",
    "Int32:2",
    "Int64:2",
    "Double:2.5",
    "Boolean:True",
  ],
  [
    "-0.5",
    "String:-0.5",
    "Int32:0",
    "Int64:0",
    "Double:-0.5",
    "Boolean:True",
    "String:-0.5",
    "Int32:0",
    "Int64:0",
    "Double:-0.5",
    "Boolean:True",
    "String:-0.5",
    "Int32:0",
    "Int64:0",
    "Double:-0.5",
    "Boolean:True",
  ],
  [
    '"12"',
    "String:12",
    "Int32:12",
    "Int64:12",
    "Double:12",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:12",
    "Int32:12",
    "Int64:12",
    "Double:12",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:12",
    "Int32:12",
    "Int64:12",
    "Double:12",
    "!FormatException:String was not recognized as a valid Boolean.",
  ],
  [
    '"1.5"',
    "String:1.5",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:1.5",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:1.5",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:1.5",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:1.5",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:1.5",
    "!FormatException:String was not recognized as a valid Boolean.",
  ],
  [
    '"abc"',
    "String:abc",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:abc",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:abc",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:String was not recognized as a valid Boolean.",
  ],
  [
    "true",
    "String:True",
    "Int32:1",
    "Int64:1",
    "Double:1",
    "Boolean:True",
    "String:True",
    "Int32:1",
    "Int64:1",
    "Double:1",
    "Boolean:True",
    "String:True",
    "Int32:1",
    "Int64:1",
    "Double:1",
    "Boolean:True",
  ],
  [
    "false",
    "String:False",
    "Int32:0",
    "Int64:0",
    "Double:0",
    "Boolean:False",
    "String:False",
    "Int32:0",
    "Int64:0",
    "Double:0",
    "Boolean:False",
    "String:False",
    "Int32:0",
    "Int64:0",
    "Double:0",
    "Boolean:False",
  ],
  [
    "null",
    "null",
    "null",
    "null",
    "null",
    "null",
    "null",
    "!InvalidCastException:Null object cannot be converted to a value type.",
    "!InvalidCastException:Null object cannot be converted to a value type.",
    "!InvalidCastException:Null object cannot be converted to a value type.",
    "!InvalidCastException:Null object cannot be converted to a value type.",
    "null",
    "!ArgumentException:Can not convert Null to Int32.",
    "!ArgumentException:Can not convert Null to Int64.",
    "!ArgumentException:Can not convert Null to Double.",
    "!ArgumentException:Can not convert Null to Boolean.",
  ],
  [
    "3000000000",
    "String:3000000000",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:3000000000",
    "Double:3000000000",
    "Boolean:True",
    "String:3000000000",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:3000000000",
    "Double:3000000000",
    "Boolean:True",
    "String:3000000000",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:3000000000",
    "Double:3000000000",
    "Boolean:True",
  ],
  [
    "123456789012345678901234567890",
    "String:123456789012345678901234567890",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "!OverflowException:Value was either too large or too small for an Int64.",
    "Double:1.23456789012346E+29",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "!InvalidCastException:Object must implement IConvertible.",
    "!InvalidCastException:Object must implement IConvertible.",
    "!InvalidCastException:Object must implement IConvertible.",
    "!InvalidCastException:Object must implement IConvertible.",
    "!InvalidCastException:Object must implement IConvertible.",
    "String:123456789012345678901234567890",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "!OverflowException:Value was either too large or too small for an Int64.",
    "Double:1.23456789012346E+29",
    "!OverflowException:Value was either too large or too small for an Int32.",
  ],
  [
    '"2020-01-02T03:04:05Z"',
    "String:01/02/2020 03:04:05",
    "!ArgumentException:Can not convert Date to Int32.",
    "!ArgumentException:Can not convert Date to Int64.",
    "!ArgumentException:Can not convert Date to Double.",
    "!ArgumentException:Can not convert Date to Boolean.",
    "String:01/02/2020 03:04:05",
    "!InvalidCastException:Invalid cast from 'DateTime' to 'Int32'.",
    "!InvalidCastException:Invalid cast from 'DateTime' to 'Int64'.",
    "!InvalidCastException:Invalid cast from 'DateTime' to 'Double'.",
    "!InvalidCastException:Invalid cast from 'DateTime' to 'Boolean'.",
    "String:01/02/2020 03:04:05",
    "!ArgumentException:Can not convert Date to Int32.",
    "!ArgumentException:Can not convert Date to Int64.",
    "!ArgumentException:Can not convert Date to Double.",
    "!ArgumentException:Can not convert Date to Boolean.",
  ],
  [
    "{}",
    "!ArgumentException:Can not convert Object to String.",
    "!ArgumentException:Can not convert Object to Int32.",
    "!ArgumentException:Can not convert Object to Int64.",
    "!ArgumentException:Can not convert Object to Double.",
    "!ArgumentException:Can not convert Object to Boolean.",
    "!InvalidCastException:Cannot cast Newtonsoft.Json.Linq.JObject to Newtonsoft.Json.Linq.JToken.",
    "!InvalidCastException:Cannot cast Newtonsoft.Json.Linq.JObject to Newtonsoft.Json.Linq.JToken.",
    "!InvalidCastException:Cannot cast Newtonsoft.Json.Linq.JObject to Newtonsoft.Json.Linq.JToken.",
    "!InvalidCastException:Cannot cast Newtonsoft.Json.Linq.JObject to Newtonsoft.Json.Linq.JToken.",
    "!InvalidCastException:Cannot cast Newtonsoft.Json.Linq.JObject to Newtonsoft.Json.Linq.JToken.",
    "!ArgumentException:Can not convert Object to String.",
    "!ArgumentException:Can not convert Object to Int32.",
    "!ArgumentException:Can not convert Object to Int64.",
    "!ArgumentException:Can not convert Object to Double.",
    "!ArgumentException:Can not convert Object to Boolean.",
  ],
  [
    "[]",
    "!ArgumentException:Can not convert Array to String.",
    "!ArgumentException:Can not convert Array to Int32.",
    "!ArgumentException:Can not convert Array to Int64.",
    "!ArgumentException:Can not convert Array to Double.",
    "!ArgumentException:Can not convert Array to Boolean.",
    "!InvalidCastException:Cannot cast Newtonsoft.Json.Linq.JArray to Newtonsoft.Json.Linq.JToken.",
    "!InvalidCastException:Cannot cast Newtonsoft.Json.Linq.JArray to Newtonsoft.Json.Linq.JToken.",
    "!InvalidCastException:Cannot cast Newtonsoft.Json.Linq.JArray to Newtonsoft.Json.Linq.JToken.",
    "!InvalidCastException:Cannot cast Newtonsoft.Json.Linq.JArray to Newtonsoft.Json.Linq.JToken.",
    "!InvalidCastException:Cannot cast Newtonsoft.Json.Linq.JArray to Newtonsoft.Json.Linq.JToken.",
    "!ArgumentException:Can not convert Array to String.",
    "!ArgumentException:Can not convert Array to Int32.",
    "!ArgumentException:Can not convert Array to Int64.",
    "!ArgumentException:Can not convert Array to Double.",
    "!ArgumentException:Can not convert Array to Boolean.",
  ],
  [
    '"true"',
    "String:true",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Boolean:True",
    "String:true",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Boolean:True",
    "String:true",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Boolean:True",
  ],
  [
    '"True"',
    "String:True",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Boolean:True",
    "String:True",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Boolean:True",
    "String:True",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Boolean:True",
  ],
  [
    '" 12 "',
    "String: 12 ",
    "Int32:12",
    "Int64:12",
    "Double:12",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String: 12 ",
    "Int32:12",
    "Int64:12",
    "Double:12",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String: 12 ",
    "Int32:12",
    "Int64:12",
    "Double:12",
    "!FormatException:String was not recognized as a valid Boolean.",
  ],
  [
    '""',
    "String:",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:String was not recognized as a valid Boolean.",
  ],
  [
    "9223372036854775807",
    "String:9223372036854775807",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:9223372036854775807",
    "Double:9.22337203685478E+18",
    "Boolean:True",
    "String:9223372036854775807",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:9223372036854775807",
    "Double:9.22337203685478E+18",
    "Boolean:True",
    "String:9223372036854775807",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:9223372036854775807",
    "Double:9.22337203685478E+18",
    "Boolean:True",
  ],
  [
    "1e20",
    "String:1E+20",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "!OverflowException:Arithmetic operation resulted in an overflow.",
    "Double:1E+20",
    "Boolean:True",
    "String:1E+20",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "!OverflowException:Arithmetic operation resulted in an overflow.",
    "Double:1E+20",
    "Boolean:True",
    "String:1E+20",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "!OverflowException:Arithmetic operation resulted in an overflow.",
    "Double:1E+20",
    "Boolean:True",
  ],
  [
    "-2147483648.5",
    "String:-2147483648.5",
    "Int32:-2147483648",
    "Int64:-2147483648",
    "Double:-2147483648.5",
    "Boolean:True",
    "String:-2147483648.5",
    "Int32:-2147483648",
    "Int64:-2147483648",
    "Double:-2147483648.5",
    "Boolean:True",
    "String:-2147483648.5",
    "Int32:-2147483648",
    "Int64:-2147483648",
    "Double:-2147483648.5",
    "Boolean:True",
  ],
  [
    "2147483647.5",
    "String:2147483647.5",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:2147483648",
    "Double:2147483647.5",
    "Boolean:True",
    "String:2147483647.5",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:2147483648",
    "Double:2147483647.5",
    "Boolean:True",
    "String:2147483647.5",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:2147483648",
    "Double:2147483647.5",
    "Boolean:True",
  ],
  [
    '"-12"',
    "String:-12",
    "Int32:-12",
    "Int64:-12",
    "Double:-12",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:-12",
    "Int32:-12",
    "Int64:-12",
    "Double:-12",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:-12",
    "Int32:-12",
    "Int64:-12",
    "Double:-12",
    "!FormatException:String was not recognized as a valid Boolean.",
  ],
  [
    '"1e3"',
    "String:1e3",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:1000",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:1e3",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:1000",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:1e3",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:1000",
    "!FormatException:String was not recognized as a valid Boolean.",
  ],
  [
    "0.0",
    "String:0",
    "Int32:0",
    "Int64:0",
    "Double:0",
    "Boolean:False",
    "String:0",
    "Int32:0",
    "Int64:0",
    "Double:0",
    "Boolean:False",
    "String:0",
    "Int32:0",
    "Int64:0",
    "Double:0",
    "Boolean:False",
  ],
  [
    '"0"',
    "String:0",
    "Int32:0",
    "Int64:0",
    "Double:0",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:0",
    "Int32:0",
    "Int64:0",
    "Double:0",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:0",
    "Int32:0",
    "Int64:0",
    "Double:0",
    "!FormatException:String was not recognized as a valid Boolean.",
  ],
  [
    '"  true  "',
    "String:  true  ",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Boolean:True",
    "String:  true  ",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Boolean:True",
    "String:  true  ",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Boolean:True",
  ],
  [
    "-1.5",
    "String:-1.5",
    "Int32:-2",
    "Int64:-2",
    "Double:-1.5",
    "Boolean:True",
    "String:-1.5",
    "Int32:-2",
    "Int64:-2",
    "Double:-1.5",
    "Boolean:True",
    "String:-1.5",
    "Int32:-2",
    "Int64:-2",
    "Double:-1.5",
    "Boolean:True",
  ],
  [
    '"1,000"',
    "String:1,000",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:1000",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:1,000",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:1000",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:1,000",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:1000",
    "!FormatException:String was not recognized as a valid Boolean.",
  ],
  [
    '"0x10"',
    "String:0x10",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:0x10",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:0x10",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:String was not recognized as a valid Boolean.",
  ],
  [
    "1.5e300",
    "String:1.5E+300",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "!OverflowException:Arithmetic operation resulted in an overflow.",
    "Double:1.5E+300",
    "Boolean:True",
    "String:1.5E+300",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "!OverflowException:Arithmetic operation resulted in an overflow.",
    "Double:1.5E+300",
    "Boolean:True",
    "String:1.5E+300",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "!OverflowException:Arithmetic operation resulted in an overflow.",
    "Double:1.5E+300",
    "Boolean:True",
  ],
  [
    '"NaN"',
    "String:NaN",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:NaN",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:NaN",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:NaN",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:NaN",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:NaN",
    "!FormatException:String was not recognized as a valid Boolean.",
  ],
  [
    '"Infinity"',
    "String:Infinity",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:Infinity",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:Infinity",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:Infinity",
    "!FormatException:String was not recognized as a valid Boolean.",
    "String:Infinity",
    "!FormatException:Input string was not in a correct format.",
    "!FormatException:Input string was not in a correct format.",
    "Double:Infinity",
    "!FormatException:String was not recognized as a valid Boolean.",
  ],
  [
    "-2147483649",
    "String:-2147483649",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:-2147483649",
    "Double:-2147483649",
    "Boolean:True",
    "String:-2147483649",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:-2147483649",
    "Double:-2147483649",
    "Boolean:True",
    "String:-2147483649",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:-2147483649",
    "Double:-2147483649",
    "Boolean:True",
  ],
  [
    "2147483648",
    "String:2147483648",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:2147483648",
    "Double:2147483648",
    "Boolean:True",
    "String:2147483648",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:2147483648",
    "Double:2147483648",
    "Boolean:True",
    "String:2147483648",
    "!OverflowException:Value was either too large or too small for an Int32.",
    "Int64:2147483648",
    "Double:2147483648",
    "Boolean:True",
  ],
];

describe("conversions of a token (mono)", () => {
  it.each(TABLE)("%s", (text, ...expected) => {
    runInDotnetEnvironment({ instant: 0 }, () => {
      const node = token(text);
      const casts = TYPES.map((t) =>
        outcome(t, () => castJson(node, t === "string" ? t : `${t}?`)),
      );
      const values = TYPES.map((t) => outcome(t, () => valueAs(node, t)));
      const objects = TYPES.map((t) => outcome(t, () => toObjectAs(node, t)));
      expect([...casts, ...values, ...objects]).toEqual(expected);
    });
  });
});

describe("absent tokens, Values<T>() and what is not simulated", () => {
  it("gives default(T) for a missing key and null for a cast of nothing (mono)", () => {
    // mono: o.Value<string>("x") null, Value<int> 0, Value<long> 0, Value<double> 0, Value<bool>
    // False; (int?)o["x"] and (string)o["x"] null.
    expect(TYPES.map((t) => outcome(t, () => valueAs(undefined, t)))).toEqual([
      "null",
      "Int32:0",
      "Int64:0",
      "Double:0",
      "Boolean:False",
    ]);
    expect(castJson(null, "int?")).toBeNull();
    expect(castJson(null, "string")).toBeNull();
    expect(castJson(null, "DateTime?")).toBeNull();
  });

  it("converts each child with Values<T>() as Value<T> converts one (mono)", () => {
    const array = readJson('[1,"2",true,null,1.5]');
    const all = (type: string) => [...valuesAs(array, type)()];
    // mono: Values<string> 1,2,True,null,1.5; Values<long>().Take(3) 1,2,1; Values<double> the
    // same; Values<bool> FormatException at "2"; Values<int> InvalidCastException at null.
    expect(all("string")).toEqual(["1", "2", "True", null, "1.5"]);
    expect([...valuesAs(readJson('[1,"2",true]'), "long")()]).toEqual([1, 2, 1]);
    expect([...valuesAs(readJson('[1,"2",true]'), "double")()]).toEqual([1, 2, 1]);
    expect(() => all("bool")).toThrow("String was not recognized as a valid Boolean.");
    expect(() => all("int")).toThrow("Null object cannot be converted to a value type.");
    // A JObject's children are its properties; a JProperty's child is its value (mono).
    expect(() => [...valuesAs(readJson('{"a":1,"b":"x"}'), "string")()]).toThrow(
      "Cannot cast Newtonsoft.Json.Linq.JProperty to Newtonsoft.Json.Linq.JToken.",
    );
    const property = (readJson('{"a":1}') as JsonObjectNode).find("a")!;
    expect([...valuesAs(property, "int")()]).toEqual([1]);
    expect(() => [...valuesAs(readJson("[[1]]"), "int")()]).toThrow(
      "Cannot cast Newtonsoft.Json.Linq.JArray to Newtonsoft.Json.Linq.JToken.",
    );
  });

  it("throws ArgumentException for a container cast to DateTime? (Json.NET's explicit operator)", () => {
    expect(() => castJson(readJson("{}"), "DateTime?")).toThrow(
      "Can not convert Object to DateTime.",
    );
    expect(() => castJson(readJson("[]"), "DateTime?")).toThrow(
      "Can not convert Array to DateTime.",
    );
    expect(() => castJson(readJson("true"), "DateTime?")).toThrow(
      "Can not convert Boolean to DateTime.",
    );
    expect(castJson(readJson("null"), "DateTime?")).toBeNull();
  });

  it("refuses conversions to other types, and casts to a non-nullable value type", () => {
    const one = readJson("1");
    expect(() => castJson(one, "decimal?")).toThrow("cannot be cast to decimal?");
    expect(() => castJson(one, "int")).toThrow("write 'as int | null'");
    expect(() => castJson(one, "bool")).toThrow(HarnessRefusal);
    expect(castJson(one, "string")).toBe("1");
    expect(() => valueAs(one, "float")).toThrow("Value<float> is not simulated");
    expect(() => valueAs(undefined, "float")).toThrow(HarnessRefusal);
    expect(() => valuesAs(readJson("[1]"), "char")).toThrow("Values<char> is not simulated");
    expect(() => toObjectAs(one, "decimal")).toThrow("ToObject<decimal> is not simulated");
    // On a JValue, Values<T>() throws at the call (mono: InvalidOperationException).
    expect(() => valuesAs(one, "int")).toThrow(
      "Cannot access child value on Newtonsoft.Json.Linq.JValue.",
    );
  });

  it("keeps an Int64 beyond 2^53 exact", () => {
    expect(castJson(readJson("9007199254740993"), "long?")).toBe(9007199254740993n);
    expect(castJson(readJson("-9007199254740993"), "long?")).toBe(-9007199254740993n);
    expect(castJson(readJson("9007199254740991"), "long?")).toBe(9007199254740991);
    expect(Object.is(castJson(readJson("-0.4"), "int?"), 0)).toBe(true);
  });
});

describe("Values<T>() over a container that changes", () => {
  it("refuses an element replaced during the enumeration (C# walks the live list)", () => {
    const array = readJson("[1,2]") as unknown as { items: unknown[] };
    const values = valuesAs(array as never, "int")();
    expect(() => {
      for (const _ of values) array.items[1] = readJson("3");
    }).toThrow(HarnessRefusal);
    const unchanged = readJson("[1,2]");
    expect([...valuesAs(unchanged, "int")()]).toEqual([1, 2]);
  });
});

describe("edges found by mutation testing", () => {
  it("converts Int32's and Int64's own bounds and reads an integer 0 as false", () => {
    // Convert.ToInt32(long) accepts Int32.MinValue and MaxValue; Convert.ToBoolean(long) is
    // "value != 0" (.NET Framework's Convert.cs; mono the same).
    expect(castJson(readJson("-2147483648"), "int?")).toBe(-2147483648);
    expect(castJson(readJson("2147483647"), "int?")).toBe(2147483647);
    expect(() => castJson(readJson("2147483648"), "int?")).toThrow(
      "Value was either too large or too small for an Int32.",
    );
    expect(castJson(readJson("-9223372036854775808"), "long?")).toBe(-9223372036854775808n);
    expect(castJson(readJson("0"), "bool?")).toBe(false);
    expect(castJson(readJson("-3"), "bool?")).toBe(true);
  });

  it("reads a double that rounds to Int32's bounds, and refuses a string cast to DateTime?", () => {
    // Convert.ToInt32(double): in range from -2147483648.5 (excluded) to 2147483647.5 (excluded),
    // rounded half to even (.NET Framework's Convert.cs).
    expect(castJson(readJson("2147483647.4"), "int?")).toBe(2147483647);
    expect(castJson(readJson("-2147483648.4"), "int?")).toBe(-2147483648);
    expect(() => castJson(readJson('"2020-01-01"'), "DateTime?")).toThrow(
      "(DateTime?) of a JSON string is DateTime.Parse in the invariant culture",
    );
    expect(() => castJson(readJson("1"), "int??")).toThrow(HarnessRefusal);
  });
});
