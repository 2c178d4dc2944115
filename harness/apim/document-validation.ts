// Before a gateway's first request, its configured documents go through the build's own
// validation (src/model/validate-document.ts): a document the build refuses (a policy in a section
// APIM does not allow it in, directly or through an included fragment; a trace severity outside
// the enumeration; ...) is refused here with the build's message, not run. The newcomer warnings
// (src/model/document-warnings.ts) are exposed as `gateway.warnings`, never thrown.
import { formatDiagnostic, type ApimDiagnostic } from "../../src/diagnostics/diagnostic.ts";
import type { FragmentDocument } from "../../src/model/document.ts";
import { documentWarnings } from "../../src/model/document-warnings.ts";
import { validateDocument } from "../../src/model/validate-document.ts";
import type { ScopeName } from "../../src/model/scope.ts";
import type { ScopePolicies } from "./gateway-options.ts";
import { HarnessRefusal } from "./harness-refusal.ts";

type Fragments = Readonly<Record<string, FragmentDocument>>;

/** Refuses (HarnessRefusal, every problem at once) a configuration the build would refuse. */
export function assertValidDocuments(policies: ScopePolicies, fragments: Fragments): void {
  const lookup = (id: string) => (Object.hasOwn(fragments, id) ? fragments[id] : undefined);
  const problems: string[] = [];
  for (const [scope, document] of Object.entries(policies)) {
    if (!document) continue;
    for (const d of validateDocument(document, { scope: scope as ScopeName, fragment: lookup }))
      problems.push(`${scope} scope: ${formatDiagnostic(d)}`);
  }
  for (const [id, document] of Object.entries(fragments)) {
    for (const d of validateDocument(document))
      problems.push(`fragment '${id}': ${formatDiagnostic(d)}`);
  }
  if (problems.length > 0) {
    throw new HarnessRefusal(
      `The configured policies break rules APIM enforces when they are saved, so the build refuses them and the harness will not run them:\n` +
        problems.join("\n"),
    );
  }
}

/** The newcomer warnings of every configured scope's document (the build's APIM2007/APIM2008). */
export function configurationWarnings(policies: ScopePolicies): ApimDiagnostic[] {
  return Object.entries(policies).flatMap(([scope, document]) =>
    document ? documentWarnings(document, scope as ScopeName) : [],
  );
}
