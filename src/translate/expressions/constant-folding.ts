// C#'s constant expressions in the C# the translator builds, evaluated as the C# compiler does, so
// that an int or long operation C# refuses to compile is refused here (APIM1023) instead.
//
// C# evaluates an expression whose operands are all constants when it compiles (C# spec §12.23,
// "Constant expressions": literals, `int.MaxValue`, parenthesized, unary `+ - ~ !`, the binary
// operators, `?:`, and casts between the numeric types of constants), and always in a checked
// context (§12.8.20, "The checked and unchecked operators": "For constant expressions ... the
// default overflow checking context is always checked"). So where the same operation on values
// known only at run time wraps (as the harness does, src/model/integer-sites.ts), on constants it
// does not compile: an int or long `+ - *` or unary `-` outside the type's range is CS0220 ("The
// operation overflows at compile time in checked mode"), an integer `/` or `%` by a constant 0 is
// CS0020 ("Division by constant zero"), a constant conversion outside the target type is CS0221.
// A local is never constant here: the translator declares locals with `var`, never `const`. A
// named boolean's token `{{flag}}` is: APIM pastes `true` or `false` there before compiling
// (docs/translation.md, "Build-time values and helpers"), so an operation is checked with each.
//
// The rules are checked against mono's mcs, the compiler of the C# cross-check; APIM compiles with
// Roslyn. Where they disagree this refuses what either refuses: `int.MinValue % -1` on constants
// is CS0220 in mcs (Roslyn folds it to 0, its ConstantFolding: "MinValue % -1 always overflows at
// runtime but never at compile time"); a double converted to int or long must lie within the
// type's range before it is truncated in mcs (`(int)2147483647.9` is CS0221; Roslyn and the spec,
// §10.3.2, truncate first), and mcs lets `(long)9.2233720368547758E18` (2^63) through where
// Roslyn refuses it ((min - 1) < value < (max + 1)).
import type ts from "typescript";
import type { CsExpression } from "../../csharp-syntax/syntax.ts";
import { namedValueReference } from "../../model/named-value.ts";
import type { TranslationState } from "../state.ts";

type IntegerType = "int" | "long";

/** A C# constant: its type and value (ints and longs exactly, as bigints). */
type Constant =
  | { readonly type: IntegerType; readonly value: bigint }
  | { readonly type: "double"; readonly value: number }
  | { readonly type: "bool"; readonly value: boolean };

/** Why C# refuses to compile a constant operation, with what the message says. */
interface Refusal {
  readonly refusal: "overflow" | "zero-divisor" | "conversion";
  /** e.g. "the constant int operation 2147483647 + 1". */
  readonly what: string;
  readonly message: string;
  readonly hint: string;
}

/** A constant, a refused constant operation, or undefined when C# does not evaluate it when it compiles. */
type Folded = Constant | Refusal | undefined;

const RANGE: Readonly<Record<IntegerType, { min: bigint; max: bigint; bits: number }>> = {
  int: { min: -(2n ** 31n), max: 2n ** 31n - 1n, bits: 32 },
  long: { min: -(2n ** 63n), max: 2n ** 63n - 1n, bits: 64 },
};

const WIDER_HINT: Readonly<Record<IntegerType, string>> = {
  int: "to compute in long, write an operand 'as long'; or write the value you mean as a literal. C# wraps only operations on values known at run time",
  long: "to compute in double, write an operand 'as double'; or write the value you mean as a double literal. C# wraps only operations on values known at run time",
};

const cache = new WeakMap<CsExpression, Folded>();

/** The values assumed for named booleans' tokens; without them a token is not a constant. */
type NamedBooleans = ReadonlyMap<string, boolean>;

function isRefusal(folded: Folded): folded is Refusal {
  return folded !== undefined && "refusal" in folded;
}

/** A C# number literal as the translator prints it: `5`, `-5`, `0x1E`, `3000000000L`, `1.5`, `-0.0`, `1e+21`. */
function numberConstant(text: string): Constant | undefined {
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  if (/^0[xX][0-9a-fA-F]+$/.test(digits) || /^\d+L?$/.test(digits)) {
    const long = digits.endsWith("L");
    const magnitude = BigInt(long ? digits.slice(0, -1) : digits);
    const value = negative ? -magnitude : magnitude;
    // Without a suffix, a literal beyond int's range would be a uint (C# spec §6.4.5.3, "Integer
    // literals"; `-2147483648` is the int.MinValue special case): the translator never prints one.
    if (long) return value <= RANGE.long.max ? { type: "long", value } : undefined;
    return value >= RANGE.int.min && value <= RANGE.int.max ? { type: "int", value } : undefined;
  }
  if (/^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(digits)) {
    const value = Number(digits);
    return { type: "double", value: negative ? -value : value };
  }
  return undefined;
}

/** The constant (or the refusal) an expression is in C#: every C# constant the translator prints. */
export function foldConstant(expression: CsExpression, named?: NamedBooleans): Folded {
  if (named) return compute(expression, named);
  if (cache.has(expression)) return cache.get(expression);
  const folded = compute(expression);
  cache.set(expression, folded);
  return folded;
}

function compute(expression: CsExpression, named?: NamedBooleans): Folded {
  const operands = (
    parts: readonly CsExpression[],
    apply: (constants: readonly Constant[]) => Folded,
  ): Folded => foldOperands(parts, apply, named);
  switch (expression.kind) {
    case "number":
      return numberConstant(expression.text);
    case "boolean":
      return { type: "bool", value: expression.value };
    case "verbatim": {
      const name = namedValueReference(expression.text);
      const value = name === undefined ? undefined : named?.get(name);
      return value === undefined ? undefined : { type: "bool", value };
    }
    case "member": {
      const { target, name } = expression;
      if (target.kind !== "identifier" || (name !== "MaxValue" && name !== "MinValue"))
        return undefined;
      const type = target.name === "int" ? "int" : target.name === "long" ? "long" : undefined;
      return type && { type, value: name === "MaxValue" ? RANGE[type].max : RANGE[type].min };
    }
    case "unary":
      return operands([expression.operand], ([operand]) => unary(expression.operator, operand!));
    case "binary":
      return operands([expression.left, expression.right], ([left, right]) =>
        binary(expression.operator, left!, right!),
      );
    case "cast":
      return operands([expression.operand], ([operand]) => convert(operand!, expression.type));
    case "conditional":
      return operands(
        [expression.condition, expression.whenTrue, expression.whenFalse],
        ([condition, whenTrue, whenFalse]) => {
          if (condition!.type !== "bool") return undefined;
          const chosen = condition!.value ? whenTrue! : whenFalse!;
          const type = promoted(whenTrue!, whenFalse!);
          if (type) return convert(chosen, type);
          return whenTrue!.type === "bool" && whenFalse!.type === "bool" ? chosen : undefined;
        },
      );
    default:
      return undefined;
  }
}

/**
 * Folds an operation of `parts`: a refusal inside any part is the whole expression's (C# folds
 * every constant subexpression, in a branch not taken too); otherwise constant only if all are.
 */
function foldOperands(
  parts: readonly CsExpression[],
  apply: (constants: readonly Constant[]) => Folded,
  named: NamedBooleans | undefined,
): Folded {
  const folded = parts.map((part) => foldConstant(part, named));
  const refused = folded.find(isRefusal);
  if (refused) return refused;
  if (folded.some((part) => part === undefined)) return undefined;
  return apply(folded as Constant[]);
}

/** The type of a binary numeric operation (C# spec §12.4.7.3, "Binary numeric promotions"). */
function promoted(a: Constant, b: Constant): IntegerType | "double" | undefined {
  if (a.type === "bool" || b.type === "bool") return undefined;
  if (a.type === "double" || b.type === "double") return "double";
  return a.type === "long" || b.type === "long" ? "long" : "int";
}

/** A constant converted to double: a long rounded to the nearest double, as C# does (§10.2.3). */
function asDouble(constant: Constant): number {
  return Number(constant.value);
}

function asInteger(constant: Constant): bigint {
  return constant.value as bigint;
}

function integer(type: IntegerType, value: bigint): Constant {
  return { type, value };
}

function overflow(type: IntegerType, operation: string, exact: bigint): Refusal {
  const what = `the constant ${type} operation ${operation}`;
  return {
    refusal: "overflow",
    what,
    message: `${what} overflows: ${exact} is outside ${type}'s range, and C# evaluates an operation on constants when it compiles, in checked mode, so the C# does not compile (CS0220)`,
    hint: WIDER_HINT[type],
  };
}

function checked(type: IntegerType, operation: string, exact: bigint): Constant | Refusal {
  const { min, max } = RANGE[type];
  return exact < min || exact > max ? overflow(type, operation, exact) : integer(type, exact);
}

function unary(operator: "!" | "-" | "~", operand: Constant): Folded {
  if (operator === "!")
    return operand.type === "bool" ? { type: "bool", value: !operand.value } : undefined;
  if (operand.type === "bool") return undefined;
  if (operand.type === "double")
    return operator === "-" ? { type: "double", value: -operand.value } : undefined;
  const value = operand.value;
  if (operator === "~")
    return integer(operand.type, BigInt.asIntN(RANGE[operand.type].bits, ~value));
  // -int.MinValue: C# spec §12.9.3, "Unary minus operator" (an overflow, CS0220 on constants).
  return checked(operand.type, `-(${value})`, -value);
}

function binary(operator: string, left: Constant, right: Constant): Folded {
  if (left.type === "bool" && right.type === "bool") {
    switch (operator) {
      case "==":
        return { type: "bool", value: left.value === right.value };
      case "!=":
        return { type: "bool", value: left.value !== right.value };
      case "&&":
      case "&":
        return { type: "bool", value: left.value && right.value };
      case "||":
      case "|":
        return { type: "bool", value: left.value || right.value };
      case "^":
        return { type: "bool", value: left.value !== right.value };
    }
    return undefined;
  }
  // A shift has its left operand's type and an int count masked to 5 (int) or 6 (long) bits (C#
  // spec §12.11, "Shift operators"); it never overflows.
  if ((operator === "<<" || operator === ">>") && left.type !== "bool" && right.type === "int") {
    if (left.type === "double") return undefined;
    const { bits } = RANGE[left.type];
    const count = BigInt(Number(right.value) & (bits - 1));
    const shifted = operator === "<<" ? left.value << count : left.value >> count;
    return integer(left.type, BigInt.asIntN(bits, shifted));
  }
  const type = promoted(left, right);
  if (!type) return undefined;
  if (type === "double") return doubleOperation(operator, asDouble(left), asDouble(right));
  const [a, b] = [asInteger(left), asInteger(right)];
  const operation = `${a} ${operator} ${b}`;
  switch (operator) {
    case "+":
      return checked(type, operation, a + b);
    case "-":
      return checked(type, operation, a - b);
    case "*":
      return checked(type, operation, a * b);
    case "/":
    case "%": {
      // C# spec §12.10.3 and §12.10.4 ("Division operator", "Remainder operator").
      if (b === 0n) {
        const what = `the constant ${type} operation ${operation}`;
        return {
          refusal: "zero-divisor",
          what,
          message: `${what} divides by the constant 0, which C# refuses to compile (CS0020, "Division by constant zero")`,
          hint: `the divisor is the constant 0 (at run time C# throws DivideByZeroException there); write the value you mean, or divide by a value known only at run time`,
        };
      }
      if (a === RANGE[type].min && b === -1n) {
        // MinValue / -1 overflows; mcs refuses MinValue % -1 as well (CS0220), see the header.
        const refusal = overflow(type, operation, -a);
        return operator === "/"
          ? refusal
          : {
              ...refusal,
              message: `${refusal.what} overflows in mcs, which refuses to compile it (CS0220: the quotient ${-a} is outside ${type}'s range; Roslyn folds it to 0)`,
              hint: "the remainder of a division by -1 is always 0: write 0",
            };
      }
      // bigint's / truncates toward zero and its % takes the dividend's sign, as C#'s.
      return integer(type, operator === "/" ? a / b : a % b);
    }
    case "&":
      return integer(type, a & b);
    case "|":
      return integer(type, a | b);
    case "^":
      return integer(type, a ^ b);
  }
  return comparison(operator, a, b);
}

function doubleOperation(operator: string, a: number, b: number): Folded {
  // IEEE 754 arithmetic, the same in both languages; a double never overflows or divides by zero
  // in C# (§12.10, "Arithmetic operators": infinities and NaN).
  switch (operator) {
    case "+":
      return { type: "double", value: a + b };
    case "-":
      return { type: "double", value: a - b };
    case "*":
      return { type: "double", value: a * b };
    case "/":
      return { type: "double", value: a / b };
    case "%":
      return { type: "double", value: a % b };
  }
  return comparison(operator, a, b);
}

function comparison<T extends number | bigint>(operator: string, a: T, b: T): Folded {
  switch (operator) {
    case "==":
      return { type: "bool", value: a === b };
    case "!=":
      return { type: "bool", value: a !== b };
    case "<":
      return { type: "bool", value: a < b };
    case ">":
      return { type: "bool", value: a > b };
    case "<=":
      return { type: "bool", value: a <= b };
    case ">=":
      return { type: "bool", value: a >= b };
  }
  return undefined;
}

/** An explicit or implicit conversion of a constant to `to` (C# spec §10.3.2, in a checked context). */
function convert(constant: Constant, to: string): Folded {
  if (to === "double")
    return constant.type === "bool" ? undefined : { type: "double", value: asDouble(constant) };
  if (to !== "int" && to !== "long") return undefined;
  if (constant.type === "bool") return undefined;
  const { min, max } = RANGE[to];
  if (constant.type === "double") {
    const value = constant.value;
    // mcs's rule, compared exactly: the double itself within the range (so neither NaN nor an
    // infinity), before it is truncated toward zero.
    const fits =
      Number.isFinite(value) && BigInt(Math.floor(value)) >= min && BigInt(Math.ceil(value)) <= max;
    return fits ? integer(to, BigInt(Math.trunc(value))) : conversion(constant, to);
  }
  const value = constant.value;
  return value < min || value > max ? conversion(constant, to) : integer(to, value);
}

function conversion(constant: Constant, to: IntegerType): Refusal {
  const value = constant.type === "double" ? doubleText(constant.value) : String(constant.value);
  const what = `the constant ${constant.type} ${value} converted to ${to}`;
  return {
    refusal: "conversion",
    what,
    message: `${what} is outside ${to}'s range, and C# checks a conversion of a constant when it compiles, so the C# does not compile (CS0221)`,
    hint: `keep the value in a wider type, or write the ${to} value you mean as a literal; C# converts unchecked (wrapping) only values known at run time`,
  };
}

function doubleText(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

/** The names of the named booleans' tokens among an operation's operands, as far as C# folds. */
function namedBooleans(expression: CsExpression, names = new Set<string>()): Set<string> {
  switch (expression.kind) {
    case "verbatim": {
      const name = namedValueReference(expression.text);
      if (name !== undefined) names.add(name);
      break;
    }
    case "unary":
    case "cast":
      namedBooleans(expression.operand, names);
      break;
    case "binary":
      namedBooleans(expression.left, names);
      namedBooleans(expression.right, names);
      break;
    case "conditional":
      for (const part of [expression.condition, expression.whenTrue, expression.whenFalse])
        namedBooleans(part, names);
      break;
  }
  return names;
}

/** More named booleans than this in one operation are not tried (2^n foldings). */
const MOST_NAMED_BOOLEANS = 4;

/**
 * The translated operation, or a diagnostic at `node` when its operands are C# constants and C#
 * refuses to compile it (APIM1023), for any value of the named booleans among them. Called where
 * an int or long operation that can fail is built: arithmetic, unary minus, casts.
 */
export function refuseConstantOverflow(
  state: TranslationState,
  node: ts.Node,
  translated: CsExpression,
): CsExpression {
  const folded = foldConstant(translated);
  if (isRefusal(folded)) return state.report("constantOverflow", folded.message, node, folded.hint);
  const names = [...namedBooleans(translated)];
  if (names.length === 0 || names.length > MOST_NAMED_BOOLEANS) return translated;
  for (let bits = 0; bits < 2 ** names.length; bits++) {
    const named = new Map(names.map((name, i) => [name, (bits & (1 << i)) !== 0]));
    const refused = foldConstant(translated, named);
    if (!isRefusal(refused)) continue;
    const when = names.map((name) => `'${name}' is ${named.get(name)}`).join(" and ");
    return state.report(
      "constantOverflow",
      `when the named ${names.length > 1 ? "values" : "value"} ${when} (APIM writes ${names.length > 1 ? "them" : "it"} into the C# before compiling), ${refused.message}`,
      node,
      refused.hint,
    );
  }
  return translated;
}
