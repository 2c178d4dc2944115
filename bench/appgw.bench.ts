// Requests per second through the Application Gateway model in front of APIM, for a Valid Client
// on the mTLS listener running validate-from-agw. Baseline: APIM alone, sent what the gateway
// forwards (the X-Client-Certificate header). Then the same through the gateway in memory
// (simulated mode), and over real TLS on 127.0.0.1 (real mode): one keep-alive connection, a new
// connection per request resuming the TLS session, and a full handshake per request for scale.
// Policies are loaded as `apim-ts serve` loads them, so the harness runs the tagged documents.
import fs from "node:fs";
import https from "node:https";
import path from "node:path";
import { committedCertsDir, load } from "../src/certificates/index.ts";
import { VirtualClock } from "../harness/apim/clock.ts";
import {
  createApplicationGateway,
  listen,
  seedApplicationGateway,
  SEED_MTLS_PORT,
} from "../harness/appgw/index.ts";
import {
  createApimRouter,
  loadPolicies,
  type LoadedPolicies,
} from "../harness/appgw/serve/operations.ts";
import { createPolicyProgram } from "../src/compile/program.ts";
import { loadPolicyModules } from "../src/compile/load-modules.ts";
import type { PolicyDocument } from "../src/model/document.ts";
import { measure, printTable, scaled, smoke, type Measurement } from "./measure.ts";

const root = path.resolve(import.meta.dirname, "..");
const RUNS = 7;

function get(url: string, options: https.RequestOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = https.get(url, { ...options, timeout: 10_000 }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("timeout")));
    request.on("error", reject);
  });
}

async function batch(size: number, send: () => Promise<number>): Promise<void> {
  for (let i = 0; i < size; i++) {
    const status = await send();
    if (status !== 200) throw new Error(`expected 200, got ${status}`);
  }
}

/**
 * The policies the APIM side serves: the whole folder as `apim-ts serve` loads it (type check of
 * all 46 files, every module emitted), or under APIM_TS_BENCH_SMOKE=1 a program of the one
 * operation measured and what it imports, as `build` makes for named files. The folder's type
 * check and emit are seconds of setup no figure depends on (test/cli/serve.test.ts runs them).
 */
async function servedPolicies(): Promise<LoadedPolicies> {
  if (!smoke()) return loadPolicies(root, path.join(root, "policy-src"));
  const file = path.join(root, "policy-src", "validate-from-agw.operation.ts");
  const [loaded] = await loadPolicyModules(createPolicyProgram(root, [file]), [file]);
  if (!loaded?.exports) throw new Error(`cannot load ${file}: ${String(loaded?.error)}`);
  const document = loaded.exports.default as PolicyDocument;
  return { operations: new Map([["validate-from-agw", document]]), fragments: {}, errors: [] };
}

function perSecond(row: Measurement, size: number): string {
  return `${Math.round(size / (row.medianMs / 1000))}`.padStart(8) + " req/s";
}

export async function run(): Promise<void> {
  // Read when run, not at import: APIM_TS_BENCH_SMOKE may be set after (bench/runner.ts).
  const BATCH = scaled(200);
  const folder = load(committedCertsDir);
  const policies = await servedPolicies();
  if (policies.errors.length > 0) throw new Error(policies.errors.join("\n"));
  const clock = new VirtualClock({ instant: "2026-06-01T12:00:00Z" });
  const apim = createApimRouter(policies, { folder, clock }).instances.get("validate-from-agw")!;
  const agw = createApplicationGateway(
    seedApplicationGateway({
      apiManagementFqdn: apim.host,
      trustedClientCertificateData: fs.readFileSync(
        path.join(folder.dir, "dev-intermediate-ca-with-root-ca.cer"),
        "utf8",
      ),
    }),
    { backends: [apim] },
  );
  const header = folder.validClient.asAgwHeader();
  const loopback = await listen(agw, { timeoutMs: 30_000 });
  const url = loopback.url("mtls-listener", "/validate-from-agw");
  const tls = {
    ca: loopback.serverCertificatePem,
    key: folder.validClient.privateKey!,
    cert: folder.validClient.pem,
  };
  const keepAlive = new https.Agent({ keepAlive: true, maxSockets: 1, ...tls });
  // keepAlive off: a new TCP connection each time, but the agent caches the TLS session and resumes it.
  const resuming = new https.Agent({ keepAlive: false, maxCachedSessions: 10, ...tls });
  let resumed = 0;
  try {
    const rows = [
      await measure("APIM only (baseline)", RUNS, () =>
        batch(
          BATCH,
          async () =>
            (
              await apim.send({
                url: "/validate-from-agw",
                headers: { "X-Client-Certificate": header },
              })
            ).status,
        ),
      ),
      await measure("simulated: gateway + APIM", RUNS, () =>
        batch(
          BATCH,
          async () =>
            (
              await agw.send({
                url: `https://agw-mtls-sample:${SEED_MTLS_PORT}/validate-from-agw`,
                clientCertificate: folder.validClient,
              })
            ).status,
        ),
      ),
      await measure("real TLS: one keep-alive connection", RUNS, () =>
        batch(BATCH, () => get(url, { agent: keepAlive })),
      ),
      await measure("real TLS: new conn. + session reuse", RUNS, () =>
        batch(
          BATCH,
          () =>
            new Promise<number>((resolve, reject) => {
              const request = https.get(url, { agent: resuming, timeout: 10_000 }, (response) => {
                if ((response.socket as import("node:tls").TLSSocket).isSessionReused()) resumed++;
                response.resume();
                response.on("end", () => resolve(response.statusCode ?? 0));
              });
              request.on("error", reject);
            }),
        ),
      ),
      await measure("real TLS: full handshake each time", RUNS, () =>
        batch(BATCH, () => get(url, { agent: false, ...tls })),
      ),
    ];
    printTable(
      `Valid Client on the mTLS listener, /validate-from-agw: ${BATCH} sequential requests a run`,
      rows,
    );
    console.log("\nrequests/s (median run)");
    for (const row of rows) console.log(`${row.name.padEnd(44)}${perSecond(row, BATCH)}`);
    console.log(`\nTLS sessions resumed: ${resumed} of ${(RUNS + 1) * BATCH} new connections`);
  } finally {
    keepAlive.destroy();
    resuming.destroy();
    await loopback.close();
  }
}
