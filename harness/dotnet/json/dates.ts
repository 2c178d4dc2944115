// DateParseHandling.DateTime, Json.NET's default: a JSON string shaped like an ISO 8601 date and
// time becomes a Date token (observed on mono with Json.NET 6.0.8; Json.NET 13.x, which APIM
// runs, has the same rule in DateTimeUtils.TryParseDateTimeIso). Shape: yyyy-MM-ddTHH:mm:ss, up
// to 7 fraction digits, then nothing, Z/z (Kind Utc), or an offset ±HH, ±HHmm or ±HH:mm (converted
// to the gateway's local time, Kind Local: DateTimeZoneHandling.RoundtripKind). Out-of-range
// fields (month 13, Feb 30, hour 24, year 0), 8 fraction digits or trailing text leave a string.
// "/Date(ms)/" strings (also dates in Json.NET) are refused: not simulated.
import { HarnessRefusal } from "../../apim/harness-refusal.ts";
import { DateTimeValue, daysInMonth } from "../date-time.ts";

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(?:([zZ])|([+-])(\d{2})(?::?(\d{2}))?)?$/;

/** The Date token's value for a date-shaped string, or undefined for a plain string. */
export function parseJsonDate(text: string): DateTimeValue | undefined {
  if (text.startsWith("/Date(") || text.startsWith("\\/Date("))
    throw new HarnessRefusal(
      `Json.NET reads "${text}" as a Microsoft JSON date; the harness does not simulate that form`,
    );
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[];
  if (year! < 1 || month! < 1 || month! > 12 || day! < 1) return undefined;
  if (day! > daysInMonth(year!, month!) || hour! > 23 || minute! > 59 || second! > 59)
    return undefined;
  const fraction = (m[7] ?? "").padEnd(7, "0");
  const local = `${m.slice(1, 4).join("-")}T${m.slice(4, 7).join(":")}.${fraction}`;
  if (m[8]) return DateTimeValue.fromTicks(DateTimeValue.Parse(local).ticks, "Utc");
  if (m[9]) {
    if (Number(m[10]) > 14 || Number(m[11] ?? 0) > 59)
      throw new HarnessRefusal(
        `the offset of "${text}" is beyond ±14:00; Json.NET's result was not observed`,
      );
    // DateTime.Parse converts an offset to the gateway's local time (Kind Local), as Json.NET does.
    return DateTimeValue.Parse(`${local}${m[9]}${m[10]}:${m[11] ?? "00"}`);
  }
  return DateTimeValue.Parse(local);
}

/** How Json.NET writes a Date token: ISO 8601, fraction without trailing zeros, Z or the offset. */
export function writeJsonDate(value: DateTimeValue): string {
  return value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK");
}
