// The XML a builder test compares with a reference page: the statements of one section as the
// build prints them (rawxml), without the document around them. The program is the test file's
// own, so expressions written there translate as the build translates them.
import type ts from "../../src/compile/typescript.js";
import { beforeAll, expect } from "vitest";
import { emitDocument } from "../../src/emit/emit-document.ts";
import { testProgram } from "./test-program.ts";
import type { PolicyDocument } from "../../src/model/document.ts";

const SECTION_TAGS = {
  inbound: "inbound",
  backend: "backend",
  outbound: "outbound",
  onError: "on-error",
} as const;

export type SectionName = keyof typeof SECTION_TAGS;

/**
 * Builds the test file's program once (before its tests) and gives the printer of a section:
 * `sectionXml(document, "outbound")` is that section's statements, de-indented, one per line.
 * Fails the test when the emitted document has diagnostics.
 */
export function sectionPrinter(
  testFile: string,
): (document: PolicyDocument, section?: SectionName) => string {
  let program: ts.Program;
  beforeAll(() => {
    program = testProgram(testFile);
  });
  return (document, section = "inbound") => {
    const emitted = emitDocument(document, program, { format: "rawxml" });
    expect(emitted.diagnostics).toEqual([]);
    const lines = emitted.text!.split("\n");
    const tag = SECTION_TAGS[section];
    return lines
      .slice(lines.indexOf(`    <${tag}>`) + 1, lines.indexOf(`    </${tag}>`))
      .map((line) => line.slice(8))
      .join("\n");
  };
}
