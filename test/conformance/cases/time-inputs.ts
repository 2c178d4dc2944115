// Generated inputs for the time cases (time.ts): fast-check samples from fixed seeds. Instants
// are Unix milliseconds (a C# long): the ends of DateTimeOffset's range and one past them, and
// instants within hours of the daylight saving changes of the zones the cases run in (northern
// and southern hemisphere, half-hour and 45-minute offsets), where offsets, local times and
// formats are hardest. Offsets run over ±14 hours and one minute past.
import fc from "fast-check";
import { utcOffsetMinutes } from "../../../harness/dotnet/time-zone.ts";

/** Gateway zones the time cases run in: DST north and south, :30 and :45 offsets with DST. */
export const TIME_ZONES = [
  "UTC",
  "Europe/Amsterdam",
  "America/New_York",
  "Australia/Sydney",
  "America/St_Johns",
  "Pacific/Chatham",
  "Asia/Kolkata",
];

export const MIN_UNIX_MS = -62135596800000;
export const MAX_UNIX_MS = 253402300799999;
const HOUR = 3_600_000;

/** Instants within a day of a DST change somewhere (late March, late October, early November, early April). */
function nearTransition(): fc.Arbitrary<number> {
  return fc
    .tuple(
      fc.integer({ min: 1975, max: 2095 }),
      fc.constantFrom([2, 8], [2, 25], [3, 1], [9, 1], [9, 25], [10, 1], [8, 25], [3, 25]),
      fc.integer({ min: 0, max: 10 }),
      fc.integer({ min: -12 * HOUR, max: 12 * HOUR }),
    )
    .map(([year, [month, day], shift, within]) => {
      return Date.UTC(year, month!, day! + shift) + within;
    });
}

/** Unix milliseconds: range ends, DST neighbourhoods and the whole range. */
export function unixMilliseconds(count: number, seed: number): number[] {
  const edges = [MIN_UNIX_MS, MAX_UNIX_MS, MIN_UNIX_MS - 1, MAX_UNIX_MS + 1, 0, -1, 1];
  const value = fc.oneof(
    { weight: 3, arbitrary: nearTransition() },
    { weight: 1, arbitrary: fc.integer({ min: MIN_UNIX_MS, max: MAX_UNIX_MS }) },
    { weight: 1, arbitrary: fc.integer({ min: -2 * HOUR * 24 * 365, max: 4102444800000 }) },
  );
  return [...edges, ...fc.sample(value, { numRuns: count, seed })].slice(0, count);
}

/** Instants of 1971..2099 only (where every zone's offset is whole minutes), DST-heavy. */
export function modernInstants(count: number, seed: number): number[] {
  return fc.sample(
    fc.oneof(
      { weight: 3, arbitrary: nearTransition() },
      { weight: 1, arbitrary: fc.integer({ min: 31536000000, max: 4102444800000 }) },
    ),
    { numRuns: count, seed },
  );
}

/** Offsets in minutes: ±14 hours, one past, and the zones' odd ones. */
export function offsetMinutes(count: number, seed: number): number[] {
  const edges = [0, 840, -840, 841, -841, 330, 345, -210, 765, -570];
  return [...edges, ...fc.sample(fc.integer({ min: -840, max: 840 }), { numRuns: count, seed })];
}

/**
 * Whether the wall-clock time of `utcMs` in `zone` is ambiguous (a fall-back hour, shown twice).
 * mono prints the daylight offset there where .NET Framework's GetUtcOffset takes the standard
 * one (test/conformance/README.md, "Harness twin vs mono"), so formats of local times with `z`
 * or `K` keep to unambiguous times.
 */
export function ambiguousLocal(zone: string, utcMs: number): boolean {
  const offset = utcOffsetMinutes(zone, utcMs);
  const local = utcMs + offset * 60_000;
  for (const around of [utcMs - 6 * HOUR, utcMs + 6 * HOUR]) {
    const other = utcOffsetMinutes(zone, around);
    if (other === offset) continue;
    const twin = local - other * 60_000;
    if (twin !== utcMs && utcOffsetMinutes(zone, twin) === other) return true;
  }
  return false;
}

/** Pairs (instant, zone) spread over the zones, as the context base of each case. */
export function zoned(count: number, seed: number): { ms: number; zone: string }[] {
  return modernInstants(count, seed).map((ms, i) => ({
    ms,
    zone: TIME_ZONES[i % TIME_ZONES.length]!,
  }));
}

/** Standard formats of the issue and of .NET, the empty format, and custom patterns at the edges. */
export const FORMATS = [
  "R",
  "r",
  "u",
  "s",
  "o",
  "O",
  "d",
  "D",
  "t",
  "T",
  "g",
  "G",
  "f",
  "F",
  "M",
  "Y",
  "U",
  "",
  "yyyy-MM-dd'T'HH:mm:ss.fffK",
  "yyyy-MM-ddTHH:mm:ssK",
  "yyyyMMddHHmmss",
  "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
  "dddd d MMMM yy",
  "h:mm tt",
  "hh:mm:ss t",
  "%d",
  "%h",
  "y yy yyy yyyyy",
  "z zz zzz",
  "F FF FFF FFFFFFF f ff fffffff",
  "ss.FFF",
  "HH\\h mm\\m",
  "\"quoted\" 'text'",
  "K",
  "M/d/yyyy",
  "Q",
  "fffffffff",
];
