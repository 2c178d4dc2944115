// DateTime and TimeSpan as APIM allows them in expressions. APIM's allow-list names DateTime's
// members one by one (api-management-policy-expressions.md, ".NET Framework types allowed in policy
// expressions": Add…, AddTicks, Date, Day, DayOfYear, DaysInMonth, IsLeapYear, Now, Parse,
// Subtract, Ticks, ToString, UtcNow, ...); SpecifyKind, ToUniversalTime, ToLocalTime and Kind
// are not among them, so they are not declared. TryParse and ParseExact are not among them
// either, but teams reach for them first: they are declared so that the translator can refuse
// them with the way out (APIM1041, DateTimeOffset's, which is allowed in full). Relational operators (<, >, <=, >=) compare ticks in both
// languages, between values of the same type only (APIM1040); `===` compares references in
// JavaScript, so the translator rejects it and suggests Equals/CompareTo.
import type { double, int, long } from "./types.ts";
import { dotnetValue } from "./runtime.ts";

/** System.DateTime: an instant with 100 ns ticks. Compares by ticks, ignoring Kind. */
export interface DateTime {
  readonly Year: int;
  readonly Month: int;
  readonly Day: int;
  readonly Hour: int;
  readonly Minute: int;
  readonly Second: int;
  readonly Millisecond: int;
  readonly DayOfYear: int;
  /** 100 ns intervals since 0001-01-01T00:00:00 (the clock time; Kind is not counted). */
  readonly Ticks: long;
  /** The same day at midnight. */
  readonly Date: DateTime;
  readonly TimeOfDay: TimeSpan;
  AddDays(value: double): DateTime;
  AddHours(value: double): DateTime;
  AddMinutes(value: double): DateTime;
  AddSeconds(value: double): DateTime;
  AddMilliseconds(value: double): DateTime;
  AddMonths(months: int): DateTime;
  AddYears(years: int): DateTime;
  /** ArgumentOutOfRangeException beyond MinValue or MaxValue. */
  AddTicks(value: long): DateTime;
  /** C#'s `d + span`. */
  Add(value: TimeSpan): DateTime;
  /** `a.Subtract(b)`: the TimeSpan between two clock times (C#'s `a - b`). */
  Subtract(value: DateTime): TimeSpan;
  /** `d.Subtract(span)`: an earlier DateTime (C#'s `d - span`). */
  Subtract(value: TimeSpan): DateTime;
  CompareTo(value: DateTime): int;
  Equals(value: DateTime): boolean;
  /**
   * Invariant-culture formatting: no format is "G" (`MM/dd/yyyy HH:mm:ss`); standard formats
   * `d D f F g G m o r s t T u U y` and custom patterns (`yyyy-MM-dd'T'HH:mm:ss.fffK`, `ddd`,
   * `MMMM`, `tt`, ...). `K` and `z` print the gateway zone's offset for Local values (Now, Parse
   * of a text with an offset); "r" and "u" do not convert to UTC (DateTimeOffset's do).
   */
  ToString(format?: string): string;
  /** Orders by ticks so that `<` and `>` compare instants as C# does. */
  valueOf(): bigint;
}

/** Static members of System.DateTime. */
export interface DateTimeStatic {
  /** `new DateTime(ticks)` (Kind Unspecified); ArgumentOutOfRangeException outside MinValue..MaxValue. */
  new (ticks: long): DateTime;
  /** Midnight of a date (Kind Unspecified); ArgumentOutOfRangeException for a date that does not exist. */
  new (year: int, month: int, day: int): DateTime;
  new (year: int, month: int, day: int, hour: int, minute: int, second: int): DateTime;
  /** Gateway-local time: UTC on the managed gateway unless the harness sets another time zone. */
  readonly Now: DateTime;
  readonly UtcNow: DateTime;
  readonly Today: DateTime;
  readonly MinValue: DateTime;
  readonly MaxValue: DateTime;
  /** Parses an ISO 8601 instant; throws FormatException otherwise. */
  Parse(s: string): DateTime;
  Compare(a: DateTime, b: DateTime): int;
  DaysInMonth(year: int, month: int): int;
  IsLeapYear(year: int): boolean;
  /**
   * @deprecated Not on APIM's allow-list: the translator refuses it (APIM1041). Write
   * `const [ok, value] = DateTimeOffset.TryParse(s)`.
   */
  TryParse(s: string | null): [ok: boolean, result: DateTime];
  /**
   * @deprecated Not on APIM's allow-list: the translator refuses it (APIM1041). Write
   * `DateTimeOffset.ParseExact(s, format, null)`.
   */
  ParseExact(s: string, format: string, provider: null): DateTime;
}

/** System.TimeSpan. */
export interface TimeSpan {
  readonly Days: int;
  readonly Hours: int;
  readonly Minutes: int;
  readonly Seconds: int;
  readonly Milliseconds: int;
  readonly TotalDays: double;
  readonly TotalHours: double;
  readonly TotalMinutes: double;
  readonly TotalSeconds: double;
  readonly TotalMilliseconds: double;
  /** 100 ns intervals (negative for a negative span). */
  readonly Ticks: long;
  Add(value: TimeSpan): TimeSpan;
  Subtract(value: TimeSpan): TimeSpan;
  /** The absolute value. */
  Duration(): TimeSpan;
  Negate(): TimeSpan;
  CompareTo(value: TimeSpan): int;
  Equals(value: TimeSpan): boolean;
  valueOf(): bigint;
}

/** Static members of System.TimeSpan. */
export interface TimeSpanStatic {
  readonly Zero: TimeSpan;
  FromDays(value: double): TimeSpan;
  FromHours(value: double): TimeSpan;
  FromMinutes(value: double): TimeSpan;
  FromSeconds(value: double): TimeSpan;
  FromMilliseconds(value: double): TimeSpan;
  FromTicks(value: long): TimeSpan;
}

/** System.DateTime (statics); instances come from the context, certificates and these members. */
export const DateTime: DateTimeStatic = dotnetValue<DateTimeStatic>("DateTime");
/** System.TimeSpan (statics). */
export const TimeSpan: TimeSpanStatic = dotnetValue<TimeSpanStatic>("TimeSpan");
