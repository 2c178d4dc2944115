// The policy document model: what a policy-src module exports and what the emitter, the harness
// and the C# cross-check all consume. There is no other description of a policy.
import type {
  BackendStatement,
  InboundStatement,
  OnErrorStatement,
  OutboundStatement,
  Statement,
} from "./statement.ts";

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

/** A policy fragment (`<fragment>`): no sections, no `<base/>`, no nested fragments. */
export function fragment(statements: readonly Statement[]): FragmentDocument {
  const walk = (list: readonly Statement[]): void => {
    for (const statement of list) {
      if (statement.kind === "base") throw new Error("fragment(): a fragment cannot contain <base/>");
      if (statement.kind === "include-fragment") {
        throw new Error("fragment(): a fragment cannot include another fragment");
      }
      if (statement.kind === "choose") {
        for (const branch of statement.when) walk(branch.statements as readonly Statement[]);
        if (statement.otherwise) walk(statement.otherwise.statements as readonly Statement[]);
      }
    }
  };
  walk(statements);
  return { kind: "fragment", statements };
}

export function isDocument(value: unknown): value is Document {
  const kind = (value as { kind?: unknown } | null)?.kind;
  return kind === "policies" || kind === "fragment";
}
