import { it } from "vitest";
import validateFromAgw from "../../policy-src/validate-from-agw.operation.ts";
import { seedGateway } from "../scenarios/seed-gateway.ts";
import { certs } from "../../src/certificates/index.ts";
it("perf", async () => {
  const gateway = seedGateway(validateFromAgw, certs);
  const headers = { "X-Client-Certificate": certs.validClient.asAgwHeader() };
  for (let i = 0; i < 200; i++) await gateway.send({ headers });
  const n = 3000;
  const start = performance.now();
  for (let i = 0; i < n; i++) await gateway.send({ headers });
  const ms = performance.now() - start;
  console.log(`requests/s: ${(n / ms * 1000).toFixed(0)}  (${(ms / n * 1000).toFixed(1)} µs each)`);
});
