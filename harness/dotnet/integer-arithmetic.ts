// C#'s int and long operators, for the operators the translator registered as integer arithmetic
// (src/model/integer-sites.ts). C# evaluates them unchecked (APIM compiles expressions without
// /checked): results wrap modulo 2^32 or 2^64. Source: C# language specification, "Arithmetic
// operators" (§12.10: "In an unchecked context, ... the result is truncated by discarding any
// high-order bits that do not fit in the destination type"; "If the value of the right operand
// is zero, a System.DivideByZeroException is thrown"; for %, "If the left operand is the smallest
// int or long value and the right operand is -1, a System.OverflowException is thrown" when x / y
// would throw, which .NET's does) and "Shift operators" (§12.11: the count is masked to its low
// five bits for int, six for long; `>>` is arithmetic on signed types). Every rule was checked
// against mono (test/conformance/cases/integers.ts runs them both ways).
//
// Representation of a C# long in the harness: a JavaScript number when it is a safe integer
// (|v| <= 2^53 - 1), a bigint beyond that, so that every long is exact and each value has one
// form (=== and < work across both). An int is always a number.
import {
  javascriptOperation,
  type IntegerKind,
  type IntegerOperator,
} from "../../src/model/integer-sites.ts";
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { DotnetException, OverflowException } from "./exceptions.ts";

/** System.DivideByZeroException (integer `%` by zero). */
export class DivideByZeroException extends DotnetException {
  constructor() {
    super("System.DivideByZeroException", "Attempted to divide by zero.");
  }
}

const INT_MIN = -2147483648;
const LONG_MIN = -(2n ** 63n);

/** A long in the harness's representation: a number when safe, a bigint otherwise. */
export function normaliseLong(value: bigint): number | bigint {
  const wrapped = BigInt.asIntN(64, value);
  const asNumber = Number(wrapped);
  return Number.isSafeInteger(asNumber) ? asNumber : wrapped;
}

function toBigInt(value: unknown): bigint {
  if (typeof value === "bigint") return value;
  if (Number.isInteger(value)) return BigInt(value as number);
  throw new Error(`apim-ts harness bug: ${String(value)} is not a C# integer`);
}

function intOperation(operator: IntegerOperator, left: number, right: number): number {
  switch (operator) {
    case "+":
      return (left + right) | 0;
    case "-":
      return (left - right) | 0;
    case "*":
      return Math.imul(left, right);
    case "%":
      if (right === 0) throw new DivideByZeroException();
      if (left === INT_MIN && right === -1)
        throw new OverflowException("Arithmetic operation resulted in an overflow.");
      return (left % right) | 0;
    // JavaScript's bit operators are C#'s on 32-bit two's complement, shift counts masked to five
    // bits included (ECMAScript's ToInt32 and `& 0x1F`).
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
    case "neg":
      return -left | 0;
    case "~":
      return ~left;
  }
  throw new HarnessRefusal(`C# int has no '${operator}' operator the translator accepts`);
}

function longOperation(operator: IntegerOperator, left: unknown, right: unknown): number | bigint {
  // The translator writes `(double)a / b`: each long is rounded to the nearest double (as
  // JavaScript's Number(bigint) does), then divided.
  if (operator === "/") return Number(left) / Number(right);
  // Every long operator computes exactly in bigints (policy expressions are short, so the cost
  // does not matter); normaliseLong gives a safe result back as a number.
  const a = toBigInt(left);
  switch (operator) {
    case "+":
      return normaliseLong(a + toBigInt(right));
    case "-":
      return normaliseLong(a - toBigInt(right));
    case "*":
      return normaliseLong(a * toBigInt(right));
    case "%": {
      const b = toBigInt(right);
      if (b === 0n) throw new DivideByZeroException();
      if (a === LONG_MIN && b === -1n)
        throw new OverflowException("Arithmetic operation resulted in an overflow.");
      return normaliseLong(a % b);
    }
    case "&":
      return normaliseLong(a & toBigInt(right));
    case "|":
      return normaliseLong(a | toBigInt(right));
    case "^":
      return normaliseLong(a ^ toBigInt(right));
    // The count is an int (the translator requires it) masked to six bits.
    case "<<":
      return normaliseLong(a << (toBigInt(right) & 63n));
    case ">>":
      return normaliseLong(a >> (toBigInt(right) & 63n));
    case "neg":
      return normaliseLong(-a);
    case "~":
      return normaliseLong(~a);
  }
  throw new HarnessRefusal(`C# long has no '${operator}' operator the translator accepts`);
}

const DOUBLE_OPERATORS: ReadonlySet<IntegerOperator> = new Set(["+", "-", "*", "/", "%", "neg"]);

/**
 * A double operator with a long operand: C# converts the long to double (round to nearest), then
 * computes as JavaScript does (IEEE 754 in both).
 */
function doubleOperation(operator: IntegerOperator, left: number, right: number): number {
  if (!DOUBLE_OPERATORS.has(operator))
    throw new HarnessRefusal(`C# double has no '${operator}' operator`);
  return javascriptOperation(operator, left, right) as number;
}

/** C#'s semantics of an operator registered as int, long or double (installed by install.ts). */
export function integerSemantics(
  operator: IntegerOperator,
  kind: IntegerKind,
  left: unknown,
  right: unknown,
): unknown {
  if (kind === "int") return intOperation(operator, left as number, right as number);
  if (kind === "long") return longOperation(operator, left, right);
  if (kind === "double") return doubleOperation(operator, Number(left), Number(right));
  throw new HarnessRefusal(
    `this '${operator}' was translated once as int and once as long arithmetic (a helper used with both?): ` +
      "the harness cannot tell which C# operator runs; give the operands one C# type",
  );
}
