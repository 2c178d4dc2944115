// A team's project as a benchmark needs it: this repository packed (`npm pack` of the files
// prepack builds, once per state of the sources: test/package/built-package.ts), the tarball
// installed with no network into a new ES-module project (through the lockfile
// test/package/offline-lockfile.ts writes, as the package test does), then `apim-ts init` and
// `npm install` for vitest. Its tests load apim-ts from dist/ as installed, which vitest leaves
// to Node rather than transforming, as on a team's machine.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { consumerLockfile } from "../test/package/offline-lockfile.ts";
import { offlineNpmEnv } from "../test/package/offline-npm-env.ts";
import { builtPackage } from "../test/package/built-package.ts";

const repository = path.resolve(import.meta.dirname, "..");

export interface PackedProject {
  readonly root: string;
  write(relative: string, text: string): void;
  read(relative: string): string;
  /** vitest with these arguments there; throws with its output when it fails. */
  vitest(args: readonly string[]): void;
  remove(): void;
}

const env = offlineNpmEnv();

function npm(cwd: string, ...args: string[]): string {
  return execFileSync("npm", args, {
    cwd,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Packs and installs apim-ts into a new project under the system's temporary folder. */
export function createPackedProject(): PackedProject {
  const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-bench-")));
  // The published files, built once per state of the sources (the build prepack runs).
  const packed = npm(
    work,
    "pack",
    "--json",
    "--ignore-scripts",
    "--pack-destination",
    work,
    builtPackage(),
  );
  const [info] = JSON.parse(packed.slice(packed.indexOf("["))) as { filename: string }[];
  const tarball = path.join(work, info!.filename);
  const root = path.join(work, "project");
  fs.mkdirSync(root);
  const devDependencies = { "apim-ts": `file:../${info!.filename}` };
  const pkg = { name: "project", private: true, type: "module", devDependencies };
  fs.writeFileSync(path.join(root, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  const { lockfile } = consumerLockfile({
    repositoryLock: path.join(repository, "package-lock.json"),
    tarball,
    relativeTarball: `../${info!.filename}`,
    projectName: "project",
    devDependencies,
  });
  fs.writeFileSync(path.join(root, "package-lock.json"), `${JSON.stringify(lockfile, null, 2)}\n`);
  npm(root, "ci", "--offline");
  execFileSync(path.join(root, "node_modules", ".bin", "apim-ts"), ["init"], { cwd: root, env });
  npm(root, "install", "--offline");
  const vitestBin = path.join(root, "node_modules", "vitest", "vitest.mjs");
  return {
    root,
    write(relative, text) {
      fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
      fs.writeFileSync(path.join(root, relative), text);
    },
    read: (relative) => fs.readFileSync(path.join(root, relative), "utf8"),
    vitest(args) {
      const result = spawnSync(process.execPath, [vitestBin, ...args], {
        cwd: root,
        env,
        encoding: "utf8",
      });
      if (result.status !== 0)
        throw new Error(`vitest ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
    },
    remove: () => fs.rmSync(work, { recursive: true, force: true }),
  };
}
