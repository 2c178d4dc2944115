// The authoring API's types enforce APIM's rules: literal-only attributes, section membership,
// the variable value types and the allow-listed .NET members, and the per-policy rules of
// mock-response, the logging policies, limit-concurrency, the JSON/XML conversions, proxy and
// wait (sections, wait's children, for's values). Checked with the TypeScript compiler over
// fixtures of wrong usages, each marked @ts-expect-error; one program holds every fixture.
import path from "node:path";
import ts from "../../src/compile/typescript.js";
import { describe, expect, it } from "vitest";
import { testProgram } from "../support/test-program.ts";

/** Each fixture with the number of wrong usages it must keep (a floor: fixtures only grow). */
const fixtures: Record<string, number> = {
  "type-rules.fixture.ts": 13,
  "type-rules-mock-logging.fixture.ts": 9,
  "type-rules-proxy-wait.fixture.ts": 5,
};

let program: ts.Program | undefined;
function compiled(): ts.Program {
  program ??= testProgram(
    ...Object.keys(fixtures).map((name) => path.join(import.meta.dirname, name)),
  );
  return program;
}

describe("authoring types", () => {
  it.each(Object.entries(fixtures))(
    "%s: reject every marked wrong usage and nothing else",
    (name, minimum) => {
      const fixture = path.join(import.meta.dirname, name);
      const diagnostics = ts
        .getPreEmitDiagnostics(compiled(), compiled().getSourceFile(fixture))
        .filter((d) => d.file?.fileName === fixture);
      const messages = diagnostics.map((d) => {
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start!);
        return `${line + 1}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
      });
      // TS2578 is "Unused '@ts-expect-error' directive": a wrong usage that compiled.
      expect(messages).toEqual([]);
      const marked = compiled()
        .getSourceFile(fixture)!
        .text.match(/@ts-expect-error/g)!.length;
      expect(marked).toBeGreaterThanOrEqual(minimum);
    },
  );
});
