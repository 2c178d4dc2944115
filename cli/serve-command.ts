// `apim-ts serve`: the project's live demo. Starts the seed's topology on 127.0.0.1 (Application
// Gateway HTTPS + mTLS listeners over real TLS, APIM running policy-src/, an echo backend), prints
// a ready-to-paste curl command with the expected answer for each certificate and each spoofing
// path, logs every request, and runs until Ctrl+C, then stops the servers and removes its files.
// Exit codes: 0 stopped normally (or --help), 1 the policy sources do not compile or load,
// 3 bad command line, 4 could not start (port in use, incomplete certificate folder).
// The policy loader (TypeScript) is imported once the command line and the certificate folder are
// accepted, the topology (the gateways, TLS) once the policies load: `serve --help` or a refused
// flag loads neither (about 2 s of a core).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { committedCertsDir } from "../src/certificates/handles.ts";
import type { ServeSession } from "../harness/appgw/serve/topology.ts";
// Light modules (no TypeScript, no gateway): the printers and the clocks.
import { VirtualClock } from "../harness/apim/clock.ts";
import { describeExpectation } from "../harness/appgw/serve/demo-cases.ts";
import { curlCommand } from "../harness/appgw/serve/curl-commands.ts";
import { WallClock } from "../harness/appgw/serve/wall-clock.ts";
import { SEED_MTLS_PORT } from "../harness/appgw/seed-topology.ts";
import {
  loadProjectConfig,
  policyFolder,
  ProjectConfigError,
  type ProjectConfig,
} from "../src/config/project-config.ts";

export const SERVE_EXIT = { ok: 0, policies: 1, usage: 3, start: 4 } as const;

const USAGE = `usage: apim-ts serve [options]

  --mode strict|passthrough     the mTLS listener's verifyClientAuthMode (default strict)
  --issuer-dn on|off            verifyClientCertIssuerDN (default on, as in the sample)
  --validate-chain true|false   APIM named value validate-certificate-chain (default true)
  --certs <dir>                 certificate folder: certs/ (default) or e.g. test/fixtures/openssl-certs
  --src <dir>                   policy sources (default policy-src)
  --now <iso>                   check certificates at this fixed instant (default: the wall clock)
  --https-port <n>              port of the HTTPS listener on 127.0.0.1 (default: ephemeral)
  --mtls-port <n>               port of the mTLS listener (default: ephemeral)
  --apim-port <n>               port of APIM reached directly (default: ephemeral)
  --named-value <name=value>    an APIM named value (repeatable)

Ctrl+C stops. Exit codes: 0 stopped, 1 policy sources do not compile, 3 bad command line, 4 could not start.`;

interface Parsed {
  readonly mode: "Strict" | "Passthrough";
  readonly issuerDN: boolean;
  readonly validateChain: boolean;
  readonly certsDir: string;
  readonly sourceDir: string;
  readonly now: string | undefined;
  readonly ports: { httpsPort: number; mtlsPort: number; apimPort: number };
  readonly namedValues: Record<string, string>;
}

function parse(argv: readonly string[]): Parsed | "help" | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      allowPositionals: false,
      options: {
        mode: { type: "string", default: "strict" },
        "issuer-dn": { type: "string", default: "on" },
        "validate-chain": { type: "string", default: "true" },
        certs: { type: "string" },
        src: { type: "string" },
        now: { type: "string" },
        "https-port": { type: "string", default: "0" },
        "mtls-port": { type: "string", default: "0" },
        "apim-port": { type: "string", default: "0" },
        "named-value": { type: "string", multiple: true, default: [] },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    return (error as Error).message;
  }
  if (values.help) return "help";
  const mode = values.mode.toLowerCase();
  if (mode !== "strict" && mode !== "passthrough")
    return `--mode must be strict or passthrough, got '${values.mode}'`;
  if (!["on", "off"].includes(values["issuer-dn"]))
    return `--issuer-dn must be on or off, got '${values["issuer-dn"]}'`;
  if (!["true", "false"].includes(values["validate-chain"]))
    return `--validate-chain must be true or false, got '${values["validate-chain"]}'`;
  if (values.now !== undefined && !Number.isFinite(Date.parse(values.now)))
    return `--now must be an ISO 8601 instant (e.g. 2026-06-01T12:00:00Z), got '${values.now}'`;
  const ports = { httpsPort: 0, mtlsPort: 0, apimPort: 0 };
  for (const [option, key] of [
    ["https-port", "httpsPort"],
    ["mtls-port", "mtlsPort"],
    ["apim-port", "apimPort"],
  ] as const) {
    const port = Number(values[option]);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      return `--${option} must be a port number (0-65535), got '${values[option]}'`;
    ports[key] = port;
  }
  const namedValues: Record<string, string> = {};
  for (const pair of values["named-value"]) {
    const at = pair.indexOf("=");
    if (at <= 0) return `--named-value must be name=value, got '${pair}'`;
    namedValues[pair.slice(0, at)] = pair.slice(at + 1);
  }
  // apim-ts.config.json: the policy folder and named values, under the flags.
  let config: ProjectConfig;
  try {
    config = loadProjectConfig();
  } catch (error) {
    if (error instanceof ProjectConfigError) return `error ${error.code}: ${error.message}`;
    throw error;
  }
  const localCerts = path.resolve("certs");
  const certsDir = path.resolve(
    values.certs ??
      (fs.existsSync(path.join(localCerts, "root-ca.cer")) ? localCerts : committedCertsDir),
  );
  return {
    mode: mode === "strict" ? "Strict" : "Passthrough",
    issuerDN: values["issuer-dn"] === "on",
    validateChain: values["validate-chain"] === "true",
    certsDir,
    sourceDir: values.src !== undefined ? path.resolve(values.src) : policyFolder(config),
    now: values.now,
    ports,
    namedValues: {
      ...config.namedValues,
      ...namedValues,
      "validate-certificate-chain": values["validate-chain"],
    },
  };
}

function printSession(session: ServeSession, parsed: Parsed, clockText: string): void {
  const out: string[] = [];
  const e = session.endpoints;
  out.push(
    "apim-ts serve: the seed topology on 127.0.0.1",
    `  mode          ${parsed.mode}, issuer-DN check ${parsed.issuerDN ? "on" : "off"}, validate-certificate-chain ${parsed.validateChain}`,
    `  clock         ${clockText}`,
    `  certificates  ${session.folder.dir}`,
    `  operations    ${session.operationPaths.join(", ") || "(none found)"}`,
    "",
    "endpoints (all on 127.0.0.1; curl --resolve pins the names, --cacert trusts the servers)",
    `  https-listener                     https://${e["https-listener"].host}:${e["https-listener"].port}  (port 443 in Azure)`,
    `  mtls-listener                      https://${e["mtls-listener"].host}:${e["mtls-listener"].port}  (port ${SEED_MTLS_PORT} in Azure)`,
    `  https-listener-without-strip-rule  https://${e["https-listener-without-strip-rule"].host}:${e["https-listener-without-strip-rule"].port}`,
    `  apim-direct                        https://${e["apim-direct"].host}:${e["apim-direct"].port}`,
    `  server certificates                ${session.files.caFile}`,
  );
  let group = "";
  for (const demo of session.cases) {
    if (demo.group !== group) {
      group = demo.group;
      out.push("", `## ${group}`);
    }
    out.push(
      `[${demo.id}] ${demo.title}`,
      `  expect: ${describeExpectation(demo.expect)}`,
      `  ${curlCommand(demo.curl)}`,
    );
  }
  out.push(
    "",
    "APIM's reasons are in its traces, not in the response: they appear in the log below.",
    `ready: Ctrl+C stops the servers and removes ${session.tempDir}`,
    "",
  );
  console.log(out.join("\n"));
}

/**
 * `apim-ts serve <argv>`: starts the topology, prints the session and waits for Ctrl+C (SIGINT) or
 * SIGTERM, then closes the servers and removes the temporary folder. Returns the exit status
 * (SERVE_EXIT). `options.stop`, when given, ends the session as Ctrl+C does: for a caller that runs
 * the command in its own process (the README's test), where a real signal would reach the caller.
 */
export async function runServeCommand(
  argv: readonly string[],
  options: { readonly stop?: AbortSignal } = {},
): Promise<number> {
  const parsed = parse(argv);
  if (parsed === "help") {
    console.log(USAGE);
    return SERVE_EXIT.ok;
  }
  if (typeof parsed === "string") {
    console.error(`${parsed}\n\n${USAGE}`);
    return SERVE_EXIT.usage;
  }
  for (const file of [
    "root-ca.cer",
    "dev-intermediate-ca-with-root-ca.cer",
    "dev-valid-client.cer",
  ])
    if (!fs.existsSync(path.join(parsed.certsDir, file))) {
      console.error(
        `--certs ${parsed.certsDir}: ${file} is missing (run \`apim-ts certs\`, or point --certs at a complete folder)`,
      );
      return SERVE_EXIT.start;
    }
  const { loadPolicies } = await import("../harness/appgw/serve/operations.ts");
  const policies = await loadPolicies(process.cwd(), parsed.sourceDir);
  if (policies.errors.length > 0) {
    console.error(
      policies.errors.join("\n\n") +
        "\n\nthe policy sources have errors (see `apim-ts build`); nothing was started",
    );
    return SERVE_EXIT.policies;
  }
  const { startServe } = await import("../harness/appgw/serve/topology.ts");
  const clock =
    parsed.now === undefined ? new WallClock() : new VirtualClock({ instant: parsed.now });
  const clockText =
    parsed.now === undefined
      ? `the wall clock (now ${clock.date().toISOString()}); --now <iso> fixes it`
      : `fixed at ${clock.date().toISOString()} (--now)`;
  let session: ServeSession;
  try {
    session = await startServe({
      policies,
      certsDir: parsed.certsDir,
      mode: parsed.mode,
      issuerDN: parsed.issuerDN,
      validateChain: parsed.validateChain,
      clock,
      namedValues: parsed.namedValues,
      ...parsed.ports,
      log: (line) => console.log(`log: ${line}`),
    });
  } catch (error) {
    console.error(`could not start: ${(error as Error).message}`);
    return SERVE_EXIT.start;
  }
  // Listen for Ctrl+C before printing `ready:`, so a stop right after it still cleans up.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      options.stop?.removeEventListener("abort", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    if (options.stop?.aborted) stop();
    else options.stop?.addEventListener("abort", stop);
  });
  printSession(session, parsed, clockText);
  await stopped;
  console.log("stopping: closing the servers and removing the temporary files");
  await session.close();
  return SERVE_EXIT.ok;
}
