// `apim-ts import` throughput beside the build's, over the import corpus (test/import/corpus/,
// its well-formed documents): documents built per second (the imported modules through
// `apim-ts build`, the baseline), documents imported per second without the round trip (read,
// map, translate, format), and with it (which runs the build at least once more).
import fs from "node:fs";
import path from "node:path";
import { build } from "../src/compile/build.ts";
import { initCSharpParser } from "../src/import/csharp-parser.ts";
import { importDocument } from "../src/import/import-document.ts";
import { importFiles } from "../src/import/import-files.ts";
import { measureAlternating, printTable, scaled, smoke, type Measurement } from "./measure.ts";

const root = path.resolve(import.meta.dirname, "..");

function perSecond(rows: readonly Measurement[], documents: number): void {
  for (const row of rows)
    console.log(`  ${row.name}: ${((documents * 1000) / row.medianMs).toFixed(1)} documents/s`);
}

export async function run(): Promise<void> {
  const corpus = path.join(root, "test", "import", "corpus");
  const files = fs
    .readdirSync(corpus)
    .filter((f) => f.endsWith(".xml") && !f.startsWith("malformed-"))
    .map((f) => path.join(corpus, f))
    .slice(0, scaled(Number.POSITIVE_INFINITY));
  const work = path.join(root, ".apim-ts-cache", "bench-import");
  fs.rmSync(work, { recursive: true, force: true });
  const modules = path.join(work, "policy-src");
  await initCSharpParser();
  // Under APIM_TS_BENCH_SMOKE=1 without its round trip (the modules built back to XML): the
  // measured "with the round trip" run below takes that path, and this one would be its twin.
  const imported = await importFiles(files, {
    root,
    outDir: modules,
    ...(smoke() ? { verify: false } : {}),
  });
  if (imported.totals.imported !== files.length) throw new Error("the corpus did not import whole");
  const texts = files.map((f) => [f, fs.readFileSync(f, "utf8")] as const);
  let runs = 0;
  const rows = await measureAlternating(3, [
    [
      `apim-ts build (${files.length} documents)`,
      () => build({ root, sourceDir: modules, outDir: path.join(work, "out"), format: "rawxml" }),
    ],
    [
      "import, without the round trip",
      async () => {
        for (const [file, text] of texts)
          await importDocument(text, path.basename(file), path.join(modules, "x.ts"));
      },
    ],
    [
      "import, with the round trip",
      // A new folder each run: importFiles refuses to overwrite a module, so a second run into the
      // same folder imported nothing (it measured 3.5 ms for 73 refusals).
      async () => {
        const result = await importFiles(files, {
          root,
          outDir: path.join(work, `again-${++runs}`),
        });
        if (result.totals.imported !== files.length)
          throw new Error("the corpus did not import whole");
      },
    ],
  ]);
  printTable(`import of the corpus (${files.length} documents)`, rows);
  perSecond(rows, files.length);
  fs.rmSync(work, { recursive: true, force: true });
}
