// Warnings for the traps a newcomer falls into, by the scope a policy document is deployed at:
// a section without <base/> below the global scope (the enclosing scopes' policies silently stop
// running for it), and an operation or API policy whose backend neither forwards nor inherits
// (requests never reach the backend). Warnings never fail the build or a harness run.
import type { ApimDiagnostic } from "../diagnostics/diagnostic.ts";
import { unlocated as diagnostic } from "../diagnostics/unlocated.ts";
import type { AnyStatement } from "../policies/define-policy.ts";
import { policyDefinition } from "../policies/index.ts";
import type { PolicyDocument } from "./document.ts";
import { SECTIONS, type ScopeName, type SectionName } from "./scope.ts";
import { sectionStatements } from "./validate-document.ts";

const PARENTS: Readonly<Record<ScopeName, string>> = {
  global: "",
  workspace: "global",
  product: "workspace and global",
  api: "product, workspace and global",
  operation: "API, product, workspace and global",
};

/** Whether a kind occurs in the statements, in choose branches included (not in a policy's children). */
function holds(statements: unknown, kind: string): boolean {
  if (!Array.isArray(statements)) return false;
  return (statements as readonly AnyStatement[]).some((statement) => {
    if (statement?.kind === kind) return true;
    const nested = policyDefinition(String(statement?.kind))?.nested?.(statement) ?? [];
    return nested.some((list) => list.inSection && holds(list.statements, kind));
  });
}

/** The warnings for a policy document deployed at `scope`. */
export function documentWarnings(document: PolicyDocument, scope: ScopeName): ApimDiagnostic[] {
  if (scope === "global") return [];
  const warnings: ApimDiagnostic[] = [];
  const missingBase = (section: SectionName) =>
    !holds(sectionStatements(document, section), "base");
  // forward-request-policy.md: removing forward-request means the request is not forwarded to the
  // backend and outbound runs right after inbound. Only the global scope holds it by default, so
  // an operation or API backend section with neither <forward-request> nor <base/> never calls it.
  const backend = sectionStatements(document, "backend");
  const neverForwards =
    (scope === "operation" || scope === "api") &&
    missingBase("backend") &&
    !holds(backend, "forward-request");
  if (neverForwards) {
    warnings.push(
      diagnostic(
        "backendNeverForwards",
        `the ${scope} policy's backend section neither forwards the request nor holds <base/>, so requests never reach the backend`,
        undefined,
        "write backend: [base()] to keep the global scope's <forward-request>, or forwardRequest() to forward here",
      ),
    );
  }
  // api-management-howto-policies.md, "Use base element to set policy evaluation order": a
  // section runs its parent scope's same section only where it holds <base />.
  for (const section of SECTIONS) {
    if (!missingBase(section) || (section === "backend" && neverForwards)) continue;
    warnings.push(
      diagnostic(
        "sectionWithoutBase",
        `the ${scope} policy's ${section} section has no <base/>, so the ${PARENTS[scope]} scopes' ${section} policies do not run for it`,
        undefined,
        `add base() where they should run (usually first), or keep it out on purpose`,
      ),
    );
  }
  return warnings;
}
