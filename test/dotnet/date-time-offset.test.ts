// The harness's DateTimeOffset and TimeZoneInfo where the conformance batch (compared with mono)
// cannot speak: what the harness refuses because APIM's documentation is silent (time zone ids
// other than "UTC", Local's id, ParseExact tokens it does not simulate), and .NET Framework's
// documented `z` of a Utc DateTime, which mono prints differently.
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
// The modules themselves, not index.ts: a smaller import per mutant in mutation/areas.mjs.
import { DateTimeOffsetValue } from "../../harness/dotnet/date-time-offset.ts";
import { DateTimeValue } from "../../harness/dotnet/date-time.ts";
import { runInDotnetEnvironment } from "../../harness/dotnet/environment.ts";
import { TimeSpanValue } from "../../harness/dotnet/time-span.ts";
import { TimeZoneInfoValue } from "../../harness/dotnet/time-zone-info.ts";

const at = <T>(timeZone: string, fn: () => T): T =>
  runInDotnetEnvironment({ instant: Date.UTC(2030, 6, 1, 12), timeZone }, fn);

describe("TimeZoneInfo", () => {
  it("finds UTC by its id and refuses every other id, saying the documentation is silent", () => {
    at("UTC", () => {
      expect(TimeZoneInfoValue.FindSystemTimeZoneById("UTC").Id).toBe("UTC");
      for (const id of ["W. Europe Standard Time", "Europe/Amsterdam", "utc"]) {
        expect(() => TimeZoneInfoValue.FindSystemTimeZoneById(id)).toThrow(HarnessRefusal);
        expect(() => TimeZoneInfoValue.FindSystemTimeZoneById(id)).toThrow(/does not say which/);
      }
    });
  });

  it("refuses Local's id, which differs between APIM's hosts and is not documented", () => {
    at("Europe/Amsterdam", () => expect(() => TimeZoneInfoValue.Local.Id).toThrow(HarnessRefusal));
  });

  it("converts to the gateway's zone with its summer and winter offsets", () => {
    at("Europe/Amsterdam", () => {
      const summer = DateTimeOffsetValue.FromUnixTimeSeconds(Date.UTC(2030, 6, 1, 12) / 1000);
      const winter = DateTimeOffsetValue.FromUnixTimeSeconds(Date.UTC(2030, 0, 1, 12) / 1000);
      expect(TimeZoneInfoValue.ConvertTime(summer, TimeZoneInfoValue.Local).ToString("o")).toBe(
        "2030-07-01T14:00:00.0000000+02:00",
      );
      expect(TimeZoneInfoValue.ConvertTime(winter, TimeZoneInfoValue.Local).ToString("o")).toBe(
        "2030-01-01T13:00:00.0000000+01:00",
      );
    });
  });
});

describe("DateTimeOffset", () => {
  it("reads the virtual clock in the gateway's zone", () => {
    at("America/New_York", () => {
      expect(DateTimeOffsetValue.UtcNow.ToString("o")).toBe("2030-07-01T12:00:00.0000000+00:00");
      expect(DateTimeOffsetValue.Now.ToString("o")).toBe("2030-07-01T08:00:00.0000000-04:00");
      expect(DateTimeOffsetValue.Now.Equals(DateTimeOffsetValue.UtcNow)).toBe(true);
      expect(DateTimeOffsetValue.Now.EqualsExact(DateTimeOffsetValue.UtcNow)).toBe(false);
    });
  });

  it("refuses ParseExact tokens whose parsing it does not simulate", () => {
    at("UTC", () => {
      for (const format of [
        "dd MMM yyyy",
        "h:mm tt yyyy-MM-dd",
        "yy-MM-dd",
        "HH:mm",
        "yyyy-MM-dd z",
      ])
        expect(() => DateTimeOffsetValue.ParseExact("x", format, null), format).toThrow(
          HarnessRefusal,
        );
    });
  });

  it("keeps offsets to whole minutes within 14 hours, as .NET's constructor does", () => {
    at("UTC", () => {
      const now = DateTimeOffsetValue.UtcNow;
      expect(() => now.ToOffset(TimeSpanValue.FromSeconds(30))).toThrow(/whole minutes/);
      expect(() => now.ToOffset(TimeSpanValue.FromHours(15))).toThrow(/14 hours/);
    });
  });
});

describe("DateTime's z on a Utc value", () => {
  // .NET Framework (APIM's runtime) prints the local offset for `z` of a Utc DateTime
  // (DateTimeFormat.FormatCustomizedTimeZone: "explicitly emit the local time offset"); mono and
  // .NET Core print +00:00, so the conformance batch does not compare it.
  it("prints the gateway zone's offset, as .NET Framework does", () => {
    at("Europe/Amsterdam", () => {
      const utc = DateTimeValue.fromTicks(DateTimeOffsetValue.UtcNow.utcTicks, "Utc");
      expect(utc.ToString("HH:mm zzz")).toBe("12:00 +02:00");
    });
  });
});
