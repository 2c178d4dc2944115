// Issue 16's benchmark: simulated requests per second for a policy with a cache lookup and a keyed
// rate limit (policy-src/examples/token-caching: rate-limit-by-key per subscription, then
// cache-lookup-value hitting the cached backend token) beside the seed policy's figure through
// the same harness (validate-from-agw, Valid Client in X-Client-Certificate), the APIM-only
// baseline. The clock advances 3.1 s per request so the 20-calls-a-minute limit is never reached;
// the cached token is fetched again every 3000 s of virtual time, as it would be on APIM.
import path from "node:path";
import { createPolicyProgram } from "../src/compile/program.ts";
import { loadPolicyModules } from "../src/compile/load-modules.ts";
import type { PolicyDocument } from "../src/model/document.ts";
import { certs } from "../src/certificates/index.ts";
import { createGateway } from "../harness/apim/gateway.ts";
import { SEED_INSTANT } from "../harness/replay/seed-matrix.ts";
import { rate } from "./measure.ts";

const root = path.resolve(import.meta.dirname, "..");

async function loadPolicies(names: readonly string[]): Promise<PolicyDocument[]> {
  const files = names.map((name) => path.join(root, "policy-src", `${name}.ts`));
  // A program of the entries alone and what they import, as `build` makes for named files: the
  // loader emits every source of its program, and the other policies are not needed here.
  const program = createPolicyProgram(root, files);
  const loaded = await loadPolicyModules(program, files);
  return loaded.map((module, index) => {
    if (!module?.exports) throw new Error(`cannot load ${names[index]}: ${String(module?.error)}`);
    return module.exports.default as PolicyDocument;
  });
}

export async function run(): Promise<void> {
  const [seed, tokenCaching] = await loadPolicies([
    "validate-from-agw.operation",
    "examples/token-caching.operation",
  ]);
  const seedGateway = createGateway({
    clock: { instant: SEED_INSTANT },
    deployment: {
      certificates: [certs.validClient, certs.unprotectedApi],
      caCertificates: [certs.rootCa, certs.devIntermediateCa],
    },
    namedValues: { "validate-certificate-chain": "true" },
    policies: { operation: seed },
  });
  const seedRequest = { headers: { "X-Client-Certificate": certs.validClient.asAgwHeader() } };
  const cachingGateway = createGateway({
    clock: { instant: SEED_INSTANT },
    policies: { operation: tokenCaching },
    services: { "https://login.example.net/oauth2/token": () => ({ body: "token" }) },
  });
  for (const [gateway, request] of [
    [seedGateway, seedRequest],
    [cachingGateway, {}],
  ] as const) {
    const check = await gateway.send(request);
    if (check.status !== 200)
      throw new Error(`expected 200, got ${check.status}: ${check.logText}`);
  }
  const cachedRequest = () => {
    cachingGateway.clock.advance({ milliseconds: 3100 });
    return cachingGateway.send();
  };

  const baseline = await rate(() => seedGateway.send(seedRequest));
  const caching = await rate(cachedRequest);
  const format = (value: number) => Math.round(value).toLocaleString("en-US").padStart(8);
  console.log("\nthrough the simulated gateway (one core)");
  console.log(`  validate-from-agw, Valid Client (seed baseline)        ${format(baseline)} req/s`);
  console.log(`  token-caching: rate-limit-by-key + cache hit            ${format(caching)} req/s`);
  console.log(
    `  relative to the baseline                               ${(caching / baseline).toFixed(2).padStart(8)}x`,
  );
}
