// Issue 12's benchmark: the json-response-filter example (Body.As<JObject>(), Properties() with
// LINQ, Remove, ToString(Formatting.None) through the harness's Json.NET twin) answered through
// the simulated gateway, beside the floor: the same two expressions (the <when> condition and
// the set-body) called directly on a prepared context with a fresh response body each time.
// Target: the gateway at 2x the floor or less. The policy is loaded through the build's loader so
// its expressions carry source tags and As<JObject>'s type argument, as under the vitest plugin.
import path from "node:path";
import type { Context } from "../src/context/context.ts";
import { createPolicyProgram } from "../src/compile/program.ts";
import { loadPolicyModules } from "../src/compile/load-modules.ts";
import type { PolicyDocument } from "../src/model/document.ts";
import { createGateway } from "../harness/apim/gateway.ts";
import { BodyStore } from "../harness/apim/message-body.ts";
import { createJavaScriptContext } from "../harness/conformance/js-context.ts";
import { runInDotnetEnvironment } from "../harness/dotnet/environment.ts";
import { SEED_INSTANT } from "../harness/replay/seed-matrix.ts";
import { measureAlternating, printTable, scaled } from "./measure.ts";

const root = path.resolve(import.meta.dirname, "..");

/** A product answer as backends send it: 40 items of nested JSON, internal fields at the top. */
const ANSWER = JSON.stringify({
  id: 42,
  _etag: '"0x8DB"',
  _rid: "abc==",
  name: "Catalogue page",
  debug: { ms: 3, node: "be-7" },
  items: Array.from({ length: 40 }, (_, i) => ({
    sku: `SKU-${i}`,
    price: i + 0.5,
    tags: ["a", "b"],
    stock: { warehouse: i % 3, count: i * 7 },
  })),
  _links: [{ rel: "self", href: "https://backend.internal/items/42" }],
});

async function loadPolicy(name: string): Promise<PolicyDocument> {
  const file = path.join(root, "policy-src", `${name}.ts`);
  // A program of the entry alone and what it imports, as `build` makes for named files: the
  // loader emits every source of its program, and the other policies are not needed here.
  const program = createPolicyProgram(root, [file]);
  const [loaded] = await loadPolicyModules(program, [file]);
  if (!loaded?.exports) throw new Error(`cannot load ${name}: ${String(loaded?.error)}`);
  return loaded.exports.default as PolicyDocument;
}

export async function run(): Promise<void> {
  // Read when run, not at import: APIM_TS_BENCH_SMOKE may be set after (bench/runner.ts).
  const BATCH = scaled(200);
  const document = await loadPolicy("examples/json-response-filter.operation");
  const headers = { "Content-Type": ["application/json; charset=utf-8"] };
  const gateway = createGateway({
    clock: { instant: SEED_INSTANT },
    policies: { operation: document },
    backend: () => ({ status: 200, headers, body: ANSWER }),
  });
  const check = await gateway.send({});
  const expected = JSON.parse(ANSWER) as Record<string, unknown>;
  for (const hidden of ["_etag", "_rid", "debug", "_links"]) delete expected[hidden];
  if (check.status !== 200 || check.body !== JSON.stringify(expected))
    throw new Error(`the gateway gave ${check.status}: ${check.body}`);

  // The floor: the policy's own expression functions on one prepared context; the body is
  // replaced by a fresh one each time, since As<JObject>() consumes it as APIM does.
  const outbound = document.outbound as readonly any[];
  const condition = outbound[1].when[0].condition as (context: Context) => boolean;
  const filter = outbound[1].when[0].statements[0].body as (context: Context) => string;
  const { context } = createJavaScriptContext({
    now: SEED_INSTANT,
    response: { statusCode: 200, headers, body: ANSWER },
  });
  const response = context.Response as unknown as { Body: BodyStore };
  const environment = { instant: Date.parse(SEED_INSTANT) };
  const direct = () =>
    runInDotnetEnvironment(environment, () => {
      response.Body = new BodyStore(ANSWER);
      if (!condition(context)) throw new Error("the condition was false");
      if (filter(context) !== check.body) throw new Error("the direct call gave another body");
    });
  direct();

  const rows = await measureAlternating(15, [
    [
      `direct call of the expressions, ${BATCH} answers`,
      () => {
        for (let i = 0; i < BATCH; i++) direct();
      },
    ],
    [
      `through the simulated gateway, ${BATCH} answers`,
      async () => {
        for (let i = 0; i < BATCH; i++) await gateway.send({});
      },
    ],
  ]);
  printTable("json-response-filter, a 40-item JSON answer (target: gateway <= 2x)", rows);
  const ratio = rows[1]!.medianMs / rows[0]!.medianMs;
  console.log(
    `  harness overhead ${ratio.toFixed(2)}x (target <= 2x): ${ratio <= 2 ? "met" : "NOT met"}`,
  );
}
