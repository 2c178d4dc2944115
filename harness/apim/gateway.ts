// The simulated APIM instance: holds the configuration (scopes, fragments, deployment, named
// values, clock, tracing, mocks) and state that outlives a request (rate-limit windows), and runs
// each request through the pipeline inside the .NET environment of its virtual instant.
import type { X509Certificate2 } from "../../src/dotnet/x509-certificate2.ts";
import type { ApimDiagnostic } from "../../src/diagnostics/diagnostic.ts";
import type { FragmentDocument } from "../../src/model/document.ts";
import {
  clientCertificateRecord,
  uploadedCertificateRecord,
  type CertificateRecord,
} from "./certificate-input.ts";
import { VirtualClock } from "./clock.ts";
import { configuredContext, trimSlashes } from "./configured-context.ts";
import { createContext, type ContextSource } from "./context.ts";
import { answerPreflight, isPreflight } from "./cors-preflight.ts";
import {
  inDotnetEnvironment,
  newX509Certificate2,
  warmUpCertificates,
  type DotnetEnvironment,
} from "./dotnet-bridge.ts";
import { assertDeployable } from "./deployability.ts";
import { assertValidDocuments, configurationWarnings } from "./document-validation.ts";
import { Execution } from "./execution.ts";
import {
  tierHasCaStore,
  type GatewayOptions,
  type GatewayRequest,
  type MockHandler,
  type OperationResponse,
  type ScopePolicies,
  type Tier,
} from "./gateway-options.ts";
import type { GatewayRuntime } from "./gateway-runtime.ts";
import { headersFromWire } from "./wire.ts";
import { checkGatewayOptions, checkGatewayRequest } from "./gateway-options-check.ts";
import { HarnessRefusal } from "./harness-refusal.ts";
import { createInputRecorder, type GatewayInputs } from "./input-recording.ts";
import { RequestState, ResponseState } from "./messages.ts";
import { runParentScope, runPipeline } from "./pipeline.ts";
import "./policies/index.ts";
import type { RunEnvironment } from "./policy-run.ts";
import { buildResult, type SendResult } from "./result.ts";
import { isPromiseLike } from "./sync-first.ts";
import { ValueCache } from "./value-cache.ts";
import { FakeCredentialManager } from "./credential-manager.ts";
import { FakeEntraId } from "./managed-identity.ts";
import { ResponseCache } from "./response-cache.ts";
import { BackendRouter } from "./backends/backend-router.ts";
import type { CircuitState } from "./backends/circuit-breaker.ts";

const DEFAULT_BACKEND: MockHandler = () => ({ status: 200 });

/** Runs the work policies postponed to the end of the request, in order. */
function runPostponed(execution: Execution): void {
  for (const postponed of execution.endOfRequest) postponed();
}

/** A simulated Azure API Management instance. */
export class ApimGateway implements GatewayRuntime {
  /** The virtual clock (advance it between requests). */
  readonly clock: VirtualClock;
  /** The built-in value cache of this instance: entries expire on the virtual clock. */
  readonly cache: ValueCache;
  /** The fake Entra ID issuing the managed identities' tokens (options.managedIdentity). */
  readonly entraId: FakeEntraId;
  readonly credentialManager: FakeCredentialManager;
  /** The response cache of this instance (cache-lookup / cache-store), on the virtual clock. */
  readonly responseCache: ResponseCache;
  readonly tier: Tier;
  readonly uploadedCertificates: readonly CertificateRecord[];
  readonly trustedCaCertificates: readonly CertificateRecord[];
  readonly revocationReachable: boolean;
  readonly revokedThumbprints: ReadonlySet<string>;
  readonly backend: MockHandler;
  /** The configured backend entities: pools, circuit breakers (options.backends). */
  readonly backends: BackendRouter;
  readonly #options: GatewayOptions;
  readonly #policies: ScopePolicies;
  readonly #state = new WeakMap<object, unknown>();
  readonly #x509 = new Map<string, X509Certificate2>();
  readonly #trustedDer: readonly Uint8Array[];
  readonly #contextSource: ContextSource;
  readonly #inputs: GatewayInputs;
  readonly #apiPath: string;
  #checked = false;

  /** Deployment settings the service accepts but does not use (also in every result's warnings). */
  readonly deploymentWarnings: readonly string[];

  constructor(options: GatewayOptions = {}) {
    this.deploymentWarnings = checkGatewayOptions(options);
    this.#options = options;
    this.#policies = options.policies ?? {};
    this.clock =
      options.clock instanceof VirtualClock ? options.clock : new VirtualClock(options.clock);
    this.cache = new ValueCache(this.clock);
    this.entraId = new FakeEntraId(options.managedIdentity ?? {}, this.clock);
    this.credentialManager = new FakeCredentialManager(options.credentialManager ?? {}, this.clock);
    this.responseCache = new ResponseCache(this.clock);
    const deployment = options.deployment ?? {};
    this.tier = deployment.tier ?? "Developer";
    this.uploadedCertificates = (deployment.certificates ?? []).map((input, index) =>
      uploadedCertificateRecord(input, `createGateway(): deployment.certificates[${index}]`),
    );
    // The v2 tiers and Consumption have no CA store (checkGatewayOptions warns about CA certificates there).
    this.trustedCaCertificates = tierHasCaStore(this.tier)
      ? (deployment.caCertificates ?? []).map((input, index) =>
          uploadedCertificateRecord(input, `createGateway(): deployment.caCertificates[${index}]`),
        )
      : [];
    this.#trustedDer = this.trustedCaCertificates.map((record) => record.der);
    this.revocationReachable = deployment.revocationReachable ?? false;
    this.revokedThumbprints = new Set(
      (deployment.revokedThumbprints ?? []).map((t) => t.toUpperCase()),
    );
    this.backend = options.backend ?? DEFAULT_BACKEND;
    this.backends = new BackendRouter(
      options.backends ?? {},
      this.clock,
      options.loadBalancingSeed ?? 0,
    );
    this.#apiPath = trimSlashes(options.api?.path ?? "");
    this.#contextSource = configuredContext(options, {
      apiPath: this.#apiPath,
      clock: this.clock,
      uploadedCertificates: this.uploadedCertificates,
      x509: (record) => this.x509(record),
    });
    this.#inputs = {
      source: this.#contextSource,
      uploadedCertificates: this.uploadedCertificates,
      trustedCaCertificates: this.trustedCaCertificates,
      namedValues: options.namedValues ?? {},
    };
  }

  /** The gateway's host name: `<service>.azure-api.net`. */
  get host(): string {
    return `${this.#contextSource.deployment.ServiceName}.azure-api.net`;
  }

  /**
   * The build's warnings for the configured documents, by their scope: a section without
   * `<base/>` below the global scope (APIM2008), an operation or API backend section that never
   * forwards (APIM2007). They never stop a request; a test can assert there are none.
   */
  get warnings(): readonly ApimDiagnostic[] {
    return configurationWarnings(this.#policies);
  }

  /** Sends a request through the gateway. Rejects with HarnessRefusal for an undeployable configuration. */
  async send(request: GatewayRequest = {}): Promise<SendResult> {
    checkGatewayRequest(request);
    if (!this.#checked) {
      assertValidDocuments(this.#policies, this.#options.fragments ?? {});
      await assertDeployable([
        ...Object.entries(this.#policies).map(
          ([scope, document]) => [`${scope} scope`, document] as const,
        ),
        ...Object.entries(this.#options.fragments ?? {}).map(
          ([id, document]) => [`fragment '${id}'`, document] as const,
        ),
      ]);
      this.#checked = true;
    }
    const url = new URL(request.url ?? `/${this.#apiPath}`, `https://${this.host}`);
    const presented =
      request.clientCertificate === undefined
        ? null
        : clientCertificateRecord(request.clientCertificate, "send(): clientCertificate");
    const requested = presented !== null && this.#certificateRequested(url.hostname);
    const requestState = new RequestState({
      method: (request.method ?? "GET").toUpperCase(),
      url,
      headers: headersFromWire(request.headers, "send(): headers"),
      body: request.body,
      ipAddress: request.ipAddress ?? "203.0.113.10",
      certificate: requested ? presented : null,
    });
    const startedAt = this.clock.now();
    const execution = new Execution(
      requestState,
      new ResponseState(),
      this.#contextSource.api.ServiceUrl.ToString(),
      request.subscriptionId ?? this.#options.subscription?.id ?? "master",
      this.#options.tracing?.threshold ?? "verbose",
      startedAt,
    );
    execution.recordInputs = createInputRecorder(this.#inputs, execution, {
      startedAt,
      timeZone: this.clock.timeZone,
    });
    const context = createContext(this.#contextSource, execution, () => execution.currentLocation);
    const policies = this.#policies;
    const environment: RunEnvironment = {
      gateway: this,
      execution,
      context,
      // A method, not a property holding an arrow function: tsx (esbuild's keepNames) names
      // every such function with a defineProperty call, on every request (bench/harness.bench.ts).
      runBase(frame) {
        return runParentScope(policies, frame, environment);
      },
    };
    const dotnet: DotnetEnvironment = {
      instant: startedAt,
      timeZone: this.clock.timeZone,
      trustedCaCertificates: this.#trustedDer,
      revocationReachable: this.revocationReachable,
      guidSeed: this.#options.guidSeed ?? 0,
      randomSeed: this.#options.randomSeed ?? 0,
    };
    const warnings = [...this.deploymentWarnings];
    if (presented && !requested)
      warnings.push(
        `the client certificate was not requested: ${this.#negotiationSwitch(url.hostname)} is off for ${url.hostname}, ` +
          "so context.Request.Certificate is null (mutual-certificates-for-clients article)",
      );
    for (const warning of warnings) {
      execution.warnings.push(warning);
      execution.note({ scope: "operation", section: "inbound", path: [] }, `warning: ${warning}`);
    }
    if (requestState.certificate) await warmUpCertificates([requestState.certificate.der], dotnet);
    const operationMethod = this.#contextSource.operation.Method;
    const running = inDotnetEnvironment(dotnet, () => {
      if (isPreflight(environment, operationMethod) && answerPreflight(policies, environment))
        return runPostponed(execution);
      const pipeline = runPipeline(policies, environment, () => String(context.RequestId));
      return isPromiseLike(pipeline)
        ? pipeline.then(() => runPostponed(execution))
        : runPostponed(execution);
    });
    // Only a pipeline that went asynchronous is awaited (sync-first.ts says why).
    if (running) await running;
    return buildResult(execution);
  }

  /**
   * Whether APIM asks the caller for its certificate on this host name. Classic and v2 tiers:
   * hostnameConfiguration.negotiateClientCertificate, false by default; Consumption: "Request client
   * certificate" (enableClientCertificate), false by default ("How to secure APIs using client
   * certificate authentication", Important boxes). The v2 tiers list "client certificate
   * renegotiation" as unavailable (v2 tiers overview, "Preview limitations"), so there too the
   * certificate is only seen when it is negotiated in the handshake.
   */
  #certificateRequested(hostName: string): boolean {
    const deployment = this.#options.deployment ?? {};
    if (this.tier === "Consumption") return deployment.enableClientCertificate ?? false;
    const host = hostName.toLowerCase();
    if (host === this.host.toLowerCase()) return deployment.negotiateClientCertificate ?? false;
    const custom = Object.entries(deployment.hostNames ?? {}).find(
      ([name]) => name.toLowerCase() === host,
    );
    if (!custom)
      throw new HarnessRefusal(
        `send(): a client certificate was presented to host '${hostName}', which is neither the gateway's ` +
          `default host name '${this.host}' nor one of deployment.hostNames; APIM only accepts requests ` +
          "for its configured host names (configure-custom-domain article, Important box)",
      );
    return custom[1].negotiateClientCertificate ?? false;
  }

  #negotiationSwitch(hostName: string): string {
    if (this.tier === "Consumption")
      return "enableClientCertificate ('Request client certificate')";
    return hostName.toLowerCase() === this.host.toLowerCase()
      ? "deployment.negotiateClientCertificate"
      : `deployment.hostNames['${hostName}'].negotiateClientCertificate`;
  }

  // --- GatewayRuntime (used by policy handlers) ---

  namedValue(name: string): string {
    const value = this.#options.namedValues?.[name];
    if (value === undefined)
      throw new HarnessRefusal(
        `Named value '${name}' is not configured (APIM would reject the policy)`,
      );
    return value;
  }

  fragment(id: string): FragmentDocument {
    const found = this.#options.fragments?.[id];
    if (!found)
      throw new HarnessRefusal(
        `Policy fragment '${id}' is not configured (APIM would reject the policy)`,
      );
    return found;
  }

  hasEventHubLogger(id: string): boolean {
    return this.#options.eventHubLoggers?.includes(id) ?? false;
  }

  get operationResponses(): readonly OperationResponse[] {
    return this.#options.operation?.responses ?? [];
  }

  /** A configured backend's circuit breaker now: tripped, until when, failures counted. */
  backendCircuit(id: string): CircuitState {
    return this.backends.circuit(id);
  }

  forwardUrl(baseUrl: string, requestUrl: URL, keepTrailingSlash: boolean): string {
    const path = trimSlashes(requestUrl.pathname);
    const rest =
      this.#apiPath && (path === this.#apiPath || path.startsWith(this.#apiPath + "/"))
        ? path.slice(this.#apiPath.length)
        : `/${path}`;
    const suffix = rest === "" || rest === "/" ? "" : rest.startsWith("/") ? rest : `/${rest}`;
    // A path rewrite-uri wrote keeps its trailing slash: the API Management FAQ ("How does API
    // Management handle trailing slashes when calling backend services?") names rewrite-uri as
    // the way "to ensure a trailing slash is always added to the outbound backend call". For a
    // path the client sent, the FAQ says only that an operation `resource` accepts `resource/`
    // too, not what reaches the backend: the slash is dropped here, a choice no page confirms.
    const slash = keepTrailingSlash && requestUrl.pathname.endsWith("/") ? "/" : "";
    return `${baseUrl.replace(/\/+$/, "")}${suffix}${slash}${requestUrl.search}`;
  }

  service(url: string): MockHandler | undefined {
    let best: [string, MockHandler] | undefined;
    for (const entry of Object.entries(this.#options.services ?? {})) {
      if (url.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
    }
    return best?.[1];
  }

  retryJitter(): number {
    const factor = this.#options.retryJitter?.() ?? 1;
    if (!(factor >= 0.8 && factor <= 1.2)) {
      throw new HarnessRefusal(`retryJitter gave ${factor}; APIM draws the factor in [0.8, 1.2]`);
    }
    return factor;
  }

  state<T>(owner: object, create: () => T): T {
    if (!this.#state.has(owner)) this.#state.set(owner, create());
    return this.#state.get(owner) as T;
  }

  x509(record: CertificateRecord): X509Certificate2 {
    let found = this.#x509.get(record.thumbprint);
    if (!found) {
      found = newX509Certificate2(record.der);
      this.#x509.set(record.thumbprint, found);
    }
    return found;
  }
}

/** Creates a simulated APIM instance. */
export function createGateway(options: GatewayOptions = {}): ApimGateway {
  return new ApimGateway(options);
}
