// The simulated Application Gateway: picks the listener for a request, lets its SSL profile decide
// about the client certificate, computes the server variables, runs the routing rule's rewrite set
// and forwards to the backend (an APIM harness) over a new connection of its own, so APIM never
// sees the client's certificate. The in-memory `send` and the real-TLS loopback servers both end in
// `handle`, so both modes share one implementation of the rules.
import { createHash } from "node:crypto";
import type { CertificateInput } from "../apim/certificate-input.ts";
import { VirtualClock } from "../apim/clock.ts";
import type { GatewayRequest } from "../apim/gateway-options.ts";
import { HeaderMap, type HeaderInit } from "../apim/header-map.ts";
import { certificateFacts } from "./certificate-facts.ts";
import {
  authenticateClient,
  type ClientAuthenticationOutcome,
  type PresentedCertificates,
} from "./client-authentication.ts";
import {
  compileConfiguration,
  type BackendTarget,
  type CompiledGateway,
  type CompiledListener,
} from "./compile-configuration.ts";
import type { ApplicationGatewayResource } from "./configuration.ts";
import {
  badGatewayPage,
  certificateErrorPage,
  noRequiredCertificatePage,
  type GatewayPage,
} from "./error-pages.ts";
import { APIM_STATUS_PATH, probeBackend, type ProbeResult } from "./health-probe.ts";
import type { ApplicationGatewayRequest, ApplicationGatewayResult } from "./request-types.ts";
import { applyRewriteRules, type AppliedRewrite } from "./rewrite-rules.ts";
import { serverVariables, type ServerVariables } from "./server-variables.ts";

/** How the gateway is wired into a test. */
export interface ApplicationGatewayOptions {
  /** The backends the pools' `fqdn`s name: usually one APIM harness (`fqdn: apim.host`). */
  readonly backends: readonly BackendTarget[];
  /** The instant certificates are checked at. Default: the first backend's clock (one clock for the topology), else a new VirtualClock. */
  readonly clock?: VirtualClock;
  /** The gateway's own address, which APIM sees as the caller's. Default "10.0.1.4" (a gateway subnet address). */
  readonly privateIpAddress?: string;
}

/** A request as a listener received it (in memory or from a real TLS socket). */
export interface ListenerRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: HeaderInit;
  readonly body: string;
  readonly clientIp: string;
  readonly clientPort: number;
  readonly presented: PresentedCertificates;
}

const V2_TIERS = new Set(["BasicV2", "StandardV2", "PremiumV2"]);

function hostMatches(pattern: string, host: string): boolean {
  if (!/[*?]/.test(pattern)) return pattern === host;
  const regex = new RegExp(
    `^${pattern
      .replace(/[.+^$()|[\]\\{}]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
  );
  return regex.test(host);
}

type ResultFields = Partial<Omit<ApplicationGatewayResult, "headers" | "header">> &
  Pick<ApplicationGatewayResult, "status" | "reason" | "body" | "answeredBy"> & {
    readonly headers: HeaderMap;
  };

function pageResult(
  page: GatewayPage,
  base: Partial<Omit<ApplicationGatewayResult, "headers" | "header">>,
): ApplicationGatewayResult {
  const headers = new HeaderMap(page.headers);
  return result({
    ...base,
    status: page.status,
    reason: page.reason,
    headers,
    body: page.body,
    answeredBy: "application-gateway",
  });
}

function result(fields: ResultFields): ApplicationGatewayResult {
  const headers = fields.headers;
  return {
    listener: null,
    routingRule: null,
    clientAuthentication: null,
    serverVariables: null,
    rewrites: [],
    backendRequest: null,
    backend: null,
    ...fields,
    headers: headers.toRecord(),
    header: (name: string) => headers.GetValueOrDefault(name),
  };
}

/** A simulated Azure Application Gateway v2 in front of one or more APIM harness instances. */
export class ApplicationGateway {
  /** The virtual clock client certificates are checked against. */
  readonly clock: VirtualClock;
  /** Configurations that deploy but probably do not do what was meant (e.g. X-ARR-ClientCert on v2 tiers). */
  readonly warnings: readonly string[];
  /** The checked configuration. */
  readonly model: CompiledGateway;
  readonly privateIpAddress: string;
  readonly #unhealthy = new Set<BackendTarget>();
  #traceCounter = 0;

  constructor(resource: ApplicationGatewayResource, options: ApplicationGatewayOptions) {
    this.model = compileConfiguration(resource, options.backends);
    this.warnings = this.model.warnings;
    const backendClock = (options.backends[0] as { clock?: unknown } | undefined)?.clock;
    this.clock =
      options.clock ?? (backendClock instanceof VirtualClock ? backendClock : new VirtualClock());
    this.privateIpAddress = options.privateIpAddress ?? "10.0.1.4";
  }

  /** The gateway's name (`resource.name`). */
  get name(): string {
    return this.model.name;
  }

  /** The listener that takes a request for `host` on `port`: an exact host name first, then a wildcard, then a basic listener. */
  listenerFor(port: number, host: string): CompiledListener | undefined {
    const onPort = this.model.listeners.filter((listener) => listener.port === port);
    const lower = host.toLowerCase();
    return (
      onPort.find((listener) => listener.hostNames.includes(lower)) ??
      onPort.find((listener) =>
        listener.hostNames.some((pattern) => hostMatches(pattern, lower)),
      ) ??
      onPort.find((listener) => listener.hostNames.length === 0)
    );
  }

  /** Sends a request through the gateway in memory (the TLS handshake is simulated from `clientCertificate`). */
  async send(request: ApplicationGatewayRequest = {}): Promise<ApplicationGatewayResult> {
    const port =
      request.url && /^[a-z]+:\/\//i.test(request.url)
        ? portOf(new URL(request.url))
        : (request.port ?? 443);
    const onPort = this.model.listeners.filter((listener) => listener.port === port);
    const defaultHost =
      onPort.find(
        (listener) => listener.hostNames.length > 0 && !/[*?]/.test(listener.hostNames[0]!),
      )?.hostNames[0] ?? this.model.name;
    const scheme = onPort[0]?.protocol === "Http" ? "http" : "https";
    const url = new URL(request.url ?? "/", `${scheme}://${defaultHost}:${port}`);
    const listener = this.listenerFor(port, url.hostname);
    if (!listener) {
      return result({
        status: 0,
        reason: "connection refused: no listener for this port and host",
        headers: new HeaderMap(),
        body: "",
        answeredBy: "no-listener",
      });
    }
    // A listener without client authentication never asks for a certificate, so none is sent.
    const asks = listener.clientAuthentication !== undefined;
    const facts = (input: CertificateInput) => certificateFacts(input);
    const presented: PresentedCertificates = {
      leaf:
        asks && request.clientCertificate !== undefined
          ? facts(request.clientCertificate)
          : undefined,
      intermediates: asks ? (request.clientCertificateChain ?? []).map(facts) : [],
    };
    return this.handle(listener, {
      method: (request.method ?? "GET").toUpperCase(),
      url,
      headers: request.headers ?? {},
      body: request.body ?? "",
      clientIp: request.ipAddress ?? "198.51.100.7",
      clientPort: request.clientPort ?? 50123,
      presented,
    });
  }

  /** Runs a request that `listener` received. Used by `send` and by the real-TLS loopback servers. */
  async handle(
    listener: CompiledListener,
    request: ListenerRequest,
  ): Promise<ApplicationGatewayResult> {
    const base = { listener: listener.name, routingRule: listener.route.name };
    let authentication: ClientAuthenticationOutcome | null = null;
    if (listener.clientAuthentication) {
      authentication = await authenticateClient(
        listener.clientAuthentication,
        request.presented,
        this.clock.now(),
      );
      if (!authentication.accepted) {
        const page =
          authentication.page === "NoRequiredCertificate"
            ? noRequiredCertificatePage()
            : certificateErrorPage();
        return pageResult(page, { ...base, clientAuthentication: authentication });
      }
    }
    const incoming = new HeaderMap(request.headers);
    const host = incoming.GetValueOrDefault("Host") ?? request.url.host;
    const variables = serverVariables({
      method: request.method,
      url: request.url,
      host,
      clientIp: request.clientIp,
      clientPort: request.clientPort,
      listenerProtocol: listener.protocol,
      listenerPort: listener.port,
      serverName: listener.hostNames[0] ?? request.url.hostname,
      clientCertificate: authentication?.accepted ? authentication.certificate : undefined,
      verification: authentication?.accepted ? authentication.verification : "NONE",
      forwardedFor: incoming.GetValueOrDefault("X-Forwarded-For"),
    });
    const outgoing = new HeaderMap(incoming);
    const rewrites = applyRewriteRules(
      listener.route.rewrites,
      { variables, requestHeaders: incoming },
      outgoing,
      "request",
    );
    const backend = listener.route.backend;
    const target = backend.targets.find((candidate) => !this.#unhealthy.has(candidate));
    const context = {
      ...base,
      clientAuthentication: authentication,
      serverVariables: variables,
      rewrites,
    };
    if (!target) return pageResult(badGatewayPage(), context);

    const backendHost =
      backend.hostName ??
      (backend.pickHostNameFromBackendAddress ? target.host : request.url.hostname);
    this.addForwardingHeaders(outgoing, request, listener, variables, host);
    outgoing.delete("Host");
    // APIM's v2 tiers receive X-ARR-ClientCert empty whatever the gateway put in it (docs/appgw.md).
    if (target.tier !== undefined && V2_TIERS.has(target.tier) && outgoing.has("X-ARR-ClientCert"))
      outgoing.set("X-ARR-ClientCert", [""]);
    const backendRequest: GatewayRequest = {
      method: request.method,
      url: `${backend.protocol === "Http" ? "http" : "https"}://${backendHost}${request.url.pathname}${request.url.search}`,
      headers: outgoing.toRecord(),
      body: request.body,
      // The gateway opens its own connection: APIM sees the gateway's address and no client certificate.
      ipAddress: this.privateIpAddress,
    };
    if (request.url.pathname === APIM_STATUS_PATH) {
      // APIM answers its health endpoint itself, before any policy (stopgap until the APIM harness models it).
      return result({
        ...context,
        status: 200,
        reason: "OK",
        headers: new HeaderMap(),
        body: "",
        answeredBy: "backend",
        backendRequest,
      });
    }
    const answer = await target.send(backendRequest);
    const responseHeaders = new HeaderMap(answer.headers as HeaderInit);
    const responseRewrites = applyRewriteRules(
      listener.route.rewrites,
      { variables, requestHeaders: incoming, responseHeaders: new HeaderMap(responseHeaders) },
      responseHeaders,
      "response",
    );
    return result({
      ...context,
      rewrites: [...rewrites, ...responseRewrites],
      status: answer.status,
      reason: answer.reason,
      headers: responseHeaders,
      body: answer.body,
      answeredBy: "backend",
      backendRequest,
      backend: answer,
    });
  }

  /** The six headers Application Gateway v2 adds to every forwarded request. */
  private addForwardingHeaders(
    headers: HeaderMap,
    request: ListenerRequest,
    listener: CompiledListener,
    variables: ServerVariables,
    host: string,
  ): void {
    const forwardedFor = `${request.clientIp}:${request.clientPort}`;
    const existing = headers.GetValueOrDefault("X-Forwarded-For");
    headers.set("X-Forwarded-For", [existing ? `${existing}, ${forwardedFor}` : forwardedFor]);
    headers.set("X-Forwarded-Proto", [variables.request_scheme]);
    headers.set("X-Forwarded-Port", [String(listener.port)]);
    headers.set("X-Original-Host", [host]);
    headers.set("X-Original-URL", [variables.request_uri]);
    // Deterministic, so test output is reproducible (Azure's is random).
    const trace = createHash("sha1")
      .update(`${this.model.name}|${++this.#traceCounter}`)
      .digest("hex")
      .slice(0, 32);
    headers.set("X-AppGW-Trace-Id", [trace]);
  }

  /** Runs every configured health probe now; a backend that fails is taken out of rotation (502) until a probe passes. */
  async probe(): Promise<ProbeResult[]> {
    // Rules that share a pool and settings share its probe: probe each pair once.
    const seen = new Set<string>();
    const results: ProbeResult[] = [];
    for (const listener of this.model.listeners) {
      const backend = listener.route.backend;
      const key = `${backend.poolName}|${backend.settingsName}`;
      if (seen.has(key) || backend.probe === undefined) continue;
      seen.add(key);
      for (const target of backend.targets) {
        const outcome = await probeBackend(backend, backend.probe, target, this.privateIpAddress);
        if (outcome.healthy) this.#unhealthy.delete(target);
        else this.#unhealthy.add(target);
        results.push(outcome);
      }
    }
    return results;
  }
}

function portOf(url: URL): number {
  return url.port !== "" ? Number(url.port) : url.protocol === "http:" ? 80 : 443;
}

/** Creates a simulated Application Gateway from its Bicep-shaped resource. Throws ApplicationGatewayConfigurationError listing every problem. */
export function createApplicationGateway(
  resource: ApplicationGatewayResource,
  options: ApplicationGatewayOptions,
): ApplicationGateway {
  return new ApplicationGateway(resource, options);
}

export type { AppliedRewrite };
