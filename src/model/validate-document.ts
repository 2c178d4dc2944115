// The document rules the types enforce, checked again at run time so that the build and the
// harness refuse the same documents with the same messages: each statement in a section APIM
// allows it in (through choose branches and included fragments too), each policy's own rules
// (src/policies/<policy>.ts `validate`), fragments without <base/> or nested fragments. The
// harness runs this before a gateway's first request; the build before emitting.
import type { ApimDiagnostic } from "../diagnostics/diagnostic.ts";
import { unlocated as diagnostic } from "../diagnostics/unlocated.ts";
import type { AnyStatement } from "../policies/define-policy.ts";
import { policyDefinition } from "../policies/index.ts";
import { problemsOf } from "../policies/rules.ts";
import type { Document, FragmentDocument } from "./document.ts";
import { SECTIONS, type ScopeName, type SectionName } from "./scope.ts";

export interface ValidationOptions {
  /** The scope the document is deployed at, when known (checks each policy's `scopes`). */
  readonly scope?: ScopeName;
  /** Looks up an included fragment, to check its statements against the section including it. */
  readonly fragment?: (id: string) => FragmentDocument | undefined;
}

const SECTION_KEYS = {
  inbound: "inbound",
  backend: "backend",
  outbound: "outbound",
  "on-error": "onError",
} as const;

/** The statements of a policy document's section (an absent or malformed one is reported). */
export function sectionStatements(document: Document, section: SectionName): unknown {
  return (document as unknown as Record<string, unknown>)[SECTION_KEYS[section]];
}

interface Walk {
  readonly options: ValidationOptions;
  readonly problems: ApimDiagnostic[];
  /** Fragments being expanded (a fragment cannot include one, but a hand-built one might). */
  readonly expanding: Set<string>;
}

function segmentsOf(statements: readonly AnyStatement[]): string[] {
  const counts = new Map<string, number>();
  return statements.map((statement) => {
    const kind = String(statement?.kind);
    const position = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, position);
    return `${kind}[${position}]`;
  });
}

/**
 * Checks statements; `section` is where they run (undefined for a fragment on its own, whose
 * section is known only where it is included); `sectionRules` is false for a policy's own
 * children (return-response's set-status), which obey their rules but not the section's.
 */
function walkStatements(
  statements: unknown,
  section: SectionName | undefined,
  sectionRules: boolean,
  path: readonly string[],
  inFragment: boolean,
  walk: Walk,
): void {
  const where = path.join(" > ");
  if (!Array.isArray(statements)) {
    walk.problems.push(
      diagnostic("policyRule", `${where}: expected a list of statements, got ${typeof statements}`),
    );
    return;
  }
  const list = statements as readonly AnyStatement[];
  const segments = segmentsOf(list);
  list.forEach((statement, index) => {
    const here = [...path, segments[index]!];
    const at = here.join(" > ");
    const definition =
      statement && typeof statement.kind === "string"
        ? policyDefinition(statement.kind)
        : undefined;
    if (!definition) {
      walk.problems.push(
        diagnostic(
          "unknownStatement",
          `${at}: '${String(statement?.kind)}' is not a policy apim-ts knows`,
          undefined,
          "build statements with apim-ts's builders, or rawXml() for a policy without one",
        ),
      );
      return;
    }
    if (inFragment && (statement.kind === "base" || statement.kind === "include-fragment")) {
      walk.problems.push(
        diagnostic(
          "fragmentContent",
          `${at}: a fragment cannot hold <${statement.kind}/>`,
          undefined,
          "move it into the policy document that includes the fragment",
        ),
      );
    }
    if (section && sectionRules && !(definition.sections as readonly string[]).includes(section)) {
      walk.problems.push(
        diagnostic(
          "policyNotInSection",
          `${at}: <${statement.kind}> is not allowed in the ${section} section; APIM allows it only in ${definition.sections.join(", ")}`,
          undefined,
          `move it to ${definition.sections.join(" or ")} (${definition.reference}, Usage)`,
        ),
      );
    }
    const scope = walk.options.scope;
    if (scope && definition.scopes && !definition.scopes.includes(scope)) {
      walk.problems.push(
        diagnostic(
          "policyNotInSection",
          `${at}: <${statement.kind}> is not allowed at the ${scope} scope; APIM allows it only at ${definition.scopes.join(", ")}`,
          undefined,
          `move it to a policy at the ${definition.scopes.join(" or ")} scope (${definition.reference}, Usage)`,
        ),
      );
    }
    if (definition.oncePerSection && segments[index] !== `${statement.kind}[1]`) {
      walk.problems.push(
        diagnostic(
          "policyRule",
          `${at}: <${statement.kind}> can only be used once in a policy section`,
          undefined,
          `keep one <${statement.kind}> (${definition.reference}, Usage notes)`,
        ),
      );
    }
    for (const problem of problemsOf(definition, statement)) {
      walk.problems.push(
        diagnostic("policyRule", `${at}: ${problem}`, undefined, `see ${definition.reference}`),
      );
    }
    for (const nested of definition.nested?.(statement) ?? []) {
      walkStatements(
        nested.statements,
        section,
        nested.inSection && sectionRules,
        [...here, ...nested.path],
        inFragment,
        walk,
      );
    }
    if (statement.kind === "include-fragment" && section)
      includeFragment(statement, section, here, walk);
  });
}

/** An included fragment's statements run in the including section and obey its rules. */
function includeFragment(
  statement: AnyStatement,
  section: SectionName,
  path: readonly string[],
  walk: Walk,
): void {
  const id = String((statement as { fragmentId?: unknown }).fragmentId);
  const fragment = walk.options.fragment?.(id);
  if (!fragment || walk.expanding.has(id)) return;
  walk.expanding.add(id);
  walkStatements(fragment.statements, section, true, [...path, `fragment '${id}'`], true, walk);
  walk.expanding.delete(id);
}

/**
 * The errors of a document, without a location (the build adds its module's). Each message
 * starts with where the statement stands, e.g. `outbound > choose[1] > when[1] > rate-limit[1]`.
 */
export function validateDocument(
  document: Document,
  options: ValidationOptions = {},
): ApimDiagnostic[] {
  const walk: Walk = { options, problems: [], expanding: new Set() };
  if (document.kind === "fragment") {
    walkStatements(document.statements, undefined, true, ["fragment"], true, walk);
  } else {
    for (const section of SECTIONS)
      walkStatements(sectionStatements(document, section), section, true, [section], false, walk);
  }
  return walk.problems;
}
