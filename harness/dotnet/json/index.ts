// Json.NET for the harness: the values bound to src/dotnet/json.ts's declarations (JToken,
// JObject, JArray, JTokenType, Formatting, JsonConvert) and C#'s explicit conversion of a token.
import { TYPED_JSON_DESERIALIZE } from "../../../src/compile/tag-names.ts";
import { HarnessRefusal } from "../../apim/harness-refusal.ts";
import { ArgumentNullException } from "../exceptions.ts";
import { castJson } from "./conversions.ts";
import { JsonReaderException, JsonSerializationException } from "./exceptions.ts";
import { isDotnetWhiteSpace } from "../white-space.ts";
import { readJson } from "./reader.ts";
import { lineInfo } from "./reader-position.ts";
import { Formatting, JTokenType, JValueConstructor, nodeOf, view } from "./views.ts";
import type { JsonNode } from "./nodes.ts";
import { writeJson } from "./writer.ts";

export { Formatting, JTokenType, JValueConstructor, nodeOf, view };
export { JsonReaderException, JsonSerializationException } from "./exceptions.ts";

/** JToken's statics. */
export const JTokenStatics = Object.freeze({
  Parse: (json: string) => view(readJson(json)),
});
/** JObject's statics. */
export const JObjectStatics = Object.freeze({
  Parse: (json: string) => view(readJson(json, "Object")),
});
/** JArray's statics. */
export const JArrayStatics = Object.freeze({
  Parse: (json: string) => view(readJson(json, "Array")),
});
/**
 * JsonConvert.DeserializeObject<T>(value) for T = JObject, JArray, JToken, from Json.NET's source
 * (JsonConvert.DeserializeObject, JsonSerializerInternalReader.CreateJToken, 13.0.1 and later):
 * null text is ArgumentNullException; text without content gives null (no value to read); a JSON
 * null gives null unless T is JToken; the rest is read as JToken.Parse reads it (observed equal
 * on mono), and a token T cannot hold is JsonSerializationException (Json.NET 6.0.8, which the
 * cross-check runs, throws InvalidCastException there: model/json-version.cs follows 13.x).
 */
function deserializeObject(type: string, value: string | null): object | null {
  if (value === null || value === undefined) throw new ArgumentNullException("value");
  if (!["JObject", "JArray", "JToken"].includes(type))
    throw new HarnessRefusal(
      `DeserializeObject<${type}> is not simulated: use JObject, JArray or JToken`,
    );
  if ([...value].every(isDotnetWhiteSpace)) return null;
  // CreateJToken checks the value's kind before the serializer looks for text after it
  // (CheckAdditionalContent): a mismatch is reported at the end of the value.
  const checkKind = (node: JsonNode, end: number) => {
    if (
      (type === "JObject" && node.kind !== "Object" && node.kind !== "Null") ||
      (type === "JArray" && node.kind !== "Array" && node.kind !== "Null")
    ) {
      const actual = node.kind === "Object" || node.kind === "Array" ? `J${node.kind}` : "JValue";
      const { line, position } = lineInfo(value, end, true);
      throw new JsonSerializationException(
        `Deserialized JSON type 'Newtonsoft.Json.Linq.${actual}' is not compatible with expected type 'Newtonsoft.Json.Linq.${type}'. Path '', line ${line}, position ${position}.`,
      );
    }
  };
  let node;
  try {
    node = readJson(value, undefined, "move", checkKind);
  } catch (error) {
    // Json.NET 13 reports a text cut short inside an object or array from its writer
    // (JsonWriterException "Unexpected end when reading token." with a writer path), not observed.
    if (
      error instanceof JsonReaderException &&
      /^(Unexpected end of content while loading|Error reading J(Object|Array) from JsonReader\. Path)/.test(
        error.message,
      )
    )
      throw new HarnessRefusal(
        "DeserializeObject of JSON text that ends inside an object or array is not simulated (Json.NET 13 fails in its writer; the message was not observed)",
      );
    throw error;
  }
  if (node.kind === "Null" && type !== "JToken") return null;
  return view(node);
}

/** JsonConvert (SerializeObject of a token: its text on one line; null is "null"). */
export const JsonConvert = Object.freeze({
  [TYPED_JSON_DESERIALIZE]: deserializeObject,
  DeserializeObject: () => {
    throw new HarnessRefusal(
      "DeserializeObject without a type argument: write DeserializeObject<JObject>(text)",
    );
  },
  SerializeObject: (value: unknown) => {
    const node = nodeOf(value);
    if (value === null || value === undefined) return "null";
    if (!node)
      throw new Error("JsonConvert.SerializeObject: the harness serialises JSON tokens only");
    return writeJson(node, false);
  },
});

/** C#'s `(T)value` when `value` is a JSON token; undefined when it is not one. */
export function castIfJson(value: unknown, type: string): { value: unknown } | undefined {
  const node = nodeOf(value);
  return node ? { value: castJson(node, type) } : undefined;
}
