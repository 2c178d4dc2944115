// `apim-ts <args>` run inside the test's worker: cli/main.ts's `main` with the working folder,
// the environment, stdout and stderr of a process of its own. A real process loads the CLI and
// parses the library's declarations again (2-8 s of CPU each); in the worker both are loaded once
// and the build's program shares parsed files (src/compile/shared-host.ts). The binary's own
// process-level behaviour is tested with real processes: its exit status in cli.test.ts, a closed
// pipe in project-config-cli.test.ts, Ctrl+C (SIGINT) of serve in serve.test.ts.
// Relies on vitest's forks pool (process.chdir is refused in worker threads) and on one run at a
// time: the folder and the console are the process's. A long-running command (serve, build
// --watch) holds them until its `stop` is aborted, across the tests of a describe in serve.test.ts,
// and gives them back when it ends.
import { format } from "node:util";
import { main } from "../../cli/main.ts";
import type { CliRun } from "./cli-project.ts";

type Write = typeof process.stdout.write;

/**
 * Runs `apim-ts <args>` in `cwd`, with `env` added to the environment; restores all after.
 * `stop` ends a serve as Ctrl+C does; `onStdout` sees the output so far after each write.
 */
export async function runCli(
  cwd: string,
  args: readonly string[],
  env: Record<string, string | undefined> = {},
  options: { readonly stop?: AbortSignal; readonly onStdout?: (stdout: string) => void } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const out = (text: string) => {
    stdout += text;
    options.onStdout?.(stdout);
  };
  const toOut = (...values: unknown[]) => out(`${format(...values)}\n`);
  const toErr = (...values: unknown[]) => void (stderr += `${format(...values)}\n`);
  const saved = {
    cwd: process.cwd(),
    log: console.log,
    info: console.info,
    warn: console.warn,
    error: console.error,
    out: process.stdout.write,
    err: process.stderr.write,
    env: Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]])),
  };
  const capture =
    (append: (text: string) => void): Write =>
    (chunk: string | Uint8Array, ...rest: unknown[]) => {
      append(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      done?.();
      return true;
    };
  try {
    process.chdir(cwd);
    for (const [key, value] of Object.entries(env))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    console.log = console.info = toOut;
    console.warn = console.error = toErr;
    process.stdout.write = capture(out);
    process.stderr.write = capture((text) => (stderr += text));
    const code = await main(args, { stop: options.stop });
    return { code, stdout, stderr };
  } finally {
    process.chdir(saved.cwd);
    for (const [key, value] of Object.entries(saved.env))
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    console.log = saved.log;
    console.info = saved.info;
    console.warn = saved.warn;
    console.error = saved.error;
    process.stdout.write = saved.out;
    process.stderr.write = saved.err;
  }
}
