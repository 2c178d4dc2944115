// The clock of `apim-ts serve` when no `--now` is given: a VirtualClock that follows the wall clock,
// so a live demo checks certificate dates at the real instant. Tests and the harness never use it
// (they keep the fixed VirtualClock); it exists because a long-running demo would otherwise freeze
// time at start-up. `set` and `advance` keep working, as an offset from the wall clock.
import { durationMilliseconds, VirtualClock, type Duration } from "../../apim/clock.ts";

/** A VirtualClock that ticks with `Date.now()` (plus an offset moved by `set`/`advance`). */
export class WallClock extends VirtualClock {
  #offset = 0;

  constructor(timeZone = "UTC") {
    super({ instant: Date.now(), timeZone });
  }

  override now(): number {
    return Date.now() + this.#offset;
  }

  override date(): Date {
    return new Date(this.now());
  }

  override set(instant: string | number | Date): void {
    super.set(instant);
    this.#offset = super.now() - Date.now();
  }

  override advance(duration: Duration): void {
    this.#offset += durationMilliseconds(duration);
  }
}
