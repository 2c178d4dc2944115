// DateTime.Parse for the invariant culture, limited to the shapes expressions meet in practice:
// ISO 8601 (with `T` or a space, optional fraction and offset), `M/d/yyyy [H:mm[:ss]] [AM|PM]`
// and RFC 1123. Anything else is a FormatException, as .NET reports it.
import { roundHalfEven } from "./convert-numbers.ts";
import {
  ArgumentNullException,
  ArgumentOutOfRangeException,
  FormatException,
} from "./exceptions.ts";
import { MAX_TICKS, UNIX_EPOCH_TICKS } from "./environment.ts";
import { trimWhiteSpace, withDotnetWhiteSpace } from "./white-space.ts";

/** Local wall-clock ticks and, when the text carried one, its UTC offset in minutes. */
export interface ParsedDateTime {
  readonly ticks: bigint;
  readonly offsetMinutes?: number;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// The shapes read; `\s` in them is .NET's white space (the lexer's Char.IsWhiteSpace), not
// JavaScript's, which has U+FEFF and lacks U+0085.
// With a `T`, ParseISO8601 wants two digits of hour; after a space the lexer takes one or two.
// An offset may be hours alone (ParseTimeZone: `+05`).
const ISO_8601 = withDotnetWhiteSpace(
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T(\d{2})|[ ](\d{1,2})):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i,
);
const MONTH_DAY_YEAR = withDotnetWhiteSpace(
  /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(AM|PM)?)?$/i,
);
// The invariant culture's words only: GMT or Z, not UTC ("Format_UnknownDateTimeWord", mono).
const RFC_1123 = withDotnetWhiteSpace(
  /^(?:([a-z]{3}),\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{2}):(\d{2}):(\d{2})\s*(GMT|Z)?$/i,
);
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

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
  const ticks = UNIX_EPOCH_TICKS + BigInt(date.getTime()) * 10_000n + fractionTicks(fraction);
  // TryParse and ParseISO8601 add the fraction with DateTime.AddTicks unguarded, so a fraction that rounds past
  // DateTime.MaxValue throws AddTicks' own exception, not a FormatException (referencesource
  // datetimeparse.cs, as below; mono 6.8 agrees: conformance case DateTime.Parse.fraction).
  if (ticks > MAX_TICKS)
    throw new ArgumentOutOfRangeException(
      "value",
      "The added or subtracted value results in an un-representable DateTime.",
    );
  return ticks;
}

/**
 * The ticks of a fraction's digits as .NET counts them: every digit is read, not only seven, into
 * a double (ParseFraction: `result += (ch - '0') * decimalBase; decimalBase *= 0.1;`), then
 * `time.AddTicks((long)Math.Round(raw.fraction * Calendar.TicksPerSecond))` rounds it half to even
 * (referencesource mscorlib/system/globalization/datetimeparse.cs: ParseFraction, and TryParse or,
 * for a `T` between date and time, ParseISO8601, which adds the fraction the same way).
 * So an 8th digit rounds rather than truncates (".12345678" is 1234568 ticks, ".99999999" carries
 * into the next second), and the double's own error decides some midpoints (".00000025" is 3
 * ticks): the same IEEE arithmetic here gives the same answers as mono.
 */
function fractionTicks(digits: string): bigint {
  let fraction = 0;
  let decimalBase = 0.1;
  for (const digit of digits) {
    fraction += Number(digit) * decimalBase;
    decimalBase *= 0.1;
  }
  return BigInt(roundHalfEven(fraction * 10_000_000));
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

// DateTimeParse.AdjustHour: AM takes 0 to 12 (12 is midnight), PM 0 to 23 (below 12 gains 12).
function hour12(hour: number, designator: string | undefined): number {
  if (designator === undefined) return hour;
  if (designator.toUpperCase() === "AM") {
    if (hour > 12) invalid();
    return hour === 12 ? 0 : hour;
  }
  return hour < 12 ? hour + 12 : hour;
}

/** Parses `s` as DateTime.Parse(s, CultureInfo.InvariantCulture) would for the supported shapes. */
export function parseDateTime(s: string | null | undefined): ParsedDateTime {
  if (s === null || s === undefined) throw new ArgumentNullException("s");
  // Leading and trailing white space is Char.IsWhiteSpace's (the lexer skips it with
  // __DTString.SkipWhiteSpaces), not JavaScript's trim() set (conformance DateTime.Parse.fraction).
  const text = trimWhiteSpace(s);
  let m = ISO_8601.exec(text);
  if (m !== null) {
    const ticks = ticksOf(
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
      Number(m[4] ?? m[5] ?? 0),
      Number(m[6] ?? 0),
      Number(m[7] ?? 0),
      m[8] ?? "",
    );
    const minutes = offset(m[9]);
    return minutes === undefined ? { ticks } : { ticks, offsetMinutes: minutes };
  }
  m = MONTH_DAY_YEAR.exec(text);
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
  m = RFC_1123.exec(text);
  if (m !== null) {
    const month = MONTHS.indexOf(m[3]!.toLowerCase()) + 1;
    if (month === 0) invalid();
    const ticks = ticksOf(
      Number(m[4]),
      month,
      Number(m[2]),
      Number(m[5]),
      Number(m[6]),
      Number(m[7]),
      "",
    );
    // A day name must be one and match the date (DateTimeParse: Format_BadDayOfWeek).
    if (m[1] !== undefined) {
      const day = DAYS.indexOf(m[1].toLowerCase());
      if (day < 0) invalid();
      if (BigInt(day) !== (ticks / 864_000_000_000n + 1n) % 7n)
        throw new FormatException(
          "String was not recognized as a valid DateTime because the day of week was incorrect.",
        );
    }
    const minutes = offset(m[8]);
    return minutes === undefined ? { ticks } : { ticks, offsetMinutes: minutes };
  }
  return invalid();
}
