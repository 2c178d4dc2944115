// Json.NET for the harness: the values bound to src/dotnet/json.ts's declarations (JToken,
// JObject, JArray, JTokenType, Formatting, JsonConvert) and C#'s explicit conversion of a token.
import { castJson } from "./conversions.ts";
import { readJson } from "./reader.ts";
import { Formatting, JTokenType, nodeOf, view } from "./views.ts";
import { writeJson } from "./writer.ts";

export { Formatting, JTokenType, nodeOf, view };
export { JsonReaderException } from "./exceptions.ts";

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
/** JsonConvert (SerializeObject of a token: its text on one line; null is "null"). */
export const JsonConvert = Object.freeze({
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
