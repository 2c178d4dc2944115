// <choose><when condition/>...<otherwise/></choose>: the first true condition wins. The type
// parameter carries the statements of the branches, so a choose is allowed in a section only
// when every statement in it is.
import type { ExpressionOnly } from "../model/expression.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy, type AnyStatement, type NestedStatements } from "./define-policy.ts";
import type { StatementBase } from "./statement-base.ts";

export interface When<S> {
  readonly kind: "when";
  readonly condition: ExpressionOnly<boolean>;
  readonly statements: readonly S[];
}

export interface Otherwise<S> {
  readonly kind: "otherwise";
  readonly statements: readonly S[];
}

export interface Choose<S> extends StatementBase<"choose"> {
  readonly when: readonly When<S>[];
  readonly otherwise?: Otherwise<S>;
}

/** `<when condition="@(...)">`: the condition is always an expression. */
export function when<S>(condition: ExpressionOnly<boolean>, statements: readonly S[]): When<S> {
  return { kind: "when", condition, statements };
}

/** `<otherwise>`: runs when no condition was true. */
export function otherwise<S>(statements: readonly S[]): Otherwise<S> {
  return { kind: "otherwise", statements };
}

/** The statements of a set of branches (a union when branches hold different statements). */
export type BranchStatements<B> = B extends When<infer S> | Otherwise<infer S> ? S : never;

/** `<choose>`: one or more `when`, then at most one `otherwise`, last. */
export function choose<B extends readonly (When<unknown> | Otherwise<unknown>)[]>(
  ...branches: B
): Choose<BranchStatements<B[number]>> {
  type S = BranchStatements<B[number]>;
  const whens: When<S>[] = [];
  let otherwiseBranch: Otherwise<S> | undefined;
  for (const branch of branches) {
    if (otherwiseBranch) throw new Error("choose(): 'otherwise' must be the last branch");
    if (branch.kind === "when") whens.push(branch as When<S>);
    else otherwiseBranch = branch as Otherwise<S>;
  }
  if (whens.length === 0) throw new Error("choose(): APIM requires at least one 'when'");
  return { kind: "choose", when: whens, otherwise: otherwiseBranch };
}

export const choosePolicy = definePolicy({
  element: "choose",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["choose", "when", "otherwise"],
  reference: "https://learn.microsoft.com/azure/api-management/choose-policy",
  summary: "Runs the statements of the first branch whose condition is true.",
  toXml: (statement: Choose<AnyStatement>, childToXml): XmlNode => {
    const branches = statement.when.map((branch) =>
      element("when", { condition: branch.condition }, branch.statements.map(childToXml)),
    );
    if (statement.otherwise)
      branches.push(element("otherwise", {}, statement.otherwise.statements.map(childToXml)));
    return element("choose", { id: statement.id }, branches);
  },
  // Branches run in the enclosing section, so their statements obey its rules.
  nested: (statement): readonly NestedStatements[] => [
    ...(statement.when ?? []).map((branch, index) => ({
      statements: branch.statements ?? [],
      path: [`when[${index + 1}]`],
      inSection: true,
    })),
    ...(statement.otherwise
      ? [{ statements: statement.otherwise.statements ?? [], path: ["otherwise"], inSection: true }]
      : []),
  ],
  // choose-policy.md, Elements: "when: at least one", "otherwise: zero or one"; a when's
  // `condition` is a Boolean policy expression.
  validate: (statement, check): void => {
    if (!statement.when || statement.when.length === 0)
      check.error("choose needs at least one when");
    for (const branch of statement.when ?? []) {
      if (!isExpressionSlot(branch.condition))
        check.error("a when condition must be a policy expression, e.g. (context) => ...");
    }
  },
});
