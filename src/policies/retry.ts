// <retry condition count interval max-interval delta first-fast-retry>: runs its child policies once,
// then again while `condition` is true, at most `count` more times, waiting between attempts
// (retry-policy.md). Every attribute accepts expressions; it is allowed in every section and its
// children run in the enclosing section and obey its rules (the type parameter carries them, as for
// choose).
import type { int } from "../dotnet/types.ts";
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy, type AnyStatement, type NestedStatements } from "./define-policy.ts";
import { checked, integerIn, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface RetryOptions extends CommonOptions {
  /** Evaluated after each attempt: true retries (while retries remain), false stops. */
  readonly condition: Value<boolean>;
  /** Retries after the first attempt, 1 to 50. */
  readonly count: Value<int>;
  /** Seconds between attempts (the first wait, with delta). */
  readonly interval: Value<int>;
  /** Seconds: the cap of the exponential algorithm (with delta). */
  readonly maxInterval?: Value<int>;
  /** Seconds added per retry (linear), or the exponential step (with maxInterval). */
  readonly delta?: Value<int>;
  /** The first retry runs at once; APIM's default is false. */
  readonly firstFastRetry?: Value<boolean>;
}

export interface Retry<S> extends StatementBase<"retry">, RetryOptions {
  readonly statements: readonly S[];
}

/** `<retry>`: the statements run once, then again while `condition` holds, up to `count` retries. */
export function retry<S>(options: RetryOptions, statements: readonly S[]): Retry<S> {
  return checked(retryPolicy, {
    kind: "retry",
    ...options,
    statements: statements as readonly AnyStatement[],
  }) as Retry<S>;
}

const MAX = Number.MAX_SAFE_INTEGER;

export const retryPolicy = definePolicy({
  element: "retry",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["retry"],
  reference: "https://learn.microsoft.com/azure/api-management/retry-policy",
  summary: "Runs its child policies again while a condition holds, waiting between attempts.",
  toXml: (statement: Retry<AnyStatement>, childToXml): XmlNode =>
    element(
      "retry",
      {
        id: statement.id,
        condition: slot(statement.condition),
        count: slot(statement.count),
        interval: slot(statement.interval),
        "max-interval": slot(statement.maxInterval),
        delta: slot(statement.delta),
        "first-fast-retry": slot(statement.firstFastRetry),
      },
      statement.statements.map(childToXml),
    ),
  // The children run in the enclosing section, so they obey its rules.
  nested: (statement): readonly NestedStatements[] => [
    { statements: statement.statements ?? [], path: [], inSection: true },
  ],
  // retry-policy.md, Attributes: condition, count and interval are required; count is "a positive
  // number between 1 and 50"; interval, max-interval and delta are "a positive number in seconds".
  // Elements: "One or more child policies".
  validate: (statement, check): void => {
    required(check, statement.condition, "retry condition");
    if (required(check, statement.count, "retry count"))
      integerIn(check, statement.count, 1, 50, "retry count");
    if (required(check, statement.interval, "retry interval"))
      integerIn(check, statement.interval, 1, MAX, "retry interval");
    integerIn(check, statement.maxInterval, 1, MAX, "retry max-interval");
    integerIn(check, statement.delta, 1, MAX, "retry delta");
    if ((statement.statements ?? []).length === 0)
      check.error("retry needs one or more child policies");
  },
});
