// <wait for="all|any">: runs its immediate child policies in parallel and completes when all of
// them, or the first of them, have completed (wait-policy.md). Its children may only be
// send-request, cache-lookup-value and choose ("May contain as child elements only
// `send-request`, `cache-lookup-value`, and `choose` policies"); `for` accepts expressions and
// defaults to "all"; sections inbound, outbound and backend. A choose below it holds whatever its
// section allows (the page's example has rate-limit there), so the children run in the enclosing
// section and obey its rules, as retry's do.
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy, type AnyStatement, type NestedStatements } from "./define-policy.ts";
import { checked, oneOf } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

/** The kinds wait-policy.md allows as immediate children. */
export const WAIT_CHILD_KINDS = ["send-request", "cache-lookup-value", "choose"] as const;

/** A statement wait accepts as an immediate child. */
export type WaitChild = { readonly kind: (typeof WAIT_CHILD_KINDS)[number] };

export type WaitFor = "all" | "any";

export interface WaitOptions extends CommonOptions {
  /** "all" (APIM's default): every child completes; "any": the first to complete ends the others. */
  readonly for?: Value<WaitFor>;
}

export interface Wait<S> extends StatementBase<"wait">, WaitOptions {
  readonly statements: readonly S[];
}

/** `<wait>`: its send-request, cache-lookup-value and choose children run in parallel. */
export function wait<S extends WaitChild>(
  statements: readonly S[],
  options: WaitOptions = {},
): Wait<S> {
  return checked(waitPolicy, {
    kind: "wait",
    ...options,
    statements: statements as readonly AnyStatement[],
  }) as Wait<S>;
}

export const waitPolicy = definePolicy({
  element: "wait",
  sections: ["inbound", "backend", "outbound"],
  builders: ["wait"],
  reference: "https://learn.microsoft.com/azure/api-management/wait-policy",
  summary:
    "Runs its send-request, cache-lookup-value and choose children in parallel; waits for all or any.",
  toXml: (statement: Wait<AnyStatement>, childToXml): XmlNode =>
    element(
      "wait",
      { id: statement.id, for: slot(statement.for) },
      statement.statements.map(childToXml),
    ),
  nested: (statement): readonly NestedStatements[] => [
    { statements: statement.statements ?? [], path: [], inSection: true },
  ],
  // wait-policy.md, Attributes: for is "all" or "any"; Elements: only send-request,
  // cache-lookup-value and choose (the policy statement's comment: "one or more").
  validate: (statement, check): void => {
    oneOf(check, statement.for, ["all", "any"], "wait for");
    const children = statement.statements ?? [];
    if (children.length === 0) check.error("wait needs one or more child policies");
    for (const child of children) {
      if (!(WAIT_CHILD_KINDS as readonly string[]).includes(child.kind))
        check.error(
          `wait may contain only send-request, cache-lookup-value and choose, not ${child.kind}`,
        );
    }
  },
});
