// The tagging transform's element accesses (tag-transform.ts): inside functions, a read `d[key]`
// becomes elementRead(d, key) and an assignment `o[key] = value` elementWrite(o, key, value)
// (src/model/element-access.ts), so that a receiver with a C# indexer is indexed as C# indexes it
// even when the key names one of its members (`context.Variables[k]` with k = "Count"). The
// transform has no types: every receiver goes through the helper, which indexes values without
// an indexer (arrays, records) exactly as JavaScript does.
// Left as JavaScript wrote them: numeric-literal keys (no member of a C# type is named by a
// number), `super[...]`, optional chains (`a?.[k]`, `a?.b[k]`: rewriting one link would break the
// chain's short-circuit; the translator refuses `?.[` on dictionaries and Json.NET tokens), callees
// (`o[k](...)` keeps its `this`), and every other write (`+=`, `++`, `delete`, for-in/of targets,
// destructuring patterns), which the translator refuses on indexers.
import ts from "typescript";
import { ELEMENT_READ, ELEMENT_WRITE } from "./tag-names.ts";

/** The node an expression's value flows into, past parentheses, `!` and type assertions. */
function outer(node: ts.Node): { child: ts.Node; parent: ts.Node } {
  let child = node;
  let parent = node.parent;
  while (
    ts.isParenthesizedExpression(parent) ||
    ts.isNonNullExpression(parent) ||
    ts.isAsExpression(parent) ||
    ts.isSatisfiesExpression(parent) ||
    ts.isTypeAssertionExpression(parent)
  ) {
    child = parent;
    parent = parent.parent;
  }
  return { child, parent };
}

/** The array or object literal `node` is an element of, when that literal is a destructuring target. */
function patternOf(node: ts.Node): ts.Node | undefined {
  const { child, parent } = outer(node);
  const literal =
    ts.isArrayLiteralExpression(parent) ||
    ts.isObjectLiteralExpression(parent) ||
    ts.isSpreadElement(parent) ||
    ts.isSpreadAssignment(parent)
      ? parent
      : ts.isPropertyAssignment(parent) && parent.initializer === child
        ? parent.parent
        : undefined;
  return literal && isAssigned(literal) ? literal : undefined;
}

/** Whether `node` is written to: assigned, incremented, deleted, a loop target or destructured into. */
function isAssigned(node: ts.Node): boolean {
  const { child, parent } = outer(node);
  if (ts.isBinaryExpression(parent))
    return (
      parent.left === child &&
      parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
      parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
    );
  if (ts.isPrefixUnaryExpression(parent) || ts.isPostfixUnaryExpression(parent))
    return (
      parent.operator === ts.SyntaxKind.PlusPlusToken ||
      parent.operator === ts.SyntaxKind.MinusMinusToken
    );
  if (ts.isDeleteExpression(parent)) return true;
  if (ts.isForInStatement(parent) || ts.isForOfStatement(parent))
    return parent.initializer === child;
  return patternOf(node) !== undefined;
}

/** Whether an element access may be rewritten at all (see the module comment). */
function rewritable(node: ts.ElementAccessExpression): boolean {
  if (node.expression.kind === ts.SyntaxKind.SuperKeyword) return false;
  if (ts.isOptionalChain(node) || ts.isNumericLiteral(node.argumentExpression)) return false;
  const { child, parent } = outer(node);
  return !(
    ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === child) ||
    (ts.isTaggedTemplateExpression(parent) && parent.tag === child)
  );
}

/**
 * The rewritten node for an element read or an `=` assignment to an element inside a function,
 * or undefined when `node` is neither (or must stay JavaScript's). `use` records the helper's
 * local name, which the transform then imports.
 */
export function rewriteElementAccess(
  f: ts.NodeFactory,
  node: ts.Node,
  visit: (node: ts.Expression) => ts.Expression,
  use: (local: string) => void,
): ts.Expression | undefined {
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isElementAccessExpression(node.left) &&
    rewritable(node.left) &&
    patternOf(node) === undefined
  ) {
    use(ELEMENT_WRITE);
    const call = f.createCallExpression(f.createIdentifier(ELEMENT_WRITE), undefined, [
      visit(node.left.expression),
      visit(node.left.argumentExpression),
      visit(node.right),
    ]);
    return ts.setTextRange(call, node);
  }
  if (!ts.isElementAccessExpression(node) || !rewritable(node) || isAssigned(node))
    return undefined;
  use(ELEMENT_READ);
  const call = f.createCallExpression(f.createIdentifier(ELEMENT_READ), undefined, [
    visit(node.expression),
    visit(node.argumentExpression),
  ]);
  return ts.setTextRange(call, node);
}
