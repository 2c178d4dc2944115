// <limit-concurrency key max-count>: its child policies run for at most `max-count` requests at a
// time per `key`; a request over the limit fails at once with 429 (limit-concurrency-policy.md).
// `key` accepts expressions and "Can be shared by multiple policies"; `max-count` does not. All four
// sections; the children run in the enclosing section and obey its rules (a container like retry).
import type { int } from "../dotnet/types.ts";
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy, type AnyStatement, type NestedStatements } from "./define-policy.ts";
import { checked, integerIn, literalOnly, nonEmpty, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface LimitConcurrencyOptions extends CommonOptions {
  /** The concurrency scope: requests with the same key share the count, across policies. */
  readonly key: Value<string>;
  /** Literal only: how many requests may be inside the policy at once. */
  readonly maxCount: int;
}

export interface LimitConcurrency<S>
  extends StatementBase<"limit-concurrency">, LimitConcurrencyOptions {
  readonly statements: readonly S[];
}

/** `<limit-concurrency>`: the statements run for at most `maxCount` concurrent requests per key. */
export function limitConcurrency<S>(
  options: LimitConcurrencyOptions,
  statements: readonly S[],
): LimitConcurrency<S> {
  return checked(limitConcurrencyPolicy, {
    kind: "limit-concurrency",
    ...options,
    statements: statements as readonly AnyStatement[],
  }) as LimitConcurrency<S>;
}

export const limitConcurrencyPolicy = definePolicy({
  element: "limit-concurrency",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["limitConcurrency"],
  reference: "https://learn.microsoft.com/azure/api-management/limit-concurrency-policy",
  summary: "Lets at most max-count requests at a time run its child policies (429 beyond).",
  toXml: (statement: LimitConcurrency<AnyStatement>, childToXml): XmlNode =>
    element(
      "limit-concurrency",
      { id: statement.id, key: slot(statement.key), "max-count": String(statement.maxCount) },
      statement.statements.map(childToXml),
    ),
  nested: (statement): readonly NestedStatements[] => [
    { statements: statement.statements ?? [], path: [], inSection: true },
  ],
  // limit-concurrency-policy.md, Attributes: key (a string) and max-count ("An integer",
  // "Policy expressions aren't allowed") are required. The page gives no range for max-count: any
  // integer from 0 is accepted (0 lets no request in).
  validate: (statement, check): void => {
    if (required(check, statement.key, "limit-concurrency key"))
      nonEmpty(check, statement.key, "limit-concurrency key");
    if (
      required(check, statement.maxCount, "limit-concurrency max-count") &&
      literalOnly(check, statement.maxCount, "limit-concurrency max-count")
    )
      integerIn(
        check,
        statement.maxCount,
        0,
        Number.MAX_SAFE_INTEGER,
        "limit-concurrency max-count",
      );
    if (!Array.isArray(statement.statements))
      check.error("limit-concurrency needs a list of child policies");
  },
});
