// The gateway's time zone (harness/dotnet/time-zone.ts): the option's spellings (an IANA name,
// UTC/GMT/Z, or a fixed offset), an unknown name refused with what to write, and
// TimeZoneInfo.Local's rules for local times at a daylight-saving change, which .NET Framework's
// TimeZoneInfo.GetUtcOffset documents: an ambiguous or invalid local time takes the zone's
// standard offset ("TimeZoneInfo.GetUtcOffset(DateTime)", Remarks). The DST values were printed
// by mono 6.8 with TZ set to the same zone.
import { describe, expect, it } from "vitest";
// The modules themselves, not index.ts: a smaller import per mutant in mutation/areas.mjs.
import { DateTimeOffsetValue } from "../../harness/dotnet/date-time-offset.ts";
import { DateTimeValue } from "../../harness/dotnet/date-time.ts";
import { runInDotnetEnvironment } from "../../harness/dotnet/environment.ts";
import { TimeZoneInfoValue } from "../../harness/dotnet/time-zone-info.ts";
import { localOffsetMinutes, utcOffsetMinutes } from "../../harness/dotnet/time-zone.ts";

const JULY = Date.UTC(2026, 6, 1, 12);
const at = <T>(timeZone: string, fn: () => T): T =>
  runInDotnetEnvironment({ instant: JULY, timeZone }, fn);

describe("the gateway time zone option", () => {
  it("reads UTC, GMT and Z in any case as offset zero", () => {
    for (const zone of ["UTC", "utc", "GMT", "gmt", "Z", "z"])
      expect(utcOffsetMinutes(zone, JULY), zone).toBe(0);
  });

  it("reads a fixed offset with or without UTC/GMT, colon and minutes", () => {
    expect(utcOffsetMinutes("+05:30", JULY)).toBe(330);
    expect(utcOffsetMinutes("UTC+05:30", JULY)).toBe(330);
    expect(utcOffsetMinutes("gmt-3", JULY)).toBe(-180);
    expect(utcOffsetMinutes("-0930", JULY)).toBe(-570);
    expect(utcOffsetMinutes("+9", JULY)).toBe(540);
    expect(utcOffsetMinutes("-06:00", JULY)).toBe(-360);
    expect(localOffsetMinutes("+01:00", JULY)).toBe(60);
  });

  it("reads an IANA zone's offset at the instant, summer and winter", () => {
    expect(utcOffsetMinutes("Europe/Amsterdam", JULY)).toBe(120);
    expect(utcOffsetMinutes("Europe/Amsterdam", Date.UTC(2026, 0, 1))).toBe(60);
    expect(utcOffsetMinutes("Asia/Kolkata", JULY)).toBe(330);
    expect(utcOffsetMinutes("America/St_Johns", Date.UTC(2026, 0, 1))).toBe(-210);
    // The instant's sub-second part does not move the offset.
    expect(utcOffsetMinutes("Asia/Kolkata", JULY + 999)).toBe(330);
    expect(utcOffsetMinutes("Asia/Kolkata", JULY - 1)).toBe(330);
  });

  it("refuses a name that is no zone, saying what to write", () => {
    expect(() => utcOffsetMinutes("Mars/Olympus_Mons", JULY)).toThrow(
      "Unknown time zone 'Mars/Olympus_Mons': use an IANA name, UTC, or an offset like +02:00.",
    );
    expect(() => utcOffsetMinutes("+05:3", JULY)).toThrow(/Unknown time zone/);
  });
});

describe("TimeZoneInfo's offsets and refusals", () => {
  it("gives the zone's offset at an instant, even at the ends of the range", () => {
    at("Europe/Amsterdam", () =>
      // 01:30 UTC on 25 October 2026 is after the change to winter time (01:00 UTC).
      expect(
        TimeZoneInfoValue.Local.GetUtcOffset(
          new DateTimeValue(2026, 10, 25, 1, 30, 0, "Utc"),
        ).ToString(),
      ).toBe("01:00:00"),
    );
    at("+01:00", () =>
      expect(TimeZoneInfoValue.Local.GetUtcOffset(DateTimeOffsetValue.MaxValue).ToString()).toBe(
        "01:00:00",
      ),
    );
    at("-06:00", () =>
      expect(TimeZoneInfoValue.Local.GetUtcOffset(DateTimeOffsetValue.MinValue).ToString()).toBe(
        "-06:00:00",
      ),
    );
  });

  it("says why it refuses a zone id or Local's id, and what to write instead", () => {
    at("Europe/Amsterdam", () => {
      expect(() => TimeZoneInfoValue.FindSystemTimeZoneById("Europe/Amsterdam")).toThrow(
        'TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"): APIM\'s documentation does not say which time ' +
          "zone ids the gateway accepts (its hosts' zone lists and rules are not published), so the " +
          'harness knows only "UTC" (TimeZoneInfo.Utc) and TimeZoneInfo.Local (the configured gateway ' +
          "zone). Convert with TimeZoneInfo.Local, or with a fixed offset: dto.ToOffset(TimeSpan.FromHours(2))",
      );
      expect(() => TimeZoneInfoValue.Local.Id).toThrow(
        "TimeZoneInfo.Local.Id: the id of the gateway host's zone is not documented for APIM " +
          "(a Windows id on .NET Framework, an IANA id on Linux); compare offsets instead",
      );
    });
  });

  it("reads the option's whole text: a zone name is not a prefix or suffix match", () => {
    for (const zone of ["xutc", "utcx", "x+05:00", "+05:00x"])
      expect(() => utcOffsetMinutes(zone, JULY), zone).toThrow(/Unknown time zone/);
  });
});

describe("local times at a daylight-saving change", () => {
  it("gives an invalid or ambiguous local time the standard offset", () => {
    at("Europe/Amsterdam", () => {
      const offset = (d: DateTimeValue): string =>
        TimeZoneInfoValue.Local.GetUtcOffset(d).ToString();
      expect(offset(new DateTimeValue(2026, 3, 29, 2, 30, 0))).toBe("01:00:00");
      expect(offset(new DateTimeValue(2026, 10, 25, 2, 30, 0))).toBe("01:00:00");
      expect(offset(new DateTimeValue(2026, 10, 25, 1, 59, 0))).toBe("02:00:00");
      expect(offset(new DateTimeValue(2026, 10, 25, 3, 0, 0))).toBe("01:00:00");
      expect(new DateTimeOffsetValue(new DateTimeValue(2026, 3, 29, 2, 30, 0)).ToString("o")).toBe(
        "2026-03-29T02:30:00.0000000+01:00",
      );
      expect(new DateTimeValue(2026, 10, 25, 2, 30, 0).ToString("U")).toBe(
        "Sunday, 25 October 2026 01:30:00",
      );
    });
    at("America/New_York", () => {
      const offset = (d: DateTimeValue): string =>
        TimeZoneInfoValue.Local.GetUtcOffset(d).ToString();
      expect(offset(new DateTimeValue(2026, 3, 8, 2, 30, 0))).toBe("-05:00:00");
      expect(offset(new DateTimeValue(2026, 11, 1, 1, 30, 0))).toBe("-05:00:00");
    });
  });

  it("reads the zone's local mean time before 1 January of year 1 (the year before is 1 BC)", () => {
    // DateTime.MinValue seen from west of Greenwich is in 1 BC: clamped to MinValue.
    at("America/Chicago", () =>
      expect(DateTimeOffsetValue.MinValue.LocalDateTime.ToString("s")).toBe("0001-01-01T00:00:00"),
    );
    at("America/New_York", () => expect(DateTimeOffsetValue.MinValue.LocalDateTime.Ticks).toBe(0));
  });
});
