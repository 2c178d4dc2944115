// What a test configures a simulated APIM instance with: policies per scope, fragments, the
// deployment (tier, certificates, CA store), named values, clock, tracing, the backend and the
// services send-request may call. Defaults are what a fresh Developer-tier instance would have.
import type { BackendsOptions } from "./backends/backend-options.ts";
import type { FragmentDocument, PolicyDocument } from "../../src/model/document.ts";
import type { TraceSeverity } from "../../src/policies/trace.ts";
import type { CertificateInput, UploadedCertificate } from "./certificate-input.ts";
import type { ClockOptions, VirtualClock } from "./clock.ts";
import type { HeaderInit } from "./header-map.ts";

/** APIM's pricing tiers. The v2 tiers and Consumption have no CA certificate store. */
export type Tier =
  | "Developer"
  | "Basic"
  | "Standard"
  | "Premium"
  | "BasicV2"
  | "StandardV2"
  | "PremiumV2"
  | "Consumption";

/** Whether a tier keeps uploaded CA certificates as trust anchors. */
export function tierHasCaStore(tier: Tier): boolean {
  return tier === "Developer" || tier === "Basic" || tier === "Standard" || tier === "Premium";
}

/**
 * The deployment switch that makes APIM ask callers for their certificate on its default host name:
 * negotiateClientCertificate, or on Consumption enableClientCertificate ("Request client
 * certificate"). Both are off by default in the service (mutual-certificates-for-clients article).
 */
export function requestClientCertificates(
  tier: Tier = "Developer",
): Pick<DeploymentOptions, "negotiateClientCertificate" | "enableClientCertificate"> {
  return tier === "Consumption"
    ? { enableClientCertificate: true }
    : { negotiateClientCertificate: true };
}

/** The scopes of APIM, outermost first. `<base/>` in one runs the next outer one's same section. */
export const SCOPES = ["global", "workspace", "product", "api", "operation"] as const;
export type ScopeName = (typeof SCOPES)[number];

/** A policy document per scope; a missing scope behaves as `<base/>` in every section. */
export type ScopePolicies = Partial<Record<ScopeName, PolicyDocument>>;

export interface DeploymentOptions {
  /** Default "apim-ts-sample". */
  readonly serviceName?: string;
  /** Default "West Europe". */
  readonly region?: string;
  /** Default "Developer". */
  readonly tier?: Tier;
  /** Default "managed". */
  readonly gatewayId?: string;
  /** Certificates uploaded to the service: context.Deployment.Certificates, authentication-certificate. */
  readonly certificates?: readonly UploadedCertificate[];
  /** CA certificates uploaded to the service: the trust store (ignored on v2 tiers and Consumption). */
  readonly caCertificates?: readonly UploadedCertificate[];
  /** Whether revocation information is reachable (validate-revocation, Verify()). Default false. */
  readonly revocationReachable?: boolean;
  /** Thumbprints reported as revoked when revocation information is reachable. */
  readonly revokedThumbprints?: readonly string[];
  /**
   * `hostnameConfiguration.negotiateClientCertificate` of the gateway's default host name
   * (`<service>.azure-api.net`), classic and v2 tiers. Default false, as in the service: since
   * May 2021 context.Request.Certificate is only requested when it is true ("How to secure APIs
   * using client certificate authentication", Important box under "Certificate validation with
   * context variables"). Off, a certificate the caller holds never reaches APIM.
   */
  readonly negotiateClientCertificate?: boolean;
  /**
   * The Consumption tier's "Request client certificate" (`enableClientCertificate`), its
   * equivalent of negotiateClientCertificate (same article, Important box). Default false.
   */
  readonly enableClientCertificate?: boolean;
  /** The gateway's custom host names, each with its own negotiateClientCertificate (default false). */
  readonly hostNames?: Readonly<Record<string, { readonly negotiateClientCertificate?: boolean }>>;
}

/** A request as the backend (or a send-request service) receives it. */
export interface OutgoingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string[]>>;
  readonly body: string;
  /** The client certificate APIM presents (authentication-certificate), or null. */
  readonly clientCertificate: { readonly der: Uint8Array; readonly thumbprint: string } | null;
  /** forward-request only: the configured backend (pool member) the request went to. */
  readonly backendId?: string;
  /** forward-request only: the HTTP proxy the request went through (the proxy policy). */
  readonly proxy?: ProxySettings;
}

/** The proxy policy's settings, as the request through it records them. */
export interface ProxySettings {
  readonly url: string;
  readonly username?: string;
  readonly password?: string;
}

/** What a backend or service mock answers. */
export interface MockResponse {
  /** Default 200. */
  readonly status?: number;
  readonly reason?: string;
  readonly headers?: HeaderInit;
  readonly body?: string;
}

export type MockHandler = (request: OutgoingRequest) => MockResponse | Promise<MockResponse>;

export interface ApiOptions {
  readonly id?: string;
  readonly name?: string;
  /** The API's URL suffix, e.g. "mtls" (default ""). */
  readonly path?: string;
  /** The backend base URL (default "https://backend.example.net"). */
  readonly serviceUrl?: string;
  readonly version?: string;
  readonly revision?: string;
}

export interface OperationOptions {
  readonly id?: string;
  readonly name?: string;
  readonly method?: string;
  /** e.g. "/users/{id}"; its parameters become context.Request.MatchedParameters. */
  readonly urlTemplate?: string;
  /**
   * The responses the operation declares, each with its representations (content type and
   * example), as in the API's definition: what mock-response returns. Default: none.
   */
  readonly responses?: readonly OperationResponse[];
}

/** A response an operation declares: a status code and its representations, in order. */
export interface OperationResponse {
  readonly status: number;
  readonly representations?: readonly OperationRepresentation[];
}

/** One representation of an operation's response. */
export interface OperationRepresentation {
  /** The media type, e.g. "application/json". */
  readonly contentType: string;
  /** The example's content as the caller receives it. */
  readonly example?: string;
  /**
   * A schema. APIM generates a sample from it when there is no example (mock-response-policy.md);
   * the harness does not, and refuses a mock-response that would need it.
   */
  readonly schema?: unknown;
}

export interface TracingOptions {
  /** context.Tracing (the caller asked for a trace). Default false. */
  readonly enabled?: boolean;
  /** Traces below this severity are recorded but marked as not delivered. Default "verbose". */
  readonly threshold?: TraceSeverity;
}

/**
 * One managed identity of the service, as the fake Microsoft Entra ID behind
 * authentication-managed-identity sees it. Tokens are cached by APIM "until it expires"
 * (authentication-managed-identity-policy.md), on the virtual clock.
 */
export interface ManagedIdentity {
  /** The identity's object (principal) id: the token's `oid` and `sub`. Default: derived from the client id. */
  readonly principalId?: string;
  /** Seconds a token stays valid. Default 3600 (project's choice; Entra ID decides it in the service). */
  readonly tokenLifetime?: number;
  /**
   * Resources this identity can get a token for (application IDs or App ID URIs); absent: any.
   * A request for another resource fails, as when the target API does not know the identity.
   */
  readonly resources?: readonly string[];
  /** Set: every token request fails with this description (e.g. "Entra ID unreachable"). */
  readonly failure?: string;
}

/** The service's managed identities: the system-assigned one and user-assigned ones by client id. */
export interface ManagedIdentityOptions {
  /** The system-assigned identity; absent: the service has none. */
  readonly systemAssigned?: ManagedIdentity;
  /** User-assigned identities by client id. */
  readonly userAssigned?: Readonly<Record<string, ManagedIdentity>>;
  /** The Entra ID tenant of the tokens (`tid`, issuer). Default the zero GUID. */
  readonly tenantId?: string;
}

/**
 * One connection (formerly "authorization") of a credential provider in the fake credential
 * manager behind get-authorization-context. "Connected" / "disconnected" are the connection's
 * states in the credential manager (credentials-overview.md); its access token expires on the
 * virtual clock and is then refreshed, as the runtime does ("If the authorization token is
 * expired, API Management uses the OAuth 2.0 flow to refresh the stored tokens",
 * credentials-overview.md, "How does credential manager work?").
 */
export interface CredentialConnection {
  /** Default "connected". A disconnected connection (consent missing or revoked) gives no token. */
  readonly status?: "connected" | "disconnected";
  /** The access token. Default: a deterministic opaque string per provider and connection. */
  readonly accessToken?: string;
  /** Seconds an access token stays valid. Default 3600 (project's choice). */
  readonly tokenLifetime?: number;
  /**
   * false: the refresh of an expired token fails (refresh token revoked), so once the access
   * token has expired on the virtual clock the connection is in error. Default true.
   */
  readonly refreshable?: boolean;
  /** Extra fields of the token response (Authorization.Claims, RFC 6749 section 5.1). */
  readonly claims?: Readonly<Record<string, string>>;
  /**
   * The connection's access policy (credentials-process-flow.md, "Access policy"): whether the
   * service's system-assigned managed identity may use it (default true), and the Microsoft
   * Entra identities (token `oid` + `tid`) that may, for identity-type jwt.
   */
  readonly accessPolicy?: {
    readonly managed?: boolean;
    readonly identities?: readonly { readonly oid: string; readonly tid: string }[];
  };
}

/** The credential manager: credential providers by provider id, each with connections by id. */
export interface CredentialManagerOptions {
  readonly providers?: Readonly<
    Record<string, { readonly connections?: Readonly<Record<string, CredentialConnection>> }>
  >;
}

/** Configuration of a simulated APIM instance. */
export interface GatewayOptions {
  readonly policies?: ScopePolicies;
  readonly fragments?: Readonly<Record<string, FragmentDocument>>;
  readonly deployment?: DeploymentOptions;
  /**
   * Named values: `{{name}}` in literals (the text as it is), namedValue()/namedBoolean() in
   * expressions (the text as C# reads it in `"{{name}}"` / bare; one that would not compile is
   * refused).
   */
  readonly namedValues?: Readonly<Record<string, string>>;
  /** The virtual clock, or options to create one. */
  readonly clock?: VirtualClock | ClockOptions;
  readonly tracing?: TracingOptions;
  /** The backend forward-request calls. Default: 200 with an empty body. */
  readonly backend?: MockHandler;
  /**
   * Backend entities by id (set-backend-service backend-id), as the backend resource's properties:
   * `{ url, circuitBreaker? }` or `{ type: "Pool", pool: { services: [{ id, priority?, weight? }] } }`.
   */
  readonly backends?: BackendsOptions;
  /**
   * Seed of the draws that spread requests over a pool's weighted members (the documentation does
   * not say how APIM assigns them). Default 0.
   */
  readonly loadBalancingSeed?: string | number;
  /** The ids of the event hub Loggers registered with the service (log-to-eventhub logger-id). */
  readonly eventHubLoggers?: readonly string[];
  /** Services send-request may call, by URL prefix (longest prefix wins). */
  readonly services?: Readonly<Record<string, MockHandler>>;
  readonly api?: ApiOptions;
  readonly operation?: OperationOptions;
  readonly product?: { readonly id?: string; readonly name?: string };
  /** The subscription callers use by default (rate-limit counts per subscription). */
  readonly subscription?: { readonly id?: string; readonly name?: string; readonly key?: string };
  /**
   * retry's exponential waits multiply `delta` by a factor APIM draws in [0.8, 1.2]
   * (retry-policy.md); this gives it. Default: always 1.
   */
  readonly retryJitter?: () => number;
  /** Seed of Guid.NewGuid and context.RequestId. Default 0. */
  readonly guidSeed?: string | number;
  /** Seed of the numbers `new Random().Next(...)` returns in expressions. Default 0. */
  readonly randomSeed?: string | number;
  /** The managed identities authentication-managed-identity gets tokens with. Default: none. */
  readonly managedIdentity?: ManagedIdentityOptions;
  /** The credential manager's providers and connections (get-authorization-context). Default: none. */
  readonly credentialManager?: CredentialManagerOptions;
}

/** A request sent to the gateway. */
export interface GatewayRequest {
  /** Default "GET". */
  readonly method?: string;
  /** Absolute URL, or a path on the gateway's host (default "/"). */
  readonly url?: string;
  readonly headers?: HeaderInit;
  readonly body?: string;
  /** The certificate the caller presents in the TLS handshake with APIM (direct mTLS). */
  readonly clientCertificate?: CertificateInput;
  /** Default "203.0.113.10". */
  readonly ipAddress?: string;
  /** Overrides the configured subscription id for this call. */
  readonly subscriptionId?: string;
}
