// System.DateTime for the harness: 100 ns ticks since 0001-01-01 plus a Kind. Comparisons use
// ticks only (C# ignores Kind), `Now` is the gateway-local time of the ambient virtual clock, and
// Add* round to whole milliseconds as .NET Framework and Mono do.
import { ArgumentOutOfRangeException, FormatException } from "./exceptions.ts";
import {
  currentEnvironment,
  currentEnvironmentOrUndefined,
  UNIX_EPOCH_TICKS,
} from "./environment.ts";
import { formatDateTime, type DateTimeFields } from "./date-time-format.ts";
import { localOffsetMinutes, utcOffsetMinutes } from "./time-zone.ts";
import {
  TICKS_PER_DAY,
  TICKS_PER_MILLISECOND,
  TICKS_PER_MINUTE,
  TimeSpanValue,
} from "./time-span.ts";
import { parseDateTime } from "./date-time-parse.ts";
import { MAX_TICKS } from "./environment.ts";
import { normaliseLong } from "./integer-arithmetic.ts";

/** DateTimeKind. */
export type DateTimeKind = "Unspecified" | "Utc" | "Local";

export { MAX_TICKS };
const MAX_MILLIS = 315537897600000;
const MILLIS_PER_DAY = 86_400_000;
// Marks the internal constructor path (ticks, kind, zone) that skips validation.
const INTERNAL = Symbol("DateTime.internal");

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function checkTicks(ticks: bigint, parameter: string): bigint {
  if (ticks < 0n || ticks > MAX_TICKS) {
    throw new ArgumentOutOfRangeException(
      parameter,
      "The added or subtracted value results in an un-representable DateTime.",
    );
  }
  return ticks;
}

/** Ticks of midnight on a proleptic Gregorian date (year 1..9999). */
export function dateTicks(year: number, month: number, day: number): bigint {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return UNIX_EPOCH_TICKS + BigInt(date.getTime()) * TICKS_PER_MILLISECOND;
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

/** Converts UTC ticks to the gateway's local ticks (time zone of the ambient environment or `timeZone`). */
export function utcToLocalTicks(utcTicks: bigint, timeZone: string): bigint {
  const utcMs = Number(floorDiv(utcTicks - UNIX_EPOCH_TICKS, TICKS_PER_MILLISECOND));
  const local = utcTicks + BigInt(utcOffsetMinutes(timeZone, utcMs)) * TICKS_PER_MINUTE;
  // Like TimeZoneInfo.ConvertTime, clamp instead of overflowing at the ends of the range.
  return local < 0n ? 0n : local > MAX_TICKS ? MAX_TICKS : local;
}

/** Converts local ticks of `timeZone` to UTC ticks. */
export function localToUtcTicks(localTicks: bigint, timeZone: string): bigint {
  const localMs = Number(floorDiv(localTicks - UNIX_EPOCH_TICKS, TICKS_PER_MILLISECOND));
  return localTicks - BigInt(localOffsetMinutes(timeZone, localMs)) * TICKS_PER_MINUTE;
}

/** System.DateTime: statics (Now, UtcNow, Parse, ...) and instances in one class, as in .NET. */
export class DateTimeValue {
  /** 100 ns ticks since 0001-01-01T00:00:00 (System.DateTime.ticks). */
  readonly ticks: bigint;
  /** System.DateTimeKind (not in APIM's allow-list; the harness reads it). */
  readonly Kind: DateTimeKind;
  // The zone a Local value was made in, so that "o" and "K" print the right offset later.
  readonly #timeZone: string | undefined;

  /**
   * `new DateTime(ticks[, kind])` or `new DateTime(year, month, day[, hour, minute, second[, millisecond]][, kind])`.
   * Throws ArgumentOutOfRangeException for values outside .NET's range.
   */
  constructor(...args: (number | bigint | string | typeof INTERNAL | undefined)[]) {
    if (args[0] === INTERNAL) {
      this.ticks = args[1] as bigint;
      this.Kind = args[2] as DateTimeKind;
      this.#timeZone = args[3] as string | undefined;
      return;
    }
    let kind: DateTimeKind = "Unspecified";
    if (typeof args[args.length - 1] === "string") kind = args.pop() as DateTimeKind;
    const n = args as (number | bigint)[];
    let ticks: bigint;
    if (n.length === 1) {
      ticks = BigInt(n[0]!);
      if (ticks < 0n || ticks > MAX_TICKS)
        throw new ArgumentOutOfRangeException(
          "ticks",
          "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.",
        );
    } else {
      const [year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0] = n.map(Number);
      // DateTime(int, int, int, int, int, int, int) checks the millisecond first, then the date
      // (DateToTicks) and the time (TimeToTicks), these two without a parameter name
      // (referencesource mscorlib/system/datetime.cs; messages from mscorlib.txt).
      if (millisecond < 0 || millisecond > 999)
        throw new ArgumentOutOfRangeException(
          "millisecond",
          "Valid values are between 0 and 999, inclusive.",
        );
      if (
        year! < 1 ||
        year! > 9999 ||
        month! < 1 ||
        month! > 12 ||
        day! < 1 ||
        day! > daysInMonth(year!, month!)
      ) {
        throw new ArgumentOutOfRangeException(
          null,
          "Year, Month, and Day parameters describe an un-representable DateTime.",
        );
      }
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
        throw new ArgumentOutOfRangeException(
          null,
          "Hour, Minute, and Second parameters describe an un-representable DateTime.",
        );
      }
      const milliseconds = ((hour * 60 + minute) * 60 + second) * 1000 + millisecond;
      ticks = dateTicks(year!, month!, day!) + BigInt(milliseconds) * TICKS_PER_MILLISECOND;
    }
    this.ticks = ticks;
    this.Kind = kind;
    this.#timeZone = kind === "Local" ? currentEnvironmentOrUndefined()?.timeZone : undefined;
  }

  /** A DateTime from ticks and kind; `timeZone` is the zone of a Local value. */
  static fromTicks(
    ticks: bigint,
    kind: DateTimeKind = "Unspecified",
    timeZone?: string,
  ): DateTimeValue {
    const value = new DateTimeValue(ticks, kind);
    if (kind === "Local")
      return withZone(value.ticks, timeZone ?? currentEnvironmentOrUndefined()?.timeZone);
    return value;
  }

  static readonly MinValue: DateTimeValue = new DateTimeValue(0n);
  static readonly MaxValue: DateTimeValue = new DateTimeValue(MAX_TICKS);

  /** Gateway-local time of the virtual clock (Kind Local). */
  static get Now(): DateTimeValue {
    const env = currentEnvironment();
    return withZone(utcToLocalTicks(env.utcTicks, env.timeZone), env.timeZone);
  }
  /** The virtual clock in UTC (Kind Utc). */
  static get UtcNow(): DateTimeValue {
    return new DateTimeValue(currentEnvironment().utcTicks, "Utc");
  }
  /** Today's date in gateway-local time (Kind Local). */
  static get Today(): DateTimeValue {
    return DateTimeValue.Now.Date;
  }
  /** DateTime.Parse under the invariant culture: ISO 8601, `MM/dd/yyyy HH:mm:ss`, RFC 1123. */
  static Parse(s: string): DateTimeValue {
    const parsed = parseDateTime(s);
    if (parsed.offsetMinutes === undefined) return new DateTimeValue(parsed.ticks);
    // .NET converts a string with an offset (or Z) to local time and returns Kind Local, as
    // DateTimeParse.AdjustTimeZoneToLocal does (referencesource datetimeparse.cs): a time on
    // 0001-01-01 is read as a time of day (shifted by both offsets, a day added when negative);
    // a UTC instant outside DateTime's range takes the zone's offset at the parsed clock time;
    // a result outside the range is a FormatException (mono 6.8 agrees).
    const zone = currentEnvironment().timeZone;
    const clockOffset = (): bigint => {
      const ms = Number(floorDiv(parsed.ticks - UNIX_EPOCH_TICKS, TICKS_PER_MILLISECOND));
      return BigInt(localOffsetMinutes(zone, ms)) * TICKS_PER_MINUTE;
    };
    let local = parsed.ticks - BigInt(parsed.offsetMinutes) * TICKS_PER_MINUTE;
    if (parsed.ticks < TICKS_PER_DAY) {
      local += clockOffset();
      if (local < 0n) local += TICKS_PER_DAY;
    } else if (local < 0n || local > MAX_TICKS) local += clockOffset();
    else {
      const ms = Number(floorDiv(local - UNIX_EPOCH_TICKS, TICKS_PER_MILLISECOND));
      local += BigInt(utcOffsetMinutes(zone, ms)) * TICKS_PER_MINUTE;
    }
    if (local < 0n || local > MAX_TICKS)
      throw new FormatException("The DateTime represented by the string is out of range.");
    return withZone(local, zone);
  }
  static Compare(a: DateTimeValue, b: DateTimeValue): number {
    return a.CompareTo(b);
  }
  static DaysInMonth(year: number, month: number): number {
    return daysInMonth(year, month);
  }
  static IsLeapYear(year: number): boolean {
    return daysInMonth(year, 2) === 29;
  }

  /** System.DateTime.Ticks: a C# long in the harness's representation (integer-arithmetic.ts). */
  get Ticks(): number | bigint {
    return normaliseLong(this.ticks);
  }

  #date(): Date {
    return new Date(Number(floorDiv(this.ticks - UNIX_EPOCH_TICKS, TICKS_PER_MILLISECOND)));
  }
  get Year(): number {
    return this.#date().getUTCFullYear();
  }
  get Month(): number {
    return this.#date().getUTCMonth() + 1;
  }
  get Day(): number {
    return this.#date().getUTCDate();
  }
  get Hour(): number {
    return this.#date().getUTCHours();
  }
  get Minute(): number {
    return this.#date().getUTCMinutes();
  }
  get Second(): number {
    return this.#date().getUTCSeconds();
  }
  get Millisecond(): number {
    return this.#date().getUTCMilliseconds();
  }
  get DayOfYear(): number {
    return Number((this.ticks - dateTicks(this.Year, 1, 1)) / TICKS_PER_DAY) + 1;
  }
  /** 0 = Sunday, as System.DayOfWeek. */
  get DayOfWeek(): number {
    return Number((this.ticks / TICKS_PER_DAY + 1n) % 7n);
  }
  get Date(): DateTimeValue {
    return this.#same(this.ticks - (this.ticks % TICKS_PER_DAY));
  }
  get TimeOfDay(): TimeSpanValue {
    return new TimeSpanValue(this.ticks % TICKS_PER_DAY);
  }

  #same(ticks: bigint): DateTimeValue {
    return this.Kind === "Local"
      ? withZone(ticks, this.#timeZone)
      : new DateTimeValue(ticks, this.Kind);
  }
  // .NET Framework's DateTime.Add(double, scale): round to milliseconds, half away from zero.
  #addScaled(value: number, scale: number): DateTimeValue {
    const raw = value * scale + (value >= 0 ? 0.5 : -0.5);
    if (!(raw > -MAX_MILLIS && raw < MAX_MILLIS)) {
      throw new ArgumentOutOfRangeException("value", "Value to add was out of range.");
    }
    return this.AddTicks(BigInt(Math.trunc(raw)) * TICKS_PER_MILLISECOND);
  }
  AddTicks(value: bigint | number): DateTimeValue {
    return this.#same(checkTicks(this.ticks + BigInt(value), "value"));
  }
  AddDays(value: number): DateTimeValue {
    return this.#addScaled(value, MILLIS_PER_DAY);
  }
  AddHours(value: number): DateTimeValue {
    return this.#addScaled(value, 3_600_000);
  }
  AddMinutes(value: number): DateTimeValue {
    return this.#addScaled(value, 60_000);
  }
  AddSeconds(value: number): DateTimeValue {
    return this.#addScaled(value, 1000);
  }
  AddMilliseconds(value: number): DateTimeValue {
    return this.#addScaled(value, 1);
  }
  AddMonths(months: number): DateTimeValue {
    if (months < -120000 || months > 120000)
      throw new ArgumentOutOfRangeException("months", "Months value must be between +/-120000.");
    const index = this.Month - 1 + Math.trunc(months);
    const year = this.Year + Math.floor(index / 12);
    const month = (((index % 12) + 12) % 12) + 1;
    if (year < 1 || year > 9999)
      throw new ArgumentOutOfRangeException(
        "months",
        "The added or subtracted value results in an un-representable DateTime.",
      );
    const day = Math.min(this.Day, daysInMonth(year, month));
    return this.#same(dateTicks(year, month, day) + (this.ticks % TICKS_PER_DAY));
  }
  AddYears(years: number): DateTimeValue {
    if (years < -10000 || years > 10000)
      throw new ArgumentOutOfRangeException("years", "Years value must be between +/-10000.");
    return this.AddMonths(years * 12);
  }
  Add(value: TimeSpanValue): DateTimeValue {
    return this.AddTicks(value.ticks);
  }
  /** `a.Subtract(b)` is the TimeSpan between two DateTimes; `a.Subtract(span)` a DateTime. */
  Subtract(value: DateTimeValue): TimeSpanValue;
  Subtract(value: TimeSpanValue): DateTimeValue;
  Subtract(value: DateTimeValue | TimeSpanValue): TimeSpanValue | DateTimeValue {
    if (value instanceof TimeSpanValue)
      return this.#same(checkTicks(this.ticks - value.ticks, "value"));
    return new TimeSpanValue(this.ticks - value.ticks);
  }
  CompareTo(value: DateTimeValue | null): number {
    if (value === null || value === undefined) return 1;
    return this.ticks < value.ticks ? -1 : this.ticks > value.ticks ? 1 : 0;
  }
  /** Equal ticks (Kind is ignored, as in .NET). */
  Equals(value: unknown): boolean {
    return value instanceof DateTimeValue && value.ticks === this.ticks;
  }
  GetHashCode(): number {
    return Number(BigInt.asIntN(32, this.ticks ^ (this.ticks >> 32n)));
  }

  /** The fields the formatter reads; `dateTimeOffset` when a DateTimeOffset formats its clock time. */
  fields(dateTimeOffset?: number): DateTimeFields {
    return dateTimeOffset === undefined ? this.#fields() : { ...this.#fields(), dateTimeOffset };
  }

  #fields(): DateTimeFields {
    const date = this.#date();
    const zone = this.#timeZone ?? currentEnvironmentOrUndefined()?.timeZone ?? "UTC";
    const localMs = date.getTime();
    return {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
      second: date.getUTCSeconds(),
      fraction: Number(this.ticks % 10_000_000n),
      dayOfWeek: this.DayOfWeek,
      kind: this.Kind,
      // Utc values print +00:00 for `z` only in .NET Core; Framework prints the local offset. Use local.
      offsetMinutes: () => localOffsetMinutes(zone, localMs),
    };
  }
  /** Invariant-culture formatting; no argument gives "G" (`MM/dd/yyyy HH:mm:ss`). */
  ToString(format?: string): string {
    // "U" prints the universal time: .NET's ExpandPredefinedFormat calls ToUniversalTime(),
    // which reads a Local or Unspecified value in the gateway's zone.
    if (format === "U" && this.Kind !== "Utc") {
      const zone = this.#timeZone ?? currentEnvironment().timeZone;
      return DateTimeValue.fromTicks(localToUtcTicks(this.ticks, zone), "Utc").ToString("U");
    }
    return formatDateTime(this.#fields(), format);
  }
  toString(): string {
    return this.ToString();
  }
  /** Ticks, so that `<` and `>` compare as C# does. */
  valueOf(): bigint {
    return this.ticks;
  }
  // `+` with a string concatenates ToString() as C# does; relational operators get the ticks.
  [Symbol.toPrimitive](hint: string): string | bigint {
    return hint === "number" ? this.ticks : this.ToString();
  }
}

function withZone(ticks: bigint, timeZone: string | undefined): DateTimeValue {
  return new DateTimeValue(INTERNAL, ticks, "Local", timeZone);
}
