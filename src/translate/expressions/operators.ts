// Operators. Each is translated only where JavaScript and C# agree for every input: equality on
// strings, numbers and booleans (value types by reference in JavaScript are refused), logical
// operators on booleans only (no truthiness), `+` on strings and ints, `/` as real division,
// comparisons on numbers, DateTime and TimeSpan (never nullable: C#'s lifted comparisons differ).
// int and long arithmetic is C#'s (wrapping, DivideByZeroException): each such operator is
// registered so the harness runs it as C# does (src/model/integer-sites.ts); bit operators are in
// bitwise.ts.
import ts from "../../compile/typescript.js";
import { translateInstanceOf } from "../exceptions.ts";
import type { CsBinaryOperator, CsExpression } from "../../csharp-syntax/syntax.ts";
import {
  isBooleanType,
  isModelValueType,
  isNullable,
  isNumberType,
  isStringType,
  mayBeUndefinedRead,
  modelTypeName,
} from "../csharp-types.ts";
import { numericKindOf } from "../numeric.ts";
import { CONDITIONAL, NESTED, type Position, type TranslationState } from "../state.ts";
import { translateExpression } from "./index.ts";
import { BITWISE, translateBitwise, translateBitwiseNot } from "./bitwise.ts";
import { refuseConstantOverflow } from "./constant-folding.ts";

const K = ts.SyntaxKind;
/** The model's time types: comparable only with a value of the same type (APIM1040). */
const TIME_TYPES = new Set(["DateTime", "DateTimeOffset", "TimeSpan"]);

function isNullLiteral(node: ts.Expression): boolean {
  const inner = ts.isParenthesizedExpression(node) ? node.expression : node;
  return inner.kind === K.NullKeyword || (ts.isIdentifier(inner) && inner.text === "undefined");
}

/** The union of the flags of a type's constituents (any and unknown count as both nullish kinds). */
function typeFlagsOf(type: ts.Type): ts.TypeFlags {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown))
    return ts.TypeFlags.Null | ts.TypeFlags.Undefined;
  return type.isUnion()
    ? type.types.reduce((flags, t) => flags | t.flags, 0 as ts.TypeFlags)
    : type.flags;
}

function truthinessHint(state: TranslationState, node: ts.Expression): string {
  const type = state.typeOf(node);
  if (isStringType(type))
    return 'test strings explicitly: string.IsNullOrEmpty(s), s != null or s !== ""';
  if (isNumberType(type)) return "compare numbers explicitly: n !== 0";
  return "test for null explicitly: x != null";
}

/** Reports truthiness of non-booleans; returns whether the operand is a proper boolean. */
function requireBoolean(state: TranslationState, node: ts.Expression, what: string): boolean {
  const type = state.typeOf(node);
  if (isBooleanType(type) && !isNullable(type)) return true;
  state.report(
    "truthiness",
    `${what} needs a boolean, but this is '${state.checker.typeToString(type)}': JavaScript and C# disagree on its truthiness`,
    node,
    truthinessHint(state, node),
  );
  return false;
}

function translateEquality(
  state: TranslationState,
  node: ts.BinaryExpression,
  operator: "==" | "!=",
  position: Position,
): CsExpression {
  const strict =
    node.operatorToken.kind === K.EqualsEqualsEqualsToken ||
    node.operatorToken.kind === K.ExclamationEqualsEqualsToken;
  const left = translateExpression(state, node.left, position);
  const right = translateExpression(state, node.right, position);
  const nullTest = isNullLiteral(node.left) || isNullLiteral(node.right);
  if (strict && nullTest) {
    // C# has one null; JavaScript has two, and `===` tells them apart. `x === undefined` is only
    // C#'s `x == null` when x can never be null (and `x === null` when x can never be undefined).
    const literal = isNullLiteral(node.left) ? node.left : node.right;
    const other = literal === node.left ? node.right : node.left;
    const bare = ts.isParenthesizedExpression(literal) ? literal.expression : literal;
    const isUndefined = ts.isIdentifier(bare);
    const flags = typeFlagsOf(state.typeOf(other));
    if (
      isUndefined ? flags & ts.TypeFlags.Null : flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)
    ) {
      return state.report(
        "unsupportedSyntax",
        `'${node.operatorToken.getText()} ${isUndefined ? "undefined" : "null"}' is false for ${isUndefined ? "null" : "undefined"} in JavaScript, but C# has only null`,
        node,
        `write '${operator === "==" ? "==" : "!="} null', which covers null and undefined in JavaScript as C#'s null test does`,
      );
    }
  }
  if (!strict && !nullTest) {
    return state.report(
      "looseEquality",
      `'${node.operatorToken.getText()}' coerces its operands in JavaScript; C# does not`,
      node.operatorToken,
      `use '${operator === "==" ? "===" : "!=="}'`,
    );
  }
  if (!nullTest) {
    const mixed = longBesideDouble(state, node);
    if (mixed) return mixed;
    for (const side of [node.left, node.right]) {
      const type = state.typeOf(side);
      if (isModelValueType(type)) {
        return state.report(
          "referenceEquality",
          `'${node.operatorToken.getText()}' on ${modelTypeName(type)} compares references in JavaScript but values in C#`,
          node,
          "use a.Equals(b) or a.CompareTo(b) === 0",
        );
      }
      const primitive =
        isStringType(type) ||
        isNumberType(type) ||
        isBooleanType(type) ||
        // Enums: C#'s == compares the value, JavaScript's === the harness's one member object.
        ["X509NameType", "JTokenType"].includes(modelTypeName(type) ?? "");
      if (!primitive) {
        return state.report(
          "referenceEquality",
          `'${node.operatorToken.getText()}' on '${state.checker.typeToString(type)}' compares references`,
          node,
          "compare a member (Thumbprint, Value) instead",
        );
      }
    }
  }
  return { kind: "binary", operator, left, right };
}

/**
 * A long compared with a double: C# converts the long to double first (rounding beyond 2^53),
 * JavaScript compares the harness's exact long (a bigint there) with the number exactly.
 */
function longBesideDouble(
  state: TranslationState,
  node: ts.BinaryExpression,
): CsExpression | undefined {
  const kinds = [numericKindOf(state, node.left), numericKindOf(state, node.right)];
  if (!kinds.includes("long") || !kinds.includes("double")) return undefined;
  return state.report(
    "integerArithmetic",
    `'${node.operatorToken.getText()}' between a long and a double: C# rounds the long to double first`,
    node,
    "convert the long explicitly: (x as double)",
  );
}

function translateComparison(
  state: TranslationState,
  node: ts.BinaryExpression,
  operator: CsBinaryOperator,
  position: Position,
): CsExpression {
  const mixed = longBesideDouble(state, node);
  if (mixed) return mixed;
  for (const side of [node.left, node.right]) {
    const type = state.typeOf(side);
    // Guid is a value type but has no < in C# (System.Guid declares only == and !=; mcs on mono:
    // CS0019 "Operator `<' cannot be applied to operands of type `System.Guid'"), so only
    // numbers and the time types compare.
    const comparable =
      (isNumberType(type) || TIME_TYPES.has(modelTypeName(type) ?? "")) && !isNullable(type);
    if (!comparable) {
      return state.report(
        "unsupportedSyntax",
        `'${operator}' on '${state.checker.typeToString(type)}' behaves differently in C#`,
        side,
        isStringType(type)
          ? "strings have no < in C#; compare with ==="
          : "compare non-null numbers, DateTime or TimeSpan values",
      );
    }
  }
  // DateTime < DateTimeOffset compiles in C# through the implicit conversion, which applies the
  // gateway's offset to the DateTime; DateTime < TimeSpan does not compile. Both sides must be
  // the same value type.
  const [left, right] = [node.left, node.right].map((side) => {
    const name = modelTypeName(state.typeOf(side));
    return name !== undefined && TIME_TYPES.has(name) ? name : undefined;
  });
  if ((left !== undefined || right !== undefined) && left !== right) {
    return state.report(
      "mixedTimeTypes",
      `'${operator}' between ${left ?? "a number"} and ${right ?? "a number"}: C# converts or refuses, JavaScript compares raw ticks`,
      node,
      "convert one side first: new DateTimeOffset(d) or dto.UtcDateTime, then compare values of one type",
    );
  }
  return {
    kind: "binary",
    operator,
    left: translateExpression(state, node.left, position),
    right: translateExpression(state, node.right, position),
  };
}

function textOperandProblem(state: TranslationState, node: ts.Expression): string | undefined {
  const type = state.typeOf(node);
  if (isNullable(type))
    return 'may be null or undefined (JavaScript writes "null" or "undefined", C# nothing)';
  if (mayBeUndefinedRead(state.checker, node))
    return 'may be undefined past the array\'s end (JavaScript writes "undefined", C# nothing)';
  if (isStringType(type)) return undefined;
  if (isNumberType(type)) {
    const kind = numericKindOf(state, node);
    return kind === "int" || kind === "long" ? undefined : "is a number C# may format differently";
  }
  if (isBooleanType(type)) return 'is a boolean (JavaScript writes "true", C# "True")';
  return `is a '${state.checker.typeToString(type)}'`;
}

function translateArithmetic(
  state: TranslationState,
  node: ts.BinaryExpression,
  operator: CsBinaryOperator,
  position: Position,
): CsExpression {
  const leftType = state.typeOf(node.left);
  const rightType = state.typeOf(node.right);
  if (operator === "+" && (isStringType(leftType) || isStringType(rightType))) {
    for (const side of [node.left, node.right]) {
      const problem = textOperandProblem(state, side);
      if (problem)
        return state.report(
          "concatenation",
          `this operand of string '+' ${problem}`,
          side,
          "concatenate non-null strings and ints only",
        );
    }
    return {
      kind: "binary",
      operator,
      left: translateExpression(state, node.left, position),
      right: translateExpression(state, node.right, position),
    };
  }
  const leftKind = numericKindOf(state, node.left);
  const rightKind = numericKindOf(state, node.right);
  if (!isNumberType(leftType) || !isNumberType(rightType) || !leftKind || !rightKind) {
    // The operands' own problems first: `parseInt(s, 10) + 1` must also say "use int.Parse",
    // which is what the user should write (the result is discarded: this node is refused).
    translateExpression(state, node.left, position);
    translateExpression(state, node.right, position);
    return state.report(
      "integerArithmetic",
      `'${operator}' on values whose C# numeric type is unknown`,
      node,
      "type the values as int or double (from apim-ts) so the C# arithmetic is known",
    );
  }
  const left = translateExpression(state, node.left, position);
  const right = translateExpression(state, node.right, position);
  const kind =
    leftKind === "double" || rightKind === "double"
      ? "double"
      : leftKind === "long" || rightKind === "long"
        ? "long"
        : "int";
  // C# wraps int and long arithmetic and throws on `%` by zero; the harness must too. Double
  // arithmetic is registered as well: an operand may be a long (a long is assignable to double,
  // C# converts it), which the harness holds as a bigint beyond 2^53 and converts as C# does.
  if (operator !== "/" || kind !== "int") state.integerOperator(node.operatorToken, kind);
  if (operator === "/" && kind !== "double") {
    // JavaScript's / is real division; C#'s truncates two ints.
    return {
      kind: "binary",
      operator,
      left: { kind: "cast", type: "double", operand: left },
      right,
    };
  }
  // On constant operands C# computes when it compiles, checked: an overflow does not compile.
  return refuseConstantOverflow(state, node, { kind: "binary", operator, left, right });
}

function translateAssignment(
  state: TranslationState,
  node: ts.BinaryExpression,
  position: Position,
): CsExpression {
  // Json.NET's indexer setters: `o["name"] = token` sets or appends the property, `a[i] = token`
  // replaces an element (ArgumentOutOfRangeException past the end), as a statement of its own.
  if (ts.isElementAccessExpression(node.left) && ts.isExpressionStatement(node.parent)) {
    const receiver = modelTypeName(state.typeOf(node.left.expression));
    if (receiver === "JObject" || receiver === "JArray") {
      const target = translateExpression(state, node.left, position);
      return { kind: "assign", target, value: translateExpression(state, node.right, position) };
    }
  }
  const symbol = ts.isIdentifier(node.left) ? state.symbolAt(node.left) : undefined;
  const declaration = symbol?.valueDeclaration;
  const isLet =
    declaration &&
    ts.isVariableDeclaration(declaration) &&
    (declaration.parent.flags & ts.NodeFlags.Let) !== 0;
  const target = symbol && state.bindings.get(symbol);
  if (!isLet || !target || target.kind !== "identifier" || !ts.isExpressionStatement(node.parent)) {
    return state.report(
      "assignment",
      "only a local declared with let can be assigned, as a statement of its own",
      node,
      "declare a let local and assign it in a statement",
    );
  }
  return { kind: "assign", target, value: translateExpression(state, node.right, position) };
}

const ARITHMETIC: Partial<Record<ts.SyntaxKind, CsBinaryOperator>> = {
  [K.PlusToken]: "+",
  [K.MinusToken]: "-",
  [K.AsteriskToken]: "*",
  [K.SlashToken]: "/",
  [K.PercentToken]: "%",
};

const COMPARISON: Partial<Record<ts.SyntaxKind, CsBinaryOperator>> = {
  [K.LessThanToken]: "<",
  [K.GreaterThanToken]: ">",
  [K.LessThanEqualsToken]: "<=",
  [K.GreaterThanEqualsToken]: ">=",
};

export function translateBinary(
  state: TranslationState,
  node: ts.BinaryExpression,
  position: Position,
): CsExpression {
  const kind = node.operatorToken.kind;
  const inner = position.conditional ? position : NESTED;
  switch (kind) {
    case K.EqualsEqualsEqualsToken:
    case K.EqualsEqualsToken:
      return translateEquality(state, node, "==", inner);
    case K.ExclamationEqualsEqualsToken:
    case K.ExclamationEqualsToken:
      return translateEquality(state, node, "!=", inner);
    case K.AmpersandAmpersandToken:
    case K.BarBarToken: {
      const operator = kind === K.AmpersandAmpersandToken ? "&&" : "||";
      const ok =
        requireBoolean(state, node.left, `'${operator}'`) &&
        requireBoolean(state, node.right, `'${operator}'`);
      const left = translateExpression(state, node.left, inner);
      const right = translateExpression(state, node.right, CONDITIONAL);
      return ok ? { kind: "binary", operator, left, right } : left;
    }
    case K.QuestionQuestionToken:
      return {
        kind: "binary",
        operator: "??",
        left: translateExpression(state, node.left, inner),
        right: translateExpression(state, node.right, CONDITIONAL),
      };
    case K.EqualsToken:
      return translateAssignment(state, node, inner);
    case K.InstanceOfKeyword:
      return translateInstanceOf(state, node);
  }
  const comparison = COMPARISON[kind];
  if (comparison) return translateComparison(state, node, comparison, inner);
  const arithmetic = ARITHMETIC[kind];
  // C#'s XNamespace + string is an XName (System.Xml.Linq's operator); JavaScript's + joins the
  // namespace's text to the name, so Element(ns + "Body") would look for another name.
  if (
    kind === K.PlusToken &&
    [node.left, node.right].some((side) => modelTypeName(state.typeOf(side)) === "XNamespace")
  ) {
    return state.report(
      "xmlNamespacePlus",
      "'+' on an XNamespace makes an XName in C# but joins text in JavaScript",
      node.operatorToken,
      'write ns.GetName("local"), the same XName in both',
    );
  }
  if (arithmetic) return translateArithmetic(state, node, arithmetic, inner);
  const bitwise = BITWISE[kind];
  if (bitwise) return translateBitwise(state, node, bitwise, inner);
  return state.report(
    "unsupportedSyntax",
    `the '${node.operatorToken.getText()}' operator has no exact C# policy equivalent`,
    node.operatorToken,
    kind === K.PlusEqualsToken
      ? "write x = x + y"
      : "write it with the operators C# shares: + - * / % & | ^ << >>, comparisons, && || ??",
  );
}

export function translatePrefixUnary(
  state: TranslationState,
  node: ts.PrefixUnaryExpression,
  position: Position,
): CsExpression {
  const inner = position.conditional ? position : NESTED;
  if (node.operator === K.ExclamationToken) {
    requireBoolean(state, node.operand, "'!'");
    return {
      kind: "unary",
      operator: "!",
      operand: translateExpression(state, node.operand, inner),
    };
  }
  if (node.operator === K.MinusToken && isNumberType(state.typeOf(node.operand))) {
    if (ts.isNumericLiteral(node.operand)) {
      // JavaScript's -0 is a negative zero; C#'s integer literal -0 is the int 0, so `a / -0` is
      // -Infinity in one and Infinity in the other (C# spec, "Integer literals"; mono observed).
      if (
        numericKindOf(state, node.operand) !== "double" &&
        Number(node.operand.text.replace(/_/g, "")) === 0
      ) {
        return state.report(
          "unsupportedSyntax",
          "-0 is a negative zero in JavaScript but the int 0 in C#",
          node,
          "write 0, or -0.0 for a double negative zero",
        );
      }
      const literal = translateExpression(state, node.operand, inner);
      return literal.kind === "number" ? { kind: "number", text: `-${literal.text}` } : literal;
    }
    // -int.MinValue is int.MinValue in C# (unchecked); the harness follows (and converts a long
    // held in a double as C# does). On a constant operand it does not compile (checked).
    const kind = numericKindOf(state, node.operand);
    if (kind) state.integerOperator(node, kind);
    return refuseConstantOverflow(state, node, {
      kind: "unary",
      operator: "-",
      operand: translateExpression(state, node.operand, inner),
    });
  }
  if (node.operator === K.TildeToken) return translateBitwiseNot(state, node, inner);
  return state.report(
    "unsupportedSyntax",
    `the prefix '${ts.tokenToString(node.operator)}' operator has no exact C# policy equivalent`,
    node,
    "write the value out: x + 1 in a new const, -x for a number, !x for a boolean",
  );
}

export function translateConditional(
  state: TranslationState,
  node: ts.ConditionalExpression,
  position: Position,
): CsExpression {
  requireBoolean(state, node.condition, "a conditional expression");
  return {
    kind: "conditional",
    condition: translateExpression(state, node.condition, position.conditional ? position : NESTED),
    whenTrue: translateExpression(state, node.whenTrue, CONDITIONAL),
    whenFalse: translateExpression(state, node.whenFalse, CONDITIONAL),
  };
}
