// UTC offsets of the gateway's time zone (IANA name or fixed offset), computed with Intl so that
// results do not depend on the host's TZ. .NET converts certificate dates and DateTime.Now with
// TimeZoneInfo.Local; this is its stand-in.

const MS_PER_MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function fixedOffsetMinutes(timeZone: string): number | undefined {
  if (/^(utc|gmt|z)$/i.test(timeZone)) return 0;
  const match = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(timeZone);
  if (match === null) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === "-" ? -minutes : minutes;
}

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (found === undefined) {
    try {
      found = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        era: "short",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      throw new Error(
        `Unknown time zone '${timeZone}': use an IANA name, UTC, or an offset like +02:00.`,
      );
    }
    formatters.set(timeZone, found);
  }
  return found;
}

/** Offset in minutes of `timeZone` from UTC at the UTC instant `utcMs`. */
export function utcOffsetMinutes(timeZone: string, utcMs: number): number {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== undefined) return fixed;
  // Intl's range is narrower than DateTime's; clamp so MinValue/MaxValue still convert.
  const clamped = Math.min(Math.max(utcMs, -8.64e15 + 864e5), 8.64e15 - 864e5);
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(clamped)))
    parts[part.type] = part.value;
  let year = Number(parts.year);
  if (parts.era === "BC" || parts.era === "B") year = 1 - year;
  const local = new Date(0);
  local.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  local.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  const wholeSeconds = Math.floor(clamped / 1000) * 1000;
  return Math.round((local.getTime() - wholeSeconds) / MS_PER_MINUTE);
}

/**
 * Offset in minutes for a local wall-clock time (used to convert local to UTC and for the "o"
 * format's offset). The candidates are the zone's offsets 14 hours either side (one transition at
 * most lies between: a zone changes its offset months apart); a candidate is valid when the UTC
 * instant it gives has that offset. Like TimeZoneInfo.GetUtcOffset ("an ambiguous or invalid
 * time returns the standard offset", its Remarks), two valid candidates (a repeated hour) or none
 * (a skipped hour) give the standard, smaller, one.
 */
export function localOffsetMinutes(timeZone: string, localMs: number): number {
  const around = [-14 * 60, 14 * 60].map((m) =>
    utcOffsetMinutes(timeZone, localMs + m * MS_PER_MINUTE),
  );
  const valid = around.filter((o) => utcOffsetMinutes(timeZone, localMs - o * MS_PER_MINUTE) === o);
  return valid.length === 1 ? valid[0]! : Math.min(...around);
}
