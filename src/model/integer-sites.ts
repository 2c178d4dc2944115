// Where an operator of policy code is C# integer arithmetic. JavaScript has one number type, so
// `a + b` on two C# ints gives 2147483648 where C# wraps to -2147483648 (unchecked context), and
// `a % 0` gives NaN where C# throws. Only the translator knows which operators act on `int` or
// `long` (it has the types); the tagging transform (no types) turns every arithmetic and bit
// operator inside a function into integerOperation(op, a, b, file, start). The translator
// registers each int/long operator it translates here (file and start offset of the operator
// token, since `a + b + c` has two operators at one expression start), and the harness installs
// C#'s semantics for them (harness/dotnet/integer-arithmetic.ts).
// An operator no translation registered (test code, strings, doubles) is JavaScript's own.

/**
 * The C# type an operator computes in: int or long, or double for an operator with a long
 * operand that C# converts to double (a long beyond 2^53 is a bigint in the harness, which
 * JavaScript's operators do not mix with numbers); "conflict" when two translations disagreed.
 */
export type IntegerKind = "int" | "long" | "double" | "conflict";

/** An operator the transform rewrites: binary arithmetic and bit operators, unary "neg" and "~". */
export type IntegerOperator =
  "+" | "-" | "*" | "/" | "%" | "&" | "|" | "^" | "<<" | ">>" | ">>>" | "neg" | "~";

/** One registered operator: its operator token's start offset in its (absolute) file. */
export interface IntegerSite {
  readonly file: string;
  readonly start: number;
  readonly kind: "int" | "long" | "double";
}

const sites = new Map<string, Map<number, IntegerKind>>();

/** Records that the operator expression at `file`:`start` computes in C# `kind` (translator). */
export function registerIntegerSite(site: IntegerSite): void {
  let inFile = sites.get(site.file);
  if (!inFile) sites.set(site.file, (inFile = new Map()));
  const known = inFile.get(site.start);
  inFile.set(site.start, known === undefined || known === site.kind ? site.kind : "conflict");
}

/** Drops every registration, as a new process starts (tests of the translator's disk cache). */
export function forgetIntegerSites(): void {
  sites.clear();
}

/** The C# integer type of the operator at `file`:`start`, if a translation registered it. */
export function integerSiteKind(file: string, start: number): IntegerKind | undefined {
  return sites.get(file)?.get(start);
}

/** C#'s semantics of a registered operator (installed by the harness). */
export type IntegerSemantics = (
  operator: IntegerOperator,
  kind: IntegerKind,
  left: unknown,
  right: unknown,
) => unknown;

let semantics: IntegerSemantics | undefined;

/** Installs C#'s integer semantics (the harness does; without it every operator is JavaScript's). */
export function installIntegerSemantics(implementation: IntegerSemantics): void {
  semantics = implementation;
}

/** An operator as JavaScript evaluates it (also C#'s double arithmetic, IEEE 754 in both). */
export function javascriptOperation(operator: IntegerOperator, left: any, right: any): unknown {
  switch (operator) {
    case "+":
      return left + right;
    case "-":
      return left - right;
    case "*":
      return left * right;
    case "/":
      return left / right;
    case "%":
      return left % right;
    case "&":
      return left & right;
    case "|":
      return left | right;
    case "^":
      return left ^ right;
    case "<<":
      return left << right;
    case ">>":
      return left >> right;
    case ">>>":
      return left >>> right;
    case "neg":
      return -left;
    case "~":
      return ~left;
  }
}

/**
 * An operator of policy code as the tagging transform writes it: C#'s semantics where the
 * translator registered the site as int or long arithmetic, JavaScript's everywhere else.
 * `right` is unused by the unary operators.
 */
export function integerOperation(
  operator: IntegerOperator,
  left: unknown,
  right: unknown,
  file: string,
  start: number,
): unknown {
  const kind = semantics && sites.get(file)?.get(start);
  return kind
    ? semantics!(operator, kind, left, right)
    : javascriptOperation(operator, left, right);
}
