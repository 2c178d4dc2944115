// Generated JSON texts for the Json.NET conformance cases (fast-check, fixed seeds): nested
// objects and arrays, keys repeated within an object (Json.NET keeps the last value in the first
// key's place), Unicode in keys and strings (escaped and raw, surrogate pairs, U+2028, U+0085,
// control characters), numbers at the edges (Int32 and Int64 limits, BigIntegers, -0, floats
// with .0, exponents both ways), date-shaped strings (valid, with Z, offsets and fractions, and
// out-of-range ones that stay strings), white space outside JSON's set, and truncated texts.
// Not generated (documented in test/conformance/README.md): Json.NET's lenient syntax (the harness
// refuses it), mantissas of more than 15 digits and values below 1e-300 (mono's double parsing
// and "R" text differ from .NET Framework's there).
import fc from "fast-check";

/** Keys: duplicates across the pool's case variants, Unicode, a key that looks like a date. */
export const KEYS = [
  "a",
  "b",
  "A",
  "id",
  "é",
  "\u{1F600}",
  "",
  'q"t',
  "x\ny",
  "2020-01-01T00:00:00Z",
];

const STRINGS = [
  "",
  "x",
  "a b",
  "é",
  "\u{1F600}",
  "\u2028",
  "\u0085",
  "\u0001",
  "\u007f",
  "tab\there",
  'quote"s',
  "back\\slash",
  "</script>",
  "12",
  " 12 ",
  "1.5",
  "true",
  " True ",
  "yes",
  "1,000",
];

const DATES = [
  "2020-01-01T00:00:00",
  "2020-01-01T00:00:00Z",
  "2020-01-01T00:00:00z",
  "2024-02-29T23:59:59.9999999Z",
  "2020-06-01T10:00:00+02:00",
  "2020-06-01T10:00:00.5-05:30",
  "2020-12-31T23:00:00+0100",
  "2020-03-29T02:30:00",
  "2020-01-01T00:00:00.120",
  "2021-02-29T00:00:00Z",
  "2020-13-01T00:00:00Z",
  "2020-01-01T24:00:00Z",
  "2020-01-01T00:00:00.12345678Z",
  "2020-01-01 00:00:00",
  "2020-01-01",
  "2020-01-01T00:00",
];

const NUMBERS = [
  "0",
  "-0",
  "1",
  "-1",
  "7",
  "2147483647",
  "2147483648",
  "-2147483648",
  "-2147483649",
  "9007199254740993",
  "9223372036854775807",
  "9223372036854775808",
  "-9223372036854775809",
  "123456789012345678901234567890",
  "1.0",
  "-0.0",
  "0.1",
  "1.5",
  "2.5",
  "-2.5",
  "1.7",
  "1e5",
  "1E+300",
  "1.5e-7",
  "1e14",
  "1e15",
  "1e-5",
  "0.0001",
  "123456789012345.0",
  "3000000000.0",
  "1e-300",
  "0.30000000000000004",
];

/** Hand-picked texts from the probes on mono (malformed ones included), added to every `any` list. */
export const EDGE_TEXTS = [
  '{"a":1,"b":[1,2,{}],"c":{},"d":[]}',
  '{"a":1,"b":2,"a":3}',
  '{"a":}',
  '{"a":1',
  '{"a":1,',
  "[1,2",
  '"abc',
  '{"a"',
  "tru",
  "[nul]",
  "-",
  "[1e",
  "[1e+",
  "[1.5.2]",
  "[--1]",
  "[+1]",
  "+1",
  "<html>",
  "x1",
  "{",
  "[",
  "",
  "  ",
  "{,}",
  '{"a" 1}',
  '{"a":1 "b":2}',
  "[1 2]",
  '"\\x"',
  '"\\u12"',
  '{"a":1}}',
  "[1]]",
  "[1e400]",
  "[5e-324]",
  '"\\u0000\\u001f\\u007f\\u0080\\u00a0\\u2028\\u2029\\ufeff\\u0085"',
  '"\\ud83d\\ude00\\/"',
  '"2020-01-01T00:00:00+02"',
  '"2020-01-01T00:00:00.Z"',
  '"2020-01-01T00:00:00Zx"',
  '"0000-01-01T00:00:00Z"',
  '{"2020-01-01T00:00:00Z":"2020-01-01T00:00:00Z"}',
  " \u00a0 1",
];

const SPACE = ["", "", "", " ", "\n", "\r\n  ", "\t", "\u00a0", "\u2003"];

const quoteChar = (c: string): string => {
  if (c === '"') return '\\"';
  if (c === "\\") return "\\\\";
  if (c.charCodeAt(0) < 0x20) return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  return c;
};

/** A JSON string literal; `escapeAll` writes every non-ASCII unit as \uXXXX. */
function literal(text: string, escapeAll: boolean): string {
  let out = "";
  for (const unit of text.split("")) {
    const code = unit.charCodeAt(0);
    out +=
      escapeAll && code > 0x7e
        ? `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`
        : quoteChar(unit);
  }
  return `"${out}"`;
}

type Tree = { text: (space: () => string) => string };

const scalar: fc.Arbitrary<Tree> = fc.oneof(
  fc.constantFrom(...NUMBERS).map((n) => ({ text: () => n })),
  fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...STRINGS),
        fc.constantFrom(...DATES),
        fc.string({ unit: "binary", maxLength: 6 }),
      ),
      fc.boolean(),
    )
    .map(([s, escaped]) => ({ text: () => literal(s, escaped) })),
  fc.constantFrom("true", "false", "null").map((t) => ({ text: () => t })),
);

const { tree } = fc.letrec<{ tree: Tree; object: Tree; array: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    tie("object"),
    tie("array"),
  ),
  object: fc
    .array(fc.tuple(fc.constantFrom(...KEYS), fc.boolean(), tie("tree")), { maxLength: 4 })
    .map((entries) => ({
      text: (space: () => string) =>
        `{${entries.map(([k, e, v]) => `${space()}${literal(k, e)}${space()}:${space()}${v.text(space)}`).join(",")}${space()}}`,
    })),
  array: fc.array(tie("tree"), { maxLength: 4 }).map((items) => ({
    text: (space: () => string) =>
      `[${items.map((v) => `${space()}${v.text(space)}`).join(",")}${space()}]`,
  })),
}));

function render(t: Tree, seed: number): string {
  let n = seed;
  return t.text(() => SPACE[(n = (n * 1103515245 + 12345) % 2147483648) % SPACE.length]!);
}

/**
 * JSON texts of any kind (objects, arrays, scalars), some cut short (malformed); "scalars": arrays
 * of strings, numbers, booleans and nulls only (what Values<T>() converts without failing).
 */
export function jsonTexts(
  count: number,
  seed: number,
  root: "any" | "object" | "array" | "scalars",
): string[] {
  const edges = root === "any" ? EDGE_TEXTS : [];
  const arbitrary =
    root === "object"
      ? objectRoot
      : root === "array"
        ? arrayRoot
        : root === "scalars"
          ? scalarArrayRoot
          : tree;
  const generated = fc
    .sample(fc.tuple(arbitrary, fc.nat(1000), fc.nat(9)), { numRuns: count, seed })
    .map(([t, spaceSeed, cut]) => {
      const text = render(t, spaceSeed + 1);
      if (cut !== 0 || text.length < 2) return text;
      // One in ten is cut short; never right after a '.', which Json.NET reads as "1." (lenient).
      let end = Math.floor(text.length / 2);
      while (end > 0 && text[end - 1] === ".") end--;
      return text.slice(0, end);
    });
  return [...edges, ...generated];
}

const objectRoot: fc.Arbitrary<Tree> = fc
  .array(fc.tuple(fc.constantFrom(...KEYS), fc.boolean(), tree), { minLength: 0, maxLength: 5 })
  .map((entries) => ({
    text: (space: () => string) =>
      `{${entries.map(([k, e, v]) => `${space()}${literal(k, e)}:${space()}${v.text(space)}`).join(",")}}`,
  }));

const arrayRoot: fc.Arbitrary<Tree> = fc.array(tree, { maxLength: 5 }).map((items) => ({
  text: (space: () => string) => `[${items.map((v) => v.text(space)).join(`,${space()}`)}]`,
}));

const scalarArrayRoot: fc.Arbitrary<Tree> = fc.array(scalar, { maxLength: 5 }).map((items) => ({
  text: (space: () => string) => `[${items.map((v) => v.text(space)).join(`,${space()}`)}]`,
}));
