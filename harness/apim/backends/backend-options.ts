// The backend entities configured in the simulated APIM instance (GatewayOptions.backends), in the
// shape of the backend resource's ARM/Bicep properties so that a template's values can be pasted:
// a single backend (`url`, optional `circuitBreaker`) or a load-balanced pool (`type: "Pool"`,
// `pool.services` with `priority` and `weight`). Microsoft's "Backends in API Management" page
// (articles/api-management/backends.md, ms.date 05/20/2025) and the REST reference (BackendPoolItem,
// CircuitBreakerRule, CircuitBreakerFailureCondition) are the sources; backend-check.ts refuses what
// they do not define.

/** A range of backend status codes that count as failures ("statusCodeRanges"). */
export interface StatusCodeRange {
  readonly min: number;
  readonly max: number;
}

/** When the circuit breaker trips ("failureCondition"). */
export interface CircuitBreakerFailureCondition {
  /** Trips when this many failures fall within `interval` ("three or more `5xx` status codes ... in 1 hour"). */
  readonly count?: number;
  /** Refused: the page names "the number or percentage of failure conditions" but not how a percentage is computed. */
  readonly percentage?: number;
  /** ISO 8601 duration, e.g. "PT1H". */
  readonly interval: string;
  readonly statusCodeRanges: readonly StatusCodeRange[];
  /** Refused: the values ("Server errors" in the page's example) are not defined anywhere. */
  readonly errorReasons?: readonly string[];
}

/** One circuit breaker rule ("Currently, only one rule can be configured for a backend circuit breaker"). */
export interface CircuitBreakerRule {
  readonly name: string;
  readonly failureCondition: CircuitBreakerFailureCondition;
  /** ISO 8601 duration the circuit stays open, e.g. "PT1H". */
  readonly tripDuration: string;
  /** Use the tripping response's Retry-After (seconds) as the trip duration. Default false. */
  readonly acceptRetryAfter?: boolean;
}

/** One member of a pool ("BackendPoolItem"): a backend id, or an ARM id ending in /backends/{id}. */
export interface BackendPoolItem {
  readonly id: string;
  /** 0..100; lower values are tried first (see backend-selection.ts). */
  readonly priority?: number;
  /** 0..100; relative share within a priority group. */
  readonly weight?: number;
}

/** A single backend entity. */
export interface SingleBackend {
  readonly type?: "Single";
  readonly url: string;
  readonly circuitBreaker?: { readonly rules: readonly CircuitBreakerRule[] };
}

/** A load-balanced pool of single backends. */
export interface PoolBackend {
  readonly type: "Pool";
  readonly pool: { readonly services: readonly BackendPoolItem[] };
}

export type BackendEntity = SingleBackend | PoolBackend;

/** The backend entities by id (set-backend-service backend-id). */
export type BackendsOptions = Readonly<Record<string, BackendEntity>>;

/** The backend id a pool member names: "backend-1" or "/subscriptions/.../backends/backend-1". */
export function memberId(item: BackendPoolItem): string {
  const marker = item.id.lastIndexOf("/backends/");
  return marker < 0 ? item.id : item.id.slice(marker + "/backends/".length);
}
