// The policy document model: what a policy-src module exports and what the emitter, the harness
// and the C# cross-check all consume. There is no other description of a policy.
import type {
  BackendStatement,
  InboundStatement,
  OnErrorStatement,
  OutboundStatement,
  Statement,
} from "./statement.ts";
import { validateDocument } from "./validate-document.ts";

export interface PolicyDocument {
  readonly kind: "policies";
  readonly inbound: readonly InboundStatement[];
  readonly backend: readonly BackendStatement[];
  readonly outbound: readonly OutboundStatement[];
  readonly onError: readonly OnErrorStatement[];
}

export interface FragmentDocument {
  readonly kind: "fragment";
  readonly statements: readonly Statement[];
}

export type Document = PolicyDocument | FragmentDocument;

export interface PolicySections {
  readonly inbound?: readonly InboundStatement[];
  readonly backend?: readonly BackendStatement[];
  readonly outbound?: readonly OutboundStatement[];
  readonly onError?: readonly OnErrorStatement[];
}

/** A policy document (`<policies>`); an omitted section is written empty (nothing inherited). */
export function policy(sections: PolicySections): PolicyDocument {
  return {
    kind: "policies",
    inbound: sections.inbound ?? [],
    backend: sections.backend ?? [],
    outbound: sections.outbound ?? [],
    onError: sections.onError ?? [],
  };
}

/**
 * A policy fragment (`<fragment>`): no sections, no `<base/>`, no nested fragments. Checked by
 * the build's own validation, so it throws the message the build and the harness report.
 */
export function fragment(statements: readonly Statement[]): FragmentDocument {
  const document: FragmentDocument = { kind: "fragment", statements };
  const problems = validateDocument(document);
  if (problems.length > 0) throw new Error(`fragment(): ${problems.map((d) => d.message).join("; ")}`);
  return document;
}

export function isDocument(value: unknown): value is Document {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return kind === "policies" || kind === "fragment";
}
