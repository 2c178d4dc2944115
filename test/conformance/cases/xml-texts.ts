// Generated XML texts for the System.Xml.Linq cases: random trees (fast-check, fixed seeds) of
// elements in no namespace, a default namespace or a prefixed one (declared on the root, on the
// element itself, or redeclared), attributes plain and prefixed with values that need escapes
// (& < > " ' tab, line breaks, non-ASCII, astral characters, character references), text with
// entities, CDATA, comments, processing instructions, white space between elements, `<a/>` beside
// `<a></a>`, an XML declaration and a comment before the root; and malformed texts (an unclosed
// or mismatched tag, an undeclared prefix or entity, two roots, text only, "").
import fc from "fast-check";

export const NAMESPACES = ["http://schemas.xmlsoap.org/soap/envelope/", "urn:orders", "urn:x:é"];
const PREFIXES = ["s", "o", "x"];
export const LOCALS = ["Envelope", "Body", "item", "v", "é", "a-b", "x.y", "_z"];
const ATTRIBUTE_LOCALS = ["id", "lang", "n"];
/** Characters of generated text and attribute values: escapes, white space, non-ASCII, astral. */
export const CHARS = [
  "a",
  "Z",
  "1",
  " ",
  "&",
  "<",
  ">",
  '"',
  "'",
  "\t",
  "\n",
  "é",
  "中",
  "\u{1F600}",
  "]",
  "%",
];

interface Tree {
  readonly ns: number; // -1: none, 0..2: a namespace
  readonly local: number;
  readonly declareHere: boolean;
  readonly asDefault: boolean;
  readonly attributes: readonly { ns: number; local: number; value: string }[];
  readonly children: readonly Child[];
  readonly selfClose: boolean;
}
type Child =
  | { kind: "element"; tree: Tree }
  | { kind: "text"; value: string }
  | { kind: "cdata"; value: string }
  | { kind: "comment"; value: string }
  | { kind: "pi"; value: string }
  | { kind: "space"; value: string };

const text = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 6 })
  .map((c) => c.join(""));
const nsIndex = fc.integer({ min: -1, max: 2 });

const { tree } = fc.letrec<{ tree: Tree; child: Child }>((tie) => ({
  tree: fc.record({
    ns: nsIndex,
    local: fc.nat(LOCALS.length - 1),
    declareHere: fc.boolean(),
    asDefault: fc.boolean(),
    attributes: fc.array(
      fc.record({
        ns: nsIndex,
        local: fc.nat(ATTRIBUTE_LOCALS.length - 1),
        value: fc.oneof(text, fc.constant("")),
      }),
      { maxLength: 2 },
    ),
    children: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constant([]),
      fc.array(tie("child") as fc.Arbitrary<Child>, { maxLength: 3 }),
    ),
    selfClose: fc.boolean(),
  }),
  child: fc.oneof(
    { depthSize: "small" },
    fc.record({ kind: fc.constant("element" as const), tree: tie("tree") as fc.Arbitrary<Tree> }),
    fc.record({ kind: fc.constant("text" as const), value: text }),
    fc.record({ kind: fc.constant("cdata" as const), value: text.map((t) => t.replace(/]/g, "")) }),
    fc.record({ kind: fc.constant("comment" as const), value: fc.constantFrom(" c ", "note", "") }),
    fc.record({ kind: fc.constant("pi" as const), value: fc.constantFrom("pi x", "go", "t a=1") }),
    fc.record({
      kind: fc.constant("space" as const),
      value: fc.constantFrom(" ", "\n  ", "\r\n\t", "&#32;"),
    }),
  ),
}));

const escapeText = (t: string) =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/%/g, "&#x25;");
const escapeAttribute = (t: string) =>
  escapeText(t)
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, (m) => (t.length % 2 ? "&#10;" : m));

/** Prints a tree, declaring each namespace where it is first needed (or on the element when asked). */
function print(t: Tree, scope: ReadonlyMap<string, string>, defaultNs: string): string {
  const declared = new Map(scope);
  let own = "";
  let ownDefault = defaultNs;
  let name = LOCALS[t.local]!;
  if (t.ns === -1) {
    if (defaultNs !== "") {
      own += ' xmlns=""';
      ownDefault = "";
    }
  } else {
    const uri = NAMESPACES[t.ns]!;
    if (t.asDefault) {
      if (defaultNs !== uri || t.declareHere) own += ` xmlns="${escapeAttribute(uri)}"`;
      ownDefault = uri;
    } else {
      const prefix = PREFIXES[t.ns]!;
      if (declared.get(prefix) !== uri || t.declareHere) {
        own += ` xmlns:${prefix}="${escapeAttribute(uri)}"`;
        declared.set(prefix, uri);
      }
      name = `${prefix}:${name}`;
    }
  }
  const seen = new Set<string>();
  let attributes = "";
  for (const a of t.attributes) {
    const key = `${a.ns}|${a.local}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let attributeName = ATTRIBUTE_LOCALS[a.local]!;
    if (a.ns >= 0) {
      const prefix = PREFIXES[a.ns]!;
      if (declared.get(prefix) !== NAMESPACES[a.ns]) {
        own += ` xmlns:${prefix}="${escapeAttribute(NAMESPACES[a.ns]!)}"`;
        declared.set(prefix, NAMESPACES[a.ns]!);
      }
      attributeName = `${prefix}:${attributeName}`;
    }
    attributes += ` ${attributeName}="${escapeAttribute(a.value)}"`;
  }
  const open = `<${name}${own}${attributes}`;
  if (t.children.length === 0) return t.selfClose ? `${open}/>` : `${open}></${name}>`;
  const body = t.children
    .map((c) => {
      switch (c.kind) {
        case "element":
          return print(c.tree, declared, ownDefault);
        case "text":
          return escapeText(c.value);
        case "cdata":
          return `<![CDATA[${c.value}]]>`;
        case "comment":
          return `<!--${c.value}-->`;
        case "pi":
          return `<?${c.value}?>`;
        case "space":
          return c.value;
      }
    })
    .join("");
  return `${open}>${body}</${name}>`;
}

const MALFORMED = [
  "",
  "text only",
  "<a>",
  "<a></b>",
  "<a/><b/>",
  "<p:a/>",
  "<a>&foo;</a>",
  "<a x=1/>",
  "<a x='1' x='2'/>",
  "<1a/>",
  "<a><b></a>",
];

/** `count` XML texts from `seed`: well-formed documents, about one in eight malformed. */
export function xmlTexts(count: number, seed: number, malformed = true): string[] {
  return fc
    .sample(fc.tuple(tree, fc.boolean(), fc.boolean(), fc.nat(MALFORMED.length * 8 - 1)), {
      numRuns: count,
      seed,
    })
    .map(([t, declaration, comment, pick]) => {
      if (malformed && pick < MALFORMED.length) return MALFORMED[pick]!;
      const root = print(t, new Map(), "");
      return `${declaration ? '<?xml version="1.0" encoding="utf-8"?>\n' : ""}${comment ? "<!-- head -->\n" : ""}${root}`;
    });
}
