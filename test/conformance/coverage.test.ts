// Every member the translator maps is exercised by a conformance case of the batch (all-cases.ts):
// - every member declared in the model's folders (MODEL_DECLARATION_FOLDERS: APIM's context and
//   the .NET types), enumerated from the TypeScript program itself (every interface of every
//   source file there, no hand-written list of files);
// - every member of every registered mapping table (MAPPING_TABLES: string, array, and any table
//   added later, e.g. JSON or LINQ, as soon as it is registered).
// A case exercises a member when a property access in its snippet resolves to the member's
// declaration. The batch test proves each exercised member translates and agrees in both
// languages. NOT_MEMBERS and PENDING name, one by one and with the reason, what is declared but
// is no C# member or cannot be compared yet; nothing is excused wholesale.
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "../../src/compile/typescript.js";
import { expect, it } from "vitest";
import { runBatch } from "../../harness/conformance/index.ts";
import { createSnippetModule } from "../../harness/conformance/snippet-program.ts";
import { MAPPING_TABLES, MODEL_DECLARATION_FOLDERS } from "../../src/translate/members/tables.ts";
import { allCases, allDeclarations } from "./all-cases.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** Declared for JavaScript's operators or as type brands, refused by the translator: no C# member. */
const NOT_MEMBERS = new Map([
  ["DateTime.valueOf", "lets JavaScript compare with < and >; the translator refuses the call"],
  ["TimeSpan.valueOf", "lets JavaScript compare with < and >; the translator refuses the call"],
  [
    "DateTimeStatic.TryParse",
    "not on APIM's allow-list: declared so the translator refuses it with the way out (APIM1041)",
  ],
  [
    "DateTimeStatic.ParseExact",
    "not on APIM's allow-list: declared so the translator refuses it with the way out (APIM1041)",
  ],
  [
    "DateTimeOffset.valueOf",
    "lets JavaScript compare with < and >; the translator refuses the call",
  ],
  ["X509NameType.__x509NameType", "a type brand, not a member"],
  ["JTokenType.__jTokenType", "a type brand, not a member"],
  ["Formatting.__formatting", "a type brand, not a member"],
  ["UriKind.__uriKind", "a type brand, not a member"],
  ["RegexOptions.__regexOptions", "a type brand, not a member"],
  ["RSASignaturePadding.__rsaSignaturePadding", "a type brand, not a member"],
  [
    "Enumerable.[Symbol.iterator]",
    "lets for..of walk a sequence; the translator maps the loop, not the member",
  ],
]);

/**
 * Members without a case in the batch, each with the reason (found when this test began to
 * enumerate every declaration; see docs/project-choices.md).
 */
const PENDING = new Map([
  [
    "RSASignaturePaddingStatic.Pss",
    "mono's RSA (RSACryptoServiceProvider) has no PSS ('Specified padding mode is not valid'), so no real .NET can check the twin's; the harness refuses VerifyData with it (test/dotnet/rsa.test.ts)",
  ],
  [
    "X509Certificate2.Verify",
    "the JavaScript side of a conformance context has no trust store (js-context.ts ignores trustedCaCertificates), so chain validation cannot be compared here; it is tested in test/harness/validate-client-certificate.test.ts and test/appgw/trusted-chains.test.ts",
  ],
  [
    "X509Certificate2.VerifyNoRevocation",
    "as Verify: mono says true where the JavaScript context, without a trust store, says false",
  ],
  [
    "X509Certificate2.ToString",
    "line ends: mono on Linux writes \\n, APIM's .NET on Windows \\r\\n (the twin follows Windows); the normaliser does not yet map them",
  ],
]);

/** For each refused mapping-table member, a snippet that uses it (the translator must refuse). */
const REFUSAL_PROBES: Readonly<Record<string, string>> = {
  "string.replace": '(s: string) => s.replace("a", "b")',
};

function ownerName(declaration: ts.Declaration): string | undefined {
  const parent = declaration.parent;
  return parent && ts.isInterfaceDeclaration(parent) ? parent.name.text : undefined;
}

function coverage() {
  const module = createSnippetModule(
    "coverage",
    allDeclarations,
    allCases.map((c) => c.source.trim()),
  );
  const checker = module.program.getTypeChecker();
  const folders = MODEL_DECLARATION_FOLDERS.map((folder) => path.join(ROOT, folder) + path.sep);
  const declared = new Set<string>();
  const modelFiles: string[] = [];
  for (const sourceFile of module.program.getSourceFiles()) {
    if (!folders.some((folder) => path.resolve(sourceFile.fileName).startsWith(folder))) continue;
    modelFiles.push(path.relative(ROOT, sourceFile.fileName));
    // Interfaces at the top of the file and inside `declare global { ... }` (String's .NET
    // members: AsJwt, StartsWith(value, StringComparison), ...).
    const statements = sourceFile.statements.flatMap((statement) =>
      ts.isModuleDeclaration(statement) &&
      statement.name.getText(sourceFile) === "global" &&
      statement.body &&
      ts.isModuleBlock(statement.body)
        ? [...statement.body.statements]
        : [statement],
    );
    for (const statement of statements) {
      if (!ts.isInterfaceDeclaration(statement)) continue;
      for (const member of statement.members) {
        const name = ts.isConstructSignatureDeclaration(member)
          ? "new"
          : member.name?.getText(sourceFile);
        const key = `${statement.name.text}.${name}`;
        if (name && !NOT_MEMBERS.has(key)) declared.add(key);
      }
    }
  }
  const covered = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const symbol = checker.getSymbolAtLocation(node.name);
      for (const declaration of symbol?.declarations ?? []) {
        const owner = ownerName(declaration);
        if (owner) covered.add(`${owner}.${node.name.text}`);
      }
    }
    if (ts.isNewExpression(node)) {
      // `new X509Certificate2(...)`: the construct signature of the constructor interface.
      const type = checker.getTypeAtLocation(node.expression);
      const owner = type.getSymbol()?.declarations?.[0];
      if (owner && ts.isInterfaceDeclaration(owner)) covered.add(`${owner.name.text}.new`);
    }
    ts.forEachChild(node, visit);
  };
  visit(module.sourceFile);
  return { declared, covered, modelFiles };
}

const { declared, covered, modelFiles } = coverage();

it("reads the model's declarations from the program, every file of its folders", () => {
  expect(modelFiles.length).toBeGreaterThanOrEqual(7);
  expect(modelFiles).toEqual(
    expect.arrayContaining(["src/context/context.ts", "src/dotnet/x509-certificate2.ts"]),
  );
  expect(declared.size).toBeGreaterThan(150);
});

it("every declared member of the context model and the .NET types has a conformance case", () => {
  const missing = [...declared].filter((m) => !covered.has(m) && !PENDING.has(m)).sort();
  const stale = [...PENDING.keys()].filter((m) => covered.has(m) || !declared.has(m));
  console.info(
    `coverage: ${declared.size} declared members, ${[...declared].filter((m) => covered.has(m)).length} covered, ${PENDING.size} pending`,
  );
  expect(missing, "declared members without a conformance case").toEqual([]);
  expect(stale, "PENDING entries that are covered or no longer declared").toEqual([]);
});

it.each(MAPPING_TABLES.map((table) => [table.name, table] as const))(
  "every member of the %s mapping table has a conformance case, or is refused",
  async (_name, table) => {
    expect(table.members.length).toBeGreaterThan(0);
    const refused = table.refused ?? [];
    const missing = table.members.filter(
      (member) =>
        !refused.includes(member) &&
        !table.owners.some((owner) => covered.has(`${owner}.${member}`)),
    );
    expect(missing, `${table.name} members without a conformance case`).toEqual([]);
    // A refused member needs a probe here, and the translator must refuse it.
    const probes = refused.map((member) => ({
      id: `${table.name}.${member}`,
      source: REFUSAL_PROBES[`${table.name}.${member}`] ?? "",
    }));
    expect(
      probes.filter((p) => !p.source).map((p) => p.id),
      "refused members without a probe in REFUSAL_PROBES",
    ).toEqual([]);
    if (probes.length === 0) return;
    const report = await runBatch(`refusals-${table.name}`, probes, {});
    for (const result of report.results) expect(result.codes, result.id).not.toEqual([]);
  },
);

it("finds a member a case uses and misses one it does not (the walk itself works)", () => {
  expect(covered.has("String.startsWith")).toBe(true);
  expect(covered.has("Array.join") || covered.has("ReadonlyArray.join")).toBe(true);
  expect(covered.has("String.localeCompare")).toBe(false);
  // String's .NET members, declared inside `declare global`, are enumerated too.
  expect(declared.has("String.StartsWith")).toBe(true);
  expect(declared.has("String.AsJwt")).toBe(true);
});
