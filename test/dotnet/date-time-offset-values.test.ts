// System.DateTimeOffset and TimeZoneInfo of the harness against .NET Framework's
// (referencesource mscorlib/system/datetimeoffset.cs and timezoneinfo.cs, messages from
// mscorlib.txt): the constructors' checks and their order, the clock-time members, Add* keeping
// the offset, Unix time at the ends of its range, equality by instant, formatting, Parse and
// TryParse at the ends of the range, and conversions to the gateway's zone. Every expected value
// was printed by mono 6.8 (which ships this source) with TZ=Europe/Amsterdam, or a fixed zone of
// the same offset (Etc/GMT-1, Etc/GMT+6) for year 1 and 9999.
import { describe, expect, it } from "vitest";
// The modules themselves, not index.ts: a smaller import per mutant in mutation/areas.mjs.
import { DateTimeOffsetValue } from "../../harness/dotnet/date-time-offset.ts";
import { DateTimeValue } from "../../harness/dotnet/date-time.ts";
import { runInDotnetEnvironment } from "../../harness/dotnet/environment.ts";
import { TimeSpanValue } from "../../harness/dotnet/time-span.ts";
import { TimeZoneInfoValue } from "../../harness/dotnet/time-zone-info.ts";
import { throwsDotnet } from "./support/throws-dotnet.ts";

const OUT_OF_RANGE = "System.ArgumentOutOfRangeException";
const ARGUMENT = "System.ArgumentException";
const FORMAT = "System.FormatException";
const UTC_RANGE =
  "The UTC time represented when the offset is applied must be between year 0 and 10,000.\nParameter name: offset";
const hours = (h: number): TimeSpanValue => TimeSpanValue.FromHours(h);
const o = (value: DateTimeOffsetValue): string => value.ToString("o");
const dt = (value: DateTimeValue): string => `${value.ToString("o")} ${value.Kind}`;
const at = <T>(timeZone: string, fn: () => T): T =>
  runInDotnetEnvironment({ instant: Date.UTC(2026, 6, 1, 12), timeZone }, fn);
const amsterdam = <T>(fn: () => T): T => at("Europe/Amsterdam", fn);

describe("DateTimeOffset constructors", () => {
  it("validates the offset (whole minutes, ±14 hours), then the UTC instant", () => {
    amsterdam(() => {
      expect(o(new DateTimeOffsetValue(2026, 1, 1, 0, 0, 0, hours(14)))).toBe(
        "2026-01-01T00:00:00.0000000+14:00",
      );
      expect(o(new DateTimeOffsetValue(2026, 1, 1, 0, 0, 0, hours(-14)))).toBe(
        "2026-01-01T00:00:00.0000000-14:00",
      );
      const range = "Offset must be within plus or minus 14 hours.\nParameter name: offset";
      throwsDotnet(
        () => new DateTimeOffsetValue(2026, 1, 1, 0, 0, 0, new TimeSpanValue(14, 1, 0)),
        OUT_OF_RANGE,
        range,
      );
      throwsDotnet(
        () => new DateTimeOffsetValue(2026, 1, 1, 0, 0, 0, new TimeSpanValue(-14, -1, 0)),
        OUT_OF_RANGE,
        range,
      );
      throwsDotnet(
        () => new DateTimeOffsetValue(2026, 1, 1, 0, 0, 0, TimeSpanValue.FromSeconds(30)),
        ARGUMENT,
        "Offset must be specified in whole minutes.\nParameter name: offset",
      );
      expect(o(new DateTimeOffsetValue(0n, hours(-1)))).toBe("0001-01-01T00:00:00.0000000-01:00");
      expect(o(new DateTimeOffsetValue(DateTimeValue.MaxValue.ticks, hours(1)))).toBe(
        "9999-12-31T23:59:59.9999999+01:00",
      );
      throwsDotnet(() => new DateTimeOffsetValue(0n, hours(1)), OUT_OF_RANGE, UTC_RANGE);
      throwsDotnet(
        () => new DateTimeOffsetValue(DateTimeValue.MaxValue.ticks, hours(-1)),
        OUT_OF_RANGE,
        UTC_RANGE,
      );
      expect(o(new DateTimeOffsetValue(2026, 5, 4, 15, 6, 7, TimeSpanValue.FromMinutes(-90)))).toBe(
        "2026-05-04T15:06:07.0000000-01:30",
      );
    });
  });

  it("takes a DateTime's offset from its Kind, checking a given one against it first", () => {
    amsterdam(() => {
      const utc = new DateTimeValue(2026, 1, 1, 0, 0, 0, "Utc");
      const local = new DateTimeValue(2026, 1, 1, 0, 0, 0, "Local");
      throwsDotnet(
        () => new DateTimeOffsetValue(utc, TimeSpanValue.FromSeconds(30)),
        ARGUMENT,
        "The UTC Offset for Utc DateTime instances must be 0.\nParameter name: offset",
      );
      expect(o(new DateTimeOffsetValue(utc, TimeSpanValue.Zero))).toBe(
        "2026-01-01T00:00:00.0000000+00:00",
      );
      throwsDotnet(
        () => new DateTimeOffsetValue(local, hours(2)),
        ARGUMENT,
        "The UTC Offset of the local dateTime parameter does not match the offset argument.\nParameter name: offset",
      );
      expect(o(new DateTimeOffsetValue(local, hours(1)))).toBe("2026-01-01T00:00:00.0000000+01:00");
      expect(o(new DateTimeOffsetValue(new DateTimeValue(2026, 1, 1), hours(5)))).toBe(
        "2026-01-01T00:00:00.0000000+05:00",
      );
      expect(o(new DateTimeOffsetValue(new DateTimeValue(2026, 7, 1, 0, 0, 0, "Local")))).toBe(
        "2026-07-01T00:00:00.0000000+02:00",
      );
      expect(o(new DateTimeOffsetValue(new DateTimeValue(2026, 1, 1)))).toBe(
        "2026-01-01T00:00:00.0000000+01:00",
      );
      expect(o(new DateTimeOffsetValue(utc))).toBe("2026-01-01T00:00:00.0000000+00:00");
    });
    at("+01:00", () => {
      throwsDotnet(() => new DateTimeOffsetValue(DateTimeValue.MinValue), OUT_OF_RANGE, UTC_RANGE);
      expect(o(new DateTimeOffsetValue(DateTimeValue.MaxValue))).toBe(
        "9999-12-31T23:59:59.9999999+01:00",
      );
    });
  });
});

describe("DateTimeOffset members", () => {
  const d = new DateTimeOffsetValue(2026, 5, 4, 15, 6, 7, 89, hours(2));

  it("reads the clock time's fields and the UTC instant", () => {
    expect([d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second, d.Millisecond]).toEqual([
      2026, 5, 4, 15, 6, 7, 89,
    ]);
    expect([d.DayOfYear, d.DayOfWeek]).toEqual([124, 1]);
    expect(dt(d.Date)).toBe("2026-05-04T00:00:00.0000000 Unspecified");
    expect(d.TimeOfDay.ToString()).toBe("15:06:07.0890000");
    expect(dt(d.DateTime)).toBe("2026-05-04T15:06:07.0890000 Unspecified");
    expect(dt(d.UtcDateTime)).toBe("2026-05-04T13:06:07.0890000Z Utc");
    expect([d.Ticks, d.UtcTicks]).toEqual([639135039670890000n, 639134967670890000n]);
    expect(d.Offset.ToString()).toBe("02:00:00");
    amsterdam(() => expect(dt(d.LocalDateTime)).toBe("2026-05-04T15:06:07.0890000+02:00 Local"));
  });

  it("adds to the clock time and keeps the offset", () => {
    expect(o(d.Add(hours(1)))).toBe("2026-05-04T16:06:07.0890000+02:00");
    expect(o(d.AddTicks(5))).toBe("2026-05-04T15:06:07.0890005+02:00");
    expect(o(d.AddMilliseconds(1.5))).toBe("2026-05-04T15:06:07.0910000+02:00");
    expect(o(d.AddSeconds(2))).toBe("2026-05-04T15:06:09.0890000+02:00");
    expect(o(d.AddMinutes(3))).toBe("2026-05-04T15:09:07.0890000+02:00");
    expect(o(d.AddHours(4))).toBe("2026-05-04T19:06:07.0890000+02:00");
    expect(o(d.AddDays(5))).toBe("2026-05-09T15:06:07.0890000+02:00");
    expect(o(d.AddMonths(6))).toBe("2026-11-04T15:06:07.0890000+02:00");
    expect(o(d.AddYears(7))).toBe("2033-05-04T15:06:07.0890000+02:00");
    expect(o(d.Subtract(TimeSpanValue.FromDays(1)))).toBe("2026-05-03T15:06:07.0890000+02:00");
    expect(d.Subtract(new DateTimeOffsetValue(2026, 5, 4, 12, 0, 0, hours(0))).ToString()).toBe(
      "01:06:07.0890000",
    );
  });

  it("moves to another offset or to UTC, the clock time checked first", () => {
    expect(o(d.ToOffset(hours(-3)))).toBe("2026-05-04T10:06:07.0890000-03:00");
    expect(o(d.ToUniversalTime())).toBe("2026-05-04T13:06:07.0890000+00:00");
    throwsDotnet(
      () => DateTimeOffsetValue.MaxValue.ToOffset(hours(1)),
      OUT_OF_RANGE,
      "The added or subtracted value results in an un-representable DateTime.\nParameter name: t",
    );
  });

  it("compares and equals by instant; EqualsExact also compares the offset", () => {
    const utc = d.ToOffset(TimeSpanValue.Zero);
    expect([d.CompareTo(utc), d.CompareTo(d.AddTicks(1)), d.CompareTo(d.AddTicks(-1))]).toEqual([
      0, -1, 1,
    ]);
    expect(DateTimeOffsetValue.Compare(d, d.AddTicks(1))).toBe(-1);
    expect([
      d.Equals(utc),
      d.EqualsExact(utc),
      d.EqualsExact(d),
      d.EqualsExact(d.AddTicks(1)),
    ]).toEqual([true, false, true, false]);
    expect(d.Equals(d.DateTime)).toBe(false);
    expect(d.GetHashCode()).toBe(-279742515);
    expect(d > d.AddTicks(-1)).toBe(true);
  });

  it("formats the clock time with its offset; r, R and u print the UTC instant", () => {
    amsterdam(() => {
      expect(d.ToString()).toBe("05/04/2026 15:06:07 +02:00");
      expect(d.ToString(null)).toBe("05/04/2026 15:06:07 +02:00");
      expect(`${d}`).toBe("05/04/2026 15:06:07 +02:00");
      expect(d.ToString("r")).toBe("Mon, 04 May 2026 13:06:07 GMT");
      expect(d.ToString("R")).toBe("Mon, 04 May 2026 13:06:07 GMT");
      expect(d.ToString("u")).toBe("2026-05-04 13:06:07Z");
      expect(d.ToString("s")).toBe("2026-05-04T15:06:07");
      expect(d.ToString("HH:mm K")).toBe("15:06 +02:00");
      expect(d.ToString("%z")).toBe("+2");
      throwsDotnet(() => d.ToString("U"), FORMAT, "Input string was not in a correct format.");
    });
  });
});

describe("DateTimeOffset and Unix time", () => {
  it("reads seconds and milliseconds within DateTime's range, rejecting one past it", () => {
    expect(o(DateTimeOffsetValue.FromUnixTimeSeconds(-62135596800))).toBe(
      "0001-01-01T00:00:00.0000000+00:00",
    );
    expect(o(DateTimeOffsetValue.FromUnixTimeSeconds(253402300799))).toBe(
      "9999-12-31T23:59:59.0000000+00:00",
    );
    const seconds =
      "Valid values are between -62135596800 and 253402300799, inclusive.\nParameter name: seconds";
    throwsDotnet(
      () => DateTimeOffsetValue.FromUnixTimeSeconds(-62135596801),
      OUT_OF_RANGE,
      seconds,
    );
    throwsDotnet(
      () => DateTimeOffsetValue.FromUnixTimeSeconds(253402300800),
      OUT_OF_RANGE,
      seconds,
    );
    expect(o(DateTimeOffsetValue.FromUnixTimeMilliseconds(-62135596800000))).toBe(
      "0001-01-01T00:00:00.0000000+00:00",
    );
    expect(o(DateTimeOffsetValue.FromUnixTimeMilliseconds(253402300799999))).toBe(
      "9999-12-31T23:59:59.9990000+00:00",
    );
    expect(o(DateTimeOffsetValue.FromUnixTimeMilliseconds(-1))).toBe(
      "1969-12-31T23:59:59.9990000+00:00",
    );
    const ms =
      "Valid values are between -62135596800000 and 253402300799999, inclusive.\nParameter name: milliseconds";
    throwsDotnet(
      () => DateTimeOffsetValue.FromUnixTimeMilliseconds(-62135596800001),
      OUT_OF_RANGE,
      ms,
    );
    throwsDotnet(
      () => DateTimeOffsetValue.FromUnixTimeMilliseconds(253402300800000),
      OUT_OF_RANGE,
      ms,
    );
  });

  // ToUnixTime* truncate toward 0001-01-01 before subtracting the epoch, so times before 1970
  // round down.
  it("rounds down before 1970 and counts the UTC instant", () => {
    expect(new DateTimeOffsetValue(1969, 12, 31, 23, 59, 59, 1, hours(0)).ToUnixTimeSeconds()).toBe(
      -1,
    );
    expect(new DateTimeOffsetValue(621355967990015000n, hours(0)).ToUnixTimeMilliseconds()).toBe(
      -999,
    );
    const d = new DateTimeOffsetValue(2026, 5, 4, 15, 6, 7, 89, hours(2));
    expect([d.ToUnixTimeSeconds(), d.ToUnixTimeMilliseconds()]).toEqual([
      1777899967, 1777899967089,
    ]);
  });
});

describe("DateTimeOffset.Parse, TryParse and ParseExact", () => {
  const utcRange = "The UTC representation of the date falls outside the year range 1-9999.";

  it("takes the gateway zone's offset when the text has none", () => {
    amsterdam(() => {
      expect(o(DateTimeOffsetValue.Parse("2026-05-04T15:06:07"))).toBe(
        "2026-05-04T15:06:07.0000000+02:00",
      );
      expect(o(DateTimeOffsetValue.Parse("2026-05-04T15:06:07-03:30"))).toBe(
        "2026-05-04T15:06:07.0000000-03:30",
      );
      expect(o(DateTimeOffsetValue.ParseExact("2026-05-04 15:06", "yyyy-MM-dd HH:mm", null))).toBe(
        "2026-05-04T15:06:00.0000000+02:00",
      );
    });
  });

  // DateTimeOffsetTimeZonePostProcessing: the UTC instant first, then the offset's ±14 hours.
  it("rejects a UTC instant outside the range, then an offset past 14 hours", () => {
    amsterdam(() => {
      throwsDotnet(() => DateTimeOffsetValue.Parse("0001-01-01T00:30:00+01:00"), FORMAT, utcRange);
      throwsDotnet(() => DateTimeOffsetValue.Parse("9999-12-31T23:30:00-01:00"), FORMAT, utcRange);
      expect(o(DateTimeOffsetValue.Parse("9999-12-31T23:30:00+01:00"))).toBe(
        "9999-12-31T23:30:00.0000000+01:00",
      );
      const format = "yyyy-MM-dd HH:mm zzz";
      throwsDotnet(
        () => DateTimeOffsetValue.ParseExact("2026-05-04 15:06 +15:00", format, null),
        FORMAT,
        "The time zone offset must be within plus or minus 14 hours.",
      );
      throwsDotnet(
        () => DateTimeOffsetValue.ParseExact("0001-01-01 00:00 +15:00", format, null),
        FORMAT,
        utcRange,
      );
    });
  });

  it("TryParse returns false and MinValue for text Parse rejects", () => {
    amsterdam(() => {
      const [ok, value] = DateTimeOffsetValue.TryParse("nope");
      expect([ok, o(value)]).toEqual([false, "0001-01-01T00:00:00.0000000+00:00"]);
      const [inRange, parsed] = DateTimeOffsetValue.TryParse("2026-05-04Z");
      expect([inRange, o(parsed)]).toEqual([true, "2026-05-04T00:00:00.0000000+00:00"]);
      expect(DateTimeOffsetValue.TryParse("0001-01-01T00:30:00+01:00")[0]).toBe(false);
      expect(DateTimeOffsetValue.TryParse(null)[0]).toBe(false);
    });
  });
});

describe("TimeZoneInfo conversions", () => {
  const d = new DateTimeOffsetValue(2026, 5, 4, 15, 6, 7, 89, hours(2));

  it("ConvertTime clamps to MinValue and MaxValue at the ends of the range", () => {
    at("+01:00", () => {
      expect(
        o(TimeZoneInfoValue.ConvertTime(DateTimeOffsetValue.MinValue, TimeZoneInfoValue.Local)),
      ).toBe("0001-01-01T01:00:00.0000000+01:00");
      expect(
        o(TimeZoneInfoValue.ConvertTime(DateTimeOffsetValue.MaxValue, TimeZoneInfoValue.Local)),
      ).toBe("9999-12-31T23:59:59.9999999+00:00");
    });
    at("-06:00", () =>
      expect(
        o(TimeZoneInfoValue.ConvertTime(DateTimeOffsetValue.MinValue, TimeZoneInfoValue.Local)),
      ).toBe("0001-01-01T00:00:00.0000000+00:00"),
    );
    // Exactly at the limit the clock time is kept with the zone's offset (no clamp).
    at("-06:00", () =>
      expect(
        o(
          TimeZoneInfoValue.ConvertTime(
            DateTimeOffsetValue.MinValue.AddHours(6),
            TimeZoneInfoValue.Local,
          ),
        ),
      ).toBe("0001-01-01T00:00:00.0000000-06:00"),
    );
    at("+01:00", () =>
      expect(
        o(
          TimeZoneInfoValue.ConvertTime(
            DateTimeOffsetValue.MaxValue.AddHours(-1),
            TimeZoneInfoValue.Local,
          ),
        ),
      ).toBe("9999-12-31T23:59:59.9999999+01:00"),
    );
    amsterdam(() => {
      expect(o(TimeZoneInfoValue.ConvertTime(d, TimeZoneInfoValue.Utc))).toBe(
        "2026-05-04T13:06:07.0890000+00:00",
      );
      throwsDotnet(
        () => TimeZoneInfoValue.ConvertTime(d, null as unknown as TimeZoneInfoValue),
        "System.ArgumentNullException",
        "Value cannot be null.\nParameter name: destinationTimeZone",
      );
    });
  });

  it("ConvertTimeFromUtc reads Unspecified as UTC and rejects a Local DateTime", () => {
    amsterdam(() => {
      const midnight = new DateTimeValue(2026, 1, 1);
      expect(dt(TimeZoneInfoValue.ConvertTimeFromUtc(midnight, TimeZoneInfoValue.Local))).toBe(
        "2026-01-01T01:00:00.0000000+01:00 Local",
      );
      expect(dt(TimeZoneInfoValue.ConvertTimeFromUtc(midnight, TimeZoneInfoValue.Utc))).toBe(
        "2026-01-01T00:00:00.0000000Z Utc",
      );
      expect(
        dt(TimeZoneInfoValue.ConvertTimeFromUtc(DateTimeValue.MaxValue, TimeZoneInfoValue.Local)),
      ).toBe("9999-12-31T23:59:59.9999999+01:00 Local");
      throwsDotnet(
        () => TimeZoneInfoValue.ConvertTimeFromUtc(midnight, null as unknown as TimeZoneInfoValue),
        "System.ArgumentNullException",
        "Value cannot be null.\nParameter name: destinationTimeZone",
      );
      throwsDotnet(
        () =>
          TimeZoneInfoValue.ConvertTimeFromUtc(
            new DateTimeValue(2026, 1, 1, 0, 0, 0, "Local"),
            TimeZoneInfoValue.Local,
          ),
        ARGUMENT,
        "The conversion could not be completed because the supplied DateTime did not have the Kind property set correctly.  For example, when the Kind property is DateTimeKind.Local, the source time zone must be TimeZoneInfo.Local.\nParameter name: sourceTimeZone",
      );
    });
  });

  it("GetUtcOffset reads a Utc DateTime as UTC and any other as local time", () => {
    amsterdam(() => {
      const local = TimeZoneInfoValue.Local;
      expect(local.GetUtcOffset(d).ToString()).toBe("02:00:00");
      expect(TimeZoneInfoValue.Utc.GetUtcOffset(d).ToString()).toBe("00:00:00");
      expect(local.GetUtcOffset(new DateTimeValue(2026, 7, 1, 0, 0, 0, "Utc")).ToString()).toBe(
        "02:00:00",
      );
      expect(local.GetUtcOffset(new DateTimeValue(2026, 7, 1)).ToString()).toBe("02:00:00");
      expect(local.GetUtcOffset(new DateTimeValue(2026, 1, 1, 0, 0, 0, "Local")).ToString()).toBe(
        "01:00:00",
      );
      throwsDotnet(
        () => TimeZoneInfoValue.FindSystemTimeZoneById(null),
        "System.ArgumentNullException",
        "Value cannot be null.\nParameter name: id",
      );
    });
  });
});
