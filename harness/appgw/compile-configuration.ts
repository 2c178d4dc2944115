// Turns the Bicep-shaped resource into the model requests run against: references resolved,
// chain files checked, rewrite sets compiled, backends bound to harness instances. Every problem is
// reported with its property path (what a Bicep author searches for), all at once.
import type { GatewayRequest } from "../apim/gateway-options.ts";
import type { SendResult } from "../apim/result.ts";
import type { ClientAuthenticationPolicy } from "./client-authentication.ts";
import type {
  ApplicationGatewayResource,
  ListenerProtocol,
  Named,
  SubResource,
} from "./configuration.ts";
import { ProblemList } from "./configuration-error.ts";
import { compileRewriteRuleSet, type CompiledRewriteRule } from "./rewrite-rules.ts";
import {
  parseTrustedClientChain,
  TRUSTED_CLIENT_CERTIFICATE_LIMITS,
  type TrustedClientChain,
} from "./trusted-client-certificates.ts";

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

type Collection =
  | "frontendPorts"
  | "sslCertificates"
  | "trustedClientCertificates"
  | "sslProfiles"
  | "httpListeners"
  | "backendAddressPools"
  | "probes"
  | "backendHttpSettingsCollection"
  | "rewriteRuleSets";

const ARR_CLIENT_CERT = "x-arr-clientcert";

/** Resolves `{ id }` (an ARM id from resourceId, or a bare name) in a collection; adds a problem when it does not resolve. */
function reference<P>(
  gatewayName: string,
  items: readonly Named<P>[] | undefined,
  collection: Collection,
  ref: SubResource | undefined,
  path: string,
  problems: ProblemList,
): Named<P> | undefined {
  if (ref === undefined) return undefined;
  const id = typeof ref.id === "string" ? ref.id : "";
  const segments = id.split("/").filter((s) => s !== "");
  let name = id;
  if (segments.length > 1) {
    const [gatewayType, gateway, type, child] = segments.slice(-4);
    if (type !== collection || gatewayType !== "applicationGateways") {
      problems.add(
        `${path}.id`,
        "InvalidReference",
        `'${id}' does not name an entry of ${collection}`,
      );
      return undefined;
    }
    if (gateway !== gatewayName)
      problems.add(
        `${path}.id`,
        "InvalidReference",
        `'${id}' names gateway '${gateway}', not '${gatewayName}'`,
      );
    name = child ?? "";
  }
  const found = (items ?? []).find((item) => item.name === name);
  if (!found)
    problems.add(
      `${path}.id`,
      "InvalidReference",
      `no ${collection} entry named '${name}' (have: ${(items ?? []).map((i) => i.name).join(", ") || "none"})`,
    );
  return found;
}

function checkUniqueNames(
  items: readonly { name: string }[] | undefined,
  path: string,
  problems: ProblemList,
): void {
  const seen = new Set<string>();
  (items ?? []).forEach((item, index) => {
    if (typeof item.name !== "string" || item.name === "")
      problems.add(`${path}[${index}].name`, "MissingName", "every entry needs a name");
    else if (seen.has(item.name))
      problems.add(
        `${path}[${index}].name`,
        "DuplicateName",
        `another entry is already named '${item.name}'`,
      );
    seen.add(item.name);
  });
}

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

  const listeners: CompiledListener[] = [];
  const claimed = new Map<string, string>();
  const routed = new Set<string>();
  const priorities = new Map<number, string>();
  (p.requestRoutingRules ?? []).forEach((rule, index) => {
    const path = `properties.requestRoutingRules[${index}].properties`;
    const props = rule.properties ?? ({} as (typeof rule)["properties"]);
    if (props.ruleType !== "Basic")
      problems.add(
        `${path}.ruleType`,
        props.ruleType === "PathBasedRouting" ? "NotSimulated" : "InvalidRuleType",
        `'${String(props.ruleType)}': only Basic rules are simulated`,
      );
    if (props.redirectConfiguration !== undefined)
      problems.add(`${path}.redirectConfiguration`, "NotSimulated", "redirects are not simulated");
    if (props.priority === undefined) {
      if (v2)
        problems.add(
          `${path}.priority`,
          "MissingProperty",
          "rules on v2 SKUs need a priority (1-20000)",
        );
    } else if (!Number.isInteger(props.priority) || props.priority < 1 || props.priority > 20000) {
      problems.add(
        `${path}.priority`,
        "InvalidPriority",
        `'${String(props.priority)}' must be an integer from 1 to 20000`,
      );
    } else if (priorities.has(props.priority)) {
      problems.add(
        `${path}.priority`,
        "DuplicatePriority",
        `rule '${priorities.get(props.priority)}' has the same priority`,
      );
    } else priorities.set(props.priority, rule.name);

    const listener = ref(
      p.httpListeners,
      "httpListeners",
      props.httpListener,
      `${path}.httpListener`,
    );
    if (props.httpListener === undefined)
      problems.add(
        `${path}.httpListener`,
        "MissingProperty",
        "a routing rule needs an httpListener",
      );
    if (listener && routed.has(listener.name))
      problems.add(
        `${path}.httpListener.id`,
        "ListenerAlreadyRouted",
        `listener '${listener.name}' is already used by another routing rule`,
      );
    if (listener) routed.add(listener.name);
    const pool = ref(
      p.backendAddressPools,
      "backendAddressPools",
      props.backendAddressPool,
      `${path}.backendAddressPool`,
    );
    const settings = ref(
      p.backendHttpSettingsCollection,
      "backendHttpSettingsCollection",
      props.backendHttpSettings,
      `${path}.backendHttpSettings`,
    );
    if (props.backendAddressPool === undefined)
      problems.add(
        `${path}.backendAddressPool`,
        "MissingProperty",
        "a Basic rule needs a backendAddressPool",
      );
    if (props.backendHttpSettings === undefined)
      problems.add(
        `${path}.backendHttpSettings`,
        "MissingProperty",
        "a Basic rule needs backendHttpSettings",
      );
    const rewriteSet = ref(
      p.rewriteRuleSets,
      "rewriteRuleSets",
      props.rewriteRuleSet,
      `${path}.rewriteRuleSet`,
    );
    if (!listener || !pool || !settings) return;

    const listenerIndex = p.httpListeners.indexOf(listener);
    const lp = `properties.httpListeners[${listenerIndex}].properties`;
    const lprops = listener.properties ?? ({} as (typeof listener)["properties"]);
    if (lprops.protocol !== "Http" && lprops.protocol !== "Https")
      problems.add(
        `${lp}.protocol`,
        "InvalidProtocol",
        `'${String(lprops.protocol)}' must be Http or Https`,
      );
    const frontendPort = ref(
      p.frontendPorts,
      "frontendPorts",
      lprops.frontendPort,
      `${lp}.frontendPort`,
    );
    if (lprops.protocol === "Https") {
      if (lprops.sslCertificate === undefined)
        problems.add(
          `${lp}.sslCertificate`,
          "MissingProperty",
          "an Https listener needs an sslCertificate",
        );
      ref(p.sslCertificates, "sslCertificates", lprops.sslCertificate, `${lp}.sslCertificate`);
    }
    const profile = ref(p.sslProfiles, "sslProfiles", lprops.sslProfile, `${lp}.sslProfile`);
    if (profile && lprops.protocol !== "Https")
      problems.add(
        `${lp}.sslProfile`,
        "SslProfileOnHttpListener",
        "an SSL profile needs an Https listener",
      );
    const hostNames = [
      ...(lprops.hostName ? [lprops.hostName] : []),
      ...(lprops.hostNames ?? []),
    ].map((h) => h.toLowerCase());
    const port = frontendPort?.properties?.port ?? 0;
    for (const host of hostNames.length > 0 ? hostNames : ["*basic*"]) {
      const key = `${port}|${host}`;
      if (claimed.has(key))
        problems.add(
          `${lp}`,
          "ConflictingListeners",
          `listener '${claimed.get(key)}' already listens on port ${port} for ${host === "*basic*" ? "any host" : host}`,
        );
      claimed.set(key, listener.name);
    }

    const poolIndex = p.backendAddressPools.indexOf(pool);
    const targets = (pool.properties?.backendAddresses ?? []).flatMap((address, i) => {
      const host = (address.fqdn ?? address.ipAddress ?? "").toLowerCase();
      const target = backends.find((backend) => backend.host.toLowerCase() === host);
      if (!target) {
        problems.add(
          `properties.backendAddressPools[${poolIndex}].properties.backendAddresses[${i}].${address.fqdn !== undefined ? "fqdn" : "ipAddress"}`,
          "UnknownBackend",
          `'${host}' is none of the backends given to the gateway (${backends.map((b) => b.host).join(", ") || "none"}); pass the APIM harness whose host it is`,
        );
      }
      return target ? [target] : [];
    });
    if ((pool.properties?.backendAddresses ?? []).length === 0)
      problems.add(
        `properties.backendAddressPools[${poolIndex}].properties.backendAddresses`,
        "MissingProperty",
        "the pool has no backend address",
      );
    const settingsIndex = p.backendHttpSettingsCollection.indexOf(settings);
    const sprops = settings.properties ?? ({} as (typeof settings)["properties"]);
    const probe = ref(
      p.probes,
      "probes",
      sprops.probe,
      `properties.backendHttpSettingsCollection[${settingsIndex}].properties.probe`,
    );
    listeners.push({
      name: listener.name,
      protocol: lprops.protocol,
      port,
      hostNames,
      sslProfile: profile?.name,
      clientAuthentication: profile ? profiles.get(profile.name) : undefined,
      route: {
        name: rule.name,
        priority: props.priority,
        rewriteRuleSet: rewriteSet?.name,
        rewrites: rewriteSet ? (rewriteSets.get(rewriteSet.name) ?? []) : [],
        backend: {
          poolName: pool.name,
          targets,
          settingsName: settings.name,
          protocol: sprops.protocol,
          port: sprops.port,
          hostName: sprops.hostName,
          pickHostNameFromBackendAddress: sprops.pickHostNameFromBackendAddress === true,
          probe: probe ? probes.get(probe.name) : undefined,
        },
      },
    });
  });
  (p.httpListeners ?? []).forEach((listener, index) => {
    if (!routed.has(listener.name))
      problems.add(
        `properties.httpListeners[${index}]`,
        "ListenerWithoutRoutingRule",
        `listener '${listener.name}' is not used by any requestRoutingRules entry`,
      );
  });
  problems.throwIfAny();
  return { name, listeners, trustedClientChains: chains, warnings };
}
