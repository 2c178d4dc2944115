// The apim-ts command line: one binary, one subcommand per task.
import { EXIT } from "./exit-codes.ts";
import { allDiagnostics } from "../src/diagnostics/codes.ts";

const HELP = `apim-ts <command> [options]

commands:
  init [dir]    set up apim-ts in an npm project: example policy and test, vitest, config, CI (init --help)
  build         compile policy-src/*.ts into dist-policies/*.xml (--check, --watch, --format)
  certs         generate the certificate tree into certs/
  diagnostics   print the table of diagnostic codes
  import        turn existing policy XML into TypeScript modules: import <file.xml|dir>... [--out policy-src] (import --help)
  verify        replay the last test run's evaluations through the emitted C# on mono (mcs); report divergences (verify --help)
  serve         run the seed topology (Application Gateway + APIM) on 127.0.0.1 and print curl commands
                (--mode strict|passthrough, --issuer-dn on|off, --validate-chain, --certs, --now, ports; serve --help)
  help          print this text

exit codes: 0 success, 1 diagnostics (build errors), 2 --check found stale outputs, 3 bad command line,
            4 serve could not start`;

/**
 * Output piped into a reader that stops early (`apim-ts diagnostics | head`) closes the pipe:
 * the rest is not wanted, so stop quietly instead of crashing on EPIPE.
 */
const guarded = new WeakSet<NodeJS.WriteStream>();
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/**
 * Runs `apim-ts <argv>` and returns its exit status. `options.stop` ends a long-running command
 * (serve, build --watch) as Ctrl+C does, for a caller that runs the CLI inside its own process.
 */
export async function main(
  argv: readonly string[],
  options: { readonly stop?: AbortSignal } = {},
): Promise<number> {
  quietOnClosedPipe(process.stdout);
  quietOnClosedPipe(process.stderr);
  const [command, ...rest] = argv;
  switch (command) {
    case "init": {
      const { runInitCommand } = await import("./init/command.ts");
      return runInitCommand(rest);
    }
    case "build": {
      // Loaded when needed (as every command is): `help` and a refused command line do not load
      // TypeScript (about 1 s of a core).
      const { runBuildCommand } = await import("./build-command.ts");
      return runBuildCommand(rest, options);
    }
    case "certs": {
      const { runCertsCommand } = await import("../src/certificates/cli.ts");
      return runCertsCommand([...rest]);
    }
    case "serve": {
      const { runServeCommand } = await import("./serve-command.ts");
      return runServeCommand(rest, options);
    }
    case "import": {
      const { runImportCommand } = await import("./import-command.ts");
      return runImportCommand(rest);
    }
    case "verify": {
      const { runVerifyCommand } = await import("./verify-command.ts");
      return runVerifyCommand(rest);
    }
    case "diagnostics":
      console.log("| code | category | meaning |\n|---|---|---|");
      for (const d of allDiagnostics()) console.log(`| ${d.code} | ${d.category} | ${d.summary} |`);
      return EXIT.ok;
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(HELP);
      return EXIT.ok;
    default:
      console.error(`unknown command '${command}'\n\n${HELP}`);
      return EXIT.usage;
  }
}
