// What policy handlers may use of the gateway that runs them: configuration lookups, mocks,
// certificates, the clock and state kept across requests (rate-limit counters). An interface, so
// that handlers do not depend on the gateway class.
import type { X509Certificate2 } from "../../src/dotnet/x509-certificate2.ts";
import type { FragmentDocument } from "../../src/model/document.ts";
import type { CertificateRecord } from "./certificate-input.ts";
import type { MockHandler, OperationResponse, Tier } from "./gateway-options.ts";
import type { VirtualClock } from "./clock.ts";
import type { ValueCache } from "./value-cache.ts";
import type { FakeCredentialManager } from "./credential-manager.ts";
import type { FakeEntraId } from "./managed-identity.ts";
import type { ResponseCache } from "./response-cache.ts";
import type { BackendRouter } from "./backends/backend-router.ts";

export interface GatewayRuntime {
  readonly clock: VirtualClock;
  /** retry's exponential jitter factor, in [0.8, 1.2] (GatewayOptions.retryJitter; default 1). */
  retryJitter(): number;
  /** The built-in value cache (cache-store-value, cache-lookup-value, cache-remove-value). */
  readonly cache: ValueCache;
  /** The response cache (cache-lookup, cache-store). */
  readonly responseCache: ResponseCache;
  readonly tier: Tier;
  /** Certificates uploaded to the service. */
  readonly uploadedCertificates: readonly CertificateRecord[];
  /** The trust store in force (empty on v2 tiers and Consumption). */
  readonly trustedCaCertificates: readonly CertificateRecord[];
  readonly revocationReachable: boolean;
  readonly revokedThumbprints: ReadonlySet<string>;
  /** A named value's text; refuses (HarnessRefusal) when it is not configured. */
  namedValue(name: string): string;
  /** A fragment by id; refuses when it is not configured. */
  fragment(id: string): FragmentDocument;
  /** Whether an event hub Logger with this id is registered (log-to-eventhub). */
  hasEventHubLogger(id: string): boolean;
  /** The configured backend entities (set-backend-service backend-id), pools and circuit breakers. */
  readonly backends: BackendRouter;
  readonly backend: MockHandler;
  /** The responses the operation declares (mock-response); empty when none are configured. */
  readonly operationResponses: readonly OperationResponse[];
  /**
   * The URL forward-request calls: the backend base URL plus the request's path after the API's,
   * ending with `/` when `keepTrailingSlash` (a path rewrite-uri wrote) and the path does.
   */
  forwardUrl(baseUrl: string, requestUrl: URL, keepTrailingSlash: boolean): string;
  /** The service mock for a URL (longest configured prefix), if any. */
  service(url: string): MockHandler | undefined;
  /** State that lives as long as the gateway, per key (rate-limit windows). */
  state<T>(owner: object, create: () => T): T;
  /** The fake Entra ID that issues the managed identities' tokens (authentication-managed-identity). */
  readonly entraId: FakeEntraId;
  /** The fake credential manager whose connections get-authorization-context reads. */
  readonly credentialManager: FakeCredentialManager;
  /** An X509Certificate2 of the runtime for a certificate (cached per certificate). */
  x509(record: CertificateRecord): X509Certificate2;
}
