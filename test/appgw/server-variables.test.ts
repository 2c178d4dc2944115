// Server variables and what APIM receives: {var_client_certificate} byte for byte equal to the
// gateway's captured header (or, for the openssl tree, one encoded independently of apim-ts), the
// other client_certificate* values, the verification values per mode, the forwarding headers, no
// TLS certificate at APIM, and why Strict refused a certificate.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clientCertificateVariable, SEED_MTLS_PORT } from "../../harness/appgw/index.ts";
import { committedCertsDir, load } from "../../src/certificates/index.ts";
import { capturedAgwHeader, interop, INTEROP_NAME } from "../support/interop-certificates.ts";
import { seedTopology } from "./support/seed-topology.ts";

const certs = load(committedCertsDir);
const MTLS = `https://agw-mtls-sample:${SEED_MTLS_PORT}/validate-from-agw`;
const CLIENTS = [
  "dev-valid-client",
  "dev-unregistered-client",
  "dev-unprotected-api",
  "dev-expired-client",
  "dev-notyetvalid-client",
  "tst-untrusted-client",
];

describe(`{var_client_certificate} against the gateway's header, ${INTEROP_NAME}`, () => {
  for (const name of CLIENTS) {
    it(`${name}: equal byte for byte, and what APIM receives in X-Client-Certificate (Passthrough)`, async () => {
      const captured = capturedAgwHeader(name);
      const handle = interop.byName.get(name)!;
      expect(clientCertificateVariable(handle.der)).toBe(captured);
      const { gateway } = seedTopology(interop, { verifyClientAuthMode: "Passthrough" });
      const result = await gateway.send({ url: MTLS, clientCertificate: handle });
      expect(result.backendRequest?.headers).toMatchObject({
        "X-Client-Certificate": [captured],
      });
    });
  }
});

describe("server variables", () => {
  it("client_certificate* of Valid Client through Strict", async () => {
    const { gateway } = seedTopology(certs);
    const result = await gateway.send({
      url: MTLS,
      clientCertificate: certs.validClient,
      ipAddress: "203.0.113.5",
      clientPort: 61000,
    });
    const manifest = JSON.parse(readFileSync(join(committedCertsDir, "manifest.json"), "utf8")) as {
      certificates: { handle: string; serialNumber: string }[];
    };
    const serial = manifest.certificates.find((c) => c.handle === "validClient")!.serialNumber;
    expect(result.serverVariables).toMatchObject({
      client_certificate: certs.validClient.asAgwHeader(),
      client_certificate_fingerprint: certs.validClient.thumbprint.toLowerCase(),
      client_certificate_subject: "CN=Valid Client",
      client_certificate_issuer: "CN=APIM Sample DEV Intermediate CA",
      client_certificate_serial: serial,
      client_certificate_start_date: "Jun  1 00:00:00 2026 GMT",
      client_certificate_end_date: "Jun  1 00:00:00 2076 GMT",
      client_certificate_verification: "SUCCESS",
      client_ip: "203.0.113.5",
      client_port: "61000",
      server_port: String(SEED_MTLS_PORT),
      request_uri: "/validate-from-agw",
      ssl_enabled: "on",
    });
  });

  it("client_certificate_verification: PASSTHROUGH with a certificate (even an expired one), NONE without", async () => {
    const { gateway } = seedTopology(certs, { verifyClientAuthMode: "Passthrough" });
    const expired = await gateway.send({ url: MTLS, clientCertificate: certs.expiredClient });
    expect(expired.serverVariables?.client_certificate_verification).toBe("PASSTHROUGH");
    const none = await gateway.send({ url: MTLS });
    expect(none.serverVariables?.client_certificate_verification).toBe("NONE");
    expect(none.serverVariables?.client_certificate).toBe("");
  });

  it("the HTTPS listener does not ask for a certificate: one offered is not seen", async () => {
    const { gateway } = seedTopology(certs, { stripClientCertificateHeaderOnHttps: false });
    const result = await gateway.send({
      url: "https://agw-mtls-sample/validate-from-agw",
      clientCertificate: certs.validClient,
    });
    expect(result.clientAuthentication).toBeNull();
    expect(result.serverVariables?.client_certificate).toBe("");
    expect([result.status]).toEqual([401]);
  });

  it("APIM gets the gateway's address, the forwarding headers, and no TLS certificate", async () => {
    const { gateway } = seedTopology(certs);
    const result = await gateway.send({
      url: MTLS,
      clientCertificate: certs.validClient,
      ipAddress: "203.0.113.5",
      clientPort: 61000,
    });
    const request = result.backendRequest!;
    expect(request.ipAddress).toBe("10.0.1.4");
    expect(request.clientCertificate).toBeUndefined();
    expect(request.url).toBe("https://apim-ts-sample.azure-api.net/validate-from-agw");
    expect(request.headers).toMatchObject({
      "X-Forwarded-For": ["203.0.113.5:61000"],
      "X-Forwarded-Proto": ["https"],
      "X-Forwarded-Port": [String(SEED_MTLS_PORT)],
      "X-Original-Host": [`agw-mtls-sample:${SEED_MTLS_PORT}`],
      "X-Original-URL": ["/validate-from-agw"],
    });
  });
});

describe("why Strict refuses", () => {
  const cases = [
    ["Expired Client", certs.expiredClient, "certificate has expired"],
    ["Not Yet Valid Client", certs.notYetValidClient, "certificate is not yet valid"],
    ["Untrusted Client", certs.untrustedClient, "unable to get local issuer certificate"],
  ] as const;
  for (const [name, certificate, rejection] of cases) {
    it(`${name}: ${rejection}`, async () => {
      const { gateway } = seedTopology(certs);
      const result = await gateway.send({ url: MTLS, clientCertificate: certificate });
      expect(result.clientAuthentication).toMatchObject({
        accepted: false,
        page: "CertificateError",
        rejection,
      });
    });
  }

  it("Untrusted Client with its TST intermediate and the issuer-DN check on: issuer mismatch", async () => {
    const { gateway } = seedTopology(certs);
    const result = await gateway.send({
      url: MTLS,
      clientCertificate: certs.untrustedClient,
      clientCertificateChain: [certs.tstIntermediateCa],
    });
    expect(result.clientAuthentication).toMatchObject({
      accepted: false,
      rejection: "unable to verify the client certificate issuer",
    });
  });

  it("validity is judged at the virtual clock's instant", async () => {
    const { gateway } = seedTopology(certs);
    gateway.clock.set("2026-05-31T23:59:59Z");
    const before = await gateway.send({ url: MTLS, clientCertificate: certs.expiredClient });
    expect(before.clientAuthentication).toMatchObject({
      rejection: "certificate is not yet valid",
    });
    gateway.clock.set("2026-06-01T00:00:00Z");
    const at = await gateway.send({ url: MTLS, clientCertificate: certs.expiredClient });
    expect(at.clientAuthentication).toMatchObject({ accepted: true, verification: "SUCCESS" });
  });
});
