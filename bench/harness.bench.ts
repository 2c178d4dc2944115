// Simulated requests per second for validate-from-agw with a valid certificate in the
// X-Client-Certificate header (issue 4), beside the floor: the same TypeScript expressions
// (decode the header, then the ordered checks) called directly on a prepared context, without
// the gateway. Targets: >= 5,000 req/s on one core, harness <= 2x the floor. The policy is loaded
// through the build's loader so its expressions carry source tags, as under the vitest plugin.
import path from "node:path";
import type { Context } from "../src/context/context.ts";
import { createPolicyProgram } from "../src/compile/program.ts";
import { loadPolicyModules } from "../src/compile/load-modules.ts";
import type { PolicyDocument } from "../src/model/document.ts";
import { setNamedValueResolver } from "../src/model/named-value.ts";
import { certs } from "../src/certificates/index.ts";
import { createGateway } from "../harness/apim/gateway.ts";
import { createJavaScriptContext } from "../harness/conformance/js-context.ts";
import { runInDotnetEnvironment } from "../harness/dotnet/environment.ts";
import { SEED_INSTANT } from "../harness/replay/seed-matrix.ts";
import { rate } from "./measure.ts";

const root = path.resolve(import.meta.dirname, "..");

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
  const document = await loadPolicy("validate-from-agw.operation");
  const header = certs.validClient.asAgwHeader();
  const gateway = createGateway({
    clock: { instant: SEED_INSTANT },
    deployment: {
      certificates: [certs.validClient, certs.unprotectedApi],
      caCertificates: [certs.rootCa, certs.devIntermediateCa],
    },
    namedValues: { "validate-certificate-chain": "true" },
    policies: { operation: document },
  });
  const request = { headers: { "X-Client-Certificate": header } };
  const check = await gateway.send(request);
  if (check.status !== 200) throw new Error(`expected 200, got ${check.status}: ${check.logText}`);

  // The floor: the policy's own expression functions, called in order on one prepared context.
  const inbound = document.inbound as readonly any[];
  const decode = inbound[1].when[0].statements[0].value as (context: Context) => Uint8Array;
  const validate = inbound[2].value as (context: Context) => string;
  const { context, variables } = createJavaScriptContext({
    now: SEED_INSTANT,
    request: { headers: { "X-Client-Certificate": [header] } },
    deployment: {
      certificates: Object.fromEntries(
        [certs.validClient, certs.unprotectedApi].map((c) => [
          c.thumbprint,
          Buffer.from(c.der).toString("base64"),
        ]),
      ),
    },
    trustedCaCertificates: [certs.rootCa, certs.devIntermediateCa].map((c) =>
      Buffer.from(c.der).toString("base64"),
    ),
  });
  const environment = {
    instant: Date.parse(SEED_INSTANT),
    trustedCaCertificates: [certs.rootCa.der, certs.devIntermediateCa.der],
  };
  const direct = () =>
    runInDotnetEnvironment(environment, () => {
      setNamedValueResolver({ text: () => "true", boolean: () => true });
      try {
        variables.set("clientCertificateBytes", { type: "byte[]", value: decode(context) });
        const result = validate(context);
        if (result !== "Valid") throw new Error(`direct call gave ${result}`);
      } finally {
        setNamedValueResolver(undefined);
      }
    });

  const floor = await rate(direct);
  const simulated = await rate(() => gateway.send(request));
  console.log("\nvalidate-from-agw, Valid Client in X-Client-Certificate (one core)");
  console.log(
    `  direct call of the policy's expressions (floor)  ${Math.round(floor).toLocaleString("en-US").padStart(8)} req/s`,
  );
  console.log(
    `  simulated request through the gateway            ${Math.round(simulated).toLocaleString("en-US").padStart(8)} req/s`,
  );
  console.log(
    `  harness overhead                                 ${(floor / simulated).toFixed(2).padStart(8)}x   (target <= 2x, >= 5,000 req/s)`,
  );
}
