// ownDiagnostics (src/compile/program.ts), which the build, `serve` and `verify` report: the
// diagnostics of the project's own files and those of no file, exactly as getPreEmitDiagnostics
// over the whole program filtered to them, without checking the other files.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "../../src/compile/typescript.js";
import { afterAll, describe, expect, it } from "vitest";
import { ownDiagnostics } from "../../src/compile/program.ts";
import { sharedCompilerHost } from "../../src/compile/shared-host.ts";

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-own-diagnostics-")));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
};
const sources = path.join(dir, "policy-src") + path.sep;
const isOwn = (file: ts.SourceFile) => file.fileName.startsWith(sources);
const shown = (diagnostics: readonly ts.Diagnostic[]) =>
  diagnostics.map(
    (d) =>
      `${d.file ? path.relative(dir, d.file.fileName) : "-"}:${d.start ?? "-"} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`,
  );

// The programs of these tests differ only in their options: the build's shared host
// (src/compile/shared-host.ts) parses each file once, and the default library is lib.es5.d.ts, not
// the DOM that a target's default list would add (most of the work otherwise).
function program(options: ts.CompilerOptions = {}): ts.Program {
  const all: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es5.d.ts"],
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    types: [],
    ...options,
  };
  return ts.createProgram({
    rootNames: [path.join(dir, "policy-src", "a.operation.ts")],
    options: all,
    host: sharedCompilerHost(all),
  });
}

describe("ownDiagnostics", () => {
  write(
    "policy-src/a.operation.ts",
    'import { helper } from "../shared/helper.ts";\nimport { local } from "./lib/local.ts";\nexport const a: number = helper("x") + local;\n',
  );
  write("policy-src/lib/local.ts", "export const local: number = 'text';\n");
  write("shared/helper.ts", "export function helper(s: string): string { return s * 2; }\n");

  it("reports the own files' errors, in order, and not those of the files they import", () => {
    const own = shown(ownDiagnostics(program(), isOwn));
    expect(own).toEqual([
      expect.stringMatching(
        /^policy-src\/a\.operation\.ts:\d+ TS2322 Type 'string' is not assignable to type 'number'/,
      ),
      expect.stringMatching(
        /^policy-src\/lib\/local\.ts:\d+ TS2322 Type 'string' is not assignable to type 'number'/,
      ),
    ]);
    // The imported file outside policy-src has an error of its own, which is not reported.
    const all = shown(ts.getPreEmitDiagnostics(program()));
    expect(all.some((line) => line.startsWith("shared/helper.ts:"))).toBe(true);
  });

  it("is the whole program's diagnostics filtered to the own files and to no file", () => {
    for (const options of [
      {},
      { lib: ["lib.not-a-library.d.ts"] },
      { target: 1234 as ts.ScriptTarget },
    ]) {
      const filtered = ts
        .getPreEmitDiagnostics(program(options))
        .filter((d) => !d.file || isOwn(d.file));
      expect(shown(ownDiagnostics(program(options), isOwn))).toEqual(shown(filtered));
    }
  });

  it("keeps a diagnostic of no file (a compiler option's)", () => {
    const own = shown(ownDiagnostics(program({ lib: ["lib.not-a-library.d.ts"] }), isOwn));
    expect(own.some((line) => line.startsWith("-:-"))).toBe(true);
  });
});
