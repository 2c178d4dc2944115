// System.TimeSpan of the harness against .NET Framework's TimeSpan (referencesource
// mscorlib/system/timespan.cs, messages from mscorlib.txt): the constructors' range checks, the
// components and totals of negative spans, From*'s rounding and range, Duration/Negate at
// MinValue, the constant ("c") format, and the hash. Every expected value was printed by mono
// 6.8, which ships this source.
import { describe, expect, it } from "vitest";
// The module itself, not index.ts: a smaller import per mutant in mutation/areas.mjs.
import { TimeSpanValue } from "../../harness/dotnet/time-span.ts";
import { throwsDotnet } from "./support/throws-dotnet.ts";

const TOO_LONG = "TimeSpan overflowed because the duration is too long.";

describe("TimeSpan constructors", () => {
  it("adds hours, minutes and seconds, carrying and borrowing across fields", () => {
    expect(new TimeSpanValue(25, 61, 61).ToString()).toBe("1.02:02:01");
    expect(new TimeSpanValue(-1, 30, 0).ToString()).toBe("-00:30:00");
    expect(new TimeSpanValue(1, 2, 3, 4).ToString()).toBe("1.02:03:04");
    expect(new TimeSpanValue(1, 2, 3, 4, 5).ToString()).toBe("1.02:03:04.0050000");
    expect(new TimeSpanValue(0, 0, 0, 1, -1).ToString()).toBe("00:00:00.9990000");
    expect(new TimeSpanValue(10675199, 0, 0, 0).ToString()).toBe("10675199.00:00:00");
    expect(new TimeSpanValue(0, 0, 922337203).Ticks).toBe(9223372030000000n);
  });

  // TimeToTicks and TimeSpan(int, int, int, int, int) check whole seconds and milliseconds
  // against MaxSeconds/MaxMilliSeconds and throw ArgumentOutOfRangeException(null, ...).
  it("throws ArgumentOutOfRangeException without a parameter name beyond the range", () => {
    const outOfRange = "System.ArgumentOutOfRangeException";
    throwsDotnet(() => new TimeSpanValue(2147483647, 0, 0), outOfRange, TOO_LONG);
    throwsDotnet(() => new TimeSpanValue(-2147483648, 0, 0), outOfRange, TOO_LONG);
    throwsDotnet(() => new TimeSpanValue(10675200, 0, 0, 0), outOfRange, TOO_LONG);
    throwsDotnet(() => new TimeSpanValue(-10675200, 0, 0, 0), outOfRange, TOO_LONG);
    throwsDotnet(() => new TimeSpanValue(10675199, 2, 48, 5, 478), outOfRange, TOO_LONG);
    expect(new TimeSpanValue(10675199, 2, 48, 5, 477).Ticks).toBe(9223372036854770000n);
    expect(new TimeSpanValue(-256204778, -48, -5).Ticks).toBe(-9223372036850000000n);
    throwsDotnet(() => new TimeSpanValue(-256204778, -48, -6), outOfRange, TOO_LONG);
    expect(new TimeSpanValue(256204778, 48, 5).Ticks).toBe(9223372036850000000n);
    throwsDotnet(() => new TimeSpanValue(256204778, 48, 6), outOfRange, TOO_LONG);
    expect(new TimeSpanValue(-10675199, -2, -48, -5, -477).Ticks).toBe(-9223372036854770000n);
  });
});

describe("TimeSpan's JavaScript side", () => {
  // C# has no TimeSpan constructor of 2 or 6 arguments; the harness says so rather than guess.
  it("refuses an argument count no constructor takes", () => {
    throwsDotnet(
      () => new TimeSpanValue(1, 2),
      "System.ArgumentException",
      "TimeSpan has no constructor taking 2 arguments.",
    );
    throwsDotnet(() => new TimeSpanValue(1, 2, 3, 4, 5, 6), "System.ArgumentException");
  });

  it("keeps a long's whole range and nothing past it", () => {
    expect(new TimeSpanValue(9223372036854775807n).Ticks).toBe(9223372036854775807n);
    expect(TimeSpanValue.FromTicks(-9223372036854775808n).Ticks).toBe(-9223372036854775808n);
    throwsDotnet(
      () => new TimeSpanValue(9223372036854775808n),
      "System.OverflowException",
      TOO_LONG,
    );
    throwsDotnet(
      () => new TimeSpanValue(-9223372036854775809n),
      "System.OverflowException",
      TOO_LONG,
    );
  });

  // `<` and `>` read the ticks (Symbol.toPrimitive's "number" hint), not the text: 2 days print
  // "2.00:00:00", which sorts before "23:00:00" as text.
  it("compares with < and > by ticks, and prints with toString()", () => {
    expect(TimeSpanValue.FromDays(2) > TimeSpanValue.FromHours(23)).toBe(true);
    expect(TimeSpanValue.FromMinutes(1).toString()).toBe("00:01:00");
    expect(TimeSpanValue.FromMinutes(1).valueOf()).toBe(600_000_000n);
  });
});

describe("TimeSpan components and totals", () => {
  const negative = new TimeSpanValue(-1, -2, -3, -4, -5);

  it("gives every component of a negative span the span's sign", () => {
    expect([
      negative.Days,
      negative.Hours,
      negative.Minutes,
      negative.Seconds,
      negative.Milliseconds,
    ]).toEqual([-1, -2, -3, -4, -5]);
    expect(negative.ToString()).toBe("-1.02:03:04.0050000");
  });

  it("totals in each unit as doubles (ticks times the unit per tick)", () => {
    expect(new TimeSpanValue(36, 0, 0).TotalDays).toBe(1.5);
    expect(new TimeSpanValue(0, 90, 0).TotalHours).toBe(1.5);
    expect(new TimeSpanValue(0, 0, 90).TotalMinutes).toBe(1.5);
    expect(TimeSpanValue.FromMilliseconds(1500).TotalSeconds).toBe(1.5);
    expect(TimeSpanValue.FromTicks(5).TotalMilliseconds).toBe(0.0005);
    expect(TimeSpanValue.FromTicks(1).TotalDays).toBe(1.1574074074074074e-12);
  });

  // TotalMilliseconds clamps to MaxMilliSeconds/MinMilliSeconds rather than return a double
  // past them.
  it("clamps TotalMilliseconds at the whole milliseconds of MaxValue and MinValue", () => {
    expect(TimeSpanValue.MaxValue.TotalMilliseconds).toBe(922337203685477);
    expect(TimeSpanValue.MinValue.TotalMilliseconds).toBe(-922337203685477);
  });
});

describe("TimeSpan.From*", () => {
  // Interval: value * scale + (value >= 0 ? 0.5 : -0.5), truncated to whole milliseconds.
  it("rounds half a millisecond away from zero", () => {
    expect(TimeSpanValue.FromHours(1.5).ToString()).toBe("01:30:00");
    expect(TimeSpanValue.FromSeconds(0.0005).ToString()).toBe("00:00:00.0010000");
    expect(TimeSpanValue.FromSeconds(-0.0005).ToString()).toBe("-00:00:00.0010000");
    expect(TimeSpanValue.FromMilliseconds(-1.5).ToString()).toBe("-00:00:00.0020000");
    expect(TimeSpanValue.FromMilliseconds(0.49).Ticks).toBe(0);
    expect(TimeSpanValue.FromTicks(-5).ToString()).toBe("-00:00:00.0000005");
  });

  it("throws ArgumentException for NaN and OverflowException past the range", () => {
    throwsDotnet(
      () => TimeSpanValue.FromMilliseconds(Number.NaN),
      "System.ArgumentException",
      "TimeSpan does not accept floating point Not-a-Number values.",
    );
    for (const value of [922337203685477, -922337203685477, 922337203685478])
      throwsDotnet(
        () => TimeSpanValue.FromMilliseconds(value),
        "System.OverflowException",
        TOO_LONG,
      );
    // 922337203685476.5 + 0.5 is exactly the limit, which is not past it.
    expect(TimeSpanValue.FromMilliseconds(922337203685476.5).Ticks).toBe(9223372036854770000n);
    expect(TimeSpanValue.FromMilliseconds(-922337203685476.5).Ticks).toBe(-9223372036854770000n);
    expect(TimeSpanValue.FromMilliseconds(922337203685476.4).Ticks).toBe(9223372036854760000n);
    expect(TimeSpanValue.FromMilliseconds(-922337203685476.4).Ticks).toBe(-9223372036854760000n);
  });
});

describe("TimeSpan arithmetic", () => {
  it("adds and subtracts, throwing OverflowException past either end", () => {
    const hour = TimeSpanValue.FromHours(1);
    expect(hour.Add(TimeSpanValue.FromMinutes(-90)).ToString()).toBe("-00:30:00");
    expect(hour.Subtract(TimeSpanValue.FromHours(3)).ToString()).toBe("-02:00:00");
    const one = TimeSpanValue.FromTicks(1);
    throwsDotnet(
      () => TimeSpanValue.MinValue.Add(one.Negate()),
      "System.OverflowException",
      TOO_LONG,
    );
    throwsDotnet(() => TimeSpanValue.MinValue.Subtract(one), "System.OverflowException", TOO_LONG);
    throwsDotnet(() => TimeSpanValue.MaxValue.Subtract(one.Negate()), "System.OverflowException");
    expect(TimeSpanValue.MaxValue.Subtract(one).Ticks).toBe(9223372036854775806n);
  });

  it("Duration is the magnitude; at MinValue it throws with its own message", () => {
    expect(TimeSpanValue.FromHours(-2).Duration().ToString()).toBe("02:00:00");
    expect(TimeSpanValue.FromHours(2).Duration().ToString()).toBe("02:00:00");
    throwsDotnet(
      () => TimeSpanValue.MinValue.Duration(),
      "System.OverflowException",
      "The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.",
    );
    throwsDotnet(
      () => TimeSpanValue.MinValue.Negate(),
      "System.OverflowException",
      "Negating the minimum value of a twos complement number is invalid.",
    );
  });

  it("compares and tests equality by ticks; null sorts first", () => {
    const hour = TimeSpanValue.FromHours(1);
    expect(TimeSpanValue.Compare(hour, TimeSpanValue.FromMinutes(60))).toBe(0);
    expect(hour.CompareTo(TimeSpanValue.FromMinutes(61))).toBe(-1);
    expect(hour.CompareTo(TimeSpanValue.FromMinutes(59))).toBe(1);
    expect(hour.CompareTo(null)).toBe(1);
    expect(hour.Equals(TimeSpanValue.FromMinutes(60))).toBe(true);
    expect(hour.Equals(TimeSpanValue.FromMinutes(61))).toBe(false);
    expect(hour.Equals("01:00:00")).toBe(false);
    expect(hour < TimeSpanValue.FromMinutes(61)).toBe(true);
  });

  // GetHashCode: (int)_ticks ^ (int)(_ticks >> 32).
  it("hashes the low and high 32 bits of the ticks", () => {
    expect(TimeSpanValue.FromDays(100000).GetHashCode()).toBe(-1649740713);
    expect(TimeSpanValue.FromTicks(-5).GetHashCode()).toBe(4);
    expect(TimeSpanValue.MaxValue.GetHashCode()).toBe(-2147483648);
  });
});

describe("TimeSpan's constant format", () => {
  it("prints [-][d.]hh:mm:ss[.fffffff], the fraction only when there is one", () => {
    expect(TimeSpanValue.Zero.ToString()).toBe("00:00:00");
    expect(TimeSpanValue.FromTicks(1).ToString()).toBe("00:00:00.0000001");
    expect(TimeSpanValue.FromTicks(1234567).ToString()).toBe("00:00:00.1234567");
    expect(TimeSpanValue.MaxValue.ToString()).toBe("10675199.02:48:05.4775807");
    expect(TimeSpanValue.MinValue.ToString()).toBe("-10675199.02:48:05.4775808");
    expect(`${TimeSpanValue.FromMinutes(1)}`).toBe("00:01:00");
    expect(String(TimeSpanValue.FromDays(1))).toBe("1.00:00:00");
  });
});
