// The import report: per file and in total, how many expressions became TypeScript, how many
// were kept as C# (csharp(...), or inside a policy kept raw), and how many policies were kept as
// rawXml(...), with whether the round trip held. Printed by `apim-ts import`.
import path from "node:path";
import type { ImportResult } from "./import-files.ts";

/** The share of expressions imported as TypeScript (1 when there are none). */
export function typescriptShare(counts: { typescript: number; csharp: number }): number {
  const all = counts.typescript + counts.csharp;
  return all === 0 ? 1 : counts.typescript / all;
}

/**
 * The run in one line: "N of M expressions as TypeScript (P %), K policies kept as raw XML", the
 * share "-" when there were no expressions (a share of nothing is not 100 %).
 */
export function importSummary(counts: {
  typescript: number;
  csharp: number;
  rawXml: number;
}): string {
  const all = counts.typescript + counts.csharp;
  const share = all === 0 ? "-" : `${((counts.typescript / all) * 100).toFixed(1)} %`;
  const policies = counts.rawXml === 1 ? "policy" : "policies";
  return `${counts.typescript} of ${all} expressions as TypeScript (${share}), ${counts.rawXml} ${policies} kept as raw XML`;
}

/** A table, one row per file and a total row, then the summary line (importSummary). */
export function formatImportReport(result: ImportResult, root: string): string {
  const rows = result.files.map((f) => [
    path.relative(root, f.source),
    f.output ? path.relative(root, f.output) : "-",
    String(f.counts.typescript),
    String(f.counts.csharp),
    String(f.counts.rawXml),
    f.roundTrip,
  ]);
  const t = result.totals;
  rows.push([
    `total: ${t.imported} of ${t.documents} imported`,
    "",
    String(t.typescript),
    String(t.csharp),
    String(t.rawXml),
    `${result.files.filter((f) => f.roundTrip === "held").length} of ${t.imported} held`,
  ]);
  const header = ["xml", "module", "typescript", "kept c#", "raw xml", "round trip"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    `total: ${importSummary(t)}`,
  ].join("\n");
}
