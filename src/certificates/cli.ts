// `apim-ts certs [--out certs] [--key rsa-2048|ecdsa-p256] [--now <iso>]`: regenerates the
// certificate tree in one command. Returns an exit code; the CLI entry point wires it in.
import { parseArgs } from "node:util";
import { generateTree, type KeyAlgorithm } from "./generate.ts";
import { writeTree } from "./write.ts";
import { SEED_NOW } from "./tree.ts";

const USAGE = `Usage: apim-ts certs [--out certs] [--key rsa-2048|ecdsa-p256] [--now <iso instant>] [--no-pfx]

Generates the seed's certificate tree (root, DEV and TST intermediates, six clients) with PEM,
bare base64, private keys, PKCS#12 files for clients, chain files and manifest.json.
--now defaults to ${SEED_NOW}, so validity windows do not depend on the wall clock.
Keys are random: commit the output and regenerate only on purpose.`;

/** Runs the `certs` command with its arguments (without the command name); resolves to an exit code. */
export async function runCertsCommand(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        out: { type: "string", default: "certs" },
        key: { type: "string", default: "rsa-2048" },
        now: { type: "string", default: SEED_NOW },
        "no-pfx": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.key !== "rsa-2048" && values.key !== "ecdsa-p256") {
    process.stderr.write(`--key must be rsa-2048 or ecdsa-p256, not '${values.key}'\n`);
    return 2;
  }
  const now = new Date(values.now);
  if (Number.isNaN(now.getTime())) {
    process.stderr.write(`--now must be an ISO 8601 instant, not '${values.now}'\n`);
    return 2;
  }
  const started = performance.now();
  const generated = await generateTree({
    key: values.key as KeyAlgorithm,
    now,
    pfx: !values["no-pfx"],
  });
  const written = await writeTree(values.out, generated);
  const elapsed = Math.round(performance.now() - started);
  process.stdout.write(
    `wrote ${written.length} files for ${generated.certificates.length} certificates to ${values.out} (${values.key}, now ${now.toISOString()}, ${elapsed} ms)\n`,
  );
  return 0;
}
