// Which backend a forward-request reaches when the request's backend is a configured backend id
// (set-backend-service backend-id), and the circuit breakers that decide it. Sources: backends.md
// (ms.date 05/20/2025), "Load-balanced pool" / "Load balancing options":
// - "Round-robin: Requests are distributed evenly across the backends in the pool by default":
//   members without weights take turns in the order listed, starting with the first (the starting
//   member is the harness's choice); a tripped member is skipped.
// - "Weighted: ... requests are distributed based on the relative weight of each backend": the
//   page does not say how a request is assigned, so the harness draws each choice from a seeded
//   pseudo-random sequence (GatewayOptions.loadBalancingSeed, default 0): the same seed gives the
//   same choices on every run, and over many requests the shares follow the weights.
// - "Priority-based: Backends are organized into priority groups. Requests are sent to higher
//   priority groups first"; "Backends in lower priority groups will only be used when all backends
//   in higher priority groups are unavailable because circuit breaker rules are tripped." Lower
//   `priority` values are the higher groups: the page calls the group with priority 1 "the highest
//   priority group", and the public failover write-ups (Ronald Bosma, "Implement Failover in API
//   Management with a Load-balanced Pool", 2026) use 1 for the primary and 2 for the fallback.
// - Each forward-request chooses again, so a retry around forward-request can reach another member.
// When every backend the id can reach is tripped, the circuit breaker section says APIM "returns a
// 503 Service Unavailable response to the client"; it does not say whether that is an error
// (on-error, context.LastError and its reason) or a response the outbound section sees, nor its
// body, so the harness refuses (HarnessRefusal) rather than guess.
import type { VirtualClock } from "../clock.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import { CircuitBreaker, type CircuitState } from "./circuit-breaker.ts";
import {
  memberId,
  type BackendPoolItem,
  type BackendsOptions,
  type SingleBackend,
} from "./backend-options.ts";

/** The single backend a call goes to. */
export interface ChosenBackend {
  readonly id: string;
  readonly url: string;
}

/** A deterministic pseudo-random sequence in [0, 1) from a seed (mulberry32). */
function seededRandom(seed: string | number): () => number {
  let state = 0x9e3779b9;
  for (const char of String(seed)) state = Math.imul(state ^ char.charCodeAt(0), 0x85ebca6b);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class BackendRouter {
  readonly #breakers = new Map<string, CircuitBreaker>();
  readonly #turns = new Map<string, number>();
  readonly #random: () => number;

  constructor(
    private readonly backends: BackendsOptions,
    private readonly clock: VirtualClock,
    seed: string | number,
  ) {
    this.#random = seededRandom(seed);
    for (const [id, entity] of Object.entries(backends)) {
      const rule = entity.type === "Pool" ? undefined : entity.circuitBreaker?.rules[0];
      if (rule) this.#breakers.set(id, new CircuitBreaker(id, rule));
    }
  }

  has(id: string): boolean {
    return id in this.backends;
  }

  /** The circuit of a single backend (tripped false and no failures when it has no breaker). */
  circuit(id: string): CircuitState {
    if (!this.has(id))
      throw new HarnessRefusal(`backendCircuit('${id}'): no such backend is configured`);
    return this.#breakers.get(id)?.state(this.clock.now()) ?? { tripped: false, failures: 0 };
  }

  /** The single backend this call goes to; refuses when every reachable backend is tripped. */
  choose(id: string): ChosenBackend {
    const entity = this.backends[id]!;
    if (entity.type !== "Pool") {
      if (this.#tripped(id)) this.#allTripped(id, [id]);
      return { id, url: (entity as SingleBackend).url };
    }
    const services = entity.pool.services;
    const priorities = [...new Set(services.map((item) => item.priority ?? 0))].sort(
      (a, b) => a - b,
    );
    for (const priority of priorities) {
      const group = services.filter((item) => (item.priority ?? 0) === priority);
      const chosen =
        group[0]!.weight === undefined
          ? this.#roundRobin(`${id}#${priority}`, group)
          : this.#weighted(group);
      if (chosen !== undefined)
        return { id: chosen, url: (this.backends[chosen] as SingleBackend).url };
    }
    return this.#allTripped(id, services.map(memberId));
  }

  /** Counts a backend's answer against its circuit breaker; the reset instant when it trips. */
  record(id: string, status: number, retryAfter: string | undefined): number | undefined {
    return this.#breakers.get(id)?.record(this.clock.now(), status, retryAfter);
  }

  #tripped(id: string): boolean {
    return this.#breakers.get(id)?.tripped(this.clock.now()) ?? false;
  }

  #roundRobin(key: string, group: readonly BackendPoolItem[]): string | undefined {
    const next = this.#turns.get(key) ?? 0;
    for (let offset = 0; offset < group.length; offset++) {
      const index = (next + offset) % group.length;
      const member = memberId(group[index]!);
      if (this.#tripped(member)) continue;
      this.#turns.set(key, (index + 1) % group.length);
      return member;
    }
    return undefined;
  }

  #weighted(group: readonly BackendPoolItem[]): string | undefined {
    const open = group.filter((item) => !this.#tripped(memberId(item)));
    if (open.length === 0) return undefined;
    const total = open.reduce((sum, item) => sum + item.weight!, 0);
    let draw = this.#random() * total;
    for (const item of open) {
      draw -= item.weight!;
      if (draw < 0) return memberId(item);
    }
    return memberId(open[open.length - 1]!);
  }

  #allTripped(id: string, members: readonly string[]): never {
    throw new HarnessRefusal(
      `every backend '${id}' can reach is tripped (${members.join(", ")}): backends.md ("Circuit breaker") says APIM ` +
        `"returns a 503 Service Unavailable response to the client" but not whether that is an error (on-error, context.LastError) ` +
        "or a response the outbound section sees, nor its body; the harness refuses rather than guess. " +
        "Advance the virtual clock past the trip, or expect this refusal",
    );
  }
}
