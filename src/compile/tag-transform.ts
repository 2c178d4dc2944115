// The tagging transform: a TypeScript transformer applied to policy-src (by the build and by the
// vitest plugin) that wraps every function with tagFunction(fn, file, start, captures). The tag
// lets the translator find the function's syntax tree and read the build-time values of its free
// variables (helper parameters, loop variables, constants) — lazily, so module order is irrelevant.
// It also passes the written type argument of `Variables.GetValueOrDefault<T>`, of Json.NET's
// `token.Value<T>(key)`, of `JsonConvert.DeserializeObject<T>(text)` and of `Body.As<T>()` to the harness,
// which must check the stored value's type at run time as APIM does and cannot see erased types,
// and turns `value as T` for a C# type T (`int`, `string | null`, ...) into castValue(value, "T"):
// C#'s explicit cast, which unboxes exactly and truncates numbers (see src/dotnet/runtime.ts).
// Inside functions, every arithmetic and bit operator becomes integerOperation(op, a, b, file,
// start): the translator registers which of them are C# int/long arithmetic, and the harness runs
// those with C#'s wrap-around and exceptions (src/model/integer-sites.ts); the others stay JavaScript's.
// Element reads and `=` writes inside functions become elementRead/elementWrite (element-rewrite.ts),
// so a receiver with a C# indexer is indexed as C# does even by a key that names one of its members.
import ts from "./typescript.js";
import type { IntegerOperator } from "../model/integer-sites.ts";
import { rewriteElementAccess } from "./element-rewrite.ts";
import {
  CAST,
  ELEMENT_READ,
  ELEMENT_WRITE,
  TYPED_BODY_AS,
  TYPED_GET_VALUE_OR_DEFAULT,
  TYPED_JSON_DESERIALIZE,
  TYPED_JSON_TO_OBJECT,
  TYPED_JSON_VALUE,
  TYPED_JSON_VALUES,
} from "./tag-names.ts";

export interface TagTransformOptions {
  /** Module specifier of src/model/source-tag.ts as the emitted code must import it. */
  readonly tagModule: string;
  /** Rewrites non-relative import specifiers (e.g. "apim-ts" → the library's file URL). */
  readonly rewriteSpecifier?: (specifier: string, file: string) => string | undefined;
}

const TAG = "__apimTag";
/** Local name of integerOperation in transformed modules. */
const INTEGER = "__apimInteger";

/** The runtime helpers a transformed module may import from the tag module: local → exported name. */
const HELPERS: ReadonlyArray<readonly [local: string, exported: string]> = [
  [CAST, "castValue"],
  [INTEGER, "integerOperation"],
  [ELEMENT_READ, "elementRead"],
  [ELEMENT_WRITE, "elementWrite"],
];

const BINARY_INTEGER_OPERATORS: Partial<Record<ts.SyntaxKind, IntegerOperator>> = {
  [ts.SyntaxKind.PlusToken]: "+",
  [ts.SyntaxKind.MinusToken]: "-",
  [ts.SyntaxKind.AsteriskToken]: "*",
  [ts.SyntaxKind.SlashToken]: "/",
  [ts.SyntaxKind.PercentToken]: "%",
  [ts.SyntaxKind.AmpersandToken]: "&",
  [ts.SyntaxKind.BarToken]: "|",
  [ts.SyntaxKind.CaretToken]: "^",
  [ts.SyntaxKind.LessThanLessThanToken]: "<<",
  [ts.SyntaxKind.GreaterThanGreaterThanToken]: ">>",
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken]: ">>>",
};

/** Generic members whose written type argument the harness needs: member → runtime member. */
const TYPED_MEMBERS: Readonly<Record<string, string>> = {
  GetValueOrDefault: TYPED_GET_VALUE_OR_DEFAULT,
  Value: TYPED_JSON_VALUE,
  Values: TYPED_JSON_VALUES,
  ToObject: TYPED_JSON_TO_OBJECT,
  DeserializeObject: TYPED_JSON_DESERIALIZE,
  As: TYPED_BODY_AS,
};

/** C# spelling of the type arguments GetValueOrDefault<T> accepts. */
const VARIABLE_TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "string",
  boolean: "bool",
  int: "int",
  long: "long",
  double: "double",
  bytes: "byte[]",
  Uint8Array: "byte[]",
  DateTime: "DateTime",
  TimeSpan: "TimeSpan",
  Guid: "Guid",
  Response: "IResponse",
  Jwt: "Jwt",
  Authorization: "Authorization",
};

export function variableTypeName(typeText: string): string {
  return VARIABLE_TYPE_NAMES[typeText] ?? typeText;
}

/**
 * The C# type of `as T` when T is a C# type the model can cast to: a name of VARIABLE_TYPE_NAMES,
 * optionally `| null` (C#'s `(string)o` for reference types, `(int?)o` for value types).
 */
export function castTypeName(type: ts.TypeNode, sourceFile?: ts.SourceFile): string | undefined {
  const parts = ts.isUnionTypeNode(type) ? type.types : [type];
  const names = parts.filter(
    (part) => !(ts.isLiteralTypeNode(part) && part.literal.kind === ts.SyntaxKind.NullKeyword),
  );
  if (names.length !== 1) return undefined;
  const name = VARIABLE_TYPE_NAMES[names[0]!.getText(sourceFile)];
  if (!name) return undefined;
  const nullable = names.length !== parts.length;
  return nullable &&
    ["bool", "int", "long", "double", "DateTime", "TimeSpan", "Guid"].includes(name)
    ? `${name}?`
    : name;
}

type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration;

/** Names a function declares anywhere inside it (parameters, locals, nested functions). */
function declaredNames(fn: FunctionLike): Set<string> {
  const names = new Set<string>();
  const addBinding = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else
      for (const element of name.elements)
        if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isBindingElement(node))
      addBinding(node.name);
    else if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && node.name)
      names.add(node.name.text);
    else if (ts.isClassDeclaration(node) && node.name) names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  fn.parameters.forEach(visit);
  if (fn.body) visit(fn.body);
  return names;
}

/** Identifiers used as values inside a function and not declared in it: what it captures. */
export function freeIdentifiers(fn: FunctionLike): string[] {
  const declared = declaredNames(fn);
  const free = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeNode(node) || ts.isTypeParameterDeclaration(node)) return;
    if (ts.isIdentifier(node)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isParameter(parent) && parent.name === node) ||
        (ts.isVariableDeclaration(parent) && parent.name === node) ||
        (ts.isBindingElement(parent) && (parent.name === node || parent.propertyName === node)) ||
        ((ts.isFunctionDeclaration(parent) || ts.isFunctionExpression(parent)) &&
          parent.name === node) ||
        ts.isLabeledStatement(parent) ||
        ts.isBreakOrContinueStatement(parent);
      if (
        !isName &&
        !declared.has(node.text) &&
        node.text !== "undefined" &&
        node.text !== "arguments"
      ) {
        free.add(node.text);
      }
      return;
    }
    if (ts.isShorthandPropertyAssignment(node)) {
      if (!declared.has(node.name.text)) free.add(node.name.text);
      return;
    }
    ts.forEachChild(node, visit);
  };
  fn.parameters.forEach((parameter) => parameter.initializer && visit(parameter.initializer));
  if (fn.body) visit(fn.body);
  return [...free].sort();
}

function capturesObject(f: ts.NodeFactory, names: readonly string[]): ts.ObjectLiteralExpression {
  return f.createObjectLiteralExpression(
    names.map((name) =>
      f.createPropertyAssignment(
        f.createStringLiteral(name),
        f.createArrowFunction(
          undefined,
          undefined,
          [],
          undefined,
          undefined,
          f.createIdentifier(name),
        ),
      ),
    ),
  );
}

function tagCall(
  f: ts.NodeFactory,
  target: ts.Expression,
  file: string,
  original: FunctionLike,
): ts.CallExpression {
  return f.createCallExpression(f.createIdentifier(TAG), undefined, [
    target,
    f.createStringLiteral(file),
    f.createNumericLiteral(original.getStart()),
    capturesObject(f, freeIdentifiers(original)),
  ]);
}

/** The transformer factory. Works with or without a Program (no type information needed). */
export function createTagTransformer(
  options: TagTransformOptions,
): ts.TransformerFactory<ts.SourceFile> {
  return (transformation) => {
    const f = transformation.factory;
    return (sourceFile) => {
      const file = sourceFile.fileName;
      const used = new Set<string>();
      const use = (local: string): void => void used.add(local);
      let functionDepth = 0;

      const integerCall = (
        operator: IntegerOperator,
        operatorToken: ts.Node,
        left: ts.Expression,
        right: ts.Expression | undefined,
      ): ts.Expression => {
        use(INTEGER);
        return f.createCallExpression(f.createIdentifier(INTEGER), undefined, [
          f.createStringLiteral(operator),
          left,
          right ?? f.createVoidZero(),
          f.createStringLiteral(file),
          f.createNumericLiteral(operatorToken.getStart(sourceFile)),
        ]);
      };

      const visitStatements = (statements: ts.NodeArray<ts.Statement>): ts.Statement[] => {
        const tags: ts.Statement[] = [];
        const visited: ts.Statement[] = [];
        for (const statement of statements) {
          if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
            tags.push(
              f.createExpressionStatement(
                tagCall(f, f.createIdentifier(statement.name.text), file, statement),
              ),
            );
          }
          visited.push(ts.visitNode(statement, visit) as ts.Statement);
        }
        // Function declarations are hoisted, so tagging them first is legal and lets module code
        // that runs before the declaration's position pass them around already tagged.
        const firstNonImport = visited.findIndex((s) => !ts.isImportDeclaration(s));
        const at = firstNonImport === -1 ? visited.length : firstNonImport;
        return [...visited.slice(0, at), ...tags, ...visited.slice(at)];
      };

      const visitExpression = (node: ts.Expression): ts.Expression =>
        ts.visitNode(node, visit) as ts.Expression;
      const visit = (node: ts.Node): ts.Node => {
        if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
          functionDepth++;
          const inner = ts.visitEachChild(node, visit, transformation);
          functionDepth--;
          return tagCall(f, inner, file, node);
        }
        if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) {
          functionDepth++;
          const inner = ts.visitEachChild(node, visit, transformation);
          functionDepth--;
          return inner;
        }
        // Enum members must stay constant expressions.
        if (ts.isEnumDeclaration(node)) return node;
        if (functionDepth > 0 && ts.isBinaryExpression(node)) {
          const operator = BINARY_INTEGER_OPERATORS[node.operatorToken.kind];
          if (operator) {
            return integerCall(
              operator,
              node.operatorToken,
              ts.visitNode(node.left, visit) as ts.Expression,
              ts.visitNode(node.right, visit) as ts.Expression,
            );
          }
        }
        if (
          functionDepth > 0 &&
          ts.isPrefixUnaryExpression(node) &&
          (node.operator === ts.SyntaxKind.MinusToken ||
            node.operator === ts.SyntaxKind.TildeToken) &&
          !ts.isNumericLiteral(node.operand)
        ) {
          return integerCall(
            node.operator === ts.SyntaxKind.MinusToken ? "neg" : "~",
            node,
            ts.visitNode(node.operand, visit) as ts.Expression,
            undefined,
          );
        }
        if (ts.isBlock(node)) {
          return f.updateBlock(node, visitStatements(node.statements));
        }
        if (functionDepth > 0) {
          const element = rewriteElementAccess(f, node, visitExpression, use);
          if (element) return element;
        }
        if (
          ts.isCallExpression(node) &&
          ts.isPropertyAccessExpression(node.expression) &&
          Object.hasOwn(TYPED_MEMBERS, node.expression.name.text) &&
          node.typeArguments?.length === 1
        ) {
          const receiver = ts.visitNode(node.expression.expression, visit) as ts.Expression;
          const typeName = variableTypeName(node.typeArguments[0]!.getText(sourceFile));
          const member = TYPED_MEMBERS[node.expression.name.text]!;
          const args = [f.createStringLiteral(typeName), ...node.arguments.map(visitExpression)];
          // `body?.As<JObject>()` keeps its `?.` (a null Body reads as null, not a TypeError).
          const question = node.expression.questionDotToken;
          if (question || node.questionDotToken || ts.isOptionalChain(node))
            return f.createCallChain(
              f.createPropertyAccessChain(receiver, question, member),
              node.questionDotToken,
              undefined,
              args,
            );
          return f.createCallExpression(
            f.createPropertyAccessExpression(receiver, member),
            undefined,
            args,
          );
        }
        if (ts.isAsExpression(node)) {
          const typeName = castTypeName(node.type, sourceFile);
          if (typeName) {
            use(CAST);
            return f.createCallExpression(f.createIdentifier(CAST), undefined, [
              ts.visitNode(node.expression, visit) as ts.Expression,
              f.createStringLiteral(typeName),
            ]);
          }
        }
        if (
          options.rewriteSpecifier &&
          (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
          node.moduleSpecifier &&
          ts.isStringLiteral(node.moduleSpecifier)
        ) {
          const rewritten = options.rewriteSpecifier(node.moduleSpecifier.text, file);
          if (rewritten !== undefined) {
            return ts.isImportDeclaration(node)
              ? f.updateImportDeclaration(
                  node,
                  node.modifiers,
                  node.importClause,
                  f.createStringLiteral(rewritten),
                  node.attributes,
                )
              : f.updateExportDeclaration(
                  node,
                  node.modifiers,
                  node.isTypeOnly,
                  node.exportClause,
                  f.createStringLiteral(rewritten),
                  node.attributes,
                );
          }
        }
        return ts.visitEachChild(node, visit, transformation);
      };

      const statements = visitStatements(sourceFile.statements);
      const importTag = f.createImportDeclaration(
        undefined,
        f.createImportClause(
          false,
          undefined,
          f.createNamedImports([
            f.createImportSpecifier(
              false,
              f.createIdentifier("tagFunction"),
              f.createIdentifier(TAG),
            ),
            ...HELPERS.filter(([local]) => used.has(local)).map(([local, exported]) =>
              f.createImportSpecifier(
                false,
                f.createIdentifier(exported),
                f.createIdentifier(local),
              ),
            ),
          ]),
        ),
        f.createStringLiteral(options.tagModule),
      );
      return f.updateSourceFile(sourceFile, [importTag, ...statements]);
    };
  };
}
