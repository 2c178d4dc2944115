// Vite/vitest plugin that applies the tagging transform to policy sources and tests, so that the
// harness can find each expression's syntax tree (to check it translates) and run typed variable
// reads. Library code (src/, harness/) is left alone: it contains no policy expressions.
// It also wires the end-of-run C# replay (harness/replay/vitest-setup.ts records every evaluation
// in the workers, harness/replay/vitest-reporter.ts replays them when the run ends), named by file
// path so that the library does not import the harness; `replay: false` in the options or
// `"verify": { "replay": false }` in apim-ts.config.json switches it off. A run with the replay off
// records nothing, so it says so when it ends and marks the last run as not recorded: `apim-ts
// verify` then runs the tests again rather than replaying an earlier run's recordings. A run that
// verify starts (RECORD_ONLY_ENV) records whatever the switch says: verify asked for the proof.
// The transform itself is cached on disk (transform-cache.ts): an unchanged file is served
// without loading TypeScript.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cachedTransform, transformFingerprint } from "./transform-cache.ts";
import { libraryModuleUrl } from "../package-layout.ts";
import { loadProjectConfig, policyFolder } from "../config/project-config.ts";

const TAG_MODULE = fileURLToPath(libraryModuleUrl("model/source-tag"));
const EXTENSION = path.extname(fileURLToPath(import.meta.url));
const REPLAY_SETUP = fileURLToPath(
  new URL(`../../harness/replay/vitest-setup${EXTENSION}`, import.meta.url),
);
const REPLAY_REPORTER = fileURLToPath(
  new URL(`../../harness/replay/vitest-reporter${EXTENSION}`, import.meta.url),
);
const RECORDINGS_ENV = "APIM_TS_RECORDINGS";
/** Set by `apim-ts verify` in the test run it starts: record, and leave the replay to verify. */
const RECORD_ONLY_ENV = "APIM_TS_REPLAY_RECORD_ONLY";

export interface ApimTsPluginOptions {
  /**
   * Folders (relative to the project root) whose .ts files hold policy expressions. Default:
   * the policy folder of apim-ts.config.json ("src", default "policy-src") and "test".
   */
  readonly include?: readonly string[];
  /**
   * Replay every evaluation the tests performed through the emitted C# when the run ends
   * (default: apim-ts.config.json's `verify.replay`, else true).
   */
  readonly replay?: boolean;
}

/**
 * The folder of the project's test-run recordings (harness/replay/recording.ts): one `run-<pid>`
 * folder per vitest process (two runs at once do not mix), `last-run.json` naming the last one.
 */
export function recordingsFolder(root: string): string {
  return path.join(root, "node_modules", ".cache", "apim-ts", "recordings");
}

interface VitestConfigHooks {
  readonly vitest: { readonly config: { reporters: unknown[] } };
  /** Adds to the key of vitest's `experimental.fsModuleCache` (vitest ≥ 4.1). */
  readonly experimental_defineCacheKeyGenerator?: (
    generator: (context: { readonly id: string }) => string | undefined,
  ) => void;
}

/** The apim-ts vitest plugin: `plugins: [apimTs()]` in vitest.config.ts. */
export function apimTs(options: ApimTsPluginOptions = {}) {
  let roots: string[] = [];
  let projectRoot = process.cwd();
  /** The replay reporter's options: the run's folder, and why nothing is recorded when off. */
  let replay: { dir: string; off?: string } | undefined;
  const configured = new WeakSet<object>();
  /** Whether the tagging transform applies to this file: a .ts module of a policy or test folder. */
  const transforms = (file: string) =>
    file.endsWith(".ts") && !file.endsWith(".d.ts") && roots.some((root) => file.startsWith(root));
  return {
    name: "apim-ts:tag-expressions",
    enforce: "pre" as const,
    config(config: { root?: string }) {
      const root = path.resolve(config.root ?? process.cwd());
      const dir = path.join(recordingsFolder(root), `run-${process.pid}`);
      const off =
        options.replay === false
          ? "apimTs({ replay: false }) in the vitest config"
          : options.replay === undefined && !loadProjectConfig(root).verify.replay
            ? '"verify": { "replay": false } in apim-ts.config.json'
            : undefined;
      if (off !== undefined && process.env[RECORD_ONLY_ENV] !== "1") {
        replay = { dir, off };
        return undefined;
      }
      replay = { dir };
      return { test: { setupFiles: [REPLAY_SETUP], env: { [RECORDINGS_ENV]: replay.dir } } };
    },
    configureVitest({ vitest, experimental_defineCacheKeyGenerator }: VitestConfigHooks) {
      if (configured.has(vitest)) return;
      configured.add(vitest);
      // vitest's module cache keys a file by its text and the plugins' names: an edit of the
      // transform's own code (or another TypeScript) must miss it as it misses transform-cache.ts.
      experimental_defineCacheKeyGenerator?.(({ id }) =>
        transforms(id.split("?")[0]!) ? transformFingerprint() : undefined,
      );
      if (replay) vitest.config.reporters.push([REPLAY_REPORTER, replay]);
    },
    configResolved(config: { root: string }) {
      projectRoot = config.root;
      const include = options.include ?? [policyFolder(loadProjectConfig(config.root)), "test"];
      roots = include.map((folder) => path.resolve(config.root, folder) + path.sep);
    },
    transform(code: string, id: string) {
      const file = id.split("?")[0]!;
      if (!transforms(file)) return null;
      return cachedTransform(projectRoot, file, code, TAG_MODULE);
    },
  };
}
