// System.TimeSpan for the harness: a signed 64-bit count of 100 ns ticks. Conversions from
// doubles round to whole milliseconds as .NET Framework (and Mono) do, so that results match the
// runtime APIM evaluates expressions with.
import { ArgumentException, ArgumentOutOfRangeException, OverflowException } from "./exceptions.ts";
import { normaliseLong } from "./integer-arithmetic.ts";

export const TICKS_PER_MILLISECOND = 10_000n;
export const TICKS_PER_SECOND = 10_000_000n;
export const TICKS_PER_MINUTE = 600_000_000n;
export const TICKS_PER_HOUR = 36_000_000_000n;
export const TICKS_PER_DAY = 864_000_000_000n;
export const INT64_MAX = 9223372036854775807n;
export const INT64_MIN = -9223372036854775808n;

function checkedTicks(ticks: bigint): bigint {
  if (ticks > INT64_MAX || ticks < INT64_MIN)
    throw new OverflowException("TimeSpan overflowed because the duration is too long.");
  return ticks;
}

// TimeSpan.MaxSeconds and MaxMilliSeconds: Int64.MaxValue ticks in whole units (timespan.cs).
const MAX_SECONDS = INT64_MAX / TICKS_PER_SECOND;
const MAX_MILLISECONDS = INT64_MAX / TICKS_PER_MILLISECOND;

function inRange(value: bigint, max: bigint): bigint {
  if (value > max || value < -max)
    throw new ArgumentOutOfRangeException(
      null,
      "TimeSpan overflowed because the duration is too long.",
    );
  return value;
}

// .NET Framework's TimeSpan.Interval: scale to milliseconds, round half away from zero, check range.
function interval(value: number, millisecondsPerUnit: number): TimeSpanValue {
  if (Number.isNaN(value))
    throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
  const milliseconds = value * millisecondsPerUnit + (value >= 0 ? 0.5 : -0.5);
  if (milliseconds > 922337203685477 || milliseconds < -922337203685477) {
    throw new OverflowException("TimeSpan overflowed because the duration is too long.");
  }
  return new TimeSpanValue(BigInt(Math.trunc(milliseconds)) * TICKS_PER_MILLISECOND);
}

function pad(value: bigint, width: number): string {
  return value.toString().padStart(width, "0");
}

/** System.TimeSpan: statics (Zero, From*) and instances in one class, as in .NET. */
export class TimeSpanValue {
  /** The duration in 100 ns ticks (System.TimeSpan.ticks). */
  readonly ticks: bigint;

  /**
   * `new TimeSpan(ticks)`, `(hours, minutes, seconds)`, `(days, hours, minutes, seconds[, milliseconds])`.
   * The field constructors throw ArgumentOutOfRangeException (no parameter name) beyond the range,
   * checked in whole seconds or milliseconds as .NET Framework does (referencesource
   * mscorlib/system/timespan.cs: TimeToTicks, TimeSpan(int, int, int, int, int)).
   */
  constructor(...args: (number | bigint)[]) {
    const n = args.map((a) => BigInt(a));
    let ticks: bigint;
    if (n.length === 1) ticks = checkedTicks(n[0]!);
    else if (n.length === 3) {
      const seconds = n[0]! * 3600n + n[1]! * 60n + n[2]!;
      ticks = inRange(seconds, MAX_SECONDS) * TICKS_PER_SECOND;
    } else if (n.length === 4 || n.length === 5) {
      const milliseconds =
        (n[0]! * 86_400n + n[1]! * 3600n + n[2]! * 60n + n[3]!) * 1000n + (n[4] ?? 0n);
      ticks = inRange(milliseconds, MAX_MILLISECONDS) * TICKS_PER_MILLISECOND;
    } else
      throw new ArgumentException(`TimeSpan has no constructor taking ${args.length} arguments.`);
    this.ticks = ticks;
  }

  /** System.TimeSpan.Ticks: a C# long in the harness's representation (integer-arithmetic.ts). */
  get Ticks(): number | bigint {
    return normaliseLong(this.ticks);
  }

  static readonly Zero: TimeSpanValue = new TimeSpanValue(0n);
  static readonly MaxValue: TimeSpanValue = new TimeSpanValue(INT64_MAX);
  static readonly MinValue: TimeSpanValue = new TimeSpanValue(INT64_MIN);

  static FromDays(value: number): TimeSpanValue {
    return interval(value, 86_400_000);
  }
  static FromHours(value: number): TimeSpanValue {
    return interval(value, 3_600_000);
  }
  static FromMinutes(value: number): TimeSpanValue {
    return interval(value, 60_000);
  }
  static FromSeconds(value: number): TimeSpanValue {
    return interval(value, 1000);
  }
  static FromMilliseconds(value: number): TimeSpanValue {
    return interval(value, 1);
  }
  static FromTicks(value: bigint | number): TimeSpanValue {
    return new TimeSpanValue(BigInt(value));
  }
  static Compare(a: TimeSpanValue, b: TimeSpanValue): number {
    return a.CompareTo(b);
  }

  get Days(): number {
    return Number(this.ticks / TICKS_PER_DAY);
  }
  get Hours(): number {
    return Number((this.ticks / TICKS_PER_HOUR) % 24n);
  }
  get Minutes(): number {
    return Number((this.ticks / TICKS_PER_MINUTE) % 60n);
  }
  get Seconds(): number {
    return Number((this.ticks / TICKS_PER_SECOND) % 60n);
  }
  get Milliseconds(): number {
    return Number((this.ticks / TICKS_PER_MILLISECOND) % 1000n);
  }
  // .NET multiplies by the reciprocal (DaysPerTick etc.), which can differ from division in the last bit.
  get TotalDays(): number {
    return Number(this.ticks) * (1 / 864e9);
  }
  get TotalHours(): number {
    return Number(this.ticks) * (1 / 36e9);
  }
  get TotalMinutes(): number {
    return Number(this.ticks) * (1 / 6e8);
  }
  get TotalSeconds(): number {
    return Number(this.ticks) * (1 / 1e7);
  }
  get TotalMilliseconds(): number {
    const milliseconds = Number(this.ticks) * (1 / 1e4);
    return Math.min(Math.max(milliseconds, -922337203685477), 922337203685477);
  }

  Add(value: TimeSpanValue): TimeSpanValue {
    return new TimeSpanValue(checkedTicks(this.ticks + value.ticks));
  }
  Subtract(value: TimeSpanValue): TimeSpanValue {
    return new TimeSpanValue(checkedTicks(this.ticks - value.ticks));
  }
  Negate(): TimeSpanValue {
    if (this.ticks === INT64_MIN)
      throw new OverflowException(
        "Negating the minimum value of a twos complement number is invalid.",
      );
    return new TimeSpanValue(-this.ticks);
  }
  Duration(): TimeSpanValue {
    if (this.ticks === INT64_MIN)
      throw new OverflowException(
        "The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.",
      );
    return this.ticks < 0n ? new TimeSpanValue(-this.ticks) : this;
  }
  CompareTo(value: TimeSpanValue | null): number {
    if (value === null || value === undefined) return 1;
    return this.ticks < value.ticks ? -1 : this.ticks > value.ticks ? 1 : 0;
  }
  Equals(value: unknown): boolean {
    return value instanceof TimeSpanValue && value.ticks === this.ticks;
  }
  GetHashCode(): number {
    return Number(BigInt.asIntN(32, this.ticks ^ (this.ticks >> 32n)));
  }

  /** .NET's constant ("c") format: `[-][d.]hh:mm:ss[.fffffff]`. */
  ToString(): string {
    const negative = this.ticks < 0n;
    // Work on the magnitude; INT64_MIN's magnitude still fits a bigint.
    const ticks = negative ? -this.ticks : this.ticks;
    const days = ticks / TICKS_PER_DAY;
    const rest = ticks % TICKS_PER_DAY;
    let text = negative ? "-" : "";
    if (days > 0n) text += `${days}.`;
    text += `${pad(rest / TICKS_PER_HOUR, 2)}:${pad((rest / TICKS_PER_MINUTE) % 60n, 2)}:${pad((rest / TICKS_PER_SECOND) % 60n, 2)}`;
    const fraction = rest % TICKS_PER_SECOND;
    if (fraction > 0n) text += `.${pad(fraction, 7)}`;
    return text;
  }
  toString(): string {
    return this.ToString();
  }
  /** Ticks, so that `<` and `>` compare as C# does. */
  valueOf(): bigint {
    return this.ticks;
  }
  // `+` with a string concatenates ToString() as C# does; relational operators get the ticks.
  [Symbol.toPrimitive](hint: string): string | bigint {
    return hint === "number" ? this.ticks : this.ToString();
  }
}
