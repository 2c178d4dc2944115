// The gateway time zone as the mono runner can load it. The runner's zone is its process's TZ
// (context-description.ts `timeZone`), and mono only knows IANA ids, while the harness also
// accepts fixed offsets ("+02:00", "-03:30"). Whole hours map to `Etc/GMT∓h`; other offsets map to
// a real place that has kept exactly that offset, without daylight saving time, since `since`:
// a zone with DST (America/St_Johns is -03:30 only in winter) would give DateTime.Now and
// certificate dates an hour off for half the year, so such offsets are refused, never approximated.

/** A fixed offset that is not whole hours, and the IANA zone that stands for it. */
interface FixedZone {
  readonly zone: string;
  /**
   * The first year since which the zone has had this offset all year (tzdata 2025b, checked by
   * test/csharp/time-zones.test.ts against Node's tz data until 2100). Instants before it would
   * convert with the zone's older rules, so the replay refuses a clock set earlier.
   */
  readonly since: number;
}

/** Offset in minutes east of UTC → zone. Kept to zones with no DST since before 1990. */
const FIXED_ZONES: ReadonlyMap<number, FixedZone> = new Map([
  [-570, { zone: "Pacific/Marquesas", since: 1913 }],
  [270, { zone: "Asia/Kabul", since: 1945 }],
  [330, { zone: "Asia/Kolkata", since: 1946 }],
  [345, { zone: "Asia/Kathmandu", since: 1986 }],
  [390, { zone: "Asia/Yangon", since: 1946 }],
  [570, { zone: "Australia/Darwin", since: 1945 }],
]);

/** Why some real offsets are not in the table: said in the refusal, so nobody adds them blindly. */
const NOT_FIXED: ReadonlyMap<number, string> = new Map([
  [-210, "America/St_Johns observes daylight saving time (-02:30 in summer)"],
  [-150, "-02:30 is America/St_Johns' summer time only"],
  [210, "Asia/Tehran kept daylight saving time until 2022"],
  [525, "Australia/Eucla observed daylight saving time until 2009"],
  [630, "Australia/Adelaide and Lord_Howe observe daylight saving time"],
  [765, "Pacific/Chatham observes daylight saving time"],
]);

export interface MonoTimeZone {
  /** The IANA id the runner is started with (the original text when refused). */
  readonly zone: string;
  /** Why mono cannot run at this zone; the evaluation is then not replayable. */
  readonly limitation?: string;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, "0");
  return `${sign}${hours}:${String(absolute % 60).padStart(2, "0")}`;
}

/** The offset in minutes east of UTC of a fixed-offset zone text, or undefined for an IANA id. */
export function fixedOffsetMinutes(timeZone: string): number | undefined {
  if (/^(utc|gmt|z)$/i.test(timeZone)) return 0;
  // Same syntax as the harness's own reading of zones (harness/dotnet/time-zone.ts).
  const match = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(timeZone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

/**
 * The zone mono runs a case at, for the harness's gateway time zone at instant `utcMs` (the
 * request's clock). IANA ids pass through (the runner refuses one it does not know).
 */
export function monoTimeZone(timeZone: string, utcMs?: number): MonoTimeZone {
  const offset = fixedOffsetMinutes(timeZone);
  if (offset === undefined) return { zone: timeZone };
  if (offset === 0) return { zone: "UTC" };
  if (offset % 60 === 0) {
    // POSIX inverts the sign: Etc/GMT-2 is two hours east of UTC.
    // tzdata's Etc zones run from Etc/GMT-14 to Etc/GMT+12.
    if (offset > 14 * 60 || offset < -12 * 60)
      return refused(timeZone, "tzdata has no Etc/GMT zone that far from UTC (-12:00 to +14:00)");
    return { zone: `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset / 60)}` };
  }
  const fixed = FIXED_ZONES.get(offset);
  if (!fixed) {
    const why = NOT_FIXED.get(offset) ?? "no IANA zone has kept that offset all year";
    return refused(
      timeZone,
      `mono needs an IANA zone and none has this offset without daylight saving time (${why})`,
    );
  }
  if (utcMs !== undefined && new Date(utcMs).getUTCFullYear() < fixed.since) {
    return refused(
      timeZone,
      `it maps to ${fixed.zone}, which has had ${formatOffset(offset)} only since ${fixed.since}, ` +
        `and the clock is at ${new Date(utcMs).toISOString()}`,
    );
  }
  return { zone: fixed.zone };
}

function refused(timeZone: string, why: string): MonoTimeZone {
  return {
    zone: timeZone,
    limitation:
      `time zone ${timeZone} cannot be replayed: ${why}. ` +
      "Configure the gateway clock with an IANA zone id (e.g. America/St_Johns) to replay it with its real rules",
  };
}

/** The table, for tests that check it against tz data. */
export function fixedZoneTable(): ReadonlyMap<number, FixedZone> {
  return FIXED_ZONES;
}
