// <choose><when condition/>...<otherwise/></choose>: the first true condition wins. The type
// parameter carries the statements of the branches, so a choose is allowed in a section only
// when every statement in it is.
import type { ExpressionOnly } from "../model/expression.ts";
import { element, type XmlElement, type XmlNode } from "../emit/xml-tree.ts";
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

export function chooseToXml<S>(statement: Choose<S>, statementToXml: (s: S) => XmlNode): XmlElement {
  const branches: XmlElement[] = statement.when.map((branch) =>
    element("when", { condition: branch.condition }, branch.statements.map(statementToXml)),
  );
  if (statement.otherwise) {
    branches.push(element("otherwise", {}, statement.otherwise.statements.map(statementToXml)));
  }
  return element("choose", { id: statement.id }, branches);
}
