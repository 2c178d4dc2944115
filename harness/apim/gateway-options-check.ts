// What createGateway() and send() refuse before anything runs: an option that does not exist (a
// misspelt `negotiateClientCertifcate` would otherwise be ignored and the test would pass for the
// wrong reason), a tier that does not exist, and configurations the service itself does not have:
// CA certificates on a tier without a CA store, a client-certificate switch of another tier.
// Every refusal names the option and what was expected (field report 13).
import { HarnessRefusal } from "./harness-refusal.ts";
import {
  tierHasCaStore,
  type GatewayOptions,
  type GatewayRequest,
  type Tier,
} from "./gateway-options.ts";
import { VirtualClock } from "./clock.ts";
import { checkBackends } from "./backends/backend-check.ts";

const TIERS: readonly Tier[] = [
  "Developer",
  "Basic",
  "Standard",
  "Premium",
  "BasicV2",
  "StandardV2",
  "PremiumV2",
  "Consumption",
];

/** Known keys per option object; `*` applies to every value of a record. */
interface Shape {
  readonly keys: readonly string[];
  readonly nested?: Readonly<Record<string, Shape>>;
  readonly each?: Shape;
}

const DEPLOYMENT: Shape = {
  keys: [
    "serviceName",
    "region",
    "tier",
    "gatewayId",
    "certificates",
    "caCertificates",
    "revocationReachable",
    "revokedThumbprints",
    "negotiateClientCertificate",
    "enableClientCertificate",
    "hostNames",
  ],
  nested: { hostNames: { keys: [], each: { keys: ["negotiateClientCertificate"] } } },
};

const IDENTITY: Shape = { keys: ["principalId", "tokenLifetime", "resources", "failure"] };
const MANAGED_IDENTITY: Shape = {
  keys: ["systemAssigned", "userAssigned", "tenantId"],
  nested: { systemAssigned: IDENTITY, userAssigned: { keys: [], each: IDENTITY } },
};

const CONNECTION: Shape = {
  keys: ["status", "accessToken", "tokenLifetime", "refreshable", "claims", "accessPolicy"],
  nested: { accessPolicy: { keys: ["managed", "identities"] } },
};
const CREDENTIAL_MANAGER: Shape = {
  keys: ["providers"],
  nested: {
    providers: {
      keys: [],
      each: { keys: ["connections"], nested: { connections: { keys: [], each: CONNECTION } } },
    },
  },
};

const GATEWAY: Shape = {
  keys: [
    "policies",
    "fragments",
    "deployment",
    "namedValues",
    "clock",
    "tracing",
    "backend",
    "backends",
    "loadBalancingSeed",
    "services",
    "api",
    "operation",
    "product",
    "subscription",
    "guidSeed",
    "randomSeed",
    "retryJitter",
    "managedIdentity",
    "credentialManager",
    "eventHubLoggers",
  ],
  nested: {
    managedIdentity: MANAGED_IDENTITY,
    credentialManager: CREDENTIAL_MANAGER,
    policies: { keys: ["global", "workspace", "product", "api", "operation"] },
    deployment: DEPLOYMENT,
    clock: { keys: ["instant", "timeZone"] },
    tracing: { keys: ["enabled", "threshold"] },
    backends: { keys: [], each: { keys: ["type", "url", "circuitBreaker", "pool"] } },
    api: { keys: ["id", "name", "path", "serviceUrl", "version", "revision"] },
    operation: { keys: ["id", "name", "method", "urlTemplate", "responses"] },
    product: { keys: ["id", "name"] },
    subscription: { keys: ["id", "name", "key"] },
  },
};

const REQUEST: Shape = {
  keys: ["method", "url", "headers", "body", "clientCertificate", "ipAddress", "subscriptionId"],
};

function checkShape(value: unknown, shape: Shape, path: string): void {
  if (value === undefined) return;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new HarnessRefusal(
      `${path}: expected an object, got ${Array.isArray(value) ? "an array" : String(value)}`,
    );
  if (value instanceof VirtualClock) return;
  for (const [key, inner] of Object.entries(value)) {
    if (shape.each) {
      checkShape(inner, shape.each, `${path}['${key}']`);
      continue;
    }
    if (!shape.keys.includes(key))
      throw new HarnessRefusal(
        `${path}: there is no option '${key}' (the options are ${shape.keys.join(", ")}); ` +
          "an unknown option is refused rather than ignored",
      );
    const nested = shape.nested?.[key];
    if (nested) checkShape(inner, nested, `${path}.${key}`);
  }
}

/**
 * Refuses options createGateway() does not have and configurations the service cannot have; returns
 * the warnings for configurations the service accepts but does not use.
 */
export function checkGatewayOptions(options: GatewayOptions): string[] {
  checkShape(options, GATEWAY, "createGateway()");
  const deployment = options.deployment ?? {};
  const tier = deployment.tier ?? "Developer";
  if (!TIERS.includes(tier))
    throw new HarnessRefusal(
      `createGateway(): deployment.tier '${String(tier)}' is not one of ${TIERS.join(", ")}`,
    );
  // The v2 tiers and Consumption have no CA certificate store (MicrosoftDocs/azure-docs#122775 "V2 does
  // not support CA certificates", corrected by PRs #122943/#122946; field report 03). CA certificates
  // configured there are not used, and the gateway says so in every result's warnings and log
  // rather than ignore them silently (a test that uploads them expects them to count).
  checkBackends(options.backends, tier);
  const warnings: string[] = [];
  if (!tierHasCaStore(tier) && (deployment.caCertificates?.length ?? 0) > 0)
    warnings.push(
      `deployment.caCertificates are not used: the ${tier} tier has no CA certificate store (azure-docs#122775), ` +
        "so private-CA chains never validate there",
    );
  // "To receive and verify client certificates in the Consumption tier you must turn on the 'Request
  // client certificate' setting"; negotiateClientCertificate is the other tiers' switch ("This feature
  // is not available in the Consumption tier"): mutual-certificates-for-clients article.
  if (
    tier === "Consumption" &&
    (deployment.negotiateClientCertificate !== undefined || deployment.hostNames !== undefined)
  )
    throw new HarnessRefusal(
      "createGateway(): deployment.negotiateClientCertificate/hostNames on the Consumption tier: its switch is " +
        "enableClientCertificate ('Request client certificate'); negotiation is not available there",
    );
  if (tier !== "Consumption" && deployment.enableClientCertificate !== undefined)
    throw new HarnessRefusal(
      `createGateway(): deployment.enableClientCertificate on the ${tier} tier: it is the Consumption tier's ` +
        "'Request client certificate' switch; use negotiateClientCertificate (per host name: hostNames)",
    );
  return warnings;
}

/** Refuses a send() option that does not exist. */
export function checkGatewayRequest(request: GatewayRequest): void {
  checkShape(request, REQUEST, "send()");
}
