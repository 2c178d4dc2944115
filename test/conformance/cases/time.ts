// Conformance cases: DateTimeOffset (Unix time, offsets, arithmetic, comparisons, formats, the
// virtual clock), DateTime's and TimeSpan's ticks and formats, and TimeZoneInfo (Utc, Local,
// ConvertTime), on generated instants across DST changes in seven gateway zones (time-inputs.ts).
// Reading time from text (Parse, TryParse, ParseExact) is time-parsing.ts. Expected values are
// mono's: every case runs in C# too.
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
