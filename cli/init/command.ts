// `apim-ts init [dir]`: sets up apim-ts in an existing npm project (a package.json is needed):
// an example policy and its test, vitest with the apim-ts plugin, apim-ts.config.json, a CI
// workflow, npm scripts, tsconfig.json (written, or merged into the project's), .gitignore lines.
// It never overwrites: when a file it would write is already there it changes nothing, names the
// files (APIM2101) and exits 1. Merges only add: scripts and dependencies the project lacks,
// include entries and compiler options a tsconfig.json does not set, missing .gitignore lines.
// Exit codes: 0 done, 1 refused (existing files), 3 bad command line or no package.json.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import ts from "../../src/compile/typescript.js";
import { PACKAGE_ROOT } from "../../src/package-layout.ts";
import { PROJECT_CONFIG_FILE } from "../../src/config/project-config.ts";
import {
  CI_WORKFLOW,
  EXAMPLE_POLICY,
  exampleTest,
  GITIGNORE_LINES,
  PROJECT_CONFIG,
  TSCONFIG_OPTIONS,
  tsconfig,
  VITEST_CONFIG,
} from "./templates.ts";

const EXIT = { ok: 0, refused: 1, usage: 3 } as const;

const USAGE = `usage: apim-ts init [dir]

Sets up apim-ts in the npm project at dir (default: the current folder): policy-src/ with an
example policy, test/ with its vitest test, the vitest config with the apim-ts plugin,
${PROJECT_CONFIG_FILE}, tsconfig.json (or adds to yours), npm scripts, a CI workflow and
.gitignore lines. Existing files are never overwritten.`;

/** `npm init`'s placeholder test script: replaced, as it only fails. */
const NPM_PLACEHOLDER_TEST = 'echo "Error: no test specified" && exit 1';

const OTHER_VITEST_CONFIGS = ["ts", "mts", "cts", "js", "mjs", "cjs"].flatMap((ext) => [
  `vitest.config.${ext}`,
  `vite.config.${ext}`,
]);

interface Plan {
  readonly created: Map<string, string>;
  readonly merged: Map<string, string>;
  readonly notes: string[];
  readonly conflicts: string[];
}

function readJson(file: string): Record<string, any> {
  return JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, any>;
}

function indentOf(text: string): string | number {
  return /^\{\r?\n([ \t]+)"/.exec(text)?.[1] ?? 2;
}

function installedVersion(dir: string, name: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    const file = path.join(at, "node_modules", name, "package.json");
    if (fs.existsSync(file)) return readJson(file).version as string;
    if (path.dirname(at) === at) return undefined;
  }
}

/** The dependency whose install script init denies (planPackageJson says why). */
const TREE_SITTER_C_SHARP = "tree-sitter-c-sharp";

function planPackageJson(dir: string, plan: Plan): void {
  const file = path.join(dir, "package.json");
  const text = fs.readFileSync(file, "utf8");
  const pkg = JSON.parse(text) as Record<string, any>;
  const own = readJson(path.join(PACKAGE_ROOT, "package.json"));
  const scripts: Record<string, string> = { ...(pkg.scripts ?? {}) };
  const wanted: [string, string, boolean][] = [
    // [name, command, only when the project has none (build and test are the project's own)]
    ["build", "apim-ts build", true],
    ["test", "vitest run", true],
    ["build:policies", "apim-ts build", false],
    ["check:policies", "apim-ts build --check", false],
    ["test:policies", "vitest run", false],
  ];
  for (const [name, command, onlyIfAbsent] of wanted) {
    const existing = scripts[name];
    if (existing === undefined || (name === "test" && existing === NPM_PLACEHOLDER_TEST))
      scripts[name] = command;
    else if (existing !== command && onlyIfAbsent)
      plan.notes.push(
        `kept your "${name}" script; run the policies' with \`npm run ${name}:policies\``,
      );
    else if (existing !== command)
      plan.conflicts.push(`package.json script "${name}" (it runs \`${existing}\`)`);
  }
  const has = (name: string) =>
    pkg.dependencies?.[name] !== undefined || pkg.devDependencies?.[name] !== undefined;
  const devDependencies: Record<string, string> = { ...(pkg.devDependencies ?? {}) };
  if (!has("apim-ts")) devDependencies["apim-ts"] = `^${own.version}`;
  if (!has("vitest")) {
    const installed = installedVersion(dir, "vitest");
    devDependencies.vitest = installed ? `^${installed}` : (own.peerDependencies?.vitest as string);
  }
  // npm 11 lists every dependency whose install script nobody reviewed in package.json's
  // allowScripts (`npm help approve-scripts`; a later npm blocks them). apim-ts's
  // tree-sitter-c-sharp has one, which builds a native binding apim-ts never loads: the importer
  // reads C# with its WebAssembly grammar (src/import/csharp-parser.ts). So the script is denied
  // rather than left unreviewed; an entry the project already has for it is kept.
  const allowScripts: Record<string, unknown> = { ...(pkg.allowScripts ?? {}) };
  if (!Object.keys(allowScripts).some((key) => key.split("@")[0] === TREE_SITTER_C_SHARP))
    allowScripts[TREE_SITTER_C_SHARP] = false;
  const updated = {
    ...pkg,
    scripts,
    devDependencies: Object.fromEntries(
      Object.entries(devDependencies).sort(([a], [b]) => a.localeCompare(b)),
    ),
    allowScripts,
  };
  const next = `${JSON.stringify(updated, null, indentOf(text))}\n`;
  if (next !== text) plan.merged.set("package.json", next);
}

/**
 * Plans tsconfig.json; returns whether it lets a test import "../policy-src/x.ts" (with the .ts
 * extension, which needs noEmit), or the example test should import "x.js" (which TypeScript,
 * vite and the build all resolve to x.ts).
 */
function planTsconfig(dir: string, plan: Plan, vitestConfig: string): boolean {
  const file = path.join(dir, "tsconfig.json");
  if (!fs.existsSync(file)) {
    plan.created.set("tsconfig.json", tsconfig(vitestConfig));
    return true;
  }
  const text = fs.readFileSync(file, "utf8");
  let config: Record<string, any>;
  try {
    config = JSON.parse(text) as Record<string, any>;
  } catch {
    // JSON with comments: rewriting it would lose them, so say what to add instead.
    const { config: parsed } = ts.readConfigFile(file, ts.sys.readFile);
    const missing = Object.keys(TSCONFIG_OPTIONS).filter(
      (key) => parsed?.compilerOptions?.[key] === undefined,
    );
    plan.notes.push(
      `tsconfig.json has comments, so it was left as it is: include "policy-src", "test" and "${vitestConfig}"` +
        (missing.length
          ? `, and set ${missing.map((key) => `"${key}": ${JSON.stringify((TSCONFIG_OPTIONS as Record<string, unknown>)[key])}`).join(", ")}`
          : ""),
    );
    return parsed?.compilerOptions?.allowImportingTsExtensions === true;
  }
  const compilerOptions: Record<string, unknown> = { ...(config.compilerOptions ?? {}) };
  const emits = compilerOptions.noEmit !== true && compilerOptions.noEmit !== undefined;
  for (const [key, value] of Object.entries(TSCONFIG_OPTIONS)) {
    if (compilerOptions[key] !== undefined) continue;
    // allowImportingTsExtensions needs noEmit: a project whose tsc emits keeps emitting.
    if (
      (key === "noEmit" || key === "allowImportingTsExtensions") &&
      (emits || compilerOptions.outDir !== undefined)
    )
      continue;
    if (
      (key === "module" || key === "moduleResolution") &&
      (compilerOptions.module !== undefined || compilerOptions.moduleResolution !== undefined)
    )
      continue;
    compilerOptions[key] = value;
  }
  if (compilerOptions.module !== undefined && compilerOptions.module !== "preserve") {
    plan.notes.push(
      `tsconfig.json sets "module": ${JSON.stringify(compilerOptions.module)}; apim-ts builds policies as ES modules ("module": "preserve") whatever it says`,
    );
  }
  const next: Record<string, any> = { ...config, compilerOptions };
  if (Array.isArray(config.include)) {
    next.include = [
      ...config.include,
      ...["policy-src", "test", vitestConfig].filter((entry) => !config.include.includes(entry)),
    ];
  }
  const out = `${JSON.stringify(next, null, indentOf(text))}\n`;
  if (out !== text) plan.merged.set("tsconfig.json", out);
  return compilerOptions.allowImportingTsExtensions === true;
}

function planGitignore(dir: string, plan: Plan): void {
  const file = path.join(dir, ".gitignore");
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  const present = new Set(text.split(/\r?\n/).map((line) => line.trim()));
  const missing = GITIGNORE_LINES.filter(
    (line) => !present.has(line) && !present.has(line.replace(/\/$/, "")),
  );
  if (!missing.length) return;
  const next = `${text}${text && !text.endsWith("\n") ? "\n" : ""}${text ? "\n" : ""}# apim-ts\n${missing.join("\n")}\n`;
  (text ? plan.merged : plan.created).set(".gitignore", next);
}

export async function runInitCommand(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { help: { type: "boolean", short: "h", default: false } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  if (parsed.positionals.length > 1) {
    console.error(`init takes one folder, got ${parsed.positionals.length}\n${USAGE}`);
    return EXIT.usage;
  }
  const dir = path.resolve(parsed.positionals[0] ?? ".");
  const packageFile = path.join(dir, "package.json");
  if (!fs.existsSync(packageFile)) {
    console.error(
      `no package.json in ${dir}: apim-ts init sets up an existing npm project (run \`npm init -y\` there first)`,
    );
    return EXIT.usage;
  }
  let pkg: Record<string, any>;
  try {
    pkg = readJson(packageFile);
  } catch (error) {
    console.error(`${packageFile} is not valid JSON: ${(error as Error).message}`);
    return EXIT.usage;
  }
  // vitest loads its config through Node: .mts makes it an ES module in a CommonJS project too.
  const esm = pkg.type === "module";
  const vitestConfig = esm ? "vitest.config.ts" : "vitest.config.mts";
  const plan: Plan = { created: new Map(), merged: new Map(), notes: [], conflicts: [] };
  plan.created.set(path.join("policy-src", "example.operation.ts"), EXAMPLE_POLICY);
  plan.created.set(vitestConfig, VITEST_CONFIG);
  plan.created.set(PROJECT_CONFIG_FILE, PROJECT_CONFIG);
  plan.created.set(path.join(".github", "workflows", "apim-policies.yml"), CI_WORKFLOW);
  const tsExtensions = planTsconfig(dir, plan, vitestConfig);
  const exampleTestFile = path.join("test", "example.operation.test.ts");
  plan.created.set(exampleTestFile, exampleTest(tsExtensions ? ".ts" : ".js"));
  for (const name of plan.created.keys())
    if (fs.existsSync(path.join(dir, name))) plan.conflicts.push(name);
  for (const name of OTHER_VITEST_CONFIGS) {
    if (name !== vitestConfig && fs.existsSync(path.join(dir, name)))
      plan.conflicts.push(
        `${name} (add \`plugins: [apimTs()]\` from "apim-ts/vitest" to it yourself)`,
      );
  }
  planPackageJson(dir, plan);
  planGitignore(dir, plan);

  if (plan.conflicts.length) {
    console.error(
      `error APIM2101: apim-ts init changed nothing: it would overwrite\n${plan.conflicts.map((c) => `  ${c}`).join("\n")}\n` +
        `  hint: move or rename these (or set up apim-ts by hand, see the README's "Install into your repository"), then run init again`,
    );
    return EXIT.refused;
  }
  for (const [name, text] of [...plan.created, ...plan.merged]) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  const shown = path.relative(process.cwd(), dir) || ".";
  console.log(`apim-ts init: set up ${shown}`);
  for (const name of plan.created.keys()) console.log(`  created  ${name}`);
  for (const name of plan.merged.keys()) console.log(`  updated  ${name}`);
  for (const note of plan.notes) console.log(`  note: ${note}`);
  const run = (script: string) =>
    pkg.scripts?.[script] === undefined ||
    (script === "test" && pkg.scripts?.test === NPM_PLACEHOLDER_TEST)
      ? `npm ${script === "test" ? "test" : `run ${script}`}`
      : `npm run ${script}:policies`;
  console.log(`
next steps${shown === "." ? "" : ` (in ${shown})`}:
  npm install              # installs vitest, added to devDependencies
  ${run("build").padEnd(24)} # policy-src/*.ts -> dist-policies/*.xml (commit them; CI runs \`apim-ts build --check\`)
  ${run("test").padEnd(24)} # runs test/*.test.ts against the simulated gateway
Then write your policies in policy-src/ (one module per policy, default-exporting policy(...)).`);
  return EXIT.ok;
}
