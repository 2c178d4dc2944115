// Turns the Bicep-shaped resource into the model requests run against: references resolved,
// chain files checked, rewrite sets compiled, backends bound to harness instances. Every problem is
// reported with its property path (what a Bicep author searches for), all at once.
import type { ClientAuthenticationPolicy } from "./client-authentication.ts";
import type { BackendTarget, CompiledGateway, CompiledProbe } from "./compiled-model.ts";
import { compileRoutes } from "./compile-routes.ts";
import type { ApplicationGatewayResource, Named, SubResource } from "./configuration.ts";
import { ProblemList } from "./configuration-error.ts";
import { checkUniqueNames, reference, type Collection } from "./references.ts";
import { compileRewriteRuleSet, type CompiledRewriteRule } from "./rewrite-rules.ts";
import {
  parseTrustedClientChain,
  TRUSTED_CLIENT_CERTIFICATE_LIMITS,
  type TrustedClientChain,
} from "./trusted-client-certificates.ts";

export type * from "./compiled-model.ts";

const ARR_CLIENT_CERT = "x-arr-clientcert";

function statusRanges(codes: readonly string[] | undefined): [number, number][] {
  return (codes ?? ["200-399"]).map((code) => {
    const [low, high] = code.split("-").map(Number);
    return [low!, high ?? low!];
  });
}

/** Checks and compiles a resource. Throws ApplicationGatewayConfigurationError listing every problem. */
export function compileConfiguration(
  resource: ApplicationGatewayResource,
  backends: readonly BackendTarget[],
): CompiledGateway {
  const problems = new ProblemList();
  const warnings: string[] = [];
  const name = resource?.name;
  if (typeof name !== "string" || name === "")
    problems.add(
      "name",
      "MissingName",
      "the gateway needs a name (resourceId references include it)",
    );
  const p = resource?.properties ?? ({} as ApplicationGatewayResource["properties"]);
  const ref = <P>(
    items: readonly Named<P>[] | undefined,
    collection: Collection,
    r: SubResource | undefined,
    path: string,
  ) => reference(name, items, collection, r, path, problems);
  const v2 = /_v2$/i.test(p.sku?.tier ?? "Standard_v2");

  for (const key of [
    "frontendPorts",
    "sslCertificates",
    "trustedClientCertificates",
    "sslProfiles",
    "httpListeners",
    "backendAddressPools",
    "probes",
    "backendHttpSettingsCollection",
    "rewriteRuleSets",
    "requestRoutingRules",
  ] as const) {
    checkUniqueNames(
      p[key] as readonly { name: string }[] | undefined,
      `properties.${key}`,
      problems,
    );
  }
  for (const key of [
    "frontendPorts",
    "httpListeners",
    "backendAddressPools",
    "backendHttpSettingsCollection",
    "requestRoutingRules",
  ] as const) {
    if (!Array.isArray(p[key]) || p[key].length === 0)
      problems.add(`properties.${key}`, "MissingProperty", `${key} must have at least one entry`);
  }

  const ports = new Map<number, string>();
  (p.frontendPorts ?? []).forEach((port, index) => {
    const value = port.properties?.port;
    if (!Number.isInteger(value) || value < 1 || value > 65535)
      problems.add(
        `properties.frontendPorts[${index}].properties.port`,
        "InvalidPort",
        `'${String(value)}' is not a port number`,
      );
    else if (ports.has(value))
      problems.add(
        `properties.frontendPorts[${index}].properties.port`,
        "DuplicatePort",
        `port ${value} is also frontend port '${ports.get(value)}'`,
      );
    else ports.set(value, port.name);
  });

  (p.sslCertificates ?? []).forEach((certificate, index) => {
    if (!certificate.properties?.data && !certificate.properties?.keyVaultSecretId) {
      problems.add(
        `properties.sslCertificates[${index}].properties`,
        "MissingProperty",
        "give data (a PFX) or keyVaultSecretId",
      );
    }
  });

  const chains = new Map<string, TrustedClientChain>();
  const trusted = p.trustedClientCertificates ?? [];
  if (trusted.length > TRUSTED_CLIENT_CERTIFICATE_LIMITS.chainsPerGateway) {
    problems.add(
      "properties.trustedClientCertificates",
      "TooManyTrustedClientCertificates",
      `at most ${TRUSTED_CLIENT_CERTIFICATE_LIMITS.chainsPerGateway} chains per gateway`,
    );
  }
  trusted.forEach((entry, index) => {
    const chain = parseTrustedClientChain(
      entry.name,
      entry.properties?.data,
      `properties.trustedClientCertificates[${index}].properties.data`,
      problems,
    );
    if (chain) chains.set(entry.name, chain);
  });

  const profiles = new Map<string, ClientAuthenticationPolicy | undefined>();
  (p.sslProfiles ?? []).forEach((profile, index) => {
    const path = `properties.sslProfiles[${index}].properties`;
    const auth = profile.properties?.clientAuthConfiguration;
    const mode = auth?.verifyClientAuthMode ?? "Strict";
    if (mode !== "Strict" && mode !== "Passthrough")
      problems.add(
        `${path}.clientAuthConfiguration.verifyClientAuthMode`,
        "InvalidVerifyClientAuthMode",
        `'${String(mode)}' must be Strict or Passthrough`,
      );
    if (auth?.verifyClientRevocation !== undefined && auth.verifyClientRevocation !== "None") {
      problems.add(
        `${path}.clientAuthConfiguration.verifyClientRevocation`,
        "NotSimulated",
        `'${auth.verifyClientRevocation}': the simulation has no OCSP responder; use "None"`,
      );
    }
    const refs = profile.properties?.trustedClientCertificates ?? [];
    if (refs.length > TRUSTED_CLIENT_CERTIFICATE_LIMITS.chainsPerSslProfile) {
      problems.add(
        `${path}.trustedClientCertificates`,
        "TooManyTrustedClientCertificates",
        `at most ${TRUSTED_CLIENT_CERTIFICATE_LIMITS.chainsPerSslProfile} chains per SSL profile`,
      );
    }
    const profileChains = refs.flatMap((r, i) => {
      const entry = ref(
        trusted,
        "trustedClientCertificates",
        r,
        `${path}.trustedClientCertificates[${i}]`,
      );
      return entry && chains.has(entry.name) ? [chains.get(entry.name)!] : [];
    });
    if (mode === "Strict" && refs.length === 0 && auth !== undefined) {
      problems.add(
        `${path}.trustedClientCertificates`,
        "MissingTrustedClientCertificates",
        "Strict client authentication needs at least one trusted client CA chain",
      );
    }
    // Mutual authentication is on when the profile trusts CA chains, or asks for Passthrough.
    const mtls = refs.length > 0 || mode === "Passthrough";
    profiles.set(
      profile.name,
      mtls
        ? {
            mode,
            verifyClientCertIssuerDN: auth?.verifyClientCertIssuerDN === true,
            chains: profileChains,
          }
        : undefined,
    );
  });

  const rewriteSets = new Map<string, CompiledRewriteRule[]>();
  (p.rewriteRuleSets ?? []).forEach((set, index) => {
    const rules = compileRewriteRuleSet(
      set.properties ?? { rewriteRules: [] },
      `properties.rewriteRuleSets[${index}].properties`,
      problems,
    );
    rewriteSets.set(set.name, rules);
    for (const rule of rules) {
      for (const header of rule.requestHeaders) {
        if (
          header.headerName.toLowerCase() === ARR_CLIENT_CERT &&
          header.headerValue.includes("{var_client_certificate}")
        ) {
          warnings.push(
            `rewrite rule '${rule.name}' of set '${set.name}' forwards the certificate in X-ARR-ClientCert: APIM's v2 tiers receive that header empty; use another name such as X-Client-Certificate`,
          );
        }
      }
    }
  });

  const probes = new Map<string, CompiledProbe>();
  (p.probes ?? []).forEach((probe, index) => {
    const path = probe.properties?.path;
    if (typeof path !== "string" || !path.startsWith("/"))
      problems.add(
        `properties.probes[${index}].properties.path`,
        "InvalidProbePath",
        "the probe path must start with '/'",
      );
    probes.set(probe.name, {
      name: probe.name,
      path: path ?? "/",
      host: probe.properties?.host,
      pickHostNameFromBackendHttpSettings:
        probe.properties?.pickHostNameFromBackendHttpSettings === true,
      statusRanges: statusRanges(probe.properties?.match?.statusCodes),
    });
  });

  const listeners = compileRoutes({
    properties: p,
    problems,
    ref,
    v2,
    backends,
    profiles,
    rewriteSets,
    probes,
  });
  problems.throwIfAny();
  return { name, listeners, trustedClientChains: chains, warnings };
}
