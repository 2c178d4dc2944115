// Rewrites an emitted ES module (after TypeScript's own transforms, so type-only imports are
// gone) into the body of a function that takes its imports from `__import(specifier)` and
// publishes its exports through `__export(name, getter)`. The build runs policy modules this way,
// in memory: no temporary files and no module-loader hooks per module (the TypeScript loader's
// hooks tripled the cost of importing generated modules). Getters keep exports live, as ESM's
// bindings are; imports are read when the importing module starts, which differs from ESM only
// for import cycles that read a binding before it is initialised.
import ts from "./typescript.js";

export const IMPORT = "__import";
export const EXPORT = "__export";
export const EXPORT_STAR = "__exportStar";
export const META = "__meta";

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

function withoutExportModifiers<T extends ts.Node>(
  node: T,
): readonly ts.ModifierLike[] | undefined {
  const modifiers = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
  return modifiers?.filter(
    (m) => m.kind !== ts.SyntaxKind.ExportKeyword && m.kind !== ts.SyntaxKind.DefaultKeyword,
  );
}

function bindingNames(name: ts.BindingName, into: string[]): string[] {
  if (ts.isIdentifier(name)) into.push(name.text);
  else
    for (const element of name.elements)
      if (!ts.isOmittedExpression(element)) bindingNames(element.name, into);
  return into;
}

/** The "after" transformer; `specifiers` collects every imported module specifier. */
export function createModuleTransformer(
  specifiers: Set<string>,
): ts.TransformerFactory<ts.SourceFile> {
  return (context) => (sourceFile) => {
    const f = context.factory;
    let counter = 0;
    const exports: ts.Statement[] = [];
    const body: ts.Statement[] = [];
    const importCall = (specifier: string) => {
      specifiers.add(specifier);
      return f.createCallExpression(f.createIdentifier(IMPORT), undefined, [
        f.createStringLiteral(specifier),
      ]);
    };
    const publish = (exported: string, value: ts.Expression) =>
      exports.push(
        f.createExpressionStatement(
          f.createCallExpression(f.createIdentifier(EXPORT), undefined, [
            f.createStringLiteral(exported),
            f.createArrowFunction(undefined, undefined, [], undefined, undefined, value),
          ]),
        ),
      );
    const constant = (name: ts.BindingName, value: ts.Expression) =>
      f.createVariableStatement(
        undefined,
        f.createVariableDeclarationList(
          [f.createVariableDeclaration(name, undefined, undefined, value)],
          ts.NodeFlags.Const,
        ),
      );

    const visitMeta = (node: ts.Node): ts.Node =>
      ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword
        ? f.createIdentifier(META)
        : ts.visitEachChild(node, visitMeta, context);

    for (const statement of sourceFile.statements) {
      if (ts.isImportDeclaration(statement)) {
        const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
        const clause = statement.importClause;
        if (!clause) {
          body.push(f.createExpressionStatement(importCall(specifier)));
          continue;
        }
        const module = f.createIdentifier(`__module${counter++}`);
        body.push(constant(module, importCall(specifier)));
        if (clause.name)
          body.push(constant(clause.name, f.createPropertyAccessExpression(module, "default")));
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) body.push(constant(bindings.name, module));
        if (bindings && ts.isNamedImports(bindings) && bindings.elements.length) {
          const pattern = f.createObjectBindingPattern(
            bindings.elements.map((element) =>
              f.createBindingElement(undefined, element.propertyName ?? element.name, element.name),
            ),
          );
          body.push(constant(pattern, module));
        }
        continue;
      }
      if (ts.isExportDeclaration(statement)) {
        const from =
          statement.moduleSpecifier && (statement.moduleSpecifier as ts.StringLiteral).text;
        const clause = statement.exportClause;
        if (!clause) {
          exports.push(
            f.createExpressionStatement(
              f.createCallExpression(f.createIdentifier(EXPORT_STAR), undefined, [
                importCall(from!),
              ]),
            ),
          );
        } else if (ts.isNamespaceExport(clause)) {
          publish(clause.name.text, importCall(from!));
        } else {
          for (const element of clause.elements) {
            const local = (element.propertyName ?? element.name) as ts.Identifier;
            publish(
              element.name.text,
              from
                ? f.createPropertyAccessExpression(importCall(from), local.text)
                : f.createIdentifier(local.text),
            );
          }
        }
        continue;
      }
      if (ts.isExportAssignment(statement)) {
        const name = f.createIdentifier(`__default`);
        body.push(constant(name, ts.visitNode(statement.expression, visitMeta) as ts.Expression));
        publish("default", name);
        continue;
      }
      const exported = hasModifier(statement, ts.SyntaxKind.ExportKeyword);
      const visited = ts.visitNode(statement, visitMeta) as ts.Statement;
      if (!exported) {
        body.push(visited);
        continue;
      }
      const isDefault = hasModifier(statement, ts.SyntaxKind.DefaultKeyword);
      if (ts.isVariableStatement(visited)) {
        body.push(
          f.updateVariableStatement(
            visited,
            withoutExportModifiers(visited),
            visited.declarationList,
          ),
        );
        for (const declaration of visited.declarationList.declarations) {
          for (const name of bindingNames(declaration.name, []))
            publish(name, f.createIdentifier(name));
        }
      } else if (ts.isFunctionDeclaration(visited) || ts.isClassDeclaration(visited)) {
        const name = visited.name ?? f.createIdentifier("__default");
        body.push(
          ts.isFunctionDeclaration(visited)
            ? f.updateFunctionDeclaration(
                visited,
                withoutExportModifiers(visited),
                visited.asteriskToken,
                name,
                visited.typeParameters,
                visited.parameters,
                visited.type,
                visited.body,
              )
            : f.updateClassDeclaration(
                visited,
                withoutExportModifiers(visited),
                name,
                visited.typeParameters,
                visited.heritageClauses,
                visited.members,
              ),
        );
        publish(isDefault ? "default" : name.text, name);
      } else {
        body.push(visited);
      }
    }
    // Exports are published first: their getters are lazy, and function declarations are hoisted.
    return f.updateSourceFile(sourceFile, [...exports, ...body]);
  };
}
