// Routing rules and the listeners they serve: each Basic rule binds one listener (port, host
// names, SSL profile) to a backend pool, its HTTP settings (host name, probe) and a rewrite set.
// Problems are reported at the rule's or listener's property path.
import type { ClientAuthenticationPolicy } from "./client-authentication.ts";
import type { BackendTarget, CompiledListener, CompiledProbe } from "./compiled-model.ts";
import type { ApplicationGatewayProperties, Named, SubResource } from "./configuration.ts";
import type { ProblemList } from "./configuration-error.ts";
import type { Collection } from "./references.ts";
import type { CompiledRewriteRule } from "./rewrite-rules.ts";

/** What compileRoutes needs from the rest of the compilation. */
export interface RouteInputs {
  readonly properties: ApplicationGatewayProperties;
  readonly problems: ProblemList;
  readonly ref: <P>(
    items: readonly Named<P>[] | undefined,
    collection: Collection,
    r: SubResource | undefined,
    path: string,
  ) => Named<P> | undefined;
  /** v2 SKUs require a rule priority. */
  readonly v2: boolean;
  readonly backends: readonly BackendTarget[];
  readonly profiles: ReadonlyMap<string, ClientAuthenticationPolicy | undefined>;
  readonly rewriteSets: ReadonlyMap<string, CompiledRewriteRule[]>;
  readonly probes: ReadonlyMap<string, CompiledProbe>;
}

/** Compiles the routing rules into listeners. */
export function compileRoutes(inputs: RouteInputs): CompiledListener[] {
  const { properties: p, problems, ref, v2, backends, profiles, rewriteSets, probes } = inputs;
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
  return listeners;
}
