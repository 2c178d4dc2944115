// The gateway time zone → the IANA zone mono runs at (harness/crosscheck/time-zones.ts): whole hours
// go to Etc/GMT∓h, other fixed offsets to a zone without DST that Node's tz data and mono both
// put at exactly that offset, and offsets only a DST zone has are refused with the reason.
import { describe, expect, it } from "vitest";
import {
  compileExpressions,
  fixedOffsetMinutes,
  fixedZoneTable,
  monoTimeZone,
} from "../../harness/crosscheck/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { utcOffsetMinutes } from "../../harness/dotnet/time-zone.ts";

const JUNE_2026 = Date.UTC(2026, 5, 1, 12);

describe("monoTimeZone", () => {
  it.each([
    ["UTC", "UTC"],
    ["+00:00", "UTC"],
    ["+02:00", "Etc/GMT-2"],
    ["-05", "Etc/GMT+5"],
    ["+14:00", "Etc/GMT-14"],
    ["+05:30", "Asia/Kolkata"],
    ["UTC+0545", "Asia/Kathmandu"],
    ["-09:30", "Pacific/Marquesas"],
    ["Europe/Amsterdam", "Europe/Amsterdam"],
  ])("%s runs as %s", (zone, expected) => {
    expect(monoTimeZone(zone, JUNE_2026)).toEqual({ zone: expected });
  });

  it.each([
    ["-03:30", /America\/St_Johns observes daylight saving time/],
    ["+03:30", /Asia\/Tehran kept daylight saving time until 2022/],
    ["+10:15", /no IANA zone has kept that offset all year/],
    ["-13:00", /no Etc\/GMT zone that far/],
  ])("%s is refused, saying why", (zone, reason) => {
    const mapped = monoTimeZone(zone, JUNE_2026);
    expect(mapped.zone).toBe(zone);
    expect(mapped.limitation).toMatch(reason);
    expect(mapped.limitation).toMatch(/Configure the gateway clock with an IANA zone id/);
  });

  it("refuses a clock older than the zone's fixed offset", () => {
    expect(monoTimeZone("+05:45", Date.UTC(1980, 0, 1)).limitation).toMatch(
      /Asia\/Kathmandu, which has had \+05:45 only since 1986/,
    );
    expect(monoTimeZone("+05:45", Date.UTC(1990, 0, 1)).limitation).toBeUndefined();
  });

  it("maps only zones that keep the offset all year from `since` to 2100 (Node's tz data)", () => {
    for (const [offset, { zone, since }] of fixedZoneTable()) {
      const text = `${offset < 0 ? "-" : "+"}${Math.trunc(Math.abs(offset) / 60)}:${String(Math.abs(offset) % 60).padStart(2, "0")}`;
      expect(fixedOffsetMinutes(text)).toBe(offset);
      expect(monoTimeZone(text, JUNE_2026)).toEqual({ zone });
      const wrong: string[] = [];
      for (let year = since; year <= 2100; year++) {
        for (const month of [0, 3, 6, 9]) {
          const at = Date.UTC(year, month, 15);
          if (utcOffsetMinutes(zone, at) !== offset) wrong.push(new Date(at).toISOString());
        }
      }
      expect(wrong, `${zone} leaves ${offset} min`).toEqual([]);
      // And the year before `since` really was different: `since` is not understated.
      const before = [0, 3, 6, 9].map((m) => utcOffsetMinutes(zone, Date.UTC(since - 1, m, 15)));
      expect(
        before.every((o) => o === offset),
        `${zone} before ${since}`,
      ).toBe(false);
    }
  });
});

describeWithCSharp("mono in the mapped zones", (toolchain) => {
  it("puts DateTime.Now at the offset in every mapped zone, summer and winter", async () => {
    const { compiled, diagnostics } = await compileExpressions(
      [{ id: "offset", code: "@((DateTime.Now - DateTime.UtcNow).TotalMinutes)" }],
      { toolchain },
    );
    expect(diagnostics).toEqual([]);
    try {
      const table = [...fixedZoneTable()];
      const cases = table.flatMap(([, { zone }]) =>
        ["2026-01-15T12:00:00Z", "2026-07-15T12:00:00Z"].map((now) => ({
          caseId: `${zone} ${now}`,
          expressionId: "offset",
          context: { now, timeZone: zone },
        })),
      );
      const report = await compiled!.runCases(cases);
      expect(report.stats.runs).toBe(table.length);
      expect(report.results.map((r) => ("value" in r ? r.value : r))).toEqual(
        table.flatMap(([offset]) => [
          { type: "double", value: offset },
          { type: "double", value: offset },
        ]),
      );
    } finally {
      await compiled?.dispose();
    }
  });
});
