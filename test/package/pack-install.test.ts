// apim-ts as a team installs it: `npm pack` of the published files (dist/ compiled by the script
// `prepack` runs, once per state of the sources: built-package.ts), the tarball installed with no
// network into a fresh `npm init -y` project, `apim-ts init`, then `npm run build` and `npm test`
// there. Once in a CommonJS project (npm init's default) and once
// with "type": "module". Offline: npm installs from the cache that `npm ci` of this repository
// filled, through a lockfile pinning this repository's versions (offline-lockfile.ts says why).
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumerLockfile } from "./offline-lockfile.ts";
import { offlineNpmEnv } from "./offline-npm-env.ts";
import { builtPackage } from "./built-package.ts";

const repository = path.resolve(import.meta.dirname, "../..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-pack-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

// npm reads these from the environment; a project's own settings must not make the run online.
const env = offlineNpmEnv();

const timings: string[] = [];
interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly output: string;
}

/** Runs a command to its end (asynchronously: the two projects are set up side by side). */
function run(cwd: string, command: string, args: string[]): Promise<Run> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env, encoding: "utf8", timeout: 240_000, maxBuffer: 16 << 20 },
      (error, stdout, stderr) => {
        timings.push(
          `${path.basename(command)} ${args.join(" ")} in ${path.basename(cwd)}: ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        // eslint-disable-next-line no-control-regex
        resolve({
          code,
          stdout,
          stderr,
          output: `${stdout}\n${stderr}`.replace(/\u001b\[[0-9;]*m/g, ""),
        });
      },
    );
  });
}
const npm = (cwd: string, ...args: string[]) => run(cwd, "npm", args);
afterAll(() => console.log(timings.join("\n")));

/** `npm pack --json` of a folder: the tarball's name and its files. */
function pack(folder: string, ...flags: string[]): { filename: string; files: string[] } {
  const packed = execFileSync(
    "npm",
    ["pack", "--json", "--ignore-scripts", ...flags, "--pack-destination", work, folder],
    { cwd: work, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  const [info] = JSON.parse(packed.slice(packed.indexOf("["))) as {
    filename: string;
    files: { path: string }[];
  }[];
  return { filename: info!.filename, files: info!.files.map((f) => f.path) };
}

let tarball = "";
let packedFiles: string[] = [];
beforeAll(() => {
  const started = performance.now();
  const packed = pack(builtPackage());
  tarball = path.join(work, packed.filename);
  packedFiles = packed.files;
  timings.push(
    `build (or reuse) and npm pack: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}, 300_000);

// The first project's `npm ci`, whose node_modules the second project copies: the two lockfiles
// differ only in the project's name, and "type" does not change what npm installs, so a second
// extraction of the same ~200 packages (about 15 s of a core) would prove nothing more.
let firstInstall: Promise<string> | undefined;

/** A fresh `npm init -y` project with the tarball installed, as `npm install -D <tarball>` would. */
async function consumer(name: string, type: "commonjs" | "module"): Promise<string> {
  const dir = path.join(work, name);
  fs.mkdirSync(dir);
  expect((await npm(dir, "init", "-y")).code).toBe(0);
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as Record<
    string,
    unknown
  >;
  const relative = path.relative(dir, tarball);
  pkg.type = type;
  pkg.devDependencies = { "apim-ts": `file:${relative}` };
  fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  const { lockfile } = consumerLockfile({
    repositoryLock: path.join(repository, "package-lock.json"),
    tarball,
    relativeTarball: relative,
    projectName: name,
    devDependencies: pkg.devDependencies as Record<string, string>,
  });
  fs.writeFileSync(path.join(dir, "package-lock.json"), `${JSON.stringify(lockfile, null, 2)}\n`);
  if (firstInstall === undefined) {
    firstInstall = npm(dir, "ci", "--offline").then((installed) => {
      expect(installed.output).not.toContain("ERR");
      expect(installed.code).toBe(0);
      return path.join(dir, "node_modules");
    });
    await firstInstall;
  } else {
    // Relative symlinks (node_modules/.bin) are copied as they are, so they point into this copy.
    fs.cpSync(await firstInstall, path.join(dir, "node_modules"), {
      recursive: true,
      verbatimSymlinks: true,
    });
  }
  return dir;
}

describe("the packed package", () => {
  it("holds the compiled library, its declarations and run-time assets", () => {
    expect(packedFiles).toEqual(
      expect.arrayContaining([
        "dist/src/index.js",
        "dist/src/index.d.ts",
        "dist/harness/index.js",
        "dist/harness/vitest/plugin.js",
        "dist/cli/main.js",
        "dist/harness/crosscheck/model/context.cs",
        "certs/manifest.json",
        "bin/apim-ts.mjs",
        "package.json",
        "README.md",
      ]),
    );
  });

  it("publishes from this repository only what `files` names: no sources, tests or examples", () => {
    // `npm pack` here runs prepack, the build that built-package.ts runs once per source state.
    const manifest = JSON.parse(fs.readFileSync(path.join(repository, "package.json"), "utf8"));
    expect(manifest.scripts.prepack).toBe("node scripts/build-package.mjs");
    const listed = pack(repository, "--dry-run").files;
    expect(listed).toEqual(expect.arrayContaining(["bin/apim-ts.mjs", "README.md"]));
    const unexpected = listed.filter(
      (file) =>
        /^(src|cli|harness|test|policy-src|dist-policies|bench|scripts|mutation|node_modules)\//.test(
          file,
        ) || /\.test\.|\.ts$/.test(file.replace(/\.d\.ts$/, "")),
    );
    expect(unexpected).toEqual([]);
  });

  it("holds every document the README links to, so its links work from node_modules", () => {
    const readme = fs.readFileSync(path.join(repository, "README.md"), "utf8");
    const linked = [...readme.matchAll(/\]\((docs\/[^)#\s]+)/g)].map((match) => match[1]!);
    expect(linked.length).toBeGreaterThan(5);
    expect(linked.filter((file) => !packedFiles.includes(file))).toEqual([]);
  });

  for (const type of ["commonjs", "module"] as const) {
    it.concurrent(
      `installs offline into a new ${type} project where init, build and test pass`,
      async () => {
        const dir = await consumer(`consumer-${type}`, type);
        const init = await run(dir, path.join(dir, "node_modules", ".bin", "apim-ts"), ["init"]);
        expect(init.stderr).toBe("");
        expect(init.code).toBe(0);
        expect(init.stdout).toContain(
          type === "module" ? "created  vitest.config.ts" : "created  vitest.config.mts",
        );
        // init's next steps: `npm install` (vitest, added to devDependencies), build, test.
        expect((await npm(dir, "install", "--offline")).code).toBe(0);
        const built = await npm(dir, "run", "build");
        expect(built.output).toMatch(
          /policy-src\/example\.operation\.ts\s+dist-policies\/example\.operation\.xml\s+[\d.]+ KiB\s+2\s+written/,
        );
        expect(built.code).toBe(0);
        const xml = fs.readFileSync(
          path.join(dir, "dist-policies", "example.operation.xml"),
          "utf8",
        );
        expect(xml).toContain(
          `<when condition="@(context.Request.Headers.GetValueOrDefault("X-Api-Key") == null)">`,
        );
        expect(xml).toContain("<value>{{environment}}</value>");
        expect((await npm(dir, "run", "check:policies")).code).toBe(0);
        // The package's declarations type-check the project as its editor does: the policy, the
        // test with the matchers on expect, the vitest config with the plugin.
        const typeCheck = await run(dir, process.execPath, [
          path.join(dir, "node_modules", "typescript", "bin", "tsc"),
          "--noEmit",
          "-p",
          ".",
        ]);
        expect(typeCheck.output.trim()).toBe("");
        expect(typeCheck.code).toBe(0);
        const tested = await npm(dir, "test");
        expect(tested.output).toMatch(/Tests\s+\S*2 passed/);
        expect(tested.code).toBe(0);
      },
      300_000,
    );
  }
});
