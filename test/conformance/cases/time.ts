// Conformance cases: DateTimeOffset (Unix time, offsets, arithmetic, comparisons, formats, Parse,
// ParseExact, TryParse, the virtual clock), DateTime's and TimeSpan's ticks and formats, and
// TimeZoneInfo (Utc, Local, ConvertTime), on generated instants across DST changes in seven
// gateway zones (time-inputs.ts). Expected values are mono's: every case runs in C# too.
import fc from "fast-check";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { doubles, one, smallInts, timeSpans, two } from "../generators.ts";
import {
  ambiguousLocal,
  FORMATS,
  modernInstants,
  offsetMinutes,
  TIME_ZONES,
  unixMilliseconds,
  zoned,
} from "./time-inputs.ts";

const N = 120;
const NOW = "2030-01-01T00:00:00Z";
const ms = unixMilliseconds(N, 501);
const offsets = offsetMinutes(N, 502);
const formats = FORMATS;
/** One context per zone, at an instant near a DST change. */
const zoneContexts = TIME_ZONES.map((timeZone) => ({ now: "2031-03-30T01:30:00Z", timeZone }));

function pairs<A, B>(a: readonly A[], b: readonly B[], count: number, seed: number): [A, B][] {
  return fc.sample(fc.tuple(fc.constantFrom(...a), fc.constantFrom(...b)), {
    numRuns: count,
    seed,
  });
}

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

export const timeCases: SnippetSpec[] = [
  // Unix time
  {
    id: "DateTimeOffset.FromUnixTimeMilliseconds",
    source: "(ms: long) => DateTimeOffset.FromUnixTimeMilliseconds(ms)",
    inputs: one(ms),
  },
  {
    id: "DateTimeOffset.FromUnixTimeSeconds",
    source:
      "(ms: long) => DateTimeOffset.FromUnixTimeSeconds(ms / 1000 as long).ToUnixTimeMilliseconds()",
    inputs: one(ms),
  },
  {
    id: "DateTimeOffset.ToUnixTime",
    source:
      '(ms: long, m: int) => { const d = DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(TimeSpan.FromMinutes(m)); return d.ToUnixTimeSeconds() + " " + d.ToUnixTimeMilliseconds() + " " + d.Ticks + " " + d.UtcTicks + " " + d.Offset.Ticks; }',
    inputs: two(ms, offsets),
  },
  // Offsets and parts
  {
    id: "DateTimeOffset.ToOffset",
    source:
      "(ms: long, m: int) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(TimeSpan.FromMinutes(m))",
    inputs: two(ms, offsets),
  },
  {
    id: "DateTimeOffset.parts",
    source:
      '(ms: long, m: int) => { const d = DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(TimeSpan.FromMinutes(m)); return `${d.Year}-${d.Month}-${d.Day} ${d.Hour}:${d.Minute}:${d.Second}.${d.Millisecond} ${d.DayOfYear} ` + d.Date.ToString("o") + " " + d.TimeOfDay.Ticks + " " + d.DateTime.ToString("o") + " " + d.UtcDateTime.ToString("o") + " " + d.ToUniversalTime().Offset.Ticks; }',
    inputs: pairs(ms.slice(7), offsets.slice(0, 9), N, 503),
  },
  {
    id: "DateTimeOffset.LocalDateTime",
    source: "(ms: long) => DateTimeOffset.FromUnixTimeMilliseconds(ms).LocalDateTime",
    inputs: one(modernInstants(40, 504)),
    contexts: zoneContexts,
  },
  {
    id: "DateTimeOffset.new",
    source:
      "(ms: long, m: int) => { const u = DateTimeOffset.FromUnixTimeMilliseconds(ms); return m % 2 === 0 && new DateTimeOffset(u.UtcDateTime).Equals(u) ? new DateTimeOffset(u.DateTime, TimeSpan.FromMinutes(m)) : new DateTimeOffset(u.Year, u.Month, u.Day, u.Hour, u.Minute, u.Second, TimeSpan.FromMinutes(m)); }",
    inputs: two(ms, offsets),
  },
  {
    id: "DateTimeOffset.new(Local)",
    source:
      '(ms: long, m: int) => { const d = DateTimeOffset.FromUnixTimeMilliseconds(ms); return new DateTimeOffset(d.LocalDateTime, TimeSpan.FromMinutes(m)).ToString("o") + new DateTimeOffset(d.DateTime).ToString("o"); }',
    inputs: pairs(
      modernInstants(40, 505).filter((t) => !TIME_ZONES.some((z) => ambiguousLocal(z, t))),
      [0, 60, 120, -300, -240, 600, 660],
      60,
      506,
    ),
    contexts: zoneContexts,
  },
  // Arithmetic
  {
    id: "DateTimeOffset.Add",
    source:
      "(ms: long, x: double) => { const d = DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(TimeSpan.FromHours(5.5)); return d.AddDays(x).AddHours(x).AddMinutes(x).AddSeconds(x).AddMilliseconds(x); }",
    inputs: two(ms, doubles(N, 507)),
  },
  {
    id: "DateTimeOffset.AddMonths",
    source:
      "(ms: long, n: int) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(TimeSpan.FromHours(-3)).AddMonths(n).AddYears(n)",
    inputs: two(ms, smallInts(N, 508)),
  },
  {
    id: "DateTimeOffset.AddTicks",
    source:
      "(ms: long, t: TimeSpan) => { const d = DateTimeOffset.FromUnixTimeMilliseconds(ms); return d.AddTicks(t.Ticks).Add(t).Subtract(t).Subtract(d); }",
    inputs: two(ms, timeSpans(N, 509)),
  },
  {
    id: "DateTimeOffset.Subtract",
    source:
      "(a: long, b: long, m: int) => DateTimeOffset.FromUnixTimeMilliseconds(a).Subtract(DateTimeOffset.FromUnixTimeMilliseconds(b).ToOffset(TimeSpan.FromMinutes(m)))",
    inputs: fc.sample(
      fc.tuple(
        fc.constantFrom(...ms),
        fc.constantFrom(...ms),
        fc.constantFrom(...offsets.slice(0, 3)),
      ),
      { numRuns: N, seed: 510 },
    ),
  },
  // Comparisons
  {
    id: "DateTimeOffset.Compare",
    source:
      "(a: long, b: long, m: int) => { const x = DateTimeOffset.FromUnixTimeMilliseconds(a); const y = DateTimeOffset.FromUnixTimeMilliseconds(b).ToOffset(TimeSpan.FromMinutes(m)); return x.CompareTo(y) + DateTimeOffset.Compare(y, x) * 10 + (x.Equals(y) ? 100 : 0) + (x.EqualsExact(y) ? 1000 : 0) + (x < y ? 10000 : 0) + (x >= y ? 100000 : 0) + (x > DateTimeOffset.MinValue && y < DateTimeOffset.MaxValue ? 1000000 : 0); }",
    inputs: [
      ...fc.sample(
        fc.tuple(
          fc.constantFrom(...ms.slice(4)),
          fc.constantFrom(...ms.slice(4)),
          fc.constantFrom(0, 60, -90),
        ),
        { numRuns: N, seed: 511 },
      ),
      ...ms.slice(4, 40).map((t) => [t, t, 0]),
      ...ms.slice(4, 40).map((t) => [t, t, 120]),
    ],
  },
  // Formats
  {
    id: "DateTimeOffset.ToString",
    source:
      "(ms: long, m: int, f: string) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(TimeSpan.FromMinutes(m)).ToString(f)",
    inputs: fc
      .sample(
        fc.tuple(
          fc.constantFrom(...ms.slice(4)),
          fc.constantFrom(...offsets.slice(0, 3), ...offsets.slice(4)),
          fc.constantFrom(...formats),
        ),
        { numRuns: 3 * N, seed: 512 },
      )
      .concat(
        formats.map((f) => [ms[0]!, 0, f]),
        formats.map((f) => [ms[1]!, 0, f]),
      ),
  },
  {
    id: "DateTimeOffset.ToString()",
    source:
      "(ms: long, m: int) => DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(TimeSpan.FromMinutes(m)).ToString()",
    inputs: pairs(ms.slice(4), offsets.slice(0, 3), 40, 513),
  },
  {
    id: "DateTime.ToString(format)",
    source:
      '(ms: long, f: string) => { const d = DateTimeOffset.FromUnixTimeMilliseconds(ms); const g = f.includes("z") ? "s" : f; return d.UtcDateTime.ToString(g) + " | " + d.DateTime.ToString(g) + " | " + d.LocalDateTime.ToString(f) + " | " + d.UtcDateTime.ToString(); }',
    // Local times of a fall-back hour print a different offset in mono (see ambiguousLocal); `z`
    // of a Utc or Unspecified DateTime is the local offset in .NET Framework (APIM) but +00:00 or
    // the offset of another reading in mono (README.md, "Harness twin vs mono"), so only Local
    // values are formatted with `z`.
    inputs: zoned(N, 514).flatMap(({ ms: t }, i) =>
      TIME_ZONES.some((z) => ambiguousLocal(z, t)) ? [] : [[t, formats[i % formats.length]!]],
    ),
    contexts: zoneContexts,
  },
  // Parsing
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
  // The virtual clock
  {
    id: "DateTimeOffset.Now",
    source:
      '(n: int) => DateTimeOffset.Now.ToString("o") + " " + DateTimeOffset.UtcNow.ToUnixTimeSeconds() + " " + DateTimeOffset.Now.Offset.Ticks + " " + (DateTimeOffset.Now.Subtract(DateTimeOffset.UtcNow).Ticks + n)',
    inputs: [[0]],
    contexts: zoned(42, 518).map(({ ms: t, zone }) => ({
      now: new Date(t).toISOString(),
      timeZone: zone,
    })),
  },
  // TimeZoneInfo
  {
    id: "TimeZoneInfo.ConvertTime",
    source:
      '(ms: long) => { const d = DateTimeOffset.FromUnixTimeMilliseconds(ms); return TimeZoneInfo.ConvertTime(d, TimeZoneInfo.Local).ToString("o") + " " + TimeZoneInfo.ConvertTime(d, TimeZoneInfo.FindSystemTimeZoneById("UTC")).ToString("o") + " " + TimeZoneInfo.Local.GetUtcOffset(d).Ticks + " " + TimeZoneInfo.Utc.Id; }',
    inputs: one(modernInstants(30, 519)),
    contexts: zoneContexts,
  },
  {
    id: "TimeZoneInfo.ConvertTimeFromUtc",
    source:
      "(ms: long) => { const d = DateTimeOffset.FromUnixTimeMilliseconds(ms); return ms % 2 === 0 ? TimeZoneInfo.ConvertTimeFromUtc(d.UtcDateTime, TimeZoneInfo.Local) : TimeZoneInfo.ConvertTimeFromUtc(d.DateTime, TimeZoneInfo.Utc); }",
    // Not year 1: mono and the twin clamp differently under the zones' local mean time there.
    inputs: one([...modernInstants(30, 520), ms[1]!]),
    contexts: zoneContexts,
  },
  // DateTime and TimeSpan ticks
  {
    id: "DateTime.new",
    source:
      "(y: int, m: int, d: int) => new DateTime(y, m, d, m, d, y % 60).Ticks - new DateTime(y, m, d).Ticks + new DateTime(y * 100000000000000 as long).Month",
    inputs: [
      [2032, 2, 29],
      [2030, 2, 29],
      [9999, 12, 31],
      [1, 1, 1],
      [0, 1, 1],
      [2030, 13, 1],
      ...fc.sample(
        fc.tuple(
          fc.integer({ min: 0, max: 10000 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
        ),
        { numRuns: 60, seed: 524 },
      ),
    ],
  },
  {
    id: "DateTime.Ticks",
    source:
      "(ms: long, t: TimeSpan) => { const d = DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime; return d.AddTicks(t.Ticks).Subtract(t).Ticks - d.Ticks + DateTime.DaysInMonth(d.Year, d.Month) + (DateTime.IsLeapYear(d.Year) ? 100 : 0); }",
    inputs: two(ms, timeSpans(N, 521)),
  },
  {
    id: "TimeSpan.Ticks",
    source: "(a: TimeSpan, b: TimeSpan) => TimeSpan.FromTicks(a.Ticks).Subtract(b).Duration()",
    inputs: two(timeSpans(N, 522), timeSpans(N, 523)),
  },
];
