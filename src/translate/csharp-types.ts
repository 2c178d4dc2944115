// The C# type that a TypeScript type stands for in the model: primitives, the `int`/`long`/
// `double` brands, byte arrays, arrays and the .NET interfaces of src/dotnet by name.
import ts from "../compile/typescript.js";
import type { CsExpression } from "../csharp-syntax/syntax.ts";
import { isModelSymbol } from "./library.ts";

const BRAND = "__csharpType";

export type NumericKind = "int" | "long" | "double";
// The brand's names (src/dotnet/types.ts); a hand-written brand of another name is no C# type.
const NUMERIC_KINDS: ReadonlySet<string> = new Set<NumericKind>(["int", "long", "double"]);

function withoutNullish(type: ts.Type): { type: ts.Type; nullable: boolean } {
  if (!type.isUnion()) return { type, nullable: false };
  const rest = type.types.filter(
    (t) => !(t.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Void)),
  );
  const nullable = rest.length !== type.types.length;
  if (rest.length === 1) return { type: rest[0]!, nullable };
  // `true | false` is how TypeScript spells boolean inside a union.
  if (rest.length > 0 && rest.every((t) => t.flags & ts.TypeFlags.BooleanLiteral)) {
    return { type: rest[0]!, nullable };
  }
  if (rest.length > 0 && rest.every((t) => t.flags & ts.TypeFlags.StringLike))
    return { type: rest[0]!, nullable };
  return { type, nullable };
}

/** Which C# numeric type a branded `number` is, if the type carries a brand. */
export function numericKind(checker: ts.TypeChecker, type: ts.Type): NumericKind | undefined {
  const { type: base } = withoutNullish(type);
  if (!(base.flags & ts.TypeFlags.Intersection) && !(base.flags & ts.TypeFlags.NumberLike))
    return undefined;
  const brand = base.getProperty(BRAND);
  if (!brand) return undefined;
  const brandType = checker.getNonNullableType(checker.getTypeOfSymbol(brand));
  if (brandType.isStringLiteral())
    return NUMERIC_KINDS.has(brandType.value) ? (brandType.value as NumericKind) : undefined;
  // A widening brand: `long` is "long" | "int", `double` is "double" | "long" | "int".
  if (brandType.isUnion()) {
    const kinds = brandType.types.map((t) => (t.isStringLiteral() ? t.value : ""));
    return kinds.includes("double") ? "double" : kinds.includes("long") ? "long" : undefined;
  }
  return undefined;
}

export function isNullable(type: ts.Type): boolean {
  return (
    withoutNullish(type).nullable ||
    !!(type.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined | ts.TypeFlags.Any))
  );
}

export function isStringType(type: ts.Type): boolean {
  const { type: base } = withoutNullish(type);
  return !!(base.flags & ts.TypeFlags.StringLike);
}

export function isBooleanType(type: ts.Type): boolean {
  const { type: base } = withoutNullish(type);
  return !!(base.flags & ts.TypeFlags.BooleanLike);
}

export function isNumberType(type: ts.Type): boolean {
  const { type: base } = withoutNullish(type);
  // Literal unions (`0 | 100` from `c ? 100 : 0`) are numbers too.
  if (base.isUnion()) return base.types.every((t) => isNumberType(t));
  return (
    !!(base.flags & ts.TypeFlags.NumberLike) ||
    (base.isIntersection() && base.types.some((t) => t.flags & ts.TypeFlags.NumberLike))
  );
}

/** The name of a model (src/dotnet, src/context) interface the type is, e.g. "DateTime". */
export function modelTypeName(type: ts.Type): string | undefined {
  const { type: base } = withoutNullish(type);
  const symbol = base.aliasSymbol ?? base.getSymbol();
  return symbol &&
    isModelSymbol(symbol) &&
    symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)
    ? symbol.getName()
    : undefined;
}

/** APIM's C# names of the context model's interfaces (the TypeScript names drop the I prefix). */
const CONTEXT_INTERFACES: Readonly<Record<string, string>> = {
  Api: "IApi",
  Deployment: "IDeployment",
  LastError: "ILastError",
  MessageBody: "IMessageBody",
  Operation: "IOperation",
  Product: "IProduct",
  Request: "IRequest",
  Response: "IResponse",
  Subscription: "ISubscription",
  Url: "IUrl",
  User: "IUser",
  Workspace: "IWorkspace",
};

/** Types compared by value in C# but by reference in JavaScript. */
const VALUE_TYPES = new Set(["DateTime", "DateTimeOffset", "TimeSpan", "Guid"]);

export function isModelValueType(type: ts.Type): boolean {
  const name = modelTypeName(type);
  return name !== undefined && VALUE_TYPES.has(name);
}

/**
 * Whether a C# type name (as csharpType spells it) is a struct: C#'s own bool, int, long and
 * double, or one of the model's value types. Such a value is never null: `T?` wraps it, and
 * `default(T)` is no null.
 */
export function isCSharpValueType(name: string): boolean {
  return ["bool", "int", "long", "double"].includes(name) || VALUE_TYPES.has(name);
}

/** The C# spelling of a type, or undefined when the model has no C# name for it. */
export function csharpType(checker: ts.TypeChecker, type: ts.Type): string | undefined {
  if (type.flags & ts.TypeFlags.Unknown) return "object";
  const { type: base, nullable } = withoutNullish(type);
  const numeric = numericKind(checker, base);
  if (numeric) return nullable ? `${numeric}?` : numeric;
  if (base.flags & ts.TypeFlags.StringLike) return "string";
  if (base.flags & ts.TypeFlags.BooleanLike) return nullable ? "bool?" : "bool";
  if (base.flags & ts.TypeFlags.NumberLike) return undefined;
  const symbol = base.getSymbol();
  if (symbol?.getName() === "Uint8Array") return "byte[]";
  if (checker.isArrayType(base) || checker.isTupleType(base)) {
    const element = checker.getTypeArguments(base as ts.TypeReference)[0];
    const inner = element && csharpType(checker, element);
    return inner ? `${inner}[]` : undefined;
  }
  const model = modelTypeName(base);
  if (model === "bytes") return "byte[]";
  if (model && CONTEXT_INTERFACES[model]) return CONTEXT_INTERFACES[model];
  if (model) return VALUE_TYPES.has(model) && nullable ? `${model}?` : model;
  return undefined;
}

/**
 * Whether an expression may be undefined at run time although its type says otherwise: an
 * array read past its end (TypeScript types `a[i]` as the element type), with or without `!`.
 * JavaScript writes such a value as "undefined" where C# writes nothing.
 */
export function mayBeUndefinedRead(checker: ts.TypeChecker, node: ts.Expression): boolean {
  let inner = node;
  while (ts.isParenthesizedExpression(inner) || ts.isNonNullExpression(inner))
    inner = inner.expression;
  if (!ts.isElementAccessExpression(inner)) return false;
  // A model type's string indexer never reads undefined: a dictionary's (headers, variables, ...)
  // throws, GroupCollection's gives an unsuccessful Group (src/dotnet/regex.ts), a JToken's null
  // (which its type says).
  const receiver = checker.getNonNullableType(checker.getTypeAtLocation(inner.expression));
  return !(
    checker.getIndexInfoOfType(receiver, ts.IndexKind.String) &&
    receiver.getProperties().some(isModelSymbol)
  );
}

/**
 * C#'s `.Value` where TypeScript has narrowed a nullable value type (`DateTime | null`, C#'s
 * `DateTime?`) to its value: `if (jwt.ExpirationTime != null) jwt.ExpirationTime.ToString("o")`
 * reads `jwt.ExpirationTime.Value.ToString("o")` in C#, whose Nullable<T> has no ToString(format).
 * `x!` counts as narrowed. Any other receiver is returned unchanged.
 */
export function unwrapNarrowedNullable(
  checker: ts.TypeChecker,
  receiver: ts.Expression,
  target: CsExpression,
): CsExpression {
  let node = receiver;
  while (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) node = node.expression;
  const named = ts.isPropertyAccessExpression(node)
    ? node.name
    : ts.isIdentifier(node)
      ? node
      : undefined;
  const symbol = named && checker.getSymbolAtLocation(named);
  if (!symbol) return target;
  const declared = checker.getTypeOfSymbol(symbol);
  const narrowed = checker.getTypeAtLocation(receiver);
  if (!isNullable(declared) || (isNullable(narrowed) && !ts.isNonNullExpression(receiver)))
    return target;
  const type = csharpType(checker, declared);
  if (!type?.endsWith("?") || !isCSharpValueType(type.slice(0, -1))) return target;
  return { kind: "member", target, name: "Value", conditional: false };
}
