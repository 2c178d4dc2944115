// Resolving `{ id }` references between the gateway's child resources: an ARM id as Bicep's
// resourceId() builds it, or a bare name. A reference that does not resolve, names another
// collection or another gateway is a problem at its property path.
import type { Named, SubResource } from "./configuration.ts";
import type { ProblemList } from "./configuration-error.ts";

export type Collection =
  | "frontendPorts"
  | "sslCertificates"
  | "trustedClientCertificates"
  | "sslProfiles"
  | "httpListeners"
  | "backendAddressPools"
  | "probes"
  | "backendHttpSettingsCollection"
  | "rewriteRuleSets";

/** Resolves `{ id }` (an ARM id from resourceId, or a bare name) in a collection; adds a problem when it does not resolve. */
export function reference<P>(
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

export function checkUniqueNames(
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
