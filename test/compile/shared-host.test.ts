// The shared compiler host (src/compile/shared-host.ts): a later program reuses the files an
// earlier one parsed while their text is unchanged, sees an edit, and finds a file created after a
// lookup failed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "../../src/compile/typescript.js";
import { afterAll, describe, expect, it } from "vitest";
import { sharedCompilerHost } from "../../src/compile/shared-host.ts";

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-shared-host-")));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  allowImportingTsExtensions: true,
  noEmit: true,
  strict: true,
  types: [],
  // What is shared is the host's parsing, not the libraries: ES5's declarations alone, unchecked,
  // instead of ES2022's with the DOM (checked in full by each getPreEmitDiagnostics: 6 s a run).
  lib: ["lib.es5.d.ts"],
  skipLibCheck: true,
};
const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
const program = (root: string) =>
  ts.createProgram({
    rootNames: [path.join(dir, root)],
    options,
    host: sharedCompilerHost(options),
  });
const errors = (p: ts.Program) =>
  ts.getPreEmitDiagnostics(p).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));

describe("the shared compiler host", () => {
  it("reuses an unchanged file's syntax tree in the next program, and parses an edited one", () => {
    write("shared.ts", "export const answer: number = 42;\n");
    write("a.ts", 'import { answer } from "./shared.ts";\nexport const a = answer;\n');
    write("b.ts", 'import { answer } from "./shared.ts";\nexport const b = answer;\n');
    const first = program("a.ts");
    const second = program("b.ts");
    const shared = path.join(dir, "shared.ts");
    expect(second.getSourceFile(shared)).toBe(first.getSourceFile(shared));
    expect(errors(second)).toEqual([]);

    write("shared.ts", 'export const answer: string = "42";\n');
    const third = program("b.ts");
    expect(third.getSourceFile(shared)).not.toBe(first.getSourceFile(shared));
    const checker = third.getTypeChecker();
    const b = third.getSourceFile(path.join(dir, "b.ts"))!;
    const declaration = (b.statements[1] as ts.VariableStatement).declarationList.declarations[0]!;
    expect(checker.typeToString(checker.getTypeAtLocation(declaration.name))).toBe("string");
  });

  it("finds a module created after a program could not", () => {
    write("c.ts", 'import { later } from "./later.ts";\nexport const c: number = later;\n');
    expect(errors(program("c.ts")).join("\n")).toMatch(/Cannot find module '\.\/later\.ts'/);
    write("later.ts", "export const later = 1;\n");
    expect(errors(program("c.ts"))).toEqual([]);
  });
});
