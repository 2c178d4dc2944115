// Where an expression was written, as `file:line:col` an editor opens: from the source tag the
// tagging transform attaches (file + offset of the function's first token).
import { readFileSync } from "node:fs";
import path from "node:path";

const lineStarts = new Map<string, number[] | undefined>();

function startsOf(file: string): number[] | undefined {
  if (!lineStarts.has(file)) {
    let text: string | undefined;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      text = undefined;
    }
    const starts = text === undefined ? undefined : [0];
    if (text !== undefined)
      for (let i = 0; i < text.length; i++) if (text[i] === "\n") starts!.push(i + 1);
    lineStarts.set(file, starts);
  }
  return lineStarts.get(file);
}

/** `policy-src/x.ts:12:7` (relative to the working directory), or a note when untagged. */
export function sourceLocation(
  tag: { readonly file: string; readonly start: number } | undefined,
  root = process.cwd(),
): string {
  if (!tag) return "(untagged function: no source location)";
  const file = path.relative(root, tag.file) || tag.file;
  const starts = startsOf(tag.file);
  if (!starts) return `${file} (offset ${tag.start})`;
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= tag.start) line++;
  return `${file}:${line + 1}:${tag.start - starts[line]! + 1}`;
}
