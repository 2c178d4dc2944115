// The import report's total: expressions and policies kept raw are counted apart, so a file whose
// only policy was kept as raw XML, or a run that imported nothing, never reads as "100 %".
import { describe, expect, it } from "vitest";
import type { ImportResult } from "../../src/import/import-files.ts";
import { formatImportReport, importSummary } from "../../src/import/report.ts";

const file = (counts: { typescript: number; csharp: number; rawXml: number }) => ({
  source: "/p/a.xml",
  output: "/p/policy-src/a.ts",
  counts,
  diagnostics: [],
  roundTrip: "held" as const,
});

describe("import report", () => {
  it("says how many expressions became TypeScript and how many policies stayed raw XML", () => {
    expect(importSummary({ typescript: 9, csharp: 1, rawXml: 2 })).toBe(
      "9 of 10 expressions as TypeScript (90.0 %), 2 policies kept as raw XML",
    );
  });

  it("shows '-' for the share when there are no expressions, and counts the raw policy", () => {
    expect(importSummary({ typescript: 0, csharp: 0, rawXml: 1 })).toBe(
      "0 of 0 expressions as TypeScript (-), 1 policy kept as raw XML",
    );
    expect(importSummary({ typescript: 0, csharp: 0, rawXml: 0 })).toBe(
      "0 of 0 expressions as TypeScript (-), 0 policies kept as raw XML",
    );
  });

  it("ends the table with the total row and the summary line", () => {
    const counts = { typescript: 0, csharp: 0, rawXml: 1 };
    const result: ImportResult = {
      files: [file(counts)],
      totals: { ...counts, documents: 1, imported: 1 },
    };
    const lines = formatImportReport(result, "/p").split("\n");
    expect(lines[2]).toMatch(/^a\.xml +policy-src\/a\.ts +0 +0 +1 +held$/);
    expect(lines[3]).toMatch(/^total: 1 of 1 imported +0 +0 +1 +1 of 1 held$/);
    expect(lines[4]).toBe("total: 0 of 0 expressions as TypeScript (-), 1 policy kept as raw XML");
    expect(lines.join("\n")).not.toContain("100");
  });
});
