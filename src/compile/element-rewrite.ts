// The tagging transform's element accesses (tag-transform.ts): inside functions, a read `d[key]`
// becomes elementRead(d, key) and an assignment `o[key] = value` elementWrite(o, key, value)
// (src/model/element-access.ts), so that a receiver with a C# indexer is indexed as C# indexes it
// even when the key names one of its members (`context.Variables[k]` with k = "Count"). The
// transform has no types: every receiver goes through the helper, which indexes values without
// an indexer (arrays, records) exactly as JavaScript does.
// An element read inside an optional chain (`context.Request?.Headers[k]`, `a?.[k]`) is rewritten
// with the chain's tail after its last `?.`: `((t) => t == null ? void 0 : read(t.Headers, k))(E)`
// for `E?.Headers[k]`, so that the short-circuit still skips the whole tail and E runs once.
// Left as JavaScript wrote them: numeric-literal keys (no member of a C# type is named by a
// number), `super[...]`, callees (`o[k](...)` keeps its `this`), chains whose tail holds a typed
// call (`?.As<T>()`, rewritten on its own), an `await` or a call after `?.(`, and every other
// write (`+=`, `++`, `delete`, for-in/of targets, destructuring patterns), which the translator
// refuses on indexers.
import ts from "./typescript.js";
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

/** Whether `node`'s value is called (`x()`, `new x()`, a tag): a read must keep its `this`. */
function isCallee(node: ts.Node): boolean {
  const { child, parent } = outer(node);
  return (
    ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === child) ||
    (ts.isTaggedTemplateExpression(parent) && parent.tag === child)
  );
}

/** Whether an element access outside an optional chain may be rewritten (module comment). */
function rewritable(node: ts.ElementAccessExpression): boolean {
  if (node.expression.kind === ts.SyntaxKind.SuperKeyword) return false;
  if (ts.isOptionalChain(node) || ts.isNumericLiteral(node.argumentExpression)) return false;
  return !isCallee(node);
}

type ChainLink =
  | ts.PropertyAccessExpression
  | ts.ElementAccessExpression
  | ts.CallExpression
  | ts.NonNullExpression;

/**
 * The tail of the optional chain `node` ends: its links from `node` down to the last `?.` (the
 * last link of the list), when `node` is the outermost link of the chain or of a segment that
 * a further `?.` continues; else undefined.
 */
function chainTail(node: ts.Node): ChainLink[] | undefined {
  if (!ts.isOptionalChain(node)) return undefined;
  // A link below a `?.` ends a segment of its own (`E` in `E?.c`): the outer segment keeps its `?.`.
  const parent = node.parent as ts.Node & { expression?: ts.Node; questionDotToken?: ts.Node };
  if (ts.isOptionalChain(parent) && parent.expression === node && !parent.questionDotToken)
    return undefined;
  const links: ChainLink[] = [];
  let link: ts.Node = node;
  for (;;) {
    if (
      !ts.isPropertyAccessExpression(link) &&
      !ts.isElementAccessExpression(link) &&
      !ts.isCallExpression(link) &&
      !ts.isNonNullExpression(link)
    )
      return undefined;
    links.push(link);
    if (!ts.isNonNullExpression(link) && link.questionDotToken) return links;
    link = link.expression;
  }
}

/** An element link of a chain's tail the rewrite reads through elementRead (not a callee). */
function readsElement(links: readonly ChainLink[], index: number): boolean {
  const link = links[index]!;
  if (!ts.isElementAccessExpression(link) || ts.isNumericLiteral(link.argumentExpression))
    return false;
  const above = links[index - 1];
  return !(above && ts.isCallExpression(above) && above.expression === link);
}

/** Whether the tail can be rebuilt after its `?.` (module comment). */
function rebuildable(node: ts.Node, links: readonly ChainLink[]): boolean {
  const last = links.at(-1)!;
  if (ts.isCallExpression(last) || last.expression.kind === ts.SyntaxKind.SuperKeyword)
    return false;
  // `delete a?.b[k]` deletes; a callee keeps its `this`.
  if (isCallee(node) || isAssigned(node) || !links.some((_, i) => readsElement(links, i)))
    return false;
  let suspends = false;
  const scan = (inner: ts.Node): void => {
    if (ts.isAwaitExpression(inner) || ts.isYieldExpression(inner)) suspends = true;
    else if (!ts.isFunctionLike(inner)) ts.forEachChild(inner, scan);
  };
  for (const link of links) {
    if (ts.isCallExpression(link) && link.typeArguments) return false;
    if (ts.isElementAccessExpression(link)) scan(link.argumentExpression);
    if (ts.isCallExpression(link)) link.arguments.forEach(scan);
  }
  return !suspends;
}

/** `((t) => t == null ? void 0 : tail(t))(E)` for the chain `E?.tail`, its element reads rewritten. */
function rewriteChain(
  f: ts.NodeFactory,
  links: readonly ChainLink[],
  visit: (node: ts.Expression) => ts.Expression,
  use: (local: string) => void,
): ts.Expression {
  const target = f.createUniqueName("chained");
  let built: ts.Expression = target;
  for (let i = links.length - 1; i >= 0; i--) {
    const link = links[i]!;
    if (ts.isPropertyAccessExpression(link))
      built = f.createPropertyAccessExpression(built, link.name);
    else if (ts.isNonNullExpression(link)) built = f.createNonNullExpression(built);
    else if (ts.isCallExpression(link))
      built = f.createCallExpression(built, undefined, link.arguments.map(visit));
    else if (readsElement(links, i)) {
      use(ELEMENT_READ);
      built = f.createCallExpression(f.createIdentifier(ELEMENT_READ), undefined, [
        built,
        visit(link.argumentExpression),
      ]);
    } else built = f.createElementAccessExpression(built, visit(link.argumentExpression));
  }
  const test = f.createBinaryExpression(target, ts.SyntaxKind.EqualsEqualsToken, f.createNull());
  const body = f.createConditionalExpression(test, undefined, f.createVoidZero(), undefined, built);
  const parameter = f.createParameterDeclaration(undefined, undefined, target);
  const arrow = f.createArrowFunction(
    undefined,
    undefined,
    [parameter],
    undefined,
    undefined,
    body,
  );
  return f.createCallExpression(f.createParenthesizedExpression(arrow), undefined, [
    visit(links.at(-1)!.expression),
  ]);
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
  const tail = chainTail(node);
  if (tail && rebuildable(node, tail))
    return ts.setTextRange(rewriteChain(f, tail, visit, use), node);
  if (!ts.isElementAccessExpression(node) || !rewritable(node) || isAssigned(node))
    return undefined;
  use(ELEMENT_READ);
  const call = f.createCallExpression(f.createIdentifier(ELEMENT_READ), undefined, [
    visit(node.expression),
    visit(node.argumentExpression),
  ]);
  return ts.setTextRange(call, node);
}
