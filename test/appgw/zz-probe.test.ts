import { it, expect } from "vitest";
import { createGateway } from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";
import validateFromAgw from "../../policy-src/validate-from-agw.operation.ts";
it("probe", async () => {
  const apim = createGateway({ policies: { operation: validateFromAgw }, namedValues: { "validate-certificate-chain": "true" }, deployment: { certificates: [certs.validClient, certs.unprotectedApi], caCertificates: [certs.rootCa, certs.devIntermediateCa] } });
  const t0 = performance.now();
  const r = await apim.send({ headers: { "X-Client-Certificate": certs.validClient.asAgwHeader() } });
  const t1 = performance.now();
  const r2 = await apim.send({ headers: { "X-Client-Certificate": certs.untrustedClient.asAgwHeader() } });
  const r3 = await apim.send({});
  console.log(r.status, r2.status, r2.traces.map(t=>t.metadata), r3.traces.map(t=>t.metadata), t1-t0, r.translation);
  expect(r.status).toBe(200);
});
