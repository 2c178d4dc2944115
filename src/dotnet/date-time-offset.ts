// DateTimeOffset and TimeZoneInfo as APIM allows them: both "All" on the expression reference
// (api-management-policy-expressions.md, ".NET Framework types allowed in policy expressions").
// A DateTimeOffset is an instant plus the offset it is shown at: comparisons, Equals and Subtract
// use the instant; Add* move the clock time and keep the offset. Unix time converts with
// FromUnixTimeSeconds/Milliseconds and ToUnixTimeSeconds/Milliseconds.
//
// TimeZoneInfo: the documentation does not say which time zone ids the gateway's hosts know, so
// FindSystemTimeZoneById accepts "UTC" only (the harness refuses any other id, saying why);
// TimeZoneInfo.Local is the gateway's zone (UTC on the managed gateway unless the harness is
// configured with another) and TimeZoneInfo.Utc is UTC.
import type { DateTime, TimeSpan } from "./date-time.ts";
import type { double, int, long } from "./types.ts";
import { dotnetValue } from "./runtime.ts";

/** System.DateTimeOffset. */
export interface DateTimeOffset {
  /** The clock time (Kind Unspecified). */
  readonly DateTime: DateTime;
  /** The instant in UTC (Kind Utc). */
  readonly UtcDateTime: DateTime;
  /** The instant in the gateway's zone (Kind Local). */
  readonly LocalDateTime: DateTime;
  /** Offset from UTC (whole minutes, within ±14 hours). */
  readonly Offset: TimeSpan;
  /** Ticks of the clock time. */
  readonly Ticks: long;
  /** Ticks of the UTC instant. */
  readonly UtcTicks: long;
  readonly Year: int;
  readonly Month: int;
  readonly Day: int;
  readonly Hour: int;
  readonly Minute: int;
  readonly Second: int;
  readonly Millisecond: int;
  readonly DayOfYear: int;
  /** The clock date at midnight (Kind Unspecified). */
  readonly Date: DateTime;
  readonly TimeOfDay: TimeSpan;
  /** C#'s `dto + span`. */
  Add(value: TimeSpan): DateTimeOffset;
  AddTicks(value: long): DateTimeOffset;
  AddMilliseconds(value: double): DateTimeOffset;
  AddSeconds(value: double): DateTimeOffset;
  AddMinutes(value: double): DateTimeOffset;
  AddHours(value: double): DateTimeOffset;
  AddDays(value: double): DateTimeOffset;
  AddMonths(months: int): DateTimeOffset;
  AddYears(years: int): DateTimeOffset;
  /** `a.Subtract(b)`: the TimeSpan between the instants (C#'s `a - b`). */
  Subtract(value: DateTimeOffset): TimeSpan;
  /** `dto.Subtract(span)`: an earlier clock time, same offset (C#'s `dto - span`). */
  Subtract(value: TimeSpan): DateTimeOffset;
  /** The same instant at another offset. */
  ToOffset(offset: TimeSpan): DateTimeOffset;
  /** The same instant at offset zero. */
  ToUniversalTime(): DateTimeOffset;
  /** Whole seconds since 1970-01-01T00:00:00Z (rounded down). */
  ToUnixTimeSeconds(): long;
  /** Whole milliseconds since 1970-01-01T00:00:00Z (rounded down). */
  ToUnixTimeMilliseconds(): long;
  CompareTo(value: DateTimeOffset): int;
  /** The same instant, whatever the offsets. */
  Equals(value: DateTimeOffset): boolean;
  /** The same instant and the same offset. */
  EqualsExact(value: DateTimeOffset): boolean;
  /**
   * Invariant-culture formatting: no format is `MM/dd/yyyy HH:mm:ss zzz`; "o" ends with the
   * offset (`+00:00`, never `Z`); "r", "R" and "u" print the UTC instant; "U" throws
   * FormatException; custom patterns as DateTime's, with `K` and `z` this value's offset.
   */
  ToString(format?: string): string;
  /** Orders by the UTC instant so that `<` and `>` compare as C# does. */
  valueOf(): bigint;
}

/** Static members of System.DateTimeOffset. */
export interface DateTimeOffsetStatic {
  /** `new DateTimeOffset(dateTime)`: offset zero for a Utc DateTime, the gateway's offset otherwise. */
  new (dateTime: DateTime): DateTimeOffset;
  /** `new DateTimeOffset(dateTime, offset)`: ArgumentException when the offset contradicts a Utc or Local Kind. */
  new (dateTime: DateTime, offset: TimeSpan): DateTimeOffset;
  new (
    year: int,
    month: int,
    day: int,
    hour: int,
    minute: int,
    second: int,
    offset: TimeSpan,
  ): DateTimeOffset;
  /** The virtual clock at the gateway's offset. */
  readonly Now: DateTimeOffset;
  /** The virtual clock at offset zero. */
  readonly UtcNow: DateTimeOffset;
  readonly MinValue: DateTimeOffset;
  readonly MaxValue: DateTimeOffset;
  /** ArgumentOutOfRangeException outside years 1 to 9999. */
  FromUnixTimeSeconds(seconds: long): DateTimeOffset;
  FromUnixTimeMilliseconds(milliseconds: long): DateTimeOffset;
  Compare(a: DateTimeOffset, b: DateTimeOffset): int;
  /**
   * Invariant culture: ISO 8601, `M/d/yyyy [H:mm[:ss]] [AM|PM]` and RFC 1123; without an offset
   * in the text, the gateway's. FormatException otherwise.
   */
  Parse(input: string): DateTimeOffset;
  /**
   * C#'s `TryParse(input, out DateTimeOffset result)`, written
   * `const [ok, value] = DateTimeOffset.TryParse(s)`: false and MinValue when `s` does not parse.
   */
  TryParse(input: string | null): [ok: boolean, result: DateTimeOffset];
  /**
   * `DateTimeOffset.ParseExact(input, "yyyy-MM-dd'T'HH:mm:ssK", null)`: the text must match the
   * format exactly. APIM's allow-list has no CultureInfo, so the provider is `null` (the
   * gateway's culture; the harness reads the invariant one).
   */
  ParseExact(input: string, format: string, formatProvider: null): DateTimeOffset;
}

/** System.TimeZoneInfo: TimeZoneInfo.Utc, TimeZoneInfo.Local or FindSystemTimeZoneById("UTC"). */
export interface TimeZoneInfo {
  /** "UTC" for TimeZoneInfo.Utc; the harness refuses Local's id (not documented for APIM's hosts). */
  readonly Id: string;
  /** The zone's offset from UTC at an instant. */
  GetUtcOffset(value: DateTimeOffset): TimeSpan;
}

/** Static members of System.TimeZoneInfo. */
export interface TimeZoneInfoStatic {
  readonly Utc: TimeZoneInfo;
  /** The gateway's zone. */
  readonly Local: TimeZoneInfo;
  /** "UTC" only: APIM's documentation does not list the ids its hosts know (the harness refuses others). */
  FindSystemTimeZoneById(id: string): TimeZoneInfo;
  /** The same instant at the zone's offset then. */
  ConvertTime(value: DateTimeOffset, destinationTimeZone: TimeZoneInfo): DateTimeOffset;
  /** A UTC DateTime in the zone (Kind Utc for Utc, Local for Local); ArgumentException for a Local DateTime. */
  ConvertTimeFromUtc(dateTime: DateTime, destinationTimeZone: TimeZoneInfo): DateTime;
}

/** System.DateTimeOffset (statics and constructors). */
export const DateTimeOffset: DateTimeOffsetStatic =
  dotnetValue<DateTimeOffsetStatic>("DateTimeOffset");
/** System.TimeZoneInfo (statics). */
export const TimeZoneInfo: TimeZoneInfoStatic = dotnetValue<TimeZoneInfoStatic>("TimeZoneInfo");
