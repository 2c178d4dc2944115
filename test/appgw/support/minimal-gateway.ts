// Test support: the smallest gateway resource with one mTLS listener (port 8443) and one plain
// HTTPS listener (443) in front of a policy-less APIM, for tests about chains, modes and config.
import { createGateway, type ApimGateway } from "apim-ts/harness";
import {
  resourceId,
  type ApplicationGatewayResource,
  type ClientAuthConfiguration,
} from "../../../harness/appgw/index.ts";

const NAME = "agw-test";

export interface MinimalOptions {
  /** Chain files (PEM); each becomes a trustedClientCertificates entry, referenced by the profile in this order. */
  readonly chains: readonly string[];
  readonly clientAuthConfiguration?: ClientAuthConfiguration;
  readonly apim?: ApimGateway;
}

export function minimalGateway(options: MinimalOptions): {
  resource: ApplicationGatewayResource;
  apim: ApimGateway;
} {
  const apim = options.apim ?? createGateway();
  const id = (type: string, name: string) => ({
    id: resourceId(`Microsoft.Network/applicationGateways/${type}`, NAME, name),
  });
  const resource: ApplicationGatewayResource = {
    name: NAME,
    properties: {
      sku: { name: "Standard_v2", tier: "Standard_v2" },
      frontendPorts: [
        { name: "https", properties: { port: 443 } },
        { name: "mtls", properties: { port: 8443 } },
      ],
      sslCertificates: [{ name: "server", properties: { data: "MIIC...", password: "" } }],
      trustedClientCertificates: options.chains.map((data, index) => ({
        name: `chain-${index}`,
        properties: { data },
      })),
      sslProfiles: [
        {
          name: "mtls",
          properties: {
            clientAuthConfiguration: options.clientAuthConfiguration ?? {
              verifyClientAuthMode: "Strict",
              verifyClientCertIssuerDN: false,
            },
            trustedClientCertificates: options.chains.map((_data, index) =>
              id("trustedClientCertificates", `chain-${index}`),
            ),
          },
        },
      ],
      httpListeners: [
        {
          name: "https",
          properties: {
            protocol: "Https",
            frontendPort: id("frontendPorts", "https"),
            sslCertificate: id("sslCertificates", "server"),
          },
        },
        {
          name: "mtls",
          properties: {
            protocol: "Https",
            frontendPort: id("frontendPorts", "mtls"),
            sslCertificate: id("sslCertificates", "server"),
            sslProfile: id("sslProfiles", "mtls"),
          },
        },
      ],
      backendAddressPools: [
        { name: "apim", properties: { backendAddresses: [{ fqdn: apim.host }] } },
      ],
      backendHttpSettingsCollection: [
        { name: "apim", properties: { port: 443, protocol: "Https", hostName: apim.host } },
      ],
      rewriteRuleSets: [
        {
          name: "forward",
          properties: {
            rewriteRules: [
              {
                name: "certificate",
                ruleSequence: 100,
                actionSet: {
                  requestHeaderConfigurations: [
                    { headerName: "X-Client-Certificate", headerValue: "{var_client_certificate}" },
                  ],
                },
              },
            ],
          },
        },
      ],
      requestRoutingRules: [
        {
          name: "https",
          properties: {
            priority: 10,
            ruleType: "Basic",
            httpListener: id("httpListeners", "https"),
            backendAddressPool: id("backendAddressPools", "apim"),
            backendHttpSettings: id("backendHttpSettingsCollection", "apim"),
          },
        },
        {
          name: "mtls",
          properties: {
            priority: 20,
            ruleType: "Basic",
            httpListener: id("httpListeners", "mtls"),
            backendAddressPool: id("backendAddressPools", "apim"),
            backendHttpSettings: id("backendHttpSettingsCollection", "apim"),
            rewriteRuleSet: id("rewriteRuleSets", "forward"),
          },
        },
      ],
    },
  };
  return { resource, apim };
}
