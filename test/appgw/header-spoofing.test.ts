// docs/scenarios.md section 2, header spoofing: a client without a certificate sends X-Client-Certificate
// with Valid Client's value. The gateway's rewrite rules stop it on both listeners; going straight
// to APIM is the hole the article warns about, closed by letting APIM accept only the gateway's
// address. The security check finds exactly those paths.
import { describe, expect, it } from "vitest";
import { NO_REQUIRED_CERTIFICATE_TEXT, SEED_MTLS_PORT } from "../../harness/appgw/index.ts";
import { checkHeaderSpoofing } from "../../harness/appgw/security-check.ts";
import { certificateFolders, reasonOf, seedTopology } from "./support/seed-topology.ts";
import { GATEWAY_IP, onlyFromTheGateway } from "./support/section-2-tables.ts";

for (const [folderName, folder] of certificateFolders()) {
  describe(`header spoofing, ${folderName}`, () => {
    const forged = () => ({ "X-Client-Certificate": folder.validClient.asAgwHeader() });

    it("HTTPS listener (443), no certificate → 401 NotFound: the listener's rewrite deletes the header", async () => {
      const { gateway } = seedTopology(folder);
      const result = await gateway.send({
        url: "https://agw-mtls-sample/validate-from-agw",
        headers: forged(),
      });
      expect(result.listener).toBe("https-listener");
      expect([result.status, reasonOf(result)]).toEqual([401, "NotFound"]);
      expect(result.backend?.backendCalls).toHaveLength(0);
      expect(result.rewrites).toEqual([
        {
          rule: "Remove Client certificate HTTP header",
          header: "X-Client-Certificate",
          value: null,
        },
      ]);
      expect(
        Object.keys(result.backendRequest!.headers ?? {}).map((h) => h.toLowerCase()),
      ).not.toContain("x-client-certificate");
    });

    it("mTLS listener, Strict, no certificate → 400 No required SSL certificate was sent", async () => {
      const { gateway } = seedTopology(folder);
      const result = await gateway.send({
        url: `https://agw-mtls-sample:${SEED_MTLS_PORT}/validate-from-agw`,
        headers: forged(),
      });
      expect(result.status).toBe(400);
      expect(result.body).toContain(NO_REQUIRED_CERTIFICATE_TEXT);
      expect(result.backend).toBeNull();
    });

    it("mTLS listener, Passthrough, no certificate → 401 NotFound: the empty {var_client_certificate} removes the header", async () => {
      const { gateway } = seedTopology(folder, { verifyClientAuthMode: "Passthrough" });
      const result = await gateway.send({
        url: `https://agw-mtls-sample:${SEED_MTLS_PORT}/validate-from-agw`,
        headers: forged(),
      });
      expect([result.status, reasonOf(result)]).toEqual([401, "NotFound"]);
      expect(result.serverVariables?.client_certificate_verification).toBe("NONE");
      expect(result.rewrites).toEqual([
        {
          rule: "Add Client certificate to HTTP header",
          header: "X-Client-Certificate",
          value: null,
        },
      ]);
    });

    it("directly to APIM, bypassing the gateway → 200: the hole", async () => {
      const { apim } = seedTopology(folder);
      const result = await apim.send({ url: "/validate-from-agw", headers: forged() });
      expect(result.status).toBe(200);
    });

    it("HTTPS listener without the strip rule → 200: the hole again", async () => {
      const { gateway } = seedTopology(folder, { stripClientCertificateHeaderOnHttps: false });
      const result = await gateway.send({
        url: "https://agw-mtls-sample/validate-from-agw",
        headers: forged(),
      });
      expect(result.status).toBe(200);
      expect(result.rewrites).toEqual([]);
    });

    it("the fix: APIM accepts only the gateway's address → direct 403, through the gateway unchanged", async () => {
      const { apim, gateway } = seedTopology(folder, { global: onlyFromTheGateway });
      const direct = await apim.send({
        url: "/validate-from-agw",
        headers: forged(),
        ipAddress: "198.51.100.7",
      });
      expect(direct.status).toBe(403);
      const valid = await gateway.send({
        url: `https://agw-mtls-sample:${SEED_MTLS_PORT}/validate-from-agw`,
        clientCertificate: folder.validClient,
      });
      expect(valid.status).toBe(200);
      expect(valid.backendRequest?.ipAddress).toBe(GATEWAY_IP);
      const spoofed = await gateway.send({
        url: "https://agw-mtls-sample/validate-from-agw",
        headers: forged(),
      });
      expect([spoofed.status, reasonOf(spoofed)]).toEqual([401, "NotFound"]);
    });

    describe("security check", () => {
      const check = async (options: Parameters<typeof seedTopology>[1]) => {
        const { apim, gateway } = seedTopology(folder, options);
        return checkHeaderSpoofing(gateway, {
          forgedValue: folder.validClient.asAgwHeader(),
          path: "/validate-from-agw",
          apim,
        });
      };

      it("the seed's configuration: only the direct path accepts a forged identity", async () => {
        const report = await check({});
        expect(report.vulnerable).toEqual(["directly to APIM"]);
        expect(report.paths.map((p) => [p.path, p.status])).toEqual([
          ["listener https-listener (port 443)", 401],
          ["listener mtls-listener (port 53029)", 400],
          ["directly to APIM", 200],
        ]);
      });

      it("with APIM restricted to the gateway: nothing", async () => {
        expect((await check({ global: onlyFromTheGateway })).vulnerable).toEqual([]);
      });

      it("without the strip rule: the HTTPS listener too", async () => {
        expect((await check({ stripClientCertificateHeaderOnHttps: false })).vulnerable).toEqual([
          "listener https-listener (port 443)",
          "directly to APIM",
        ]);
      });

      it("Passthrough: the rewrite still removes the forged header", async () => {
        expect((await check({ verifyClientAuthMode: "Passthrough" })).vulnerable).toEqual([
          "directly to APIM",
        ]);
      });
    });
  });
}
