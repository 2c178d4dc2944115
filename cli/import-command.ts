// `apim-ts import <file.xml|dir>... [--out policy-src]`: existing APIM policy XML (either content
// format) → TypeScript policy modules over apim-ts's builders, each proven by building it back
// (src/import/import-files.ts). Prints the located problems, then the report table.
// Exit codes: 0 imported (warnings allowed), 1 a file was malformed or did not round-trip,
// 3 bad command line.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatDiagnostic } from "../src/diagnostics/diagnostic.ts";
import { importFiles } from "../src/import/import-files.ts";
import { formatImportReport } from "../src/import/report.ts";
import { EXIT } from "./exit-codes.ts";

const USAGE = `usage: apim-ts import <file.xml|dir>... [--out policy-src] [--force] [--no-verify] [--quiet]
  Writes one TypeScript module per XML document into --out (default policy-src), then builds
  each module back and keeps as csharp(...) / rawXml(...) whatever does not give back the same
  XML. An existing module is not replaced unless --force. --no-verify skips the round trip. --quiet prints only errors and the total.`;

export async function runImportCommand(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: "string", default: "policy-src" },
        "no-verify": { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    console.error(`name at least one XML file or folder\n${USAGE}`);
    return EXIT.usage;
  }
  const root = process.cwd();
  const missing = positionals.filter((p) => !fs.existsSync(path.resolve(root, p)));
  if (missing.length) {
    console.error(`not found: ${missing.join(", ")}\n${USAGE}`);
    return EXIT.usage;
  }
  const result = await importFiles(
    positionals.map((p) => path.resolve(root, p)),
    {
      root,
      outDir: path.resolve(root, values.out!),
      verify: !values["no-verify"],
      overwrite: values.force,
    },
  );
  let errors = 0;
  for (const file of result.files)
    for (const d of file.diagnostics) {
      if (d.category === "error") errors++;
      if (d.category === "error" || !values.quiet) console.error(formatDiagnostic(d, root) + "\n");
    }
  const report = formatImportReport(result, root);
  console.log(values.quiet ? report.split("\n").slice(-1)[0] : report);
  return errors > 0 ? EXIT.diagnostics : EXIT.ok;
}
