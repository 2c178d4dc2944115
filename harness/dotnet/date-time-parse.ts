// DateTime.Parse for the invariant culture, limited to the shapes expressions meet in practice:
// ISO 8601 (with `T` or a space, optional fraction and offset), `M/d/yyyy [H:mm[:ss]] [AM|PM]`
// and RFC 1123. Anything else is a FormatException, as .NET reports it.
import { ArgumentNullException, FormatException } from "./exceptions.ts";
import { UNIX_EPOCH_TICKS } from "./environment.ts";

/** Local wall-clock ticks and, when the text carried one, its UTC offset in minutes. */
export interface ParsedDateTime {
  readonly ticks: bigint;
  readonly offsetMinutes?: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function invalid(): never {
  throw new FormatException("String was not recognized as a valid DateTime.");
}

function ticksOf(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  fraction: string,
): bigint {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) invalid();
  const probe = new Date(0);
  probe.setUTCFullYear(year, month, 0);
  if (day > probe.getUTCDate() || hour > 23 || minute > 59 || second > 59) invalid();
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const fractionTicks = fraction === "" ? 0n : BigInt(fraction.slice(0, 7).padEnd(7, "0"));
  return UNIX_EPOCH_TICKS + BigInt(date.getTime()) * 10_000n + fractionTicks;
}

function offset(text: string | undefined): number | undefined {
  if (text === undefined || text === "") return undefined;
  if (/^(z|gmt|utc)$/i.test(text)) return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(text);
  if (match === null) invalid();
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (minutes > 14 * 60) invalid();
  return match[1] === "-" ? -minutes : minutes;
}

function hour12(hour: number, designator: string | undefined): number {
  if (designator === undefined) return hour;
  if (hour < 1 || hour > 12) invalid();
  const pm = designator.toUpperCase() === "PM";
  return (hour % 12) + (pm ? 12 : 0);
}

/** Parses `s` as DateTime.Parse(s, CultureInfo.InvariantCulture) would for the supported shapes. */
export function parseDateTime(s: string | null | undefined): ParsedDateTime {
  if (s === null || s === undefined) throw new ArgumentNullException("s");
  const text = s.trim();
  let m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
      text,
    );
  if (m !== null) {
    const ticks = ticksOf(
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
      m[7] ?? "",
    );
    const minutes = offset(m[8]);
    return minutes === undefined ? { ticks } : { ticks, offsetMinutes: minutes };
  }
  m =
    /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?\s*(AM|PM)?)?$/i.exec(
      text,
    );
  if (m !== null) {
    const hour = hour12(Number(m[4] ?? 0), m[8]);
    return {
      ticks: ticksOf(
        Number(m[3]),
        Number(m[1]),
        Number(m[2]),
        hour,
        Number(m[5] ?? 0),
        Number(m[6] ?? 0),
        m[7] ?? "",
      ),
    };
  }
  m =
    /^(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(GMT|UTC|Z)?$/i.exec(
      text,
    );
  if (m !== null) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    if (month === 0) invalid();
    const ticks = ticksOf(
      Number(m[3]),
      month,
      Number(m[1]),
      Number(m[4]),
      Number(m[5]),
      Number(m[6]),
      "",
    );
    const minutes = offset(m[7]);
    return minutes === undefined ? { ticks } : { ticks, offsetMinutes: minutes };
  }
  return invalid();
}
