// Issue 13's benchmark: the HMAC request-signing example's signature computed through the
// harness's .NET twins (Encoding.UTF8.GetBytes, new HMACSHA256(key).ComputeHash,
// Convert.ToBase64String and FromBase64String, as the policy's expression calls them) beside the
// direct node:crypto call that computes the same bytes (target: 2x or less), and the whole
// example through the simulated gateway for scale.
import { createHmac } from "node:crypto";
import path from "node:path";
import { createPolicyProgram } from "../src/compile/program.ts";
import { loadPolicyModules } from "../src/compile/load-modules.ts";
import type { PolicyDocument } from "../src/model/document.ts";
import { Convert, Encoding, HMACSHA256 } from "../src/index.ts";
import { installDotnet } from "../harness/dotnet/install.ts";
import { createGateway } from "../harness/apim/gateway.ts";
import { measureAlternating, printTable, scaled } from "./measure.ts";

const root = path.resolve(import.meta.dirname, "..");
const SECRET = Buffer.from("a shared secret of 32 bytes.....").toString("base64");
const TEXT = "POST\n/orders/42\n2030-01-01T08:00:00.0000000Z";

export async function run(): Promise<void> {
  // Read when run, not at import: APIM_TS_BENCH_SMOKE may be set after (bench/runner.ts).
  const BATCH = scaled(10_000);
  const REQUESTS = scaled(100);
  installDotnet();
  const direct = () =>
    createHmac("sha256", Buffer.from(SECRET, "base64")).update(TEXT, "utf8").digest("base64");
  const twin = () =>
    Convert.ToBase64String(
      new HMACSHA256(Convert.FromBase64String(SECRET)).ComputeHash(Encoding.UTF8.GetBytes(TEXT)),
    );
  if (direct() !== twin()) throw new Error("the twin and node:crypto disagree");
  const rows = await measureAlternating(15, [
    [
      `node:crypto, ${BATCH} signatures`,
      () => {
        for (let i = 0; i < BATCH; i++) direct();
      },
    ],
    [
      `harness twins, ${BATCH} signatures`,
      () => {
        for (let i = 0; i < BATCH; i++) twin();
      },
    ],
  ]);
  printTable("HMAC-SHA256 signature: the harness's .NET twins vs the direct call", rows);

  const file = path.join(root, "policy-src", "examples", "hmac-request-signing.operation.ts");
  // A program of the entry alone and what it imports, as `build` makes for named files: the
  // loader emits every source of its program, and the other policies are not needed here.
  const program = createPolicyProgram(root, [file]);
  const [loaded] = await loadPolicyModules(program, [file]);
  if (!loaded?.exports) throw new Error(`cannot load ${file}: ${String(loaded?.error)}`);
  const gateway = createGateway({
    clock: { instant: "2030-01-01T08:00:00Z" },
    policies: { operation: loaded.exports.default as PolicyDocument },
    namedValues: { "backend-signing-key": SECRET, "backend-client-id": "contoso" },
  });
  const check = await gateway.send({ method: "POST", url: "/orders/42" });
  if (check.status !== 200) throw new Error(`expected 200, got ${check.status}`);
  const requests = await measureAlternating(15, [
    [
      `${REQUESTS} signed requests through the gateway`,
      async () => {
        for (let i = 0; i < REQUESTS; i++)
          await gateway.send({ method: "POST", url: "/orders/42" });
      },
    ],
  ]);
  printTable("the example through the simulated gateway", requests);
}
