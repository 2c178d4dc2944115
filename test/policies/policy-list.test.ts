// The one list of policies holds together at run time, not only under tsc: every policy module's
// definition is listed, every listed policy's builders are exported from "apim-ts", its XML
// mapping names its own element, and the harness has semantics for every listed kind.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import ts from "../../src/compile/typescript.js";
import * as apim from "../../src/index.ts";
import { POLICIES } from "../../src/policies/index.ts";
import { SECTIONS } from "../../src/model/scope.ts";
import { POLICY_HANDLERS } from "../../harness/apim/policies/index.ts";

const policiesDir = path.join(import.meta.dirname, "../../src/policies");

function isDefinition(value: unknown): value is (typeof POLICIES)[number] {
  const candidate = value as { element?: unknown; toXml?: unknown } | null;
  return typeof candidate?.element === "string" && typeof candidate.toXml === "function";
}

describe("the list of policies", () => {
  it("lists every definition a module under src/policies declares", async () => {
    const declared: string[] = [];
    for (const file of fs.readdirSync(policiesDir).filter((name) => name.endsWith(".ts"))) {
      const module = (await import(path.join(policiesDir, file))) as Record<string, unknown>;
      for (const value of Object.values(module))
        if (isDefinition(value)) declared.push(value.element);
    }
    const listed = POLICIES.map((definition) => definition.element);
    expect([...new Set(declared)].sort()).toEqual([...listed].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it.each(POLICIES.map((definition) => [definition.element, definition] as const))(
    "%s: builders exported from apim-ts, sections, reference page, harness semantics",
    (element, definition) => {
      expect(definition.builders.length).toBeGreaterThan(0);
      for (const builder of definition.builders) {
        expect(
          typeof (apim as Record<string, unknown>)[builder],
          `apim-ts exports ${builder}()`,
        ).toBe("function");
      }
      expect(definition.sections.length).toBeGreaterThan(0);
      for (const section of definition.sections) expect(SECTIONS).toContain(section);
      expect(definition.reference).toMatch(
        /^https:\/\/learn\.microsoft\.com\/azure\/api-management\//,
      );
      expect(definition.summary).not.toBe("");
      expect(
        typeof (POLICY_HANDLERS as Record<string, unknown>)[element],
        `harness semantics for ${element}`,
      ).toBe("function");
    },
  );

  it("the harness has no semantics for a kind the list does not hold", () => {
    expect(Object.keys(POLICY_HANDLERS).sort()).toEqual(
      POLICIES.map((definition) => definition.element).sort(),
    );
  });

  it("declares the return type of every function written in a definePolicy call", () => {
    // Without one, every check of a policy document infers it from the body (define-policy.ts).
    const undeclared: string[] = [];
    for (const file of fs.readdirSync(policiesDir).filter((name) => name.endsWith(".ts"))) {
      const text = fs.readFileSync(path.join(policiesDir, file), "utf8");
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (
          (ts.isArrowFunction(node) ||
            ts.isFunctionExpression(node) ||
            ts.isMethodDeclaration(node)) &&
          !node.type &&
          ts.isObjectLiteralExpression(node.parent.parent ?? node.parent) &&
          isDefinePolicyArgument(ts.isMethodDeclaration(node) ? node.parent : node.parent.parent)
        )
          undeclared.push(`${file}: ${node.getText(source).split("\n")[0]}`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(undeclared).toEqual([]);
  });
});

function isDefinePolicyArgument(node: ts.Node): boolean {
  return (
    ts.isObjectLiteralExpression(node) &&
    ts.isCallExpression(node.parent) &&
    node.parent.expression.getText() === "definePolicy"
  );
}
