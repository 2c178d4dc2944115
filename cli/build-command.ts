// `apim-ts build`: compiles policy-src into dist-policies and prints a summary table.
// Folders, format and size limit come from apim-ts.config.json; flags override them for one run.
// Exit codes: 0 built (or up to date with --check), 1 diagnostics, 2 --check found stale or
// missing outputs, 3 bad command line or configuration.
// --watch runs until Ctrl+C ends the process, or until the caller's `stop` signal (a caller that
// runs the command in its own process, as the watch test does) closes the watcher.
// --watch uses chokidar rather than fs.watch: an editor's atomic save or a `git checkout`
// replaces the file (a new inode), and fs.watch on Linux stops reporting for a replaced file or
// folder; chokidar follows replacements and debounces them (awaitWriteFinish).
// The compiler and chokidar are imported once the command line is accepted (chokidar only for
// --watch): `build --help` or a refused flag does not load TypeScript (1.8-2.2 -> 0.7 s of a core).
import { projectSources } from "./project-sources.ts";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type ts from "typescript";
import type { BuildResult } from "../src/compile/build.ts";
import { PROJECT_CONFIG_FILE } from "../src/config/project-config.ts";
import { formatDiagnostic } from "../src/diagnostics/diagnostic.ts";
import type { ContentFormat } from "../src/emit/xml-printer.ts";
import { EXIT } from "./exit-codes.ts";

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
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
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
      console.error(
        `\n${stale.length} output(s) out of date: run \`npm run build\`\n` +
          stale.map((o) => `  ${o.status}: ${path.relative(root, o.output)}`).join("\n"),
      );
      return EXIT.stale;
    }
    console.log("\nall outputs up to date");
  }
  return EXIT.ok;
}

/**
 * `apim-ts build <argv>`; returns the exit status. With --watch it returns only once
 * `stop` is aborted (Ctrl+C ends the process otherwise): the watcher is closed, a build
 * under way finishes, and the status is the last build's.
 */
export async function runBuildCommand(
  argv: readonly string[],
  { stop }: { readonly stop?: AbortSignal } = {},
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: "string" },
        src: { type: "string" },
        out: { type: "string" },
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
  if (values.format !== undefined && values.format !== "rawxml" && values.format !== "xml") {
    console.error(`--format must be rawxml or xml, got '${values.format}'\n${USAGE}`);
    return EXIT.usage;
  }
  const maxSizeFlag = values["max-size"] === undefined ? undefined : Number(values["max-size"]);
  if (maxSizeFlag !== undefined && !(Number.isInteger(maxSizeFlag) && maxSizeFlag > 0)) {
    console.error(`--max-size must be a positive number of bytes\n${USAGE}`);
    return EXIT.usage;
  }
  const root = process.cwd();
  const sources = projectSources(root, values.src);
  if (!sources.ok) {
    console.error(`${sources.message}\n${USAGE}`);
    return EXIT.usage;
  }
  const { config, sourceDir } = sources;
  const projectOut = path.resolve(config.root, config.out);
  const outDir = values.out !== undefined ? path.resolve(root, values.out) : projectOut;
  const format = (values.format ?? config.format) as ContentFormat;
  // The content format is the project's decision (its committed outputs and `build --check`
  // follow it): another format may be written elsewhere, or checked, but not over them.
  if (format !== config.format && outDir === projectOut && !values.check) {
    const source = config.file
      ? `"format" in ${path.relative(root, config.file)}`
      : `the default (no ${PROJECT_CONFIG_FILE})`;
    console.error(
      `error APIM2102: --format ${format} would overwrite ${path.relative(root, outDir) || "."} with ${format} documents, but the project's format is ${config.format} (${source}), so the next \`build --check\` would fail\n` +
        `  hint: set "format": "${format}" in ${PROJECT_CONFIG_FILE} to change the project's format, or write elsewhere with --out`,
    );
    return EXIT.usage;
  }
  const options = {
    root,
    sourceDir,
    outDir,
    format,
    check: values.check,
    files: positionals.length ? positionals.map((f) => path.resolve(root, f)) : undefined,
    policySizeLimit: maxSizeFlag ?? config.maxSize,
  };
  const { build } = await import("../src/compile/build.ts");
  let result = await build(options);
  let code = report(result, root, values.check!);
  if (!values.watch) return code;
  let timer: NodeJS.Timeout | undefined;
  let oldProgram: ts.Program = result.program;
  let running: Promise<void> = Promise.resolve();
  const { watch } = await import("chokidar");
  const watcher = watch(sourceDir, {
    ignoreInitial: true,
    // An atomic save is unlink + add (or rename over): wait until the file is stable.
    awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 20 },
    atomic: true,
  });
  const rebuild = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // One build at a time: a change during a build queues the next one.
      running = running.then(async () => {
        result = await build({ ...options, oldProgram });
        oldProgram = result.program;
        code = report(result, root, values.check!);
      });
    }, 100);
  };
  watcher.on("all", (_event, file) => {
    if (file.endsWith(".ts")) rebuild();
  });
  // Said once chokidar has scanned the folder: a change before that would not be seen.
  watcher.on("ready", () =>
    console.log(`\nwatching ${path.relative(root, sourceDir) || "."} for changes (Ctrl+C to stop)`),
  );
  if (!stop) return new Promise<number>(() => undefined);
  await new Promise<void>((resolve) => {
    if (stop.aborted) resolve();
    else stop.addEventListener("abort", () => resolve(), { once: true });
  });
  clearTimeout(timer);
  await watcher.close();
  await running;
  return code;
}
