// Real TLS on loopback: the seed's topology served on 127.0.0.1, called by Node's https client with
// the client certificates from certs/ (key + PEM) and, for the reference sample, its .pfx files.
// Each outcome must equal the in-memory `send` for the same case.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CERTIFICATE_ERROR_TEXT,
  GATEWAY_SERVER_HEADER,
  listen,
  NO_REQUIRED_CERTIFICATE_TEXT,
  requestOverTls,
  SEED_MTLS_PORT,
  type LoopbackGateway,
} from "../../harness/appgw/index.ts";
import type { CertificateFolder, CertificateHandle } from "../../src/certificates/index.ts";
import {
  certificateFolders,
  reasonOf,
  seedTopology,
  type Topology,
} from "./support/seed-topology.ts";

interface Case {
  readonly name: string;
  readonly certificate?: (f: CertificateFolder) => CertificateHandle;
  /** What the client gets: status, and the gateway page's text or APIM's trace reason. */
  readonly strict: [number, string | null];
  readonly passthrough: [number, string | null];
}

const CASES: Case[] = [
  { name: "none", strict: [400, NO_REQUIRED_CERTIFICATE_TEXT], passthrough: [401, "NotFound"] },
  {
    name: "Valid Client",
    certificate: (f) => f.validClient,
    strict: [200, null],
    passthrough: [200, null],
  },
  {
    name: "Untrusted Client",
    certificate: (f) => f.untrustedClient,
    strict: [400, CERTIFICATE_ERROR_TEXT],
    passthrough: [401, "NotTrusted"],
  },
  {
    name: "Expired Client",
    certificate: (f) => f.expiredClient,
    strict: [400, CERTIFICATE_ERROR_TEXT],
    passthrough: [401, "Expired"],
  },
];

function credentials(handle: CertificateHandle | undefined): {
  key?: string;
  cert?: string;
  pfx?: Uint8Array;
  passphrase?: string;
} {
  if (!handle) return {};
  // The generated tree has key files; the reference sample only its .pfx (leaf + chain, password from its README).
  if (handle.privateKey) return { key: handle.privateKey, cert: handle.pem };
  return { pfx: handle.pfx, passphrase: "P@ssw0rd" };
}

for (const [folderName, folder] of certificateFolders()) {
  describe(`real TLS on 127.0.0.1, ${folderName}`, () => {
    const running: {
      mode: "Strict" | "Passthrough";
      topology: Topology;
      loopback: LoopbackGateway;
    }[] = [];
    beforeAll(async () => {
      for (const mode of ["Strict", "Passthrough"] as const) {
        const topology = seedTopology(folder, { verifyClientAuthMode: mode });
        running.push({
          mode,
          topology,
          loopback: await listen(topology.gateway, { timeoutMs: 15_000 }),
        });
      }
    });
    afterAll(async () => {
      await Promise.all(running.map((r) => r.loopback.close()));
    });

    for (const mode of ["Strict", "Passthrough"] as const) {
      for (const testCase of CASES) {
        it(`${mode}, ${testCase.name}: same answer over TLS as in memory`, async () => {
          const { topology, loopback } = running.find((r) => r.mode === mode)!;
          const handle = testCase.certificate?.(folder);
          const response = await requestOverTls(
            loopback.url("mtls-listener", "/validate-from-agw"),
            // The first request warms the gateway up: allow for a loaded machine.
            { ca: loopback.serverCertificatePem, ...credentials(handle), timeoutMs: 30_000 },
          );
          const [status, text] = mode === "Strict" ? testCase.strict : testCase.passthrough;
          expect(response.status).toBe(status);
          if (status === 400) {
            expect(response.headers.server).toBe(GATEWAY_SERVER_HEADER);
            expect(response.body).toContain(text);
          }
          const inMemory = await topology.gateway.send({
            url: `https://agw-mtls-sample:${SEED_MTLS_PORT}/validate-from-agw`,
            clientCertificate: handle,
          });
          expect(inMemory.status).toBe(response.status);
          if (status === 401) expect(reasonOf(inMemory)).toBe(text);
        });
      }
    }

    it("HTTPS listener, forged X-Client-Certificate without a certificate: 401 (the rewrite deletes it)", async () => {
      const { loopback } = running.find((r) => r.mode === "Strict")!;
      const response = await requestOverTls(loopback.url("https-listener", "/validate-from-agw"), {
        ca: loopback.serverCertificatePem,
        headers: { "X-Client-Certificate": folder.validClient.asAgwHeader() },
      });
      expect(response.status).toBe(401);
    });

    it("Strict, issuer-DN check off: Untrusted Client sending its TST intermediate in the handshake reaches APIM", async () => {
      const handle = folder.untrustedClient;
      const topology = seedTopology(folder, { verifyClientCertIssuerDN: false });
      const loopback = await listen(topology.gateway);
      try {
        const sent = handle.privateKey
          ? { key: handle.privateKey, cert: handle.pem + folder.tstIntermediateCa.pem }
          : credentials(handle); // the reference .pfx already carries the chain
        const response = await requestOverTls(loopback.url("mtls-listener", "/validate-from-agw"), {
          ca: loopback.serverCertificatePem,
          ...sent,
        });
        expect(response.status).toBe(401);
        expect(response.headers.server).not.toBe(GATEWAY_SERVER_HEADER);
      } finally {
        await loopback.close();
      }
    });

    it("the health probe path answers 200 over TLS", async () => {
      const { loopback } = running[0]!;
      const response = await requestOverTls(
        loopback.url("https-listener", "/status-0123456789abcdef"),
        { ca: loopback.serverCertificatePem },
      );
      expect(response.status).toBe(200);
    });
  });
}
