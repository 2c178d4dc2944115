// The Application Gateway's configuration as plain data, shaped exactly like the Bicep/ARM resource
// `Microsoft.Network/applicationGateways` (same property names, same `properties` nesting, same
// `{ id: resourceId(...) }` references), so a user can transcribe their Bicep line for line. Only
// the parts that decide what reaches the backend are modelled; the rest (identity, autoscale,
// frontend IP configurations, diagnostics) is accepted and ignored.

/** A reference to a sibling resource: `{ id: resourceId('Microsoft.Network/applicationGateways/frontendPorts', gatewayName, 'port-https') }`, or `{ id: 'port-https' }`. */
export interface SubResource {
  readonly id: string;
}

/** A named child resource, as ARM writes them: `{ name, properties: {...} }`. */
export interface Named<P> {
  readonly name: string;
  readonly properties: P;
}

export interface FrontendPortProperties {
  readonly port: number;
}

export interface SslCertificateProperties {
  /** The server certificate as base64 PFX (ignored by the simulation: it only needs to exist). */
  readonly data?: string;
  readonly password?: string;
  /** A Key Vault secret holding the server certificate (ignored by the simulation). */
  readonly keyVaultSecretId?: string;
}

export interface TrustedClientCertificateProperties {
  /** A chain file's content: PEM, intermediates first, then exactly one root (what `loadTextContent('...-with-root-ca.cer')` gives). */
  readonly data: string;
}

/** `verifyClientAuthMode`: Strict (default) answers 400 itself; Passthrough forwards whatever was sent. */
export type VerifyClientAuthMode = "Strict" | "Passthrough";

export interface ClientAuthConfiguration {
  /** Default "Strict". */
  readonly verifyClientAuthMode?: VerifyClientAuthMode;
  /** Also require the certificate's issuer DN to equal the one taken from the uploaded chain. Default false. */
  readonly verifyClientCertIssuerDN?: boolean;
  /** "None" (default) or "OCSP". The simulation has no OCSP responder: "OCSP" is refused as not simulated. */
  readonly verifyClientRevocation?: "None" | "OCSP";
}

export interface SslProfileProperties {
  readonly clientAuthConfiguration?: ClientAuthConfiguration;
  /** References to `trustedClientCertificates` entries. */
  readonly trustedClientCertificates?: readonly SubResource[];
  /** TLS policy (ignored by the simulation). */
  readonly sslPolicy?: unknown;
}

export type ListenerProtocol = "Http" | "Https";

export interface HttpListenerProperties {
  readonly protocol: ListenerProtocol;
  /** Basic listener when omitted (with `hostNames`): any host. */
  readonly hostName?: string;
  /** Multi-site listener host names; `*` and `?` wildcards allowed, as in Azure. */
  readonly hostNames?: readonly string[];
  readonly frontendIPConfiguration?: SubResource;
  readonly frontendPort: SubResource;
  /** Required for Https. */
  readonly sslCertificate?: SubResource;
  /** mTLS: a listener with an SSL profile that has `clientAuthConfiguration` asks for a client certificate. */
  readonly sslProfile?: SubResource;
  readonly requireServerNameIndication?: boolean;
}

export interface BackendAddress {
  /** The backend's host name; matched against the `backends` given to the gateway (an APIM harness's `host`). */
  readonly fqdn?: string;
  readonly ipAddress?: string;
}

export interface BackendAddressPoolProperties {
  readonly backendAddresses: readonly BackendAddress[];
}

export interface ProbeProperties {
  readonly protocol: ListenerProtocol;
  /** APIM's health endpoint is `/status-0123456789abcdef`. */
  readonly path: string;
  readonly host?: string;
  readonly pickHostNameFromBackendHttpSettings?: boolean;
  readonly interval?: number;
  readonly timeout?: number;
  readonly unhealthyThreshold?: number;
  /** Default 200-399. */
  readonly match?: { readonly statusCodes?: readonly string[]; readonly body?: string };
}

export interface BackendHttpSettingsProperties {
  readonly port: number;
  readonly protocol: ListenerProtocol;
  readonly cookieBasedAffinity?: "Enabled" | "Disabled";
  /** The Host header sent to the backend (APIM needs its own host name). */
  readonly hostName?: string;
  readonly pickHostNameFromBackendAddress?: boolean;
  readonly requestTimeout?: number;
  readonly probe?: SubResource;
}

/** A rewrite condition: `variable` is `var_<server variable>`, `http_req_<header>` or `http_resp_<header>`. */
export interface RewriteRuleCondition {
  readonly variable: string;
  /** A regular expression. */
  readonly pattern: string;
  /** Default true, as in Azure. */
  readonly ignoreCase?: boolean;
  readonly negate?: boolean;
}

/** Sets a header; `{var_...}`, `{http_req_...}` placeholders are substituted; an empty result removes the header. */
export interface HeaderConfiguration {
  readonly headerName: string;
  readonly headerValue: string;
}

export interface RewriteRuleActionSet {
  readonly requestHeaderConfigurations?: readonly HeaderConfiguration[];
  readonly responseHeaderConfigurations?: readonly HeaderConfiguration[];
  /** URL rewrites are not simulated (a rule that uses them is refused). */
  readonly urlConfiguration?: unknown;
}

export interface RewriteRule {
  readonly name: string;
  /** Rules run in ascending `ruleSequence`. */
  readonly ruleSequence: number;
  /** All must match (AND). */
  readonly conditions?: readonly RewriteRuleCondition[];
  readonly actionSet: RewriteRuleActionSet;
}

export interface RewriteRuleSetProperties {
  readonly rewriteRules: readonly RewriteRule[];
}

export interface RequestRoutingRuleProperties {
  /** Required on v2 SKUs (1-20000, unique). */
  readonly priority?: number;
  /** Only "Basic" is simulated. */
  readonly ruleType: "Basic" | "PathBasedRouting";
  readonly httpListener: SubResource;
  readonly backendAddressPool?: SubResource;
  readonly backendHttpSettings?: SubResource;
  /** One rewrite rule set per routing rule. */
  readonly rewriteRuleSet?: SubResource;
  readonly redirectConfiguration?: SubResource;
  readonly urlPathMap?: SubResource;
}

export interface ApplicationGatewaySku {
  readonly name: string;
  readonly tier: string;
  readonly capacity?: number;
}

/** The `properties` of the resource. */
export interface ApplicationGatewayProperties {
  readonly sku?: ApplicationGatewaySku;
  readonly enableHttp2?: boolean;
  readonly autoscaleConfiguration?: unknown;
  readonly gatewayIPConfigurations?: readonly unknown[];
  readonly frontendIPConfigurations?: readonly unknown[];
  readonly frontendPorts: readonly Named<FrontendPortProperties>[];
  readonly sslCertificates?: readonly Named<SslCertificateProperties>[];
  readonly trustedClientCertificates?: readonly Named<TrustedClientCertificateProperties>[];
  readonly sslProfiles?: readonly Named<SslProfileProperties>[];
  readonly httpListeners: readonly Named<HttpListenerProperties>[];
  readonly backendAddressPools: readonly Named<BackendAddressPoolProperties>[];
  readonly probes?: readonly Named<ProbeProperties>[];
  readonly backendHttpSettingsCollection: readonly Named<BackendHttpSettingsProperties>[];
  readonly rewriteRuleSets?: readonly Named<RewriteRuleSetProperties>[];
  readonly requestRoutingRules: readonly Named<RequestRoutingRuleProperties>[];
}

/** The whole resource: `resource applicationGateway 'Microsoft.Network/applicationGateways@...' = { name, properties }`. */
export interface ApplicationGatewayResource {
  readonly name: string;
  readonly location?: string;
  readonly tags?: Readonly<Record<string, string>>;
  readonly identity?: unknown;
  readonly properties: ApplicationGatewayProperties;
}

const FAKE_SCOPE =
  "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers";

/**
 * Bicep's `resourceId(type, gatewayName, childName)` for the gateway's child resources, so a
 * reference transcribes verbatim: `resourceId('Microsoft.Network/applicationGateways/frontendPorts', applicationGatewayName, 'port-https')`.
 */
export function resourceId(type: string, ...names: readonly string[]): string {
  const [namespace, ...types] = type.split("/");
  const segments: string[] = [];
  types.forEach((typeName, index) => segments.push(typeName, names[index] ?? ""));
  return `${FAKE_SCOPE}/${namespace}/${segments.join("/")}`;
}
