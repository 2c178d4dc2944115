// System.DateTime of the harness against .NET Framework's DateTime (referencesource
// mscorlib/system/datetime.cs, messages from mscorlib.txt): the constructors' checks and their
// order, the calendar fields, Add* at the ends of the range, AddMonths' carry in both
// directions, the hash, "U" of a local value, and DateTime.Parse's conversion of an offset to the
// gateway's zone (datetimeparse.cs, AdjustTimeZoneToLocal). Expected values were printed by mono
// 6.8 (which ships this source) with TZ set to a zone of the same offsets; fixed-offset zones
// keep year 1 and 9999 free of the local-mean-time offsets that tz data gives old dates.
import { describe, expect, it } from "vitest";
// The modules themselves, not index.ts: a smaller import per mutant in mutation/areas.mjs.
import { DateTimeOffsetValue } from "../../harness/dotnet/date-time-offset.ts";
import { DateTimeValue } from "../../harness/dotnet/date-time.ts";
import { runInDotnetEnvironment } from "../../harness/dotnet/environment.ts";
import { TimeSpanValue } from "../../harness/dotnet/time-span.ts";
import { throwsDotnet } from "./support/throws-dotnet.ts";

const OUT_OF_RANGE = "System.ArgumentOutOfRangeException";
const ARITHMETIC = "The added or subtracted value results in an un-representable DateTime.";
const JULY_2026 = Date.UTC(2026, 6, 1, 12);
const at = <T>(timeZone: string, fn: () => T): T =>
  runInDotnetEnvironment({ instant: JULY_2026, timeZone }, fn);
const o = (value: DateTimeValue): string => `${value.ToString("o")} ${value.Kind}`;

describe("DateTime constructors", () => {
  it("checks ticks against MinValue and MaxValue, naming the parameter", () => {
    const message =
      "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.\nParameter name: ticks";
    throwsDotnet(() => new DateTimeValue(-1n), OUT_OF_RANGE, message);
    throwsDotnet(() => new DateTimeValue(3155378976000000000n), OUT_OF_RANGE, message);
    expect(new DateTimeValue(3155378975999999999n).ToString("o")).toBe(
      "9999-12-31T23:59:59.9999999",
    );
  });

  it("rejects dates outside the calendar without a parameter name", () => {
    const message = "Year, Month, and Day parameters describe an un-representable DateTime.";
    for (const [y, m, d] of [
      [2026, 13, 1],
      [0, 1, 1],
      [10000, 1, 1],
      [2026, 0, 1],
      [2026, 1, 0],
      [2100, 2, 29],
      [2026, 4, 31],
    ] as const)
      throwsDotnet(() => new DateTimeValue(y, m, d), OUT_OF_RANGE, message);
    expect(new DateTimeValue(2024, 2, 29).ToString("s")).toBe("2024-02-29T00:00:00");
    expect(new DateTimeValue(9999, 12, 31, 23, 59, 59, 999).ToString("o")).toBe(
      "9999-12-31T23:59:59.9990000",
    );
  });

  it("rejects times of day outside the clock, and the millisecond first with its name", () => {
    const message = "Hour, Minute, and Second parameters describe an un-representable DateTime.";
    for (const [h, m, s] of [
      [24, 0, 0],
      [-1, 0, 0],
      [0, 60, 0],
      [0, -1, 0],
      [0, 0, 60],
      [0, 0, -1],
    ] as const)
      throwsDotnet(() => new DateTimeValue(2026, 1, 1, h, m, s), OUT_OF_RANGE, message);
    const millisecond =
      "Valid values are between 0 and 999, inclusive.\nParameter name: millisecond";
    throwsDotnet(() => new DateTimeValue(2026, 1, 1, 0, 0, 0, 1000), OUT_OF_RANGE, millisecond);
    throwsDotnet(() => new DateTimeValue(2026, 1, 1, 0, 0, 0, -1), OUT_OF_RANGE, millisecond);
    throwsDotnet(() => new DateTimeValue(2026, 13, 1, 0, 0, 0, -1), OUT_OF_RANGE, millisecond);
    expect(o(new DateTimeValue(2026, 1, 1, 0, 0, 0, 7, "Utc"))).toBe(
      "2026-01-01T00:00:00.0070000Z Utc",
    );
  });
});

describe("DateTime fields", () => {
  const d = new DateTimeValue(2026, 5, 4, 15, 6, 7, 89);

  it("reads the calendar fields, the day of the year and of the week", () => {
    expect([d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second, d.Millisecond]).toEqual([
      2026, 5, 4, 15, 6, 7, 89,
    ]);
    expect(new DateTimeValue(2024, 12, 31).DayOfYear).toBe(366);
    expect(new DateTimeValue(2026, 1, 1).DayOfYear).toBe(1);
    expect(new DateTimeValue(2026, 12, 5).DayOfWeek).toBe(6);
    expect(DateTimeValue.MinValue.DayOfWeek).toBe(1);
    expect(DateTimeValue.MaxValue.DayOfWeek).toBe(5);
    expect(new DateTimeValue(2026, 5, 4).Ticks).toBe(639134496000000000n);
    expect(
      new DateTimeValue(2026, 5, 4, 0, 0, 0, 1).ticks - new DateTimeValue(2026, 5, 4).ticks,
    ).toBe(10000n);
  });

  it("Date keeps the Kind; TimeOfDay is the rest", () => {
    expect(o(new DateTimeValue(2026, 5, 4, 15, 6, 7, 89, "Utc").Date)).toBe(
      "2026-05-04T00:00:00.0000000Z Utc",
    );
    expect(d.TimeOfDay.ToString()).toBe("15:06:07.0890000");
  });

  it("knows leap years and month lengths of the Gregorian calendar", () => {
    expect([2100, 2000, 2024, 2026].map((y) => DateTimeValue.IsLeapYear(y))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(
      [
        [2024, 2],
        [2026, 2],
        [2026, 12],
        [2026, 4],
      ].map(([y, m]) => DateTimeValue.DaysInMonth(y!, m!)),
    ).toEqual([29, 28, 31, 30]);
  });

  // GetHashCode: (int)ticks ^ (int)(ticks >> 32) of the ticks without the Kind bits.
  it("hashes and compares by ticks", () => {
    expect(new DateTimeValue(2026, 5, 4).GetHashCode()).toBe(488237424);
    expect(DateTimeValue.MaxValue.GetHashCode()).toBe(-537061494);
    expect(new DateTimeValue(2026, 5, 4).CompareTo(null)).toBe(1);
    expect(
      DateTimeValue.Compare(new DateTimeValue(2026, 5, 4), new DateTimeValue(2026, 5, 4)),
    ).toBe(0);
    expect(
      DateTimeValue.Compare(new DateTimeValue(2026, 5, 3), new DateTimeValue(2026, 5, 4)),
    ).toBe(-1);
    expect(new DateTimeValue(2026, 5, 4).Equals("05/04/2026 00:00:00")).toBe(false);
    expect(new DateTimeValue(2026, 5, 4).Equals(new DateTimeValue(2026, 5, 5))).toBe(false);
  });
});

describe("DateTime arithmetic", () => {
  it("rounds fractional Add* to milliseconds, half away from zero", () => {
    const start = new DateTimeValue(2026, 1, 1);
    expect(start.AddHours(-1.5).ToString("o")).toBe("2025-12-31T22:30:00.0000000");
    expect(start.AddMinutes(1.5).ToString("o")).toBe("2026-01-01T00:01:30.0000000");
    expect(start.AddSeconds(-0.0005).ToString("o")).toBe("2025-12-31T23:59:59.9990000");
    expect(start.AddMilliseconds(-0.5).ToString("o")).toBe("2025-12-31T23:59:59.9990000");
    expect(start.AddMilliseconds(-0.4).ToString("o")).toBe("2026-01-01T00:00:00.0000000");
  });

  // Add(double, scale): whole milliseconds within ±MaxMillis, else "Value to add was out of range."
  it("rejects an addition of MaxMillis or more before adding it", () => {
    const value = "Value to add was out of range.\nParameter name: value";
    const min = DateTimeValue.MinValue;
    const max = DateTimeValue.MaxValue;
    expect(min.AddMilliseconds(315537897599999).ToString("o")).toBe("9999-12-31T23:59:59.9990000");
    expect(min.AddMilliseconds(315537897599999.4).ToString("o")).toBe(
      "9999-12-31T23:59:59.9990000",
    );
    expect(max.AddMilliseconds(-315537897599999).ToString("o")).toBe("0001-01-01T00:00:00.0009999");
    throwsDotnet(() => min.AddMilliseconds(315537897599999.5), OUT_OF_RANGE, value);
    throwsDotnet(() => min.AddMilliseconds(315537897600000), OUT_OF_RANGE, value);
    throwsDotnet(() => max.AddMilliseconds(-315537897600000), OUT_OF_RANGE, value);
    throwsDotnet(() => min.AddDays(3652059), OUT_OF_RANGE, value);
    throwsDotnet(() => min.AddDays(Number.NaN), OUT_OF_RANGE, value);
    throwsDotnet(() => max.AddTicks(1), OUT_OF_RANGE, `${ARITHMETIC}\nParameter name: value`);
    throwsDotnet(
      () => max.Add(TimeSpanValue.FromTicks(1)),
      OUT_OF_RANGE,
      `${ARITHMETIC}\nParameter name: value`,
    );
  });

  it("Subtract(TimeSpan) names its parameter 'value' past either end", () => {
    const message = `${ARITHMETIC}\nParameter name: value`;
    throwsDotnet(
      () => DateTimeValue.MinValue.Subtract(TimeSpanValue.FromTicks(1)),
      OUT_OF_RANGE,
      message,
    );
    throwsDotnet(
      () => DateTimeValue.MaxValue.Subtract(TimeSpanValue.FromTicks(-1)),
      OUT_OF_RANGE,
      message,
    );
  });

  it("AddMonths carries into years both ways and keeps the time of day", () => {
    expect(new DateTimeValue(2026, 1, 31, 5, 6, 7).AddMonths(-1).ToString("s")).toBe(
      "2025-12-31T05:06:07",
    );
    const mid = new DateTimeValue(2026, 1, 15);
    expect(mid.AddMonths(-12).ToString("s")).toBe("2025-01-15T00:00:00");
    expect(mid.AddMonths(-13).ToString("s")).toBe("2024-12-15T00:00:00");
    expect(mid.AddMonths(11).ToString("s")).toBe("2026-12-15T00:00:00");
    expect(mid.AddMonths(12).ToString("s")).toBe("2027-01-15T00:00:00");
    expect(DateTimeValue.MaxValue.AddMonths(-119987).ToString("o")).toBe(
      "0001-01-31T23:59:59.9999999",
    );
  });

  it("AddMonths and AddYears check their argument, then the resulting year", () => {
    const min = DateTimeValue.MinValue;
    const months = "Months value must be between +/-120000.\nParameter name: months";
    const years = "Years value must be between +/-10000.\nParameter name: years";
    const result = `${ARITHMETIC}\nParameter name: months`;
    throwsDotnet(() => min.AddMonths(120001), OUT_OF_RANGE, months);
    throwsDotnet(() => min.AddMonths(-120001), OUT_OF_RANGE, months);
    throwsDotnet(() => min.AddMonths(120000), OUT_OF_RANGE, result);
    throwsDotnet(() => DateTimeValue.MaxValue.AddMonths(-119988), OUT_OF_RANGE, result);
    throwsDotnet(() => min.AddYears(10001), OUT_OF_RANGE, years);
    throwsDotnet(() => min.AddYears(-10001), OUT_OF_RANGE, years);
    throwsDotnet(() => min.AddYears(9999), OUT_OF_RANGE, result);
    throwsDotnet(() => min.AddYears(-1), OUT_OF_RANGE, result);
    expect(min.AddYears(9998).ToString("s")).toBe("9999-01-01T00:00:00");
  });
});

describe("DateTime in the gateway's zone", () => {
  it("Today is local midnight; a Local value keeps its zone through arithmetic", () => {
    at("-06:00", () => {
      expect(o(DateTimeValue.Today)).toBe("2026-07-01T00:00:00.0000000-06:00 Local");
      expect(o(DateTimeValue.Now.AddHours(1))).toBe("2026-07-01T07:00:00.0000000-06:00 Local");
      expect(o(DateTimeValue.fromTicks(DateTimeValue.Now.ticks, "Local"))).toBe(
        "2026-07-01T06:00:00.0000000-06:00 Local",
      );
      expect(o(DateTimeValue.fromTicks(0n, "Local", "+01:00"))).toBe(
        "0001-01-01T00:00:00.0000000+01:00 Local",
      );
    });
  });

  // "U" converts with ToUniversalTime(): a Local or Unspecified value is read in the local zone.
  it('"U" prints the universal time of a Local or Unspecified value', () => {
    at("Europe/Amsterdam", () => {
      expect(new DateTimeValue(2026, 5, 4, 15, 6, 7, "Local").ToString("U")).toBe(
        "Monday, 04 May 2026 13:06:07",
      );
      expect(new DateTimeValue(2026, 5, 4, 15, 6, 7).ToString("U")).toBe(
        "Monday, 04 May 2026 13:06:07",
      );
      expect(new DateTimeValue(2026, 5, 4, 15, 6, 7, "Utc").ToString("U")).toBe(
        "Monday, 04 May 2026 15:06:07",
      );
      expect(new DateTimeValue(2026, 1, 4, 15, 6, 7).ToString("%z")).toBe("+1");
      expect(new DateTimeValue(2026, 7, 4, 15, 6, 7).ToString("zz")).toBe("+02");
      expect(`[${new DateTimeValue(2026, 7, 4).ToString("%K")}]`).toBe("[]");
    });
  });

  // DateTime.ToLocalTime (DateTimeOffset.LocalDateTime) clamps to MinValue/MaxValue.
  it("clamps a local time past either end of the range", () => {
    at("-06:00", () =>
      expect(o(DateTimeOffsetValue.MinValue.LocalDateTime)).toBe(
        "0001-01-01T00:00:00.0000000-06:00 Local",
      ),
    );
    at("+01:00", () =>
      expect(o(DateTimeOffsetValue.MaxValue.LocalDateTime)).toBe(
        "9999-12-31T23:59:59.9999999+01:00 Local",
      ),
    );
  });
});

describe("DateTime.Parse of a text with an offset", () => {
  const outOfRange = "The DateTime represented by the string is out of range.";

  it("converts the instant to the gateway's zone (Kind Local)", () => {
    at("+00:00", () => {
      expect(o(DateTimeValue.Parse("0001-01-02T00:30:00+01:00"))).toBe(
        "0001-01-01T23:30:00.0000000+00:00 Local",
      );
      expect(o(DateTimeValue.Parse("0001-01-01T00:30:00Z"))).toBe(
        "0001-01-01T00:30:00.0000000+00:00 Local",
      );
      expect(o(DateTimeValue.Parse("9999-12-31T23:30:00Z"))).toBe(
        "9999-12-31T23:30:00.0000000+00:00 Local",
      );
    });
  });

  // AdjustTimeZoneToLocal treats ticks below one day as a time of day: both offsets shift it and
  // a negative result gains a day instead of failing.
  it("reads a time on 0001-01-01 as a time of day, wrapping into the same day", () => {
    at("+00:00", () => {
      expect(o(DateTimeValue.Parse("0001-01-01T00:30:00+01:00"))).toBe(
        "0001-01-01T23:30:00.0000000+00:00 Local",
      );
      expect(o(DateTimeValue.Parse("0001-01-01T05:00:00+01:00"))).toBe(
        "0001-01-01T04:00:00.0000000+00:00 Local",
      );
    });
    at("-06:00", () =>
      expect(o(DateTimeValue.Parse("0001-01-01T00:30:00Z"))).toBe(
        "0001-01-01T18:30:00.0000000-06:00 Local",
      ),
    );
  });

  it("takes the zone's offset at the clock time when the instant is past the range", () => {
    at("-06:00", () => {
      expect(o(DateTimeValue.Parse("9999-12-31T23:00:00-05:00"))).toBe(
        "9999-12-31T22:00:00.0000000-06:00 Local",
      );
      expect(o(DateTimeValue.Parse("9999-12-31T20:00:00-05:00"))).toBe(
        "9999-12-31T19:00:00.0000000-06:00 Local",
      );
    });
    at("+00:00", () =>
      throwsDotnet(
        () => DateTimeValue.Parse("9999-12-31T23:00:00-05:00"),
        "System.FormatException",
        outOfRange,
      ),
    );
  });

  it("throws FormatException when the local time is past the range", () => {
    at("+01:00", () =>
      throwsDotnet(
        () => DateTimeValue.Parse("9999-12-31T23:30:00Z"),
        "System.FormatException",
        outOfRange,
      ),
    );
  });
});
