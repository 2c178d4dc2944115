// <retry condition count interval max-interval delta first-fast-retry>: runs its child policies once,
// then again while `condition` is true, at most `count` more times, waiting between attempts
// (retry-policy.md). Every attribute accepts expressions; it is allowed in every section and its
// children obey the section's rules (the type parameter carries them, as for choose).
import type { int } from "../dotnet/types.ts";
import type { Value } from "../model/expression.ts";
import { isExpressionSlot } from "../model/expression.ts";
import { element, type XmlElement, type XmlNode } from "../emit/xml-tree.ts";
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

function positive(
  builder: string,
  name: string,
  value: unknown,
  max = Number.MAX_SAFE_INTEGER,
): void {
  if (value === undefined || isExpressionSlot(value)) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? "a positive integer" : `an integer from 1 to ${max}`;
    throw new RangeError(`${builder}(): ${name} must be ${range}, got ${String(value)}`);
  }
}

/** `<retry>`: the statements run once, then again while `condition` holds, up to `count` retries. */
export function retry<S>(options: RetryOptions, statements: readonly S[]): Retry<S> {
  for (const name of ["condition", "count", "interval"] as const) {
    if (options[name] === undefined) throw new Error(`retry(): ${name} is required`);
  }
  // The page: count is "a positive number between 1 and 50"; interval, max-interval and delta are
  // "a positive number in seconds".
  positive("retry", "count", options.count, 50);
  positive("retry", "interval", options.interval);
  positive("retry", "maxInterval", options.maxInterval);
  positive("retry", "delta", options.delta);
  if (statements.length === 0) throw new Error("retry(): APIM expects one or more child policies");
  return { kind: "retry", ...options, statements };
}

export function retryToXml<S>(statement: Retry<S>, statementToXml: (s: S) => XmlNode): XmlElement {
  return element(
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
    statement.statements.map(statementToXml),
  );
}
