// `apim-ts build`: compiles policy-src into dist-policies and prints a summary table.
// Exit codes: 0 built (or up to date with --check), 1 diagnostics, 2 --check found stale or
// missing outputs, 3 bad command line.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type ts from "typescript";
import { build, type BuildResult } from "../src/compile/build.ts";
import { formatDiagnostic } from "../src/diagnostics/diagnostic.ts";
import type { ContentFormat } from "../src/emit/xml-printer.ts";

export const EXIT = { ok: 0, diagnostics: 1, stale: 2, usage: 3 } as const;

const USAGE = `usage: apim-ts build [--format rawxml|xml] [--src policy-src] [--out dist-policies] [--check] [--watch] [--max-size bytes] [files...]`;

function table(result: BuildResult, root: string): string {
  const rows = result.outputs.map((o) => [
    o.source ? path.relative(root, o.source) : "-",
    path.relative(root, o.output),
    o.size ? `${(o.size / 1024).toFixed(1)} KiB` : "-",
    String(o.expressions),
    o.status,
  ]);
  const header = ["policy", "output", "size", "expressions", "status"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

function report(result: BuildResult, root: string, check: boolean): number {
  for (const d of result.diagnostics) console.error(formatDiagnostic(d, root) + "\n");
  if (result.outputs.length) console.log(table(result, root));
  const errors = result.diagnostics.filter((d) => d.category === "error").length;
  if (errors) {
    console.error(`\nbuild failed: ${errors} error(s); no file was written`);
    return EXIT.diagnostics;
  }
  if (check) {
    const stale = result.outputs.filter((o) => o.status !== "unchanged");
    if (stale.length) {
      console.error(`\n${stale.length} output(s) out of date: run \`npm run build\`\n` + stale.map((o) => `  ${o.status}: ${path.relative(root, o.output)}`).join("\n"));
      return EXIT.stale;
    }
    console.log("\nall outputs up to date");
  }
  return EXIT.ok;
}

export async function runBuildCommand(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: "string", default: "rawxml" },
        src: { type: "string", default: "policy-src" },
        out: { type: "string", default: "dist-policies" },
        check: { type: "boolean", default: false },
        watch: { type: "boolean", default: false },
        "max-size": { type: "string" },
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
  if (values.format !== "rawxml" && values.format !== "xml") {
    console.error(`--format must be rawxml or xml, got '${values.format}'\n${USAGE}`);
    return EXIT.usage;
  }
  const maxSize = values["max-size"] === undefined ? undefined : Number(values["max-size"]);
  if (maxSize !== undefined && !(Number.isInteger(maxSize) && maxSize > 0)) {
    console.error(`--max-size must be a positive number of bytes\n${USAGE}`);
    return EXIT.usage;
  }
  const root = process.cwd();
  const sourceDir = path.resolve(root, values.src!);
  if (!fs.existsSync(sourceDir)) {
    console.error(`no policy source folder at ${values.src}\n${USAGE}`);
    return EXIT.usage;
  }
  const options = {
    root,
    sourceDir,
    outDir: path.resolve(root, values.out!),
    format: values.format as ContentFormat,
    check: values.check,
    files: positionals.length ? positionals.map((f) => path.resolve(root, f)) : undefined,
    policySizeLimit: maxSize,
  };
  let result = await build(options);
  const code = report(result, root, values.check!);
  if (!values.watch) return code;
  console.log(`\nwatching ${values.src} for changes (Ctrl+C to stop)`);
  let timer: NodeJS.Timeout | undefined;
  let oldProgram: ts.Program = result.program;
  fs.watch(sourceDir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      result = await build({ ...options, oldProgram });
      oldProgram = result.program;
      report(result, root, values.check!);
    }, 100);
  });
  return new Promise<number>(() => undefined);
}
