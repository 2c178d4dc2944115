// The checked gateway model requests run against: listeners with their client authentication and
// routing rule, the rule's backend and rewrites. Produced by compile-configuration.ts.
import type { GatewayRequest } from "../apim/gateway-options.ts";
import type { SendResult } from "../apim/result.ts";
import type { ClientAuthenticationPolicy } from "./client-authentication.ts";
import type { ListenerProtocol } from "./configuration.ts";
import type { CompiledRewriteRule } from "./rewrite-rules.ts";
import type { TrustedClientChain } from "./trusted-client-certificates.ts";

/** What the gateway forwards to: an APIM harness instance (or anything with the same `send`). */
export interface BackendTarget {
  /** The host name the backend address pool's `fqdn` names (APIM: `<service>.azure-api.net`). */
  readonly host: string;
  send(request: GatewayRequest): Promise<SendResult>;
  /** APIM's tier, when the target is APIM (X-ARR-ClientCert arrives empty on the v2 tiers). */
  readonly tier?: string;
}

export interface CompiledProbe {
  readonly name: string;
  readonly path: string;
  readonly host: string | undefined;
  readonly pickHostNameFromBackendHttpSettings: boolean;
  /** Inclusive status ranges that count as healthy. */
  readonly statusRanges: readonly (readonly [number, number])[];
}

export interface CompiledBackend {
  readonly poolName: string;
  readonly targets: readonly BackendTarget[];
  readonly settingsName: string;
  readonly protocol: ListenerProtocol;
  readonly port: number;
  /** The Host header sent to the backend; undefined: the client's host (or the address with pickHostNameFromBackendAddress). */
  readonly hostName: string | undefined;
  readonly pickHostNameFromBackendAddress: boolean;
  readonly probe: CompiledProbe | undefined;
}

export interface CompiledRoute {
  readonly name: string;
  readonly priority: number | undefined;
  readonly backend: CompiledBackend;
  readonly rewriteRuleSet: string | undefined;
  readonly rewrites: readonly CompiledRewriteRule[];
}

export interface CompiledListener {
  readonly name: string;
  readonly protocol: ListenerProtocol;
  readonly port: number;
  /** Empty: a basic listener (any host). */
  readonly hostNames: readonly string[];
  readonly sslProfile: string | undefined;
  /** Set when the listener asks for a client certificate (mTLS). */
  readonly clientAuthentication: ClientAuthenticationPolicy | undefined;
  readonly route: CompiledRoute;
}

export interface CompiledGateway {
  readonly name: string;
  readonly listeners: readonly CompiledListener[];
  readonly trustedClientChains: ReadonlyMap<string, TrustedClientChain>;
  /** Things that deploy but probably do not do what was meant. */
  readonly warnings: readonly string[];
}
