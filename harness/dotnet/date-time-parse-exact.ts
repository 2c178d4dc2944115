// ParseExact of a custom date and time format under the invariant culture, as .NET Framework's
// DateTimeParse.ParseByFormat reads it (reference source, which mono ships): `yyyy`, `MM`/`M`,
// `dd`/`d`, `HH`/`H`, `mm`/`m`, `ss`/`s` take exactly that many digits (one letter: one or two),
// `f…` exactly as many fraction digits, `F…` up to as many, `zzz` a signed `h:mm`, `hh:mm` or
// `hhmm` offset, `K` an optional `Z` or offset; quoted text, `\x` and every other character must
// match exactly. The standard formats "o", "s" and "u" expand to their patterns; the "u" format's
// 'Z' gives offset zero.
//
// Refused (HarnessRefusal), never guessed: names (`MMM`, `ddd`), 12-hour clocks (`h`, `tt`),
// two-digit years and `z`/`zz`, whose parsing rules the harness does not simulate; and formats
// without a year, month and day, which .NET completes from the host's current date (not the
// virtual clock).
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { ArgumentNullException, FormatException } from "./exceptions.ts";
import type { ParsedDateTime } from "./date-time-parse.ts";
import { dateTicks, daysInMonth } from "./date-time.ts";
import { TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_SECOND } from "./time-span.ts";

const STANDARD: Record<string, string> = {
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
};

function invalid(): never {
  throw new FormatException("String was not recognized as a valid DateTime.");
}

function refuse(format: string, what: string): never {
  throw new HarnessRefusal(
    `DateTimeOffset.ParseExact with format "${format}": ${what} is not simulated by the harness ` +
      "(supported: yyyy MM M dd d HH H mm m ss s f… F… zzz K, quoted text and the standard formats o, s, u)",
  );
}

/** Refuses, before reading the input, the tokens whose parsing the harness does not simulate. */
function checkTokens(pattern: string, format: string): void {
  const seen = new Set<string>();
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'" || c === '"') {
      const end = pattern.indexOf(c, i + 1);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (c === "\\") {
      i += 2;
      continue;
    }
    let run = 1;
    while (pattern[i + run] === c && "dfFhHKmMstyz".includes(c)) run++;
    if (c === "y" && run !== 4) refuse(format, `"${"y".repeat(run)}"`);
    if ((c === "M" || c === "d") && run > 2) refuse(format, "a month or day name");
    if (c === "h" || c === "t") refuse(format, "a 12-hour clock");
    if (c === "z" && run < 3) refuse(format, `"${"z".repeat(run)}"`);
    // Other letters have meanings of their own in DateTimeParse (GMT, Z, eras): not simulated.
    if (/[a-zA-Z]/.test(c) && !"yMdHmsfFzKT".includes(c)) refuse(format, `the letter '${c}'`);
    seen.add(c);
    i += run;
  }
  if (!seen.has("y") || !seen.has("M") || !seen.has("d"))
    refuse(format, "a format without year, month and day (.NET takes them from the host's date)");
}

/** Parses `input` as ParseExact(input, format, CultureInfo.InvariantCulture) for the supported tokens. */
export function parseExactDateTime(input: string | null, format: string | null): ParsedDateTime {
  if (input === null || input === undefined) throw new ArgumentNullException("input");
  if (format === null || format === undefined) throw new ArgumentNullException("format");
  if (format === "") throw new FormatException("Format specifier was invalid.");
  let pattern = format;
  if (pattern.length === 1) {
    const standard = STANDARD[pattern];
    // A letter that is no standard format is .NET's FormatException (DateTimeFormat.GetRealFormat,
    // Format_InvalidString); the standard formats other than o, s and u are refused.
    if (standard === undefined && !"dDfFgGmMrRtTUyY".includes(pattern))
      throw new FormatException("Input string was not in a correct format.");
    if (standard === undefined) refuse(format, `the standard format "${pattern}"`);
    pattern = standard;
  }
  checkTokens(pattern, format);
  const fields: Record<string, number> = {};
  let fraction = 0n;
  let offsetMinutes: number | undefined;
  let at = 0;
  const digits = (min: number, max: number): number => {
    let end = at;
    while (end < input.length && end - at < max && /[0-9]/.test(input[end]!)) end++;
    if (end - at < min) invalid();
    const value = Number(input.slice(at, end));
    at = end;
    return value;
  };
  const set = (field: string, value: number): void => {
    // .NET refuses a field given twice with different values.
    if (fields[field] !== undefined && fields[field] !== value) invalid();
    fields[field] = value;
  };
  const offset = (): number => {
    const sign = input[at];
    if (sign !== "+" && sign !== "-") invalid();
    at++;
    const hours = digits(1, 2);
    if (input[at] === ":") at++;
    const minutes = digits(2, 2);
    if (minutes >= 60) invalid();
    return (sign === "-" ? -1 : 1) * (hours * 60 + minutes);
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    let run = 1;
    while (pattern[i + run] === c && "dfFhHKmMstyz".includes(c)) run++;
    switch (c) {
      case "y":
        set("year", digits(4, 4));
        break;
      case "M":
        set("month", digits(run, 2));
        break;
      case "d":
        set("day", digits(run, 2));
        break;
      case "H":
        set("hour", digits(Math.min(run, 2), 2));
        break;
      case "m":
        set("minute", digits(Math.min(run, 2), 2));
        break;
      case "s":
        set("second", digits(Math.min(run, 2), 2));
        break;
      case "f":
      case "F": {
        if (run > 7) invalid();
        const start = at;
        digits(c === "f" ? run : 0, run);
        const text = input.slice(start, at);
        fraction = text === "" ? 0n : BigInt(text.padEnd(7, "0"));
        break;
      }
      case "z":
        offsetMinutes = offset();
        break;
      case "K":
        if (input[at] === "Z") {
          at++;
          offsetMinutes = 0;
        } else if (input[at] === "+" || input[at] === "-") offsetMinutes = offset();
        break;
      case "'":
      case '"': {
        const end = pattern.indexOf(c, i + 1);
        if (end < 0) invalid();
        const literal = pattern.slice(i + 1, end);
        if (!input.startsWith(literal, at)) invalid();
        at += literal.length;
        // DateTimeOffset.ParseExact reads the "u" format's quoted 'Z' as UTC (DateTimeParse's
        // UtcSortPattern); elsewhere quoted text is only matched.
        if (format === "u" && literal === "Z") offsetMinutes = 0;
        i = end + 1;
        continue;
      }
      case "\\":
        if (i + 1 >= pattern.length || input[at] !== pattern[i + 1]) invalid();
        at++;
        i += 2;
        continue;
      case "%":
        break;
      default:
        if (input[at] !== c) invalid();
        at++;
    }
    i += run;
  }
  if (at !== input.length) invalid();
  const { year, month, day, hour = 0, minute = 0, second = 0 } = fields;
  if (year! < 1 || month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year!, month!))
    invalid();
  if (hour > 23 || minute > 59 || second > 59) invalid();
  const ticks =
    dateTicks(year!, month!, day!) +
    BigInt(hour) * TICKS_PER_HOUR +
    BigInt(minute) * TICKS_PER_MINUTE +
    BigInt(second) * TICKS_PER_SECOND +
    fraction;
  return offsetMinutes === undefined ? { ticks } : { ticks, offsetMinutes };
}
