// A temporary consumer project, laid out as `apim-ts init` lays one out: package.json,
// tsconfig.json, vitest.config.ts with the apim-ts plugin, policy-src/ and test/, and apim-ts
// installed in node_modules: the package as published (compiled dist/, no sources), built once
// per state of the sources (test/package/built-package.ts), so every nested vitest and apim-ts
// process loads compiled JavaScript as a team's does. Used to prove that a team's own tests get
// the end-of-run C# replay with no extra setup.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { builtPackage } from "../../package/built-package.ts";

const repository = path.resolve(import.meta.dirname, "../../..");
const vitestBin = path.join(repository, "node_modules", "vitest", "vitest.mjs");

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
  fs.symlinkSync(builtPackage(), path.join(root, "node_modules", "apim-ts"), "dir");
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
      `import { apimTs } from "apim-ts/vitest";`,
      ``,
      `export default defineConfig({ plugins: [apimTs()], test: { include: ["test/**/*.test.ts"], testTimeout: 60_000 } });`,
      ``,
    ].join("\n"),
  );
  return {
    root,
    write,
    test: (env = process.env) => run(root, [vitestBin, "run"], env),
    run: (args, env = process.env) => run(root, [vitestBin, ...args], env),
    apimTs: (args, env = process.env) =>
      run(root, [path.join(root, "node_modules", "apim-ts", "bin", "apim-ts.mjs"), ...args], env),
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
