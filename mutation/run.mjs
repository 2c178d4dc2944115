// `npm run mutate [area ...]`: runs Stryker over each core area in turn (all areas by default),
// incrementally (only mutants whose code or tests changed are run again), then prints the
// mutation score per area from the JSON reports. Not part of `npm test`: a full first run of
// every area takes hours on 2 cores; later runs take minutes.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { areas } from "./areas.mjs";

const requested = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const reportOnly = process.argv.includes("--report");
for (const name of requested)
  if (!areas[name]) throw new Error(`unknown area ${name}: ${Object.keys(areas).join(", ")}`);
const names = requested.length ? requested : Object.keys(areas);

if (!reportOnly) {
  for (const name of names) {
    console.log(`\n=== mutating ${name} ===`);
    // --force runs every mutant again (incremental mode keeps a survivor's old status when only
    // the tests changed under coverage "all", where Stryker has no per-test coverage to compare).
    const args = ["stryker", "run", "mutation/stryker.config.mjs"];
    if (process.argv.includes("--force")) args.push("--force");
    const run = spawnSync("npx", args, {
      stdio: "inherit",
      env: { ...process.env, MUTATE_AREA: name, MUTATE_TESTS: areas[name].tests.join(",") },
    });
    if (run.status !== 0) console.error(`stryker exited with ${run.status} for ${name}`);
  }
}

/** Score as Stryker defines it: detected / (detected + undetected), over covered and uncovered mutants. */
function score(report) {
  const counts = {
    Killed: 0,
    Timeout: 0,
    Survived: 0,
    NoCoverage: 0,
    Ignored: 0,
    CompileError: 0,
    RuntimeError: 0,
  };
  for (const file of Object.values(report.files))
    for (const m of file.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const detected = counts.Killed + counts.Timeout;
  const undetected = counts.Survived + counts.NoCoverage;
  return {
    ...counts,
    score: detected + undetected ? (100 * detected) / (detected + undetected) : NaN,
  };
}

// The files a mutate pattern names: `dir/**/*.ts` (every .ts file under dir) or one file path.
function filesOf(patterns) {
  const out = [];
  for (const pattern of patterns) {
    if (!pattern.endsWith("/**/*.ts")) {
      out.push(pattern);
      continue;
    }
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith(".ts")) out.push(path);
      }
    };
    walk(pattern.slice(0, -"/**/*.ts".length));
  }
  return out;
}

const readReport = (name) => {
  const file = `mutation/incremental/${name}.json`;
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
};

const row = (label, s, tail = "") =>
  console.log(
    `${label.padEnd(44)} ${s.score.toFixed(1).padStart(5)} % ${String(s.Killed).padStart(7)} ${String(s.Timeout).padStart(7)} ${String(s.Survived).padStart(8)} ${String(s.NoCoverage).padStart(6)} ${String(s.Ignored).padStart(8)}${tail}`,
  );

console.log(
  "\narea                                         score   killed timeout survived no-cov  ignored",
);
for (const name of names) {
  // The incremental file is a full mutation-testing report of the last run, and it is committed:
  // `--report` prints the same table on any clone (mutation/reports/ is not committed).
  const own = readReport(name);
  if (own) {
    row(name, score(own));
    continue;
  }
  const measuredParts = (areas[name].parts ?? []).filter((part) => readReport(part));
  const parts = measuredParts.map(readReport);
  if (!parts.length) {
    console.log(`${name.padEnd(44)} (no report)`);
    continue;
  }
  // The sum of the measured parts, over the whole area's files: a file no measured part names
  // is counted as unmeasured, never as killed. A file a measured part names counts as measured
  // even when Stryker found nothing to mutate in it (type declarations only), so it is absent
  // from the report.
  const files = {};
  for (const part of parts) Object.assign(files, part.files);
  const all = filesOf(areas[name].mutate);
  const named = new Set(measuredParts.flatMap((part) => filesOf(areas[part].mutate)));
  const measured = all.filter((f) => named.has(f)).length;
  row(name, score({ files }), `   parts only: ${measured} of ${all.length} files measured`);
}
