// The round trip's comparison: the original document against the XML its imported module builds
// to. Both are read into slots keyed by element path (`policies/inbound[0]/choose[1]/when[0]@condition`);
// literals must be equal, expressions equal after normalise.ts. A differing expression is kept
// as C# next time; any other difference keeps its whole policy element as raw XML.
import { sameCSharp } from "./normalise.ts";
import type { ReadElement, ReadValue } from "./xml-reader.ts";

interface Slot {
  readonly value: ReadValue | { kind: "element"; name: string };
  /** Offset of the policy statement that holds it (undefined: document structure). */
  readonly statement: number | undefined;
}

const CONTAINERS = new Set([
  "inbound",
  "backend",
  "outbound",
  "on-error",
  "fragment",
  "when",
  "otherwise",
  "retry",
]);

function collect(root: ReadElement): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  const walk = (
    element: ReadElement,
    path: string,
    statement: number | undefined,
    parent: string | undefined,
  ) => {
    const own = parent !== undefined && CONTAINERS.has(parent) ? element.offset : statement;
    slots.set(path, { value: { kind: "element", name: element.name }, statement: own });
    for (const attribute of element.attributes)
      slots.set(`${path}@${attribute.name}`, { value: attribute.value, statement: own });
    const texts = element.children.filter((c) => c.kind === "text");
    if (texts.length === 1)
      slots.set(`${path}#text`, {
        value: (texts[0] as { value: ReadValue }).value,
        statement: own,
      });
    else if (texts.length > 1)
      slots.set(`${path}#text`, {
        value: {
          kind: "literal",
          text: texts.map((t) => JSON.stringify((t as { value: ReadValue }).value)).join(""),
        },
        statement: own,
      });
    const elements = element.children.filter((c): c is ReadElement => c.kind === "element");
    // Indexed among siblings of the same name: the build writes every section, the original may not.
    const seen = new Map<string, number>();
    for (const child of elements) {
      const index = seen.get(child.name) ?? 0;
      seen.set(child.name, index + 1);
      walk(child, `${path}/${child.name}[${index}]`, own, element.name);
    }
  };
  walk(root, root.name, undefined, undefined);
  return slots;
}

/** What the next import must change so that the round trip holds. */
export interface RoundTripVerdict {
  readonly equal: boolean;
  readonly csharp: readonly number[];
  readonly raw: readonly number[];
  /** Paths that differ (for messages and tests). */
  readonly differences: readonly string[];
}

function sameValue(a: Slot["value"], b: Slot["value"]): boolean {
  if (a.kind === "element" || b.kind === "element")
    return a.kind === b.kind && (a as { name: string }).name === (b as { name: string }).name;
  if (a.kind === "literal" && b.kind === "literal") return a.text === b.text;
  if (a.kind === "expression" && b.kind === "expression") return sameCSharp(a.code, b.code);
  return false;
}

/** An empty section the build writes where the original had none. */
const isAddedSection = (path: string) =>
  /^policies\/(inbound|backend|outbound|on-error)\[0\]$/.test(path);

/** Compares the original document with the built one. */
export function compareRoundTrip(original: ReadElement, built: ReadElement): RoundTripVerdict {
  const before = collect(original);
  const after = collect(built);
  const csharp = new Set<number>();
  const raw = new Set<number>();
  const differences: string[] = [];
  const owner = (path: string): number | undefined => {
    for (let p = path; p.includes("/"); p = p.slice(0, p.lastIndexOf("/"))) {
      const slot = before.get(p.replace(/[@#].*$/, ""));
      if (slot) return slot.statement;
    }
    return undefined;
  };
  for (const [path, slot] of before) {
    const other = after.get(path);
    if (other && sameValue(slot.value, other.value)) continue;
    differences.push(path);
    if (other && slot.value.kind === "expression" && other.value.kind === "expression")
      csharp.add(slot.value.offset);
    else if (slot.statement !== undefined) raw.add(slot.statement);
  }
  for (const path of after.keys()) {
    if (before.has(path) || isAddedSection(path)) continue;
    differences.push(path);
    const statement = owner(path);
    if (statement !== undefined) raw.add(statement);
  }
  return { equal: differences.length === 0, csharp: [...csharp], raw: [...raw], differences };
}

/** Every policy statement's offset (all of them kept raw when a module cannot be built at all). */
export function statementOffsets(root: ReadElement): number[] {
  return [
    ...new Set(
      [...collect(root).values()]
        .map((s) => s.statement)
        .filter((s): s is number => s !== undefined),
    ),
  ];
}
