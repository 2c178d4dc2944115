// DateTime and TimeSpan of the harness: ticks, the ambient clock and time zone, arithmetic with
// .NET's rounding and range errors, comparisons through `<`/`>`, and invariant-culture formatting.
import { describe, expect, it } from "vitest";
// The modules themselves, not index.ts: a smaller import per mutant in mutation/areas.mjs.
import { DateTimeValue } from "../../harness/dotnet/date-time.ts";
import { runInDotnetEnvironment } from "../../harness/dotnet/environment.ts";
import {
  ArgumentOutOfRangeException,
  FormatException,
  OverflowException,
} from "../../harness/dotnet/exceptions.ts";
import { TimeSpanValue } from "../../harness/dotnet/time-span.ts";

const NOV_1 = Date.parse("2026-11-01T00:30:00Z");

describe("DateTime", () => {
  it("counts ticks from 0001-01-01", () => {
    expect(new DateTimeValue(1970, 1, 1).Ticks).toBe(621355968000000000n);
    expect(DateTimeValue.MaxValue.ToString("o")).toBe("9999-12-31T23:59:59.9999999");
    expect(DateTimeValue.MinValue.ToString()).toBe("01/01/0001 00:00:00");
  });

  it("Now is gateway-local, UtcNow is UTC; both come from the virtual clock", () => {
    runInDotnetEnvironment({ instant: NOV_1, timeZone: "America/New_York" }, () => {
      expect(DateTimeValue.UtcNow.ToString("o")).toBe("2026-11-01T00:30:00.0000000Z");
      expect(DateTimeValue.Now.ToString("o")).toBe("2026-10-31T20:30:00.0000000-04:00");
      expect(DateTimeValue.Now < DateTimeValue.UtcNow).toBe(true);
      expect(DateTimeValue.Today.ToString("s")).toBe("2026-10-31T00:00:00");
    });
    runInDotnetEnvironment({ instant: NOV_1, timeZone: "+05:30" }, () =>
      expect(DateTimeValue.Now.ToString()).toBe("11/01/2026 06:00:00"),
    );
    runInDotnetEnvironment({ instant: NOV_1 }, () =>
      expect(DateTimeValue.Now.Equals(DateTimeValue.UtcNow)).toBe(true),
    );
  });

  it("refuses to read the clock outside an environment (a harness bug, not a .NET exception)", () => {
    expect(() => DateTimeValue.Now).toThrow(/runInDotnetEnvironment/);
  });

  it("compares by ticks ignoring Kind, with < > and CompareTo/Equals", () => {
    const utc = new DateTimeValue(2026, 5, 14, 14, 7, 41, "Utc");
    const unspecified = new DateTimeValue(2026, 5, 14, 14, 7, 41);
    expect(utc.Equals(unspecified)).toBe(true);
    expect(utc.CompareTo(unspecified.AddSeconds(1))).toBe(-1);
    expect(utc > unspecified.AddMilliseconds(-1)).toBe(true);
    expect(utc <= unspecified).toBe(true);
    expect(DateTimeValue.Compare(utc.AddDays(1), utc)).toBe(1);
    expect(`at ${utc}`).toBe("at 05/14/2026 14:07:41");
  });

  it("rounds Add* to whole milliseconds as .NET Framework does", () => {
    const start = new DateTimeValue(2026, 1, 1);
    expect(start.AddDays(0.1234567891).ToString("o")).toBe("2026-01-01T02:57:46.6670000");
    expect(start.AddMilliseconds(0.5).ticks - start.ticks).toBe(10000n);
    expect(start.AddMilliseconds(0.4).Ticks).toBe(start.Ticks);
  });

  it("AddMonths clamps the day; AddYears handles leap days", () => {
    expect(new DateTimeValue(2026, 1, 31).AddMonths(1).ToString("s")).toBe("2026-02-28T00:00:00");
    expect(new DateTimeValue(2024, 2, 29).AddYears(1).ToString("s")).toBe("2025-02-28T00:00:00");
    expect(new DateTimeValue(2026, 3, 15).AddMonths(-15).ToString("s")).toBe("2024-12-15T00:00:00");
  });

  it("throws ArgumentOutOfRangeException beyond MinValue/MaxValue", () => {
    expect(() => DateTimeValue.MaxValue.AddDays(1)).toThrow(ArgumentOutOfRangeException);
    expect(() => DateTimeValue.MinValue.AddTicks(-1)).toThrow(ArgumentOutOfRangeException);
    expect(() => new DateTimeValue(2026, 2, 30)).toThrow(ArgumentOutOfRangeException);
    expect(() => DateTimeValue.MinValue.AddDays(Number.NaN)).toThrow(ArgumentOutOfRangeException);
  });

  it("Subtract gives a TimeSpan or a DateTime", () => {
    const a = new DateTimeValue(2026, 5, 14, 14, 7, 42);
    const b = new DateTimeValue(2026, 5, 14, 14, 7, 41);
    expect(a.Subtract(b).TotalSeconds).toBe(1);
    expect(a.Subtract(TimeSpanValue.FromHours(1)).ToString("s")).toBe("2026-05-14T13:07:42");
  });

  it("formats standard and custom patterns in the invariant culture", () => {
    const d = new DateTimeValue(2026, 5, 4, 15, 6, 7, 89, "Utc");
    expect(d.ToString("o")).toBe("2026-05-04T15:06:07.0890000Z");
    expect(d.ToString("s")).toBe("2026-05-04T15:06:07");
    expect(d.ToString("u")).toBe("2026-05-04 15:06:07Z");
    expect(d.ToString("R")).toBe("Mon, 04 May 2026 15:06:07 GMT");
    expect(d.ToString("D")).toBe("Monday, 04 May 2026");
    expect(d.ToString("yyyy-MM-dd'T'hh:mm tt FFF")).toBe(
      "2026-05-04T03:06 PM 089".replace(" 089", " 089"),
    );
    expect(() => d.ToString("Q")).toThrow(FormatException);
  });

  it("Parse reads ISO 8601 and converts offsets to gateway-local time", () => {
    runInDotnetEnvironment({ instant: 0, timeZone: "Europe/Amsterdam" }, () => {
      expect(DateTimeValue.Parse("2026-05-14T14:07:41Z").ToString("o")).toBe(
        "2026-05-14T16:07:41.0000000+02:00",
      );
      expect(DateTimeValue.Parse("2026-05-14").Kind).toBe("Unspecified");
      expect(DateTimeValue.Parse("05/14/2026 14:07:41").ToString("s")).toBe("2026-05-14T14:07:41");
      expect(() => DateTimeValue.Parse("14 Mayo 2026")).toThrow(FormatException);
      expect(() => DateTimeValue.Parse("2026-02-30")).toThrow(FormatException);
    });
  });
});

describe("TimeSpan", () => {
  it("rounds From* to milliseconds and prints the constant format", () => {
    expect(TimeSpanValue.FromDays(1.23456789).ToString()).toBe("1.05:37:46.6660000");
    expect(TimeSpanValue.FromDays(-1.5).ToString()).toBe("-1.12:00:00");
    expect(TimeSpanValue.FromMinutes(90).Hours).toBe(1);
    expect(TimeSpanValue.FromMinutes(-90).Minutes).toBe(-30);
    expect(TimeSpanValue.FromSeconds(1).TotalMilliseconds).toBe(1000);
  });

  it("compares, negates and overflows as .NET does", () => {
    expect(TimeSpanValue.FromHours(1) > TimeSpanValue.FromMinutes(59)).toBe(true);
    expect(TimeSpanValue.FromHours(1).Negate().CompareTo(TimeSpanValue.Zero)).toBe(-1);
    expect(() => TimeSpanValue.MinValue.Negate()).toThrow(OverflowException);
    expect(() => TimeSpanValue.FromDays(1e20)).toThrow(OverflowException);
    expect(() => TimeSpanValue.MaxValue.Add(TimeSpanValue.FromTicks(1))).toThrow(OverflowException);
  });
});
