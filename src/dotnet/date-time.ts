// DateTime and TimeSpan as APIM allows them in expressions. APIM's allow-list excludes
// SpecifyKind, ParseExact, ToUniversalTime, ToLocalTime and Kind, so they are not declared.
// Relational operators (<, >, <=, >=) compare ticks in both languages; `===` compares references
// in JavaScript, so the translator rejects it and suggests Equals/CompareTo.
import type { double, int } from "./types.ts";
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
  Add(value: TimeSpan): DateTime;
  /** `a.Subtract(b)`: the TimeSpan between two instants. */
  Subtract(value: DateTime): TimeSpan;
  CompareTo(value: DateTime): int;
  Equals(value: DateTime): boolean;
  /** ISO 8601 round-trip format, as .NET's "o" format. */
  ToString(format: "o" | "s"): string;
  /** Orders by ticks so that `<` and `>` compare instants as C# does. */
  valueOf(): bigint;
}

/** Static members of System.DateTime. */
export interface DateTimeStatic {
  /** Gateway-local time: UTC on the managed gateway unless the harness sets another time zone. */
  readonly Now: DateTime;
  readonly UtcNow: DateTime;
  readonly Today: DateTime;
  readonly MinValue: DateTime;
  readonly MaxValue: DateTime;
  /** Parses an ISO 8601 instant; throws FormatException otherwise. */
  Parse(s: string): DateTime;
  Compare(a: DateTime, b: DateTime): int;
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
  Add(value: TimeSpan): TimeSpan;
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
}

/** System.DateTime (statics); instances come from the context, certificates and these members. */
export const DateTime: DateTimeStatic = dotnetValue<DateTimeStatic>("DateTime");
/** System.TimeSpan (statics). */
export const TimeSpan: TimeSpanStatic = dotnetValue<TimeSpanStatic>("TimeSpan");
