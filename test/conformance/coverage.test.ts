// Every declared member of APIM's context and the .NET types (src/context, src/dotnet), listed by
// walking the declarations with the TypeScript API, is exercised by a conformance case (found by
// resolving every member access in the cases' snippets), or is on the explicit PENDING list.
// The batch test proves each exercised member translates and agrees in both languages.
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, it } from "vitest";
import { createSnippetModule } from "../../harness/conformance/snippet-program.ts";
import { allCases, allDeclarations } from "./all-cases.ts";

const SOURCE = fileURLToPath(new URL("../../src/", import.meta.url));
const MODEL_FILES = ["context/context.ts", "context/variables.ts", "dotnet/collections.ts", "dotnet/date-time.ts", "dotnet/numeric.ts", "dotnet/text.ts", "dotnet/types.ts", "dotnet/x509-certificate2.ts"];
/** Declared for JavaScript's operators or as type brands: no C# member. */
const NOT_MEMBERS = new Set(["DateTime.valueOf", "TimeSpan.valueOf", "X509NameType.__x509NameType", "Enumerable.[Symbol.iterator]"]);
/** Declared members without a conformance case yet (see README.md, "what is left"). */
const PENDING = new Set([
  "GuidStatic.NewGuid",
  ...["Thumbprint", "Subject", "Issuer", "SubjectName", "IssuerName", "SerialNumber", "NotBefore", "NotAfter", "Version", "HasPrivateKey", "GetNameInfo", "GetRawCertData", "GetCertHashString", "GetSerialNumberString", "Verify", "VerifyNoRevocation", "ToString"].map((m) => `X509Certificate2.${m}`),
  "X500DistinguishedName.Name",
  ...["SimpleName", "EmailName", "UpnName", "DnsName", "UrlName"].map((m) => `X509NameTypeStatic.${m}`),
  "X509Certificate2Constructor.new",
]);

function ownerName(declaration: ts.Declaration): string | undefined {
  const parent = declaration.parent;
  return parent && (ts.isInterfaceDeclaration(parent) || ts.isTypeLiteralNode(parent)) && ts.isInterfaceDeclaration(parent) ? parent.name.text : undefined;
}

it("every declared member has a conformance case (or is listed as pending)", () => {
  const module = createSnippetModule("coverage", allDeclarations, allCases.map((c) => c.source.trim()));
  const checker = module.program.getTypeChecker();
  const declared = new Set<string>();
  for (const file of MODEL_FILES) {
    const sourceFile = module.program.getSourceFile(path.join(SOURCE, file))!;
    for (const statement of sourceFile.statements) {
      if (!ts.isInterfaceDeclaration(statement)) continue;
      for (const member of statement.members) {
        const name = ts.isConstructSignatureDeclaration(member) ? "new" : member.name?.getText(sourceFile);
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
    ts.forEachChild(node, visit);
  };
  visit(module.sourceFile);
  console.info(`coverage: ${declared.size} declared members, ${[...declared].filter((m) => covered.has(m)).length} covered, ${PENDING.size} pending`);
  const missing = [...declared].filter((m) => !covered.has(m) && !PENDING.has(m)).sort();
  const stalePending = [...PENDING].filter((m) => covered.has(m) || !declared.has(m)).sort();
  expect(missing, "declared members without a conformance case").toEqual([]);
  expect(stalePending, "PENDING entries that are covered or no longer declared").toEqual([]);
});
