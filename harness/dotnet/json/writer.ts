// Json.NET's JSON text (JsonTextWriter as JToken.ToString and JsonConvert.SerializeObject use it),
// observed on mono with Json.NET 6.0.8: Formatting.Indented puts each property or element on its
// own line, two spaces per level, `"name": value`; empty containers are `{}` and `[]`. Line ends
// are the TextWriter's NewLine, Environment.NewLine: "\r\n" on APIM's Windows hosts (mono on Linux
// writes "\n"; the conformance cases compare with line ends normalised). Strings escape `"`, `\`,
// control characters (\b \t \n \f \r, others \u00xx) and U+0085, U+2028, U+2029; nothing else.
// Floats are "R" with ".0" kept (number-format.ts); dates are ISO 8601 (dates.ts).
import { writeJsonDate } from "./dates.ts";
import { formatGeneral, formatJsonFloat } from "./number-format.ts";
import {
  JsonArrayNode,
  JsonObjectNode,
  JsonPropertyNode,
  JsonValueNode,
  type JsonNode,
} from "./nodes.ts";
import type { DateTimeValue } from "../date-time.ts";

/** Environment.NewLine of APIM's hosts (Windows). */
export const NEW_LINE = "\r\n";

const SHORT: Record<string, string> = {
  '"': '\\"',
  "'": "\\'",
  "\\": "\\\\",
  "\b": "\\b",
  "\t": "\\t",
  "\n": "\\n",
  "\f": "\\f",
  "\r": "\\r",
};
const ESCAPED = {
  '"': /["\\\u0000-\u001f\u0085\u2028\u2029]/g,
  "'": /['\\\u0000-\u001f\u0085\u2028\u2029]/g,
};

/**
 * JavaScriptUtils.WriteEscapedJavaScriptString (StringEscapeHandling.Default): `quote`, `\`,
 * control characters and U+0085, U+2028, U+2029 escaped, nothing else (Json.NET 13.x source).
 */
export function escapeJson(text: string, quote: '"' | "'"): string {
  return text.replace(
    ESCAPED[quote],
    (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** A JSON string literal as Json.NET writes it. */
export function quoteJson(text: string): string {
  return `"${escapeJson(text, '"')}"`;
}

function valueText(node: JsonValueNode): string {
  switch (node.kind) {
    case "Null":
      return "null";
    // JSON's true and false are JavaScript's; an integer is exact (a bigint).
    case "Boolean":
    case "Integer":
      return String(node.value);
    case "Float":
      return formatJsonFloat(node.value as number);
    case "String":
      return quoteJson(node.value as string);
    case "Date":
      return quoteJson(writeJsonDate(node.value as DateTimeValue));
  }
}

/** The token's JSON text; `indent` is the current depth's indentation when indented. */
export function writeJson(node: JsonNode, indented: boolean, indent = ""): string {
  if (node instanceof JsonValueNode) return valueText(node);
  if (node instanceof JsonPropertyNode)
    return `${quoteJson(node.name)}:${indented ? " " : ""}${writeJson(node.value, indented, indent)}`;
  const [open, close, children] =
    node instanceof JsonObjectNode
      ? ["{", "}", node.properties]
      : ["[", "]", (node as JsonArrayNode).items];
  if (children.length === 0) return open + close;
  if (!indented) return open + children.map((c) => writeJson(c, false)).join(",") + close;
  const inner = indent + "  ";
  const lines = children.map((c) => inner + writeJson(c, true, inner));
  return `${open}${NEW_LINE}${lines.join(`,${NEW_LINE}`)}${NEW_LINE}${indent}${close}`;
}

/**
 * JToken.ToString(): containers and properties indented; a JValue's own ToString, its value's
 * text (a string unquoted, a float as Convert.ToString prints it, a boolean True/False, null "").
 */
export function tokenToString(node: JsonNode): string {
  if (!(node instanceof JsonValueNode)) return writeJson(node, true);
  return scalarText(node) ?? "";
}

/** Convert.ToString(value, CultureInfo.InvariantCulture) of a JValue's value; null for JSON null. */
export function scalarText(node: JsonValueNode): string | null {
  switch (node.kind) {
    case "Null":
      return null;
    case "Boolean":
      return node.value ? "True" : "False";
    case "Integer":
      return String(node.value);
    case "Float":
      return formatGeneral(node.value as number);
    case "String":
      return node.value as string;
    case "Date":
      return (node.value as DateTimeValue).ToString();
  }
}
