// The ambient environment in which the harness evaluates expressions: the virtual clock's instant,
// the gateway's time zone, the CA certificates uploaded to the service (the trust store of
// VerifyNoRevocation) and the seed of Guid.NewGuid. .NET reads these from the machine; the harness
// sets them per evaluation so that tests never depend on the wall clock or the host's time zone.
import { AsyncLocalStorage } from "node:async_hooks";

/** Ticks (100 ns) between 0001-01-01 and 1970-01-01, .NET's DateTime epoch offset. */
export const UNIX_EPOCH_TICKS = 621355968000000000n;

/** DateTime.MaxValue.Ticks (9999-12-31T23:59:59.9999999). */
export const MAX_TICKS = 3155378975999999999n;

/** What the harness provides while an expression runs. */
export interface DotnetEnvironment {
  /**
   * The virtual clock's current instant (UTC): epoch milliseconds, a JS Date, or a harness
   * DateTime (its ticks are read as UTC).
   */
  readonly instant: number | Date | { readonly Ticks: bigint | number };
  /**
   * The gateway's local time zone: an IANA name (`Europe/Amsterdam`), `UTC`, or a fixed offset
   * (`+02:00`, `-05:30`). Defaults to UTC, as on APIM's managed gateway.
   */
  readonly timeZone?: string;
  /**
   * DER bytes of the CA certificates uploaded to the service. Self-signed ones are trust anchors
   * (Windows' Root store); the others are usable intermediates (the CA store), as .NET builds chains.
   * Empty on the v2 tiers and Consumption, so private-CA chains never validate there.
   */
  readonly trustedCaCertificates?: readonly Uint8Array[];
  /** Whether revocation information (CRL/OCSP) is reachable; `Verify()` is false without it. Default false. */
  readonly revocationReachable?: boolean;
  /** Seed of Guid.NewGuid's deterministic sequence. Default 0. */
  readonly guidSeed?: string | number;
  /** Seed of Random.Next's deterministic sequence (every `new Random()` draws from it). Default 0. */
  readonly randomSeed?: string | number;
}

/** The environment with its instant resolved to ticks; what the runtime reads. */
export interface ResolvedEnvironment {
  readonly source: DotnetEnvironment;
  /** UTC ticks of the virtual instant. */
  readonly utcTicks: bigint;
  readonly timeZone: string;
  readonly trustedCaCertificates: readonly Uint8Array[];
  readonly revocationReachable: boolean;
  readonly guidSeed: string;
  /** Next index in the Guid sequence; shared by every run with the same environment object. */
  readonly guidCounter: { value: number };
  readonly randomSeed: string;
  /** Next index in the Random sequence; shared as guidCounter is. */
  readonly randomCounter: { value: number };
}

const storage = new AsyncLocalStorage<ResolvedEnvironment>();
// Guid sequences continue across runs with the same environment object (one request, many expressions).
const guidCounters = new WeakMap<DotnetEnvironment, { value: number }>();
const randomCounters = new WeakMap<DotnetEnvironment, { value: number }>();

function counterOf(
  counters: WeakMap<DotnetEnvironment, { value: number }>,
  env: DotnetEnvironment,
): { value: number } {
  let counter = counters.get(env);
  if (counter === undefined) {
    counter = { value: 0 };
    counters.set(env, counter);
  }
  return counter;
}

function instantTicks(instant: DotnetEnvironment["instant"]): bigint {
  if (typeof instant === "number") {
    if (!Number.isFinite(instant))
      throw new Error(`DotnetEnvironment.instant is not a finite number: ${instant}`);
    return UNIX_EPOCH_TICKS + BigInt(Math.round(instant)) * 10000n;
  }
  if (instant instanceof Date) return instantTicks(instant.getTime());
  return BigInt(instant.Ticks);
}

// The counters are looked up when a Guid or Random draws, not for every run: most runs draw none,
// and a WeakMap entry per run was a measurable cost of the conformance batch (116,738 runs, each
// with a fresh environment). The same environment object still finds the same counters.
class Resolved implements ResolvedEnvironment {
  readonly utcTicks: bigint;
  readonly timeZone: string;
  readonly trustedCaCertificates: readonly Uint8Array[];
  readonly revocationReachable: boolean;
  readonly guidSeed: string;
  readonly randomSeed: string;

  constructor(readonly source: DotnetEnvironment) {
    this.utcTicks = instantTicks(source.instant);
    this.timeZone = source.timeZone ?? "UTC";
    this.trustedCaCertificates = source.trustedCaCertificates ?? [];
    this.revocationReachable = source.revocationReachable ?? false;
    this.guidSeed = String(source.guidSeed ?? 0);
    this.randomSeed = String(source.randomSeed ?? 0);
  }

  get guidCounter(): { value: number } {
    return counterOf(guidCounters, this.source);
  }

  get randomCounter(): { value: number } {
    return counterOf(randomCounters, this.source);
  }
}

/** Resolves an environment without running anything (used by helpers that need the ticks). */
export function resolveEnvironment(env: DotnetEnvironment): ResolvedEnvironment {
  return new Resolved(env);
}

/**
 * Runs `fn` with `env` as the ambient .NET environment and returns its result. Nested calls
 * shadow outer ones. Synchronous use is the norm (expressions are synchronous), but an async `fn`
 * keeps the environment across its awaits.
 */
export function runInDotnetEnvironment<T>(env: DotnetEnvironment, fn: () => T): T {
  return storage.run(resolveEnvironment(env), fn);
}

/** The ambient environment; throws (a harness bug, not a .NET exception) outside runInDotnetEnvironment. */
export function currentEnvironment(): ResolvedEnvironment {
  const env = storage.getStore();
  if (env === undefined) {
    throw new Error(
      "No .NET environment: DateTime.Now, certificate validation and Guid.NewGuid need the harness's " +
        "virtual clock. Wrap the evaluation in runInDotnetEnvironment({ instant, timeZone, ... }, fn).",
    );
  }
  return env;
}

/** The ambient environment or undefined (for members that work without one, such as NotBefore in UTC). */
export function currentEnvironmentOrUndefined(): ResolvedEnvironment | undefined {
  return storage.getStore();
}
