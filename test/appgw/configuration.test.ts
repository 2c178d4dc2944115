// Invalid configurations fail with the property path and, for chain files, the gateway's own error
// names; all problems are reported at once. Also: Bicep's resourceId transcribes verbatim, and the
// X-ARR-ClientCert forwarding header draws a warning.
import { describe, expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import {
  ApplicationGatewayConfigurationError,
  createApplicationGateway,
  resourceId,
  type ApplicationGatewayResource,
  type ConfigurationProblem,
} from "../../harness/appgw/index.ts";
import { committedCertsDir, load } from "../../src/certificates/index.ts";
import { minimalGateway } from "./support/minimal-gateway.ts";

const certs = load(committedCertsDir);
const DEV_CHAIN = certs.devIntermediateCa.pem + certs.rootCa.pem;

type Mutable<T> = T extends readonly (infer U)[]
  ? Mutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Mutable<T[K]> }
    : T;

function problemsOf(
  edit: (resource: Mutable<ApplicationGatewayResource>) => void,
  chains = [DEV_CHAIN],
): ConfigurationProblem[] {
  const { resource, apim } = minimalGateway({ chains });
  const copy = structuredClone(resource) as Mutable<ApplicationGatewayResource>;
  edit(copy);
  try {
    createApplicationGateway(copy, { backends: [apim] });
  } catch (error) {
    expect(error).toBeInstanceOf(ApplicationGatewayConfigurationError);
    return [...(error as ApplicationGatewayConfigurationError).problems];
  }
  return [];
}

const chainProblem = (data: string) =>
  problemsOf(() => undefined, [data]).map((p) => [p.path, p.code]);

describe("trusted client certificate chain files", () => {
  const path = "properties.trustedClientCertificates[0].properties.data";
  it("accepts the seed's chain file", () => {
    expect(chainProblem(DEV_CHAIN)).toEqual([]);
  });
  it("two roots: ...OnlyOneRootCAAllowedInTrustedClientCertificate", async () => {
    const { customTree } = await import("./support/custom-tree.ts");
    const tree = await customTree();
    expect(chainProblem(DEV_CHAIN + tree.chain("foreign-root"))).toEqual([
      [path, "ApplicationGatewayOnlyOneRootCAAllowedInTrustedClientCertificate"],
    ]);
  });
  it("no root (intermediate only): ...OnlyOneRootCAAllowedInTrustedClientCertificate", () => {
    expect(chainProblem(certs.devIntermediateCa.pem)).toEqual([
      [path, "ApplicationGatewayOnlyOneRootCAAllowedInTrustedClientCertificate"],
    ]);
  });
  it("a leaf alone (no BasicConstraints CA:TRUE): ...DoesNotContainAnyCACertificate", () => {
    expect(chainProblem(certs.validClient.pem)).toEqual([
      [path, "ApplicationGatewayTrustedClientCertificateDoesNotContainAnyCACertificate"],
    ]);
  });
  it("a leaf in a chain file is ignored", () => {
    expect(chainProblem(certs.validClient.pem + DEV_CHAIN)).toEqual([]);
  });
  it("a private key: ...MustNotHavePrivateKey", () => {
    expect(chainProblem(DEV_CHAIN + certs.validClient.privateKey!)).toEqual([
      [path, "ApplicationGatewayTrustedClientCertificateMustNotHavePrivateKey"],
    ]);
  });
  it("empty: ...MustSpecifyData; not PEM or empty blocks: ...InvalidData", () => {
    expect(chainProblem("  ")).toEqual([
      [path, "ApplicationGatewayTrustedClientCertificateMustSpecifyData"],
    ]);
    expect(chainProblem(certs.rootCa.base64)).toEqual([
      [path, "ApplicationGatewayTrustedClientCertificateInvalidData"],
    ]);
    expect(chainProblem("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n")).toEqual([
      [path, "ApplicationGatewayTrustedClientCertificateInvalidData"],
    ]);
    expect(chainProblem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")).toEqual([
      [path, "ApplicationGatewayTrustedClientCertificateInvalidData"],
    ]);
  });
  it("more than 25 KB: refused", () => {
    expect(chainProblem(DEV_CHAIN.repeat(12))).toEqual([
      [path, "TrustedClientCertificateFileTooLarge"],
    ]);
  });
});

describe("references and values", () => {
  it("a routing rule referencing a missing listener names the property", () => {
    const problems = problemsOf((r) => {
      r.properties.requestRoutingRules[1]!.properties.httpListener = {
        id: resourceId(
          "Microsoft.Network/applicationGateways/httpListeners",
          "agw-test",
          "mtls-typo",
        ),
      };
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: "properties.requestRoutingRules[1].properties.httpListener.id",
        code: "InvalidReference",
        message: expect.stringContaining("'mtls-typo'"),
      }),
    );
    // And the listener left without a rule is reported too.
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: "properties.httpListeners[1]",
        code: "ListenerWithoutRoutingRule",
      }),
    );
  });

  it("an unknown server variable in a rewrite names the headerValue", () => {
    const problems = problemsOf((r) => {
      r.properties.rewriteRuleSets![0]!.properties.rewriteRules[0]!.actionSet.requestHeaderConfigurations =
        [{ headerName: "X-Client-Certificate", headerValue: "{var_client_certificat}" }];
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: "properties.rewriteRuleSets[0].properties.rewriteRules[0].actionSet.requestHeaderConfigurations[0].headerValue",
        code: "UnknownServerVariable",
      }),
    ]);
  });

  it("a reference of the wrong type, a wrong gateway name, a bad mode, OCSP, an unknown backend: all at once", () => {
    const problems = problemsOf((r) => {
      r.properties.httpListeners[1]!.properties.sslProfile = {
        id: resourceId(
          "Microsoft.Network/applicationGateways/sslCertificates",
          "agw-test",
          "server",
        ),
      };
      r.properties.httpListeners[0]!.properties.frontendPort = {
        id: resourceId(
          "Microsoft.Network/applicationGateways/frontendPorts",
          "other-gateway",
          "https",
        ),
      };
      r.properties.sslProfiles![0]!.properties.clientAuthConfiguration = {
        verifyClientAuthMode: "Lenient" as "Strict",
        verifyClientRevocation: "OCSP",
      };
      r.properties.backendAddressPools[0]!.properties.backendAddresses = [
        { fqdn: "typo.azure-api.net" },
      ];
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual(
      expect.arrayContaining([
        ["properties.httpListeners[1].properties.sslProfile.id", "InvalidReference"],
        ["properties.httpListeners[0].properties.frontendPort.id", "InvalidReference"],
        [
          "properties.sslProfiles[0].properties.clientAuthConfiguration.verifyClientAuthMode",
          "InvalidVerifyClientAuthMode",
        ],
        [
          "properties.sslProfiles[0].properties.clientAuthConfiguration.verifyClientRevocation",
          "NotSimulated",
        ],
        ["properties.backendAddressPools[0].properties.backendAddresses[0].fqdn", "UnknownBackend"],
      ]),
    );
  });

  it("Strict without trusted client certificates, duplicate ports and priorities, an Https listener without certificate", () => {
    const problems = problemsOf((r) => {
      r.properties.sslProfiles![0]!.properties.trustedClientCertificates = [];
      r.properties.frontendPorts[1]!.properties.port = 443;
      r.properties.requestRoutingRules[1]!.properties.priority = 10;
      delete r.properties.httpListeners[0]!.properties.sslCertificate;
    });
    expect(problems.map((p) => [p.path, p.code])).toEqual(
      expect.arrayContaining([
        [
          "properties.sslProfiles[0].properties.trustedClientCertificates",
          "MissingTrustedClientCertificates",
        ],
        ["properties.frontendPorts[1].properties.port", "DuplicatePort"],
        ["properties.requestRoutingRules[1].properties.priority", "DuplicatePriority"],
        ["properties.httpListeners[0].properties.sslCertificate", "MissingProperty"],
      ]),
    );
  });

  it("the error message lists every problem with its path", () => {
    const { resource, apim } = minimalGateway({ chains: [certs.validClient.pem] });
    expect(() => createApplicationGateway(resource, { backends: [apim] })).toThrow(
      /properties\.trustedClientCertificates\[0\]\.properties\.data: ApplicationGatewayTrustedClientCertificateDoesNotContainAnyCACertificate/,
    );
  });
});

describe("transcription and warnings", () => {
  it("resourceId gives ARM ids that resolve, like Bicep's", () => {
    expect(
      resourceId("Microsoft.Network/applicationGateways/frontendPorts", "agw", "port-https"),
    ).toBe(
      "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/applicationGateways/agw/frontendPorts/port-https",
    );
    // Bare names work as well.
    const { resource, apim } = minimalGateway({ chains: [DEV_CHAIN] });
    const bare = structuredClone(resource) as Mutable<ApplicationGatewayResource>;
    bare.properties.httpListeners[0]!.properties.frontendPort = { id: "https" };
    expect(() => createApplicationGateway(bare, { backends: [apim] })).not.toThrow();
  });

  it("X-ARR-ClientCert as the forwarding header: a warning, and on a v2 APIM tier it arrives empty", async () => {
    const apim = createGateway({ deployment: { tier: "StandardV2" } });
    const { resource } = minimalGateway({
      chains: [DEV_CHAIN],
      apim,
      clientAuthConfiguration: { verifyClientAuthMode: "Passthrough" },
    });
    const arr = structuredClone(resource) as Mutable<ApplicationGatewayResource>;
    arr.properties.rewriteRuleSets![0]!.properties.rewriteRules[0]!.actionSet.requestHeaderConfigurations =
      [{ headerName: "X-ARR-ClientCert", headerValue: "{var_client_certificate}" }];
    const gateway = createApplicationGateway(arr, { backends: [apim] });
    expect(gateway.warnings).toEqual([expect.stringContaining("X-ARR-ClientCert")]);
    const result = await gateway.send({ port: 8443, clientCertificate: certs.validClient });
    expect(result.backendRequest?.headers?.["X-ARR-ClientCert"]).toEqual([""]);
  });
});
