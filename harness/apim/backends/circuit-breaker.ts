// One single backend's circuit breaker on the virtual clock (backends.md, ms.date 05/20/2025,
// "Circuit breaker"):
// - it trips when `count` answers with a status in `statusCodeRanges` fall within `interval`
//   ("trips when there are three or more `5xx` status codes indicating server errors in 1 hour"):
//   the failures of the last `interval` up to now, a sliding window (the page's "in 1 hour" read
//   literally; whether the service slides or tumbles its window is not documented);
// - tripped, "API Management stops sending requests to the backend service for a defined time";
//   "After the configured trip duration, the circuit resets and traffic resumes to the backend",
//   with an empty failure count (chosen: nothing older than the trip is said to carry over);
// - acceptRetryAfter: "If a `Retry-After` header is present in the response, the circuit breaker
//   accepts the value and waits for the specified time before sending requests to the backend
//   again": the tripping answer's Retry-After, in seconds, replaces tripDuration. Retry-After as
//   an HTTP date (RFC 9110 allows it) is refused: the page does not say APIM reads that form.
// Connection failures (a mock that throws) do not count: failures are described by status code
// ranges, and errorReasons, which might name them, is refused (backend-check.ts).
import { HarnessRefusal } from "../harness-refusal.ts";
import { durationMs } from "./iso-duration.ts";
import type { CircuitBreakerRule } from "./backend-options.ts";

/** What a test can read of a backend's circuit (ApimGateway.backendCircuit). */
export interface CircuitState {
  /** Whether requests to the backend are stopped now. */
  readonly tripped: boolean;
  /** When the circuit resets, epoch ms, while tripped. */
  readonly until?: number;
  /** Failures counted in the current interval. */
  readonly failures: number;
}

export class CircuitBreaker {
  readonly #count: number;
  readonly #intervalMs: number;
  readonly #tripMs: number;
  #failures: number[] = [];
  #until: number | undefined;

  constructor(
    readonly backendId: string,
    readonly rule: CircuitBreakerRule,
  ) {
    this.#count = rule.failureCondition.count!;
    this.#intervalMs = durationMs(rule.failureCondition.interval, "interval");
    this.#tripMs = durationMs(rule.tripDuration, "tripDuration");
  }

  tripped(now: number): boolean {
    if (this.#until !== undefined && now >= this.#until) this.#until = undefined;
    return this.#until !== undefined;
  }

  state(now: number): CircuitState {
    const tripped = this.tripped(now);
    this.#prune(now);
    return { tripped, until: this.#until, failures: this.#failures.length };
  }

  /** Counts an answer; returns the reset instant when this answer trips the circuit. */
  record(now: number, status: number, retryAfter: string | undefined): number | undefined {
    const ranges = this.rule.failureCondition.statusCodeRanges;
    if (!ranges.some((range) => status >= range.min && status <= range.max)) return undefined;
    this.#failures.push(now);
    this.#prune(now);
    if (this.#failures.length < this.#count) return undefined;
    this.#failures = [];
    this.#until = now + this.#duration(retryAfter);
    return this.#until;
  }

  #prune(now: number): void {
    this.#failures = this.#failures.filter((at) => at > now - this.#intervalMs);
  }

  #duration(retryAfter: string | undefined): number {
    if (!this.rule.acceptRetryAfter || retryAfter === undefined) return this.#tripMs;
    const text = retryAfter.trim();
    if (/^\d+$/.test(text)) return Number(text) * 1000;
    throw new HarnessRefusal(
      `backend '${this.backendId}' answered Retry-After: ${retryAfter} and its circuit breaker accepts Retry-After; ` +
        "the documentation says the value is accepted but not which forms: the harness reads delay-seconds only (e.g. Retry-After: 30)",
    );
  }
}
