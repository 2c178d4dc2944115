// Json.NET's JToken.SelectToken(path) for the subset of JSONPath the harness simulates: an optional
// leading `$`, property names after a dot (`a.b`, letters, digits and `_`; the first one may omit
// the dot), quoted names in brackets (`['d.e']`, without `'` or `\`), and non-negative array
// indices (`[0]`). Observed on mono with Debian's Json.NET (libnewtonsoft-json-cil-dev,
// /usr/lib/cli/Newtonsoft.Json-5.0, probe in the report of the json-more branch): an absent
// property, a name on an array or a value, an index on an object or a value, and an index past the
// end select nothing (null); a property whose value is JSON null selects that null token; "" and
// "$" select the token itself. Everything else JSONPath allows (`..`, `*`, slices, filters,
// unions, negative indices, double quotes, spaces) is refused: its results, and the errors Json.NET
// throws for malformed paths, were not all observed.
import { HarnessRefusal } from "../../apim/harness-refusal.ts";
import { JsonArrayNode, JsonObjectNode, type JsonNode } from "./nodes.ts";

type Segment = { readonly name: string } | { readonly index: number };

const SEGMENT = /^(?:\.([A-Za-z0-9_]+)|\['([^'\\]+)'\]|\[(0|[1-9][0-9]{0,8})\])/;

function refuse(path: string, at: number): never {
  throw new HarnessRefusal(
    `SelectToken(${JSON.stringify(path)}): the harness simulates JSONPath only as $, .name, ` +
      `['name'] and [index] (a non-negative integer); the path's text from offset ${at} is beyond ` +
      "that subset, whose results in Json.NET were not observed",
  );
}

/** The path's segments, or a HarnessRefusal for a path beyond the simulated subset. */
export function parseSelectPath(path: string): Segment[] {
  let rest = path;
  if (rest.startsWith("$")) rest = rest.slice(1);
  else if (/^[A-Za-z0-9_]/.test(rest)) rest = "." + rest;
  const segments: Segment[] = [];
  while (rest !== "") {
    const match = SEGMENT.exec(rest);
    if (!match) refuse(path, path.length - rest.length);
    if (match[1] !== undefined) segments.push({ name: match[1] });
    else if (match[2] !== undefined) segments.push({ name: match[2] });
    else segments.push({ index: Number(match[3]) });
    rest = rest.slice(match[0].length);
  }
  return segments;
}

/** The token `path` selects below `root`, or null when it selects nothing. */
export function selectToken(root: JsonNode, path: string): JsonNode | null {
  let node: JsonNode | null = root;
  for (const segment of parseSelectPath(path)) {
    if ("name" in segment)
      node = node instanceof JsonObjectNode ? (node.find(segment.name)?.value ?? null) : null;
    else node = node instanceof JsonArrayNode ? (node.items[segment.index] ?? null) : null;
  }
  return node;
}
