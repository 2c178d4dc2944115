// The types of proxy and wait enforce their pages' rules (sections, wait's children, for's values):
// the compiler over a fixture of wrong usages, each marked @ts-expect-error.
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { projectOptions } from "../../src/compile/program.ts";

const fixture = path.join(import.meta.dirname, "type-rules-proxy-wait.fixture.ts");

describe("authoring types of proxy and wait", () => {
  it("reject every marked wrong usage and nothing else", () => {
    const program = ts.createProgram([fixture], {
      ...projectOptions(path.dirname(fixture)),
      noEmit: true,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file?.fileName === fixture);
    const messages = diagnostics.map((d) => {
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start!);
      return `${line + 1}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    });
    // TS2578 is "Unused '@ts-expect-error' directive": a wrong usage that compiled.
    expect(messages).toEqual([]);
    const expected = program.getSourceFile(fixture)!.text.match(/@ts-expect-error/g)!.length;
    expect(expected).toBeGreaterThanOrEqual(5);
  });
});
