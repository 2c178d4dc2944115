// Conformance cases: reading time from text. DateTimeOffset.Parse, TryParse and ParseExact and
// DateTime.Parse on instants printed in many shapes and broken in the ways texts break, fractions
// of 1 to 12 digits rounded to ticks, and .NET's white space around the text. The rest of time
// (Unix time, offsets, arithmetic, formats, the clock, zones) is time.ts. Expected values are
// mono's: every case runs in C# too.
import fc from "fast-check";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { one } from "../generators.ts";

const N = 120;
const NOW = "2030-01-01T00:00:00Z";

/** Texts to parse: instants printed in many shapes, then broken in the ways texts break. */
function parseTexts(count: number, seed: number): string[] {
  const shapes = [
    (d: Date) => d.toISOString(),
    (d: Date) => d.toISOString().replace("Z", "+02:00"),
    (d: Date) => d.toISOString().replace(".", ",").slice(0, 19) + "-05:30",
    (d: Date) => d.toISOString().slice(0, 19),
    (d: Date) => d.toISOString().slice(0, 10),
    (d: Date) => d.toUTCString(),
    (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} 10:15:00 PM`,
  ];
  const breaks = [
    (s: string) => s,
    (s: string) => s,
    (s: string) => s.replace(/-(\d\d)-/, "-13-"),
    (s: string) => s.replace(/-\d\dT/, "-31T"),
    // A letter after an offset is accepted by mono's parser, refused by the twin's (README.md).
    (s: string) => (/[+-]\d\d:\d\d$/.test(s) ? s : s + "x"),
    (s: string) => s.replace(/[+-]\d\d:\d\d$/, "+15:00"),
    (s: string) => ` ${s} `,
  ];
  return [
    "",
    "nope",
    "0001-01-01T00:00:00+01:00",
    "9999-12-31T23:59:59-01:00",
    ...fc
      .sample(
        fc.tuple(
          fc.integer({ min: 0, max: 4102444800000 }),
          fc.nat(shapes.length - 1),
          fc.nat(breaks.length - 1),
        ),
        { numRuns: count, seed },
      )
      .map(([t, shape, broken]) => breaks[broken]!(shapes[shape]!(new Date(t)))),
  ];
}

/**
 * Texts with a fraction of 1 to 12 random digits (.NET reads them all into a double and rounds to
 * ticks, half to even), in every shape the parser takes, then the edges: midpoints whose double
 * lands either side of .5, a fraction that carries into the next second, one that rounds past
 * DateTime.MaxValue (AddTicks throws), and .NET's white space around the text (U+0085 is white
 * space to .NET, U+FEFF is not; JavaScript's trim() says the opposite).
 */
function fractionTexts(count: number, seed: number): string[] {
  const shapes = [
    (date: string, time: string, fraction: string) => `${date}T${time}.${fraction}Z`,
    (date: string, time: string, fraction: string) => `${date} ${time}.${fraction}`,
    (date: string, time: string, fraction: string) => `${date}T${time}.${fraction}+05:30`,
    (date: string, time: string, fraction: string) =>
      `${Number(date.slice(5, 7))}/${Number(date.slice(8))}/${date.slice(0, 4)} ${time}.${fraction}`,
  ];
  const edges = ["00000005", "00000015", "00000025", "12345675", "12345665", "99999995", "9999999"];
  const space = ["\u0085", "\ufeff", "\u00a0", "\u2000", "\u3000", "\t", "\u200b"];
  return [
    "9999-12-31T23:59:59.99999999",
    "9999-12-31T23:59:59.99999994",
    "2030-01-01T00:00:00.Z",
    ...edges.map((f) => `2030-01-01T23:59:59.${f}`),
    ...space.flatMap((w) => [
      `${w}2030-01-01T00:00:00.5Z`,
      `2030-01-01 00:00:00.5${w}`,
      `2030-01-01T00:00:00.5${w}Z`,
    ]),
    ...fc
      .sample(
        fc.tuple(
          fc.integer({ min: 0, max: 4102444800000 }),
          fc.stringMatching(/^[0-9]{1,12}$/),
          fc.nat(shapes.length - 1),
        ),
        { numRuns: count, seed },
      )
      .map(([t, fraction, shape]) => {
        const iso = new Date(t).toISOString();
        return shapes[shape]!(iso.slice(0, 10), iso.slice(11, 19), fraction);
      }),
  ];
}

const EXACT_FORMATS = [
  "yyyy-MM-dd'T'HH:mm:ssK",
  "yyyy-MM-ddTHH:mm:ss.fffzzz",
  "yyyyMMddHHmmss",
  "o",
  "s",
  "u",
  "dd/MM/yyyy H:mm",
  "yyyy-MM-dd HH:mm:ss.FFFFFFF",
];
/** Texts for ParseExact: each format's own output for random instants, some of them broken. */
function exactTexts(count: number, seed: number): [string, string][] {
  return fc
    .sample(
      fc.tuple(
        fc.integer({ min: 0, max: 4102444800000 }),
        fc.constantFrom(...EXACT_FORMATS),
        fc.integer({ min: -840, max: 840 }),
        fc.nat(5),
      ),
      { numRuns: count, seed },
    )
    .map(([t, format, offset, broken]) => {
      const local = new Date(t + offset * 60_000).toISOString();
      const sign = offset < 0 ? "-" : "+";
      const zone = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0")}:${String(Math.abs(offset) % 60).padStart(2, "0")}`;
      const [date, time] = [local.slice(0, 10), local.slice(11, 23)];
      const compact = (date + time.slice(0, 8)).replace(/[-:]/g, "");
      const text: Record<string, string> = {
        "yyyy-MM-dd'T'HH:mm:ssK": `${date}T${time.slice(0, 8)}${offset === 0 ? "Z" : zone}`,
        "yyyy-MM-ddTHH:mm:ss.fffzzz": `${date}T${time}${zone}`,
        yyyyMMddHHmmss: compact,
        o: `${date}T${time}0000${zone}`,
        s: `${date}T${time.slice(0, 8)}`,
        u: `${date} ${time.slice(0, 8)}Z`,
        "dd/MM/yyyy H:mm": `${date.slice(8)}/${date.slice(5, 7)}/${date.slice(0, 4)} ${Number(time.slice(0, 2))}:${time.slice(3, 5)}`,
        "yyyy-MM-dd HH:mm:ss.FFFFFFF": `${date} ${time.replace(/\.?0+$/, "")}`,
      };
      let input = text[format]!;
      if (broken === 1) input = input.slice(0, -1);
      if (broken === 2) input = input.replace(/^(\d{4})/, "$1-");
      return [input, format];
    });
}

export const timeParsingCases: SnippetSpec[] = [
  {
    id: "DateTimeOffset.Parse",
    source: "(s: string) => DateTimeOffset.Parse(s)",
    inputs: one(parseTexts(N, 515)),
  },
  {
    id: "DateTime.Parse.fraction",
    source: "(s: string) => DateTime.Parse(s)",
    inputs: one(fractionTexts(N, 517)),
  },
  {
    id: "DateTimeOffset.Parse.fraction",
    source: "(s: string) => DateTimeOffset.Parse(s)",
    inputs: one(fractionTexts(60, 518)),
  },
  {
    id: "DateTimeOffset.TryParse",
    source:
      '(s: string) => { const [ok, value] = DateTimeOffset.TryParse(s); return ok ? value.ToString("o") : "no " + value.ToString("o"); }',
    inputs: one(parseTexts(60, 516)),
    contexts: [{ now: NOW }, { now: NOW, timeZone: "Asia/Kolkata" }],
  },
  {
    id: "DateTimeOffset.ParseExact",
    source: "(s: string, f: string) => DateTimeOffset.ParseExact(s, f, null)",
    inputs: [
      ...exactTexts(N, 517),
      ["2030-02-29T00:00:00Z", "yyyy-MM-dd'T'HH:mm:ssK"],
      ["2030-01-01T24:00:00Z", "yyyy-MM-dd'T'HH:mm:ssK"],
      ["2030-01-01T00:00:00+14:01", "yyyy-MM-dd'T'HH:mm:ssK"],
      ["0001-01-01T00:00:00+00:01", "yyyy-MM-dd'T'HH:mm:ssK"],
      ["2030-01-01T00:00:00", "yyyy-MM-dd'T'HH:mm:ssK"],
      ["", "yyyy-MM-dd"],
      ["2030-1-1", "yyyy-M-d"],
    ],
  },
];
