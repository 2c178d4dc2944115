// The gateway's virtual clock: a fixed instant that only tests move, and the gateway's local time
// zone (UTC on APIM's managed gateway). Nothing in the harness reads the wall clock.

/** A duration to advance by: milliseconds, or parts. */
export type Duration =
  | number
  | {
      readonly days?: number;
      readonly hours?: number;
      readonly minutes?: number;
      readonly seconds?: number;
      readonly milliseconds?: number;
    };

/** Where the clock starts when a test gives no instant (fixed, never the wall clock). */
export const DEFAULT_INSTANT = "2026-06-01T12:00:00Z";

export interface ClockOptions {
  /** The instant (UTC): ISO 8601 text, epoch milliseconds or a Date. */
  readonly instant?: string | number | Date;
  /** IANA name (`Europe/Amsterdam`), `UTC` or an offset (`+02:00`). Default UTC. */
  readonly timeZone?: string;
}

function toMilliseconds(instant: string | number | Date): number {
  const ms =
    typeof instant === "number"
      ? instant
      : typeof instant === "string"
        ? Date.parse(instant)
        : instant.getTime();
  if (!Number.isFinite(ms))
    throw new RangeError(`VirtualClock: not an instant: ${String(instant)}`);
  return ms;
}

export function durationMilliseconds(duration: Duration): number {
  if (typeof duration === "number") return duration;
  return (
    (duration.days ?? 0) * 86_400_000 +
    (duration.hours ?? 0) * 3_600_000 +
    (duration.minutes ?? 0) * 60_000 +
    (duration.seconds ?? 0) * 1000 +
    (duration.milliseconds ?? 0)
  );
}

/** The virtual clock. */
export class VirtualClock {
  #now: number;
  timeZone: string;

  constructor(options: ClockOptions = {}) {
    this.#now = toMilliseconds(options.instant ?? DEFAULT_INSTANT);
    this.timeZone = options.timeZone ?? "UTC";
  }

  /** The current instant, epoch milliseconds (UTC). */
  now(): number {
    return this.#now;
  }

  /** The current instant as a Date. */
  date(): Date {
    return new Date(this.#now);
  }

  /** Moves the clock to an instant. */
  set(instant: string | number | Date): void {
    this.#now = toMilliseconds(instant);
  }

  /** Moves the clock forward (or back, with a negative duration). */
  advance(duration: Duration): void {
    this.#now += durationMilliseconds(duration);
  }
}
