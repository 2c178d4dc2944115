// Conformance cases: System.Guid built from and read as bytes (new Guid(bytes), ToByteArray),
// ToString's formats, Guid.Empty, and System.Random's Next overloads. Inputs are generated
// (fast-check, fixed seeds): random 16-byte arrays and arrays of other lengths, GUID texts made
// from random bytes in every format Parse reads, format strings valid and not, and Next's bounds
// around its edges (0, equal bounds, negative, min > max, int's limits). NewGuid and Random are
// seeded in the harness; the C# side is fed the recorded values (guid-rewrite.ts, random-rewrite.ts),
// so what is compared is the arithmetic on them and the ranges they were drawn from.
import fc from "fast-check";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { one, two } from "../generators.ts";

const N = 120;
const guidBytes = fc.sample(fc.uint8Array({ minLength: 16, maxLength: 16 }), {
  numRuns: N,
  seed: 1301,
});
const otherLengths = [0, 1, 15, 17, 32].map((n) => new Uint8Array(n).fill(7));
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const dashed = (h: string) =>
  `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
const guidTexts = guidBytes.map((b, i) => {
  const h = i % 2 ? hex(b).toUpperCase() : hex(b);
  return [h, dashed(h), `{${dashed(h)}}`, `(${dashed(h)})`][i % 4]!;
});
/**
 * Every character Char.IsWhiteSpace accepts, and some it does not (U+FEFF, which JavaScript's
 * trim() removes; U+180E, white space before Unicode 6.3; U+200B), around GUID texts of every
 * format, and inside the braces or parentheses, where no white space is allowed.
 */
const SPACES = [
  ..."\t\n\u000b\f\r \u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000",
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  "\ufeff",
  "\u180e",
  "\u200b",
];
const spacedGuids = fc
  .sample(fc.tuple(fc.constantFrom(...SPACES), fc.constantFrom(...guidTexts), fc.nat(3)), {
    numRuns: N,
    seed: 1303,
  })
  .map(([space, text, where]) =>
    where === 0
      ? space + text
      : where === 1
        ? text + space
        : where === 2
          ? `${space}${space}${text}${space}`
          : text.replace(/^([{(]?)/, `$1${space}`),
  );
const FORMATS = ["N", "D", "B", "P", "X", "n", "d", "b", "p", "x", "", "Q", "NN", "dd"];
const bounds = fc.sample(
  fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constantFrom(0, 1, 2147483647, -2147483648, -1)),
  { numRuns: N, seed: 1302 },
);

export const guidCases: SnippetSpec[] = [
  {
    id: "Guid.new.bytes",
    source: '(b: bytes) => new Guid(b).ToString("D")',
    inputs: one([...guidBytes, ...otherLengths]),
  },
  {
    id: "Guid.ToByteArray",
    source: "(s: string) => Convert.ToBase64String(Guid.Parse(s).ToByteArray())",
    inputs: one(guidTexts),
  },
  {
    id: "Guid.TryParse",
    source:
      '(s: string | null) => { const [ok, guid] = Guid.TryParse(s); return (ok ? "y" : "n") + guid.ToString("N"); }',
    inputs: one([
      ...guidTexts.slice(0, 20),
      null,
      "",
      "nope",
      `{${dashed(hex(guidBytes[0]!))}`,
      ` ${hex(guidBytes[1]!)} `,
    ]),
  },
  {
    id: "Guid.Parse.whiteSpace",
    source: '(s: string) => Guid.Parse(s).ToString("B")',
    inputs: one(spacedGuids),
  },
  {
    id: "Guid.TryParse.whiteSpace",
    source:
      '(s: string) => { const [ok, guid] = Guid.TryParse(s); return (ok ? "y" : "n") + guid.ToString("P"); }',
    inputs: one(spacedGuids),
  },
  {
    id: "Guid.bytes.roundTrip",
    source:
      "(b: bytes) => Convert.ToBase64String(new Guid(b).ToByteArray()) + new Guid(b).ToString()",
    inputs: one(guidBytes),
  },
  {
    id: "Guid.ToString.format",
    source: "(b: bytes, f: string) => new Guid(b).ToString(f)",
    inputs: two(guidBytes, FORMATS),
  },
  {
    id: "Guid.Empty.format",
    source: "(f: string) => Guid.Empty.ToString(f)",
    inputs: one(FORMATS),
  },
  // The sequential-id shape: bytes of a NewGuid with some replaced, read back as a Guid.
  {
    id: "Guid.NewGuid.N",
    source:
      '(f: string) => new Guid(Guid.NewGuid().ToByteArray()).ToString(f) + Guid.NewGuid().ToString("N")',
    inputs: one(["N", "D", "B", "P", "X", "Q"]),
  },
  {
    id: "Random.Next",
    source: "(n: int) => (n > 0 ? new Random().Next() % n : new Random().Next() < 0 ? -1 : n)",
    inputs: one([-3, 0, 1, 2, 7, 1000]),
  },
  {
    id: "Random.Next.max",
    source: "(max: int) => new Random().Next(max)",
    inputs: one(bounds),
  },
  {
    id: "Random.Next.range",
    source:
      "(a: int, b: int) => { const r = new Random(); const x = r.Next(a, b); return x - a + r.Next(2); }",
    inputs: two(bounds, [...bounds].reverse()),
  },
];
