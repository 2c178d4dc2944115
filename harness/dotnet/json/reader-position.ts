// Where Json.NET's JsonTextReader says it is when it throws: the suffix "Path '…', line L,
// position P." of a JsonReaderException's message (JsonPosition.FormatMessage, Json.NET 13.x
// source, Src/Newtonsoft.Json/JsonPosition.cs). The path is JsonReader.Path: each open container's
// position (a property name, or an array index counted as Json.NET counts it: a container's index
// when it opens, a scalar's when it ends, a number's before it is converted), without the
// innermost container while nothing in it has been read (State.ObjectStart / ArrayStart). Paths,
// lines and positions on the first line were observed on mono with Debian's Json.NET; on later
// lines Json.NET 13.x counts the position from the character after the line break
// (JsonTextReader.OnNewLine(_charPos) after the break; 6.0.8 counted one more).
import { escapeJson } from "./writer.ts";

/** One open container, as JsonPosition holds it. */
export interface Scope {
  readonly type: "Object" | "Array";
  /** The current property's name (objects). */
  name: string | null;
  /** The current element's index, -1 before the first (arrays). */
  index: number;
}

// JsonPosition.SpecialCharacters (13.x): a name with one of these is written ['name'].
const SPECIAL = /[. '/"[\]()\t\n\r\f\b\\\u0085\u2028\u2029]/;
/** JsonReader.Path for the open containers `scopes`; `started`: the innermost has content. */
export function readerPath(scopes: readonly Scope[], started: boolean): string {
  const shown = started ? scopes : scopes.slice(0, -1);
  let path = "";
  for (const scope of shown) {
    if (scope.type === "Array") path += `[${scope.index}]`;
    else if (SPECIAL.test(scope.name!)) path += `['${escapeJson(scope.name!, "'")}']`;
    else path += `${path === "" ? "" : "."}${scope.name}`;
  }
  return path;
}

/**
 * JsonTextReader's LineNumber and LinePosition at `offset` of `text`: a line ends at "\r\n", "\r"
 * or "\n"; the position counts the characters from the line's start. Before the first token
 * (`started` false) at a line's start the line is 0 (JsonTextReader.LineNumber: State.Start and
 * LinePosition 0; observed on mono: "x" and "" report line 0, position 0).
 */
export function lineInfo(
  text: string,
  offset: number,
  started: boolean,
): { line: number; position: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === "\r" && text[i + 1] === "\n") i++;
    if (c === "\r" || c === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  const position = offset - lineStart;
  return { line: !started && position === 0 ? 0 : line, position };
}
