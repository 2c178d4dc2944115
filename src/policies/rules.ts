// The validation rules policy definitions declare (literal-only attributes, enumerations, ranges,
// non-empty names, one-line text), each producing the one message the builder, the build and the
// harness all show. A rule on a slot that holds an expression checks nothing the expression
// decides at run time: only literals are known before the request.
import { isExpressionSlot } from "../model/expression.ts";
import type { AnyStatement, PolicyCheck, PolicyDefinition } from "./define-policy.ts";

const quote = (value: unknown) => (typeof value === "string" ? `'${value}'` : String(value));

/** The attribute accepts no policy expression in APIM: a function or raw C# there is refused. */
export function literalOnly(check: PolicyCheck, value: unknown, attribute: string): boolean {
  if (!isExpressionSlot(value)) return true;
  check.error(`${attribute} accepts no policy expression in APIM; write a literal value`);
  return false;
}

/** A required value is present. */
export function required(check: PolicyCheck, value: unknown, attribute: string): boolean {
  if (value !== undefined && value !== null) return true;
  check.error(`${attribute} is required`);
  return false;
}

/** A literal is one of the values APIM documents (an expression is decided at run time). */
export function oneOf(
  check: PolicyCheck,
  value: unknown,
  allowed: readonly unknown[],
  attribute: string,
): void {
  if (value === undefined || isExpressionSlot(value) || allowed.includes(value)) return;
  check.error(`${attribute} ${quote(value)} is not one of ${allowed.map(quote).join(", ")}`);
}

/** A literal name or text is not empty (an expression is decided at run time). */
export function nonEmpty(check: PolicyCheck, value: unknown, attribute: string): void {
  if (value === undefined || isExpressionSlot(value)) return;
  if (typeof value !== "string" || value.trim() === "") {
    check.error(
      `${attribute} must be a non-empty string, got ${value === "" ? "''" : quote(value)}`,
    );
  }
}

/** A literal integer within [min, max] (an expression is decided at run time). */
export function integerIn(
  check: PolicyCheck,
  value: unknown,
  min: number,
  max: number,
  attribute: string,
): void {
  if (value === undefined || isExpressionSlot(value)) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER
        ? `an integer of at least ${min}`
        : `an integer from ${min} to ${max}`;
    check.error(`${attribute} must be ${range}, got ${quote(value)}`);
  }
}

/** A literal is one line of text (no CR or LF). */
export function oneLine(check: PolicyCheck, value: unknown, attribute: string): void {
  if (typeof value === "string" && /[\r\n]/.test(value)) {
    check.error(`${attribute} must be one line: it contains a line break (CR or LF)`);
  }
}

/** The problems `validate` reports for one statement, without a location. */
export function problemsOf<S extends AnyStatement>(
  definition: PolicyDefinition<S, any>,
  statement: S,
): string[] {
  const problems: string[] = [];
  definition.validate?.(statement, { error: (message) => problems.push(message) });
  return problems;
}

/**
 * What a builder returns: the statement once its definition's rules hold. A builder called from
 * JavaScript or with a cast throws the same message the build and the harness report.
 */
export function checked<S extends AnyStatement>(
  definition: PolicyDefinition<S, any>,
  statement: S,
): S {
  const problems = problemsOf(definition, statement);
  if (problems.length > 0) throw new Error(`<${statement.kind}>: ${problems.join("; ")}`);
  return statement;
}
