// A temporary consumer project, laid out as `apim-ts init` lays one out: package.json,
// tsconfig.json, vitest.config.ts with the apim-ts plugin, policy-src/ and test/, and apim-ts
// installed in node_modules (a symlink to this repository, as `npm install <folder>` makes one).
// Used to prove that a team's own tests get the end-of-run C# replay with no extra setup.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const repository = path.resolve(import.meta.dirname, "../../..");
const vitestBin = path.join(repository, "node_modules", "vitest", "vitest.mjs");
const apimTsBin = path.join(repository, "bin", "apim-ts.mjs");

// The symlinked package resolves "apim-ts/harness" through its exports to dist/, which a checkout
// has only after `npm pack` (prepack) and which would be stale after any later edit. The project
// reads the sources instead, through each export's "apim-ts-source" condition, as this
// repository's own vitest.config.ts does, so the test never depends on another test's build.
const sourceAliases = Object.entries(
  JSON.parse(fs.readFileSync(path.join(repository, "package.json"), "utf8")).exports as Record<
    string,
    string | Record<string, string>
  >,
)
  .filter((entry): entry is [string, Record<string, string>] => typeof entry[1] === "object")
  .map(([subpath, conditions]) => ({
    find: `apim-ts${subpath.slice(1)}`,
    replacement: path.join(repository, conditions["apim-ts-source"]!),
  }));

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr, ANSI colours removed. */
  readonly output: string;
}

export interface ConsumerProject {
  readonly root: string;
  write(relative: string, text: string): void;
  /** `npm test` there (vitest run). */
  test(env?: NodeJS.ProcessEnv): RunResult;
  /** vitest with these arguments there. */
  run(args: readonly string[], env?: NodeJS.ProcessEnv): RunResult;
  /** `npx apim-ts <args>` there. */
  apimTs(args: readonly string[], env?: NodeJS.ProcessEnv): RunResult;
  remove(): void;
}

function run(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv): RunResult {
  const result = spawnSync(process.execPath, [...args], {
    cwd,
    env: { ...env, FORCE_COLOR: "0", NO_COLOR: "1" },
    encoding: "utf8",
    timeout: 120_000,
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, "");
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, output };
}

/** Creates the project under the system's temporary folder. */
export function createConsumerProject(): ConsumerProject {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-consumer-")));
  const write = (relative: string, text: string) => {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  fs.mkdirSync(path.join(root, "node_modules"));
  fs.symlinkSync(repository, path.join(root, "node_modules", "apim-ts"), "dir");
  fs.symlinkSync(
    path.join(repository, "node_modules", "vitest"),
    path.join(root, "node_modules", "vitest"),
    "dir",
  );
  write(
    "package.json",
    JSON.stringify(
      { name: "consumer", private: true, type: "module", scripts: { test: "vitest run" } },
      null,
      2,
    ),
  );
  write(
    "tsconfig.json",
    JSON.stringify(
      {
        compilerOptions: {
          target: "es2022",
          module: "nodenext",
          moduleResolution: "nodenext",
          strict: true,
          noEmit: true,
          allowImportingTsExtensions: true,
          skipLibCheck: true,
          // Types from the sources too (see sourceAliases).
          customConditions: ["apim-ts-source"],
        },
        include: ["policy-src", "test"],
      },
      null,
      2,
    ),
  );
  write(
    "vitest.config.ts",
    [
      `import { defineConfig } from "vitest/config";`,
      `import { apimTs } from ${JSON.stringify(path.join(repository, "src", "compile", "vitest-plugin.ts"))};`,
      ``,
      `const alias = ${JSON.stringify(sourceAliases)}.map((a) => ({ find: new RegExp("^" + a.find.replace(/[/.]/g, "\\\\$&") + "$"), replacement: a.replacement }));`,
      `export default defineConfig({ plugins: [apimTs()], resolve: { alias }, test: { include: ["test/**/*.test.ts"], testTimeout: 60_000 } });`,
      ``,
    ].join("\n"),
  );
  return {
    root,
    write,
    test: (env = process.env) => run(root, [vitestBin, "run"], env),
    run: (args, env = process.env) => run(root, [vitestBin, ...args], env),
    apimTs: (args, env = process.env) => run(root, [apimTsBin, ...args], env),
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
