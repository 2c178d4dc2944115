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

/** A table, one row per file and a total row. */
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
    `${(typescriptShare(t) * 100).toFixed(1)} % TypeScript`,
  ]);
  const header = ["xml", "module", "typescript", "kept c#", "raw xml", "round trip"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
