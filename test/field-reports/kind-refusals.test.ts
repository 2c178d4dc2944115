// Kind 5 of issue 14 (field report 13): what the service refuses, the harness refuses, with an
// error naming the argument and what was expected; what it accepts but does not use is a warning.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { base, policy, returnResponse, setStatus } from "apim-ts";
import { certs, committedCertsDir } from "apim-ts/certificates";
import { createGateway, type GatewayOptions } from "apim-ts/harness";
import { createApplicationGateway, seedApplicationGateway } from "apim-ts/appgw";

describe("refusals", () => {
  // Rewrite HTTP headers and URL with Application Gateway: "You can rewrite all headers in requests
  // and responses, except for the Connection and Upgrade headers."
  it("Application Gateway refuses a response rewrite of Upgrade, naming the rule", () => {
    const apim = createGateway({});
    const resource = seedApplicationGateway({
      apiManagementFqdn: apim.host,
      trustedClientCertificateData: readFileSync(
        join(committedCertsDir, "dev-intermediate-ca-with-root-ca.cer"),
        "utf8",
      ),
    });
    const actionSet = resource.properties.rewriteRuleSets![0]!.properties.rewriteRules![0]!
      .actionSet! as {
      responseHeaderConfigurations?: { headerName: string; headerValue: string }[];
    };
    actionSet.responseHeaderConfigurations = [
      ...(actionSet.responseHeaderConfigurations ?? []),
      { headerName: "upgrade", headerValue: "h2c" },
    ];
    expect(() => createApplicationGateway(resource, { backends: [apim] })).toThrow(
      /responseHeaderConfigurations\[\d+\]\.headerName: HeaderNotRewritable: 'upgrade' cannot be rewritten/,
    );
  });

  it("createGateway refuses an option that does not exist, naming it", () => {
    expect(() =>
      createGateway({
        deployment: { negotiateClientCertifcate: true },
      } as unknown as GatewayOptions),
    ).toThrow(/createGateway\(\)\.deployment: there is no option 'negotiateClientCertifcate'/);
    expect(() => createGateway({ backendd: () => ({}) } as unknown as GatewayOptions)).toThrow(
      /there is no option 'backendd'/,
    );
    expect(() =>
      createGateway({ deployment: { tier: "Free" } } as unknown as GatewayOptions),
    ).toThrow(/deployment.tier 'Free' is not one of/);
  });

  it("send refuses an option that does not exist", async () => {
    await expect(
      createGateway({}).send({ clientCert: certs.validClient } as never),
    ).rejects.toThrow(/send\(\): there is no option 'clientCert'/);
  });

  // azure-docs#122775: the v2 tiers (and Consumption) have no CA store; configured CA certificates are
  // not used, which the gateway says in every result rather than ignore silently.
  it("CA certificates on Consumption are a warning on the gateway and in every result", async () => {
    const apim = createGateway({
      deployment: { tier: "Consumption", caCertificates: [certs.rootCa] },
    });
    expect(apim.deploymentWarnings).toEqual([
      expect.stringMatching(/the Consumption tier has no CA certificate store/),
    ]);
    expect((await apim.send()).warnings).toEqual(apim.deploymentWarnings);
    expect(
      createGateway({ deployment: { caCertificates: [certs.rootCa] } }).deploymentWarnings,
    ).toEqual([]);
  });

  it("a malformed uploaded certificate names its place in the deployment", () => {
    expect(() =>
      createGateway({ deployment: { certificates: [certs.validClient, "garbage"] } }),
    ).toThrow(
      /createGateway\(\): deployment\.certificates\[1\]: expected an X\.509 certificate .*got text that is not PEM/,
    );
    expect(() =>
      createGateway({
        deployment: {
          caCertificates: [{ id: "x", certificate: new Uint8Array([48, 3, 1, 2, 3]) }],
        },
      }),
    ).toThrow(/deployment\.caCertificates\[0\]\.certificate: expected an X\.509 certificate/);
  });

  // A reason phrase is one line of the status line (RFC 9112 §4); a literal one is refused by the
  // builder, one computed at run time by the harness (the docs do not say what APIM does).
  it("set-status: a reason computed with a line break is refused", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [base(), returnResponse([setStatus(400, (c) => `bad\r\n${c.Request.Method}`)])],
        }),
      },
    });
    await expect(apim.send()).rejects.toThrow(/set-status reason: .* contains CR or LF/);
  });
});
