// `apim-ts verify`: the C# cross-check of the project's own tests. Replays every expression
// evaluation the last `vitest run` recorded (the apim-ts vitest plugin writes them under
// node_modules/.cache/apim-ts/recordings/, last-run.json names the run) through the emitted C#: ONE mcs compile (APIM's allow-list checked)
// and one mono run per gateway time zone. It also compiles every expression slot of policy-src,
// so that a branch no test reaches still meets mcs and the allow-list. With `--run`, or when
// there are no recordings or a policy source is newer than them, it runs the tests first.
// (The seed's scenario matrix is this repository's own test of its example policies:
// test/replay/seed-matrix.test.ts.)
// This module reads the command line and finds the toolchain; the work is in verify-run.ts,
// imported only then: a refused command line or a missing mcs does not load TypeScript and the
// harness (2 to 3 s of a core, measured on the 2-core machine).
// Exit codes: 0 no divergence (or skipped locally without mcs), 1 divergences, problems, failing
// tests or TypeScript errors (and missing mcs under CI=true), 3 bad command line.
import { projectSources } from "./project-sources.ts";
import { parseArgs } from "node:util";
import { findCSharpCompiler, installCommand } from "../harness/crosscheck/compiler.ts";

export const VERIFY_EXIT = { ok: 0, failed: 1, usage: 3 } as const;

const USAGE = `usage: apim-ts verify [--src policy-src] [--run] [--show N]

Replays every expression evaluation of the last test run (vitest with the apim-ts plugin)
through the emitted C#: compiles every expression of --src with mcs (APIM's allow-list checked)
and runs each recorded evaluation on mono; any difference between the TypeScript and the C#
fails. --run (or no recordings, or recordings older than --src) runs the tests first. Needs
mono-mcs:
  ${installCommand}`;

export async function runVerifyCommand(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        src: { type: "string" },
        run: { type: "boolean", default: false },
        show: { type: "string", default: "20" },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return VERIFY_EXIT.usage;
  }
  if (values.help) {
    console.log(USAGE);
    return VERIFY_EXIT.ok;
  }
  const toolchain = findCSharpCompiler();
  if (!toolchain) {
    const ci = process.env.CI === "true";
    console.error(`apim-ts verify: mcs/mono not found; install them with:\n  ${installCommand}`);
    console.log(
      ci
        ? "verify FAILED: the C# cross-check must run under CI=true"
        : "verify skipped (no C# compiler)",
    );
    return ci ? VERIFY_EXIT.failed : VERIFY_EXIT.ok;
  }
  const root = process.cwd();
  const sources = projectSources(root, values.src);
  if (!sources.ok) {
    console.error(`${sources.message}\n${USAGE}`);
    return VERIFY_EXIT.usage;
  }
  const { runVerification } = await import("./verify-run.ts");
  return runVerification({
    root,
    sourceDir: sources.sourceDir,
    run: values.run,
    show: values.show,
    toolchain,
  });
}

/**
 * The last line verify prints. A run that evaluated nothing proves nothing: it says so rather than
 * print a bare OK (the exit code stays 0, as there is nothing that diverged).
 */
export function verifyVerdict(
  ok: boolean,
  stats: { readonly evaluations: number; readonly expressions: number },
): string {
  if (!ok) return "\nverify FAILED";
  if (stats.evaluations === 0)
    return `\nverify OK, but nothing was replayed: the tests evaluated no expression (${stats.expressions} compiled, none run by a test)`;
  return "\nverify OK: the C# means what the TypeScript meant in every evaluation of the tests";
}
