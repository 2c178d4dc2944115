// System.TimeZoneInfo for the harness. APIM allows the type ("System.TimeZoneInfo | All",
// api-management-policy-expressions.md, ".NET Framework types allowed in policy expressions"), but
// its documentation does not say which time zone ids the gateway's host knows: .NET Framework
// (the runtime the page names) reads them from the Windows registry, the self-hosted gateway runs
// on Linux, and neither list nor the rules behind it is published for APIM. So the harness knows
// two zones only: `TimeZoneInfo.Utc` (also found by its id "UTC", which is both a Windows id,
// Microsoft's "Default Time Zones" list, and an IANA id) and `TimeZoneInfo.Local`, the gateway's
// zone as the harness is configured (UTC on the managed gateway by default). Any other id is
// refused with HarnessRefusal, saying so, instead of being guessed.
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { ArgumentException, ArgumentNullException } from "./exceptions.ts";
import { currentEnvironment, UNIX_EPOCH_TICKS } from "./environment.ts";
import { DateTimeValue, utcToLocalTicks } from "./date-time.ts";
import { localOffsetMinutes, utcOffsetMinutes } from "./time-zone.ts";
import { DateTimeOffsetValue } from "./date-time-offset.ts";
import { TICKS_PER_MILLISECOND, TICKS_PER_MINUTE, TimeSpanValue } from "./time-span.ts";

/** System.TimeZoneInfo: the UTC zone or the gateway's local zone. */
export class TimeZoneInfoValue {
  readonly #local: boolean;
  private constructor(local: boolean) {
    this.#local = local;
  }

  static readonly Utc: TimeZoneInfoValue = new TimeZoneInfoValue(false);
  /** The gateway's zone (harness option `timeZone`). */
  static get Local(): TimeZoneInfoValue {
    return new TimeZoneInfoValue(true);
  }

  /** Only "UTC" is documented to exist on every gateway host; other ids are refused (see header). */
  static FindSystemTimeZoneById(id: string | null): TimeZoneInfoValue {
    if (id === null || id === undefined) throw new ArgumentNullException("id");
    if (id === "UTC") return TimeZoneInfoValue.Utc;
    throw new HarnessRefusal(
      `TimeZoneInfo.FindSystemTimeZoneById("${id}"): APIM's documentation does not say which time ` +
        "zone ids the gateway accepts (its hosts' zone lists and rules are not published), so the " +
        'harness knows only "UTC" (TimeZoneInfo.Utc) and TimeZoneInfo.Local (the configured gateway ' +
        "zone). Convert with TimeZoneInfo.Local, or with a fixed offset: dto.ToOffset(TimeSpan.FromHours(2))",
    );
  }

  /** The instant at this zone's offset (TimeZoneInfo.ConvertTime(DateTimeOffset, TimeZoneInfo)). */
  static ConvertTime(value: DateTimeOffsetValue, zone: TimeZoneInfoValue): DateTimeOffsetValue {
    if (zone === null || zone === undefined) throw new ArgumentNullException("destinationTimeZone");
    // TimeZoneInfo.ConvertTime clamps to MinValue/MaxValue instead of throwing at the range's ends.
    const offset = zone.GetUtcOffset(value);
    const clock = value.utcTicks + offset.ticks;
    if (clock > DateTimeOffsetValue.MaxValue.utcTicks) return DateTimeOffsetValue.MaxValue;
    if (clock < 0n) return DateTimeOffsetValue.MinValue;
    return new DateTimeOffsetValue(clock, offset);
  }

  /**
   * A UTC (or Unspecified, read as UTC) DateTime in this zone: Kind Utc for the UTC zone, Local
   * for the gateway's zone. A Local DateTime is an ArgumentException, as in .NET.
   */
  static ConvertTimeFromUtc(dateTime: DateTimeValue, zone: TimeZoneInfoValue): DateTimeValue {
    if (zone === null || zone === undefined) throw new ArgumentNullException("destinationTimeZone");
    if (dateTime.Kind === "Local")
      throw new ArgumentException(
        "The conversion could not be completed because the supplied DateTime did not have the Kind property set correctly.  For example, when the Kind property is DateTimeKind.Local, the source time zone must be TimeZoneInfo.Local.\nParameter name: sourceTimeZone",
      );
    if (!zone.#local) return DateTimeValue.fromTicks(dateTime.ticks, "Utc");
    const env = currentEnvironment();
    return DateTimeValue.fromTicks(
      utcToLocalTicks(dateTime.ticks, env.timeZone),
      "Local",
      env.timeZone,
    );
  }

  /**
   * The offset from UTC at an instant, or at a local time (a DateTime not of Kind Utc): an
   * invalid or ambiguous local time takes the standard offset, as TimeZoneInfo.GetUtcOffset's
   * Remarks say (time-zone.ts, localOffsetMinutes).
   */
  GetUtcOffset(value: DateTimeOffsetValue | DateTimeValue): TimeSpanValue {
    if (!this.#local) return new TimeSpanValue(0n);
    const env = currentEnvironment();
    if (!(value instanceof DateTimeOffsetValue) && value.Kind !== "Utc") {
      const localMs = Number((value.ticks - UNIX_EPOCH_TICKS) / TICKS_PER_MILLISECOND);
      return new TimeSpanValue(
        BigInt(localOffsetMinutes(env.timeZone, localMs)) * TICKS_PER_MINUTE,
      );
    }
    // The zone's offset at the instant itself, not through a clamped conversion: at
    // DateTimeOffset.MaxValue the offset is still the zone's (+01:00), as in .NET (mono agrees).
    const utc = value instanceof DateTimeOffsetValue ? value.utcTicks : value.ticks;
    const utcMs = Number((utc - UNIX_EPOCH_TICKS) / TICKS_PER_MILLISECOND);
    return new TimeSpanValue(BigInt(utcOffsetMinutes(env.timeZone, utcMs)) * TICKS_PER_MINUTE);
  }

  /** "UTC" for the UTC zone; the gateway zone's id on APIM's hosts is not documented: refused. */
  get Id(): string {
    if (!this.#local) return "UTC";
    throw new HarnessRefusal(
      "TimeZoneInfo.Local.Id: the id of the gateway host's zone is not documented for APIM " +
        "(a Windows id on .NET Framework, an IANA id on Linux); compare offsets instead",
    );
  }
}
