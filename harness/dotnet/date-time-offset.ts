// System.DateTimeOffset for the harness: a UTC instant (100 ns ticks) and an offset in whole
// minutes, as .NET Framework's DateTimeOffset (reference source DateTimeOffset.cs, which mono
// ships): the clock time is UTC + offset, comparisons and equality use the UTC instant, Add*
// works on the clock time and keeps the offset, and `Now`/`UtcNow` read the virtual clock. APIM
// allows every member ("System.DateTimeOffset | All", api-management-policy-expressions.md, ".NET
// Framework types allowed in policy expressions").
import {
  ArgumentException,
  ArgumentNullException,
  ArgumentOutOfRangeException,
  FormatException,
} from "./exceptions.ts";
import { currentEnvironment, UNIX_EPOCH_TICKS } from "./environment.ts";
import { DateTimeValue, MAX_TICKS, utcToLocalTicks } from "./date-time.ts";
import { formatDateTime } from "./date-time-format.ts";
import { parseDateTime } from "./date-time-parse.ts";
import { parseExactDateTime } from "./date-time-parse-exact.ts";
import { normaliseLong } from "./integer-arithmetic.ts";
import { localOffsetMinutes } from "./time-zone.ts";
import {
  TICKS_PER_MILLISECOND,
  TICKS_PER_MINUTE,
  TICKS_PER_SECOND,
  TimeSpanValue,
} from "./time-span.ts";

const UNIX_EPOCH_SECONDS = 62135596800n;
const UNIX_EPOCH_MILLISECONDS = 62135596800000n;
const MAX_OFFSET_MINUTES = 14 * 60;

// DateTimeOffset.ValidateOffset: whole minutes within ±14 hours.
function validateOffset(offset: TimeSpanValue): number {
  if (offset.ticks % TICKS_PER_MINUTE !== 0n)
    throw new ArgumentException(
      "Offset must be specified in whole minutes.\nParameter name: offset",
    );
  const minutes = Number(offset.ticks / TICKS_PER_MINUTE);
  if (minutes < -MAX_OFFSET_MINUTES || minutes > MAX_OFFSET_MINUTES)
    throw new ArgumentOutOfRangeException(
      "offset",
      "Offset must be within plus or minus 14 hours.",
    );
  return minutes;
}

// DateTimeOffset.ValidateDate: the UTC instant must be a DateTime too.
function validateUtc(clockTicks: bigint, offsetMinutes: number): bigint {
  const utc = clockTicks - BigInt(offsetMinutes) * TICKS_PER_MINUTE;
  if (utc < 0n || utc > MAX_TICKS)
    throw new ArgumentOutOfRangeException(
      "offset",
      "The UTC time represented when the offset is applied must be between year 0 and 10,000.",
    );
  return utc;
}

function checkedLong(value: number | bigint, parameter: string, min: bigint, max: bigint): bigint {
  const n = BigInt(value);
  if (n < min || n > max)
    throw new ArgumentOutOfRangeException(
      parameter,
      `Valid values are between ${min} and ${max}, inclusive.`,
    );
  return n;
}

/** The gateway zone's offset, in minutes, for a clock time read as local (TimeZoneInfo.GetLocalUtcOffset). */
function localOffsetAt(clockTicks: bigint): number {
  const ms = Number((clockTicks - UNIX_EPOCH_TICKS) / TICKS_PER_MILLISECOND);
  return localOffsetMinutes(currentEnvironment().timeZone, ms);
}

/** System.DateTimeOffset: statics and instances in one class, as in .NET. */
export class DateTimeOffsetValue {
  /** The UTC instant in ticks (exact; the harness's own reads). */
  readonly utcTicks: bigint;
  /** The offset in minutes east of UTC. */
  readonly offsetMinutes: number;

  /**
   * `new DateTimeOffset(dateTime)`, `(dateTime, offset)`, `(ticks, offset)` or
   * `(year, month, day, hour, minute, second[, millisecond], offset)`.
   */
  constructor(...args: (number | bigint | DateTimeValue | TimeSpanValue)[]) {
    const last = args[args.length - 1];
    if (args.length === 1 && args[0] instanceof DateTimeValue) {
      // A Utc DateTime keeps offset zero; Local and Unspecified take the gateway zone's offset.
      const dateTime = args[0];
      const offset = dateTime.Kind === "Utc" ? 0 : localOffsetAt(dateTime.ticks);
      this.offsetMinutes = offset;
      this.utcTicks = validateUtc(dateTime.ticks, offset);
      return;
    }
    if (!(last instanceof TimeSpanValue))
      throw new ArgumentException("DateTimeOffset has no constructor taking these arguments.");
    // DateTimeOffset(DateTime, TimeSpan) compares the offset with the Kind's before validating it.
    if (args.length === 2 && args[0] instanceof DateTimeValue) {
      const dateTime = args[0];
      if (dateTime.Kind === "Utc" && last.ticks !== 0n)
        throw new ArgumentException(
          "The UTC Offset for Utc DateTime instances must be 0.\nParameter name: offset",
        );
      if (
        dateTime.Kind === "Local" &&
        last.ticks !== BigInt(localOffsetAt(dateTime.ticks)) * TICKS_PER_MINUTE
      )
        throw new ArgumentException(
          "The UTC Offset of the local dateTime parameter does not match the offset argument.\nParameter name: offset",
        );
    }
    const offset = validateOffset(last);
    let clock: bigint;
    if (args.length === 2 && args[0] instanceof DateTimeValue) {
      clock = args[0].ticks;
    } else if (args.length === 2) {
      clock = new DateTimeValue(args[0] as number | bigint).ticks;
    } else {
      clock = new DateTimeValue(...(args.slice(0, -1) as number[])).ticks;
    }
    this.offsetMinutes = offset;
    this.utcTicks = validateUtc(clock, offset);
  }

  static #of(utcTicks: bigint, offsetMinutes: number): DateTimeOffsetValue {
    return new DateTimeOffsetValue(
      utcTicks + BigInt(offsetMinutes) * TICKS_PER_MINUTE,
      new TimeSpanValue(BigInt(offsetMinutes) * TICKS_PER_MINUTE),
    );
  }

  static readonly MinValue: DateTimeOffsetValue = new DateTimeOffsetValue(
    0n,
    new TimeSpanValue(0n),
  );
  static readonly MaxValue: DateTimeOffsetValue = new DateTimeOffsetValue(
    MAX_TICKS,
    new TimeSpanValue(0n),
  );

  /** The virtual clock at the gateway zone's offset. */
  static get Now(): DateTimeOffsetValue {
    const env = currentEnvironment();
    const local = utcToLocalTicks(env.utcTicks, env.timeZone);
    return DateTimeOffsetValue.#of(env.utcTicks, Number((local - env.utcTicks) / TICKS_PER_MINUTE));
  }
  /** The virtual clock at offset zero. */
  static get UtcNow(): DateTimeOffsetValue {
    return DateTimeOffsetValue.#of(currentEnvironment().utcTicks, 0);
  }
  static FromUnixTimeSeconds(seconds: number | bigint): DateTimeOffsetValue {
    const n = checkedLong(seconds, "seconds", -UNIX_EPOCH_SECONDS, 253402300799n);
    return DateTimeOffsetValue.#of((n + UNIX_EPOCH_SECONDS) * TICKS_PER_SECOND, 0);
  }
  static FromUnixTimeMilliseconds(milliseconds: number | bigint): DateTimeOffsetValue {
    const n = checkedLong(milliseconds, "milliseconds", -UNIX_EPOCH_MILLISECONDS, 253402300799999n);
    return DateTimeOffsetValue.#of((n + UNIX_EPOCH_MILLISECONDS) * TICKS_PER_MILLISECOND, 0);
  }
  static Compare(a: DateTimeOffsetValue, b: DateTimeOffsetValue): number {
    return a.CompareTo(b);
  }
  /**
   * DateTimeOffset.Parse(input) under the invariant culture: the shapes DateTime.Parse reads
   * (date-time-parse.ts); without an offset in the text, the gateway zone's offset.
   */
  static Parse(input: string): DateTimeOffsetValue {
    if (input === null || input === undefined) throw new ArgumentNullException("input");
    const parsed = parseDateTime(input);
    const offset = parsed.offsetMinutes ?? localOffsetAt(parsed.ticks);
    return DateTimeOffsetValue.#fromClock(parsed.ticks, offset);
  }
  /** `const [ok, value] = DateTimeOffset.TryParse(s)`: C#'s out parameter; MinValue when false. */
  static TryParse(input: string | null): [boolean, DateTimeOffsetValue] {
    return DateTimeOffsetValue.#try(() => DateTimeOffsetValue.Parse(input as string));
  }
  /** DateTimeOffset.ParseExact(input, format, null): the format's fields only (date-time-parse-exact.ts). */
  static ParseExact(input: string, format: string, _provider: null): DateTimeOffsetValue {
    const parsed = parseExactDateTime(input, format);
    const offset = parsed.offsetMinutes ?? localOffsetAt(parsed.ticks);
    return DateTimeOffsetValue.#fromClock(parsed.ticks, offset);
  }

  // DateTimeParse.DateTimeOffsetTimeZonePostProcessing (referencesource datetimeparse.cs): the
  // UTC instant must be a DateTime (Format_UTCOutOfRange), then the offset within ±14 hours
  // (Format_OffsetOutOfRange; ParseExact's `zzz` reads up to 99 hours).
  static #fromClock(clock: bigint, offsetMinutes: number): DateTimeOffsetValue {
    const utc = clock - BigInt(offsetMinutes) * TICKS_PER_MINUTE;
    if (utc < 0n || utc > MAX_TICKS)
      throw new FormatException(
        "The UTC representation of the date falls outside the year range 1-9999.",
      );
    if (offsetMinutes < -MAX_OFFSET_MINUTES || offsetMinutes > MAX_OFFSET_MINUTES)
      throw new FormatException("The time zone offset must be within plus or minus 14 hours.");
    return DateTimeOffsetValue.#of(utc, offsetMinutes);
  }
  static #try(parse: () => DateTimeOffsetValue): [boolean, DateTimeOffsetValue] {
    try {
      return [true, parse()];
    } catch (error) {
      if (error instanceof FormatException || error instanceof ArgumentException)
        return [false, DateTimeOffsetValue.MinValue];
      throw error;
    }
  }

  get #clockTicks(): bigint {
    return this.utcTicks + BigInt(this.offsetMinutes) * TICKS_PER_MINUTE;
  }
  /** The clock time (Kind Unspecified). */
  get DateTime(): DateTimeValue {
    return DateTimeValue.fromTicks(this.#clockTicks);
  }
  get UtcDateTime(): DateTimeValue {
    return DateTimeValue.fromTicks(this.utcTicks, "Utc");
  }
  /** The instant in the gateway's zone (Kind Local). */
  get LocalDateTime(): DateTimeValue {
    const env = currentEnvironment();
    return DateTimeValue.fromTicks(
      utcToLocalTicks(this.utcTicks, env.timeZone),
      "Local",
      env.timeZone,
    );
  }
  get Offset(): TimeSpanValue {
    return new TimeSpanValue(BigInt(this.offsetMinutes) * TICKS_PER_MINUTE);
  }
  get Ticks(): number | bigint {
    return normaliseLong(this.#clockTicks);
  }
  get UtcTicks(): number | bigint {
    return normaliseLong(this.utcTicks);
  }
  get Year(): number {
    return this.DateTime.Year;
  }
  get Month(): number {
    return this.DateTime.Month;
  }
  get Day(): number {
    return this.DateTime.Day;
  }
  get Hour(): number {
    return this.DateTime.Hour;
  }
  get Minute(): number {
    return this.DateTime.Minute;
  }
  get Second(): number {
    return this.DateTime.Second;
  }
  get Millisecond(): number {
    return this.DateTime.Millisecond;
  }
  get DayOfYear(): number {
    return this.DateTime.DayOfYear;
  }
  get DayOfWeek(): number {
    return this.DateTime.DayOfWeek;
  }
  get Date(): DateTimeValue {
    return this.DateTime.Date;
  }
  get TimeOfDay(): TimeSpanValue {
    return this.DateTime.TimeOfDay;
  }

  // Add* apply DateTime's arithmetic to the clock time and keep the offset (DateTimeOffset.cs).
  #withClock(clock: DateTimeValue): DateTimeOffsetValue {
    return new DateTimeOffsetValue(clock.ticks, this.Offset);
  }
  Add(value: TimeSpanValue): DateTimeOffsetValue {
    return this.#withClock(this.DateTime.Add(value));
  }
  AddTicks(value: number | bigint): DateTimeOffsetValue {
    return this.#withClock(this.DateTime.AddTicks(value));
  }
  AddMilliseconds(value: number): DateTimeOffsetValue {
    return this.#withClock(this.DateTime.AddMilliseconds(value));
  }
  AddSeconds(value: number): DateTimeOffsetValue {
    return this.#withClock(this.DateTime.AddSeconds(value));
  }
  AddMinutes(value: number): DateTimeOffsetValue {
    return this.#withClock(this.DateTime.AddMinutes(value));
  }
  AddHours(value: number): DateTimeOffsetValue {
    return this.#withClock(this.DateTime.AddHours(value));
  }
  AddDays(value: number): DateTimeOffsetValue {
    return this.#withClock(this.DateTime.AddDays(value));
  }
  AddMonths(months: number): DateTimeOffsetValue {
    return this.#withClock(this.DateTime.AddMonths(months));
  }
  AddYears(years: number): DateTimeOffsetValue {
    return this.#withClock(this.DateTime.AddYears(years));
  }
  /** `a.Subtract(b)`: the TimeSpan between the UTC instants; `a.Subtract(span)`: an earlier clock time. */
  Subtract(value: DateTimeOffsetValue): TimeSpanValue;
  Subtract(value: TimeSpanValue): DateTimeOffsetValue;
  Subtract(value: DateTimeOffsetValue | TimeSpanValue): TimeSpanValue | DateTimeOffsetValue {
    if (value instanceof TimeSpanValue) return this.#withClock(this.DateTime.Subtract(value));
    return new TimeSpanValue(this.utcTicks - value.utcTicks);
  }
  // `new DateTimeOffset((m_dateTime + offset).Ticks, offset)`: DateTime's `+` operator checks the
  // clock time first (its parameter is `t`), then the constructor validates the offset.
  ToOffset(offset: TimeSpanValue): DateTimeOffsetValue {
    const clock = this.utcTicks + offset.ticks;
    if (clock < 0n || clock > MAX_TICKS)
      throw new ArgumentOutOfRangeException(
        "t",
        "The added or subtracted value results in an un-representable DateTime.",
      );
    return new DateTimeOffsetValue(clock, offset);
  }
  ToUniversalTime(): DateTimeOffsetValue {
    return DateTimeOffsetValue.#of(this.utcTicks, 0);
  }
  ToUnixTimeSeconds(): number | bigint {
    return normaliseLong(this.utcTicks / TICKS_PER_SECOND - UNIX_EPOCH_SECONDS);
  }
  ToUnixTimeMilliseconds(): number | bigint {
    return normaliseLong(this.utcTicks / TICKS_PER_MILLISECOND - UNIX_EPOCH_MILLISECONDS);
  }
  CompareTo(value: DateTimeOffsetValue): number {
    return this.utcTicks < value.utcTicks ? -1 : this.utcTicks > value.utcTicks ? 1 : 0;
  }
  /** The same instant, whatever the offsets (EqualsExact also compares them). */
  Equals(value: unknown): boolean {
    return value instanceof DateTimeOffsetValue && value.utcTicks === this.utcTicks;
  }
  EqualsExact(value: DateTimeOffsetValue): boolean {
    return this.Equals(value) && value.offsetMinutes === this.offsetMinutes;
  }
  GetHashCode(): number {
    return this.UtcDateTime.GetHashCode();
  }

  /**
   * Invariant-culture formatting (DateTimeFormat.Format with an offset): no format is
   * `MM/dd/yyyy HH:mm:ss zzz`; "r", "R" and "u" print the UTC instant; "U" is refused with
   * FormatException as .NET does; `K` and `z` print this value's offset.
   */
  ToString(format?: string | null): string {
    const text = format ?? "";
    if (text === "U") throw new FormatException("Input string was not in a correct format.");
    if (text === "r" || text === "R" || text === "u")
      return formatDateTime(this.UtcDateTime.fields(0), text);
    return formatDateTime(
      this.DateTime.fields(this.offsetMinutes),
      text === "" ? "MM/dd/yyyy HH:mm:ss zzz" : text,
    );
  }
  toString(): string {
    return this.ToString();
  }
  /** UTC ticks, so that `<` and `>` compare instants as C# does. */
  valueOf(): bigint {
    return this.utcTicks;
  }
  [Symbol.toPrimitive](hint: string): string | bigint {
    return hint === "number" ? this.utcTicks : this.ToString();
  }
}
