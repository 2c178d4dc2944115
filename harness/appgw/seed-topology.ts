// The seed article's Application Gateway, transcribed from the sample's Bicep
// (infra/02-platform/modules/application-gateway.bicep of ronaldbosma/mtls-with-apim) with the
// article's final rewrite rules: the mTLS listener forwards `{var_client_certificate}` in
// X-Client-Certificate and the HTTPS listener deletes that header. The knobs are the scenarios'
// variations (mode, issuer-DN check, the strip rule). It doubles as the README's worked example.
import type { ApplicationGatewayResource, VerifyClientAuthMode } from "./configuration.ts";
import { resourceId } from "./configuration.ts";

/** The variations docs/scenarios.md exercises. */
export interface SeedGatewayOptions {
  /** The APIM host name the backend pool points at (`apim.host`). */
  readonly apiManagementFqdn: string;
  /** The trusted chain file's content (`certs/dev-intermediate-ca-with-root-ca.cer`). */
  readonly trustedClientCertificateData: string;
  /** Default "Strict". */
  readonly verifyClientAuthMode?: VerifyClientAuthMode;
  /** Default true, as in the sample. */
  readonly verifyClientCertIssuerDN?: boolean;
  /** The HTTPS listener's rule that deletes a forged X-Client-Certificate. Default true. */
  readonly stripClientCertificateHeaderOnHttps?: boolean;
  /** The header the mTLS listener forwards the certificate in. Default "X-Client-Certificate". */
  readonly clientCertificateHeader?: string;
  /** Default "agw-mtls-sample". */
  readonly applicationGatewayName?: string;
}

/** The mTLS listener's port in the sample. */
export const SEED_MTLS_PORT = 53029;

/** The seed's gateway resource. */
export function seedApplicationGateway(options: SeedGatewayOptions): ApplicationGatewayResource {
  const applicationGatewayName = options.applicationGatewayName ?? "agw-mtls-sample";
  const header = options.clientCertificateHeader ?? "X-Client-Certificate";
  const httpsRewrite = options.stripClientCertificateHeaderOnHttps ?? true;
  return {
    name: applicationGatewayName,
    properties: {
      sku: { name: "Standard_v2", tier: "Standard_v2" },
      enableHttp2: false,
      frontendPorts: [
        { name: "port-https", properties: { port: 443 } },
        { name: "port-mtls", properties: { port: SEED_MTLS_PORT } },
      ],
      sslCertificates: [
        {
          name: "agw-ssl-certificate",
          properties: {
            keyVaultSecretId: "https://kv.vault.azure.net/secrets/agw-ssl-server-certificate",
          },
        },
      ],
      trustedClientCertificates: [
        {
          name: "intermediate-ca-with-root-ca",
          properties: { data: options.trustedClientCertificateData },
        },
      ],
      sslProfiles: [
        {
          name: "mtls-ssl-profile",
          properties: {
            clientAuthConfiguration: {
              verifyClientAuthMode: options.verifyClientAuthMode ?? "Strict",
              verifyClientCertIssuerDN: options.verifyClientCertIssuerDN ?? true,
            },
            trustedClientCertificates: [
              {
                id: resourceId(
                  "Microsoft.Network/applicationGateways/trustedClientCertificates",
                  applicationGatewayName,
                  "intermediate-ca-with-root-ca",
                ),
              },
            ],
          },
        },
      ],
      httpListeners: [
        {
          name: "https-listener",
          properties: {
            protocol: "Https",
            hostName: applicationGatewayName,
            frontendPort: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/frontendPorts",
                applicationGatewayName,
                "port-https",
              ),
            },
            sslCertificate: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/sslCertificates",
                applicationGatewayName,
                "agw-ssl-certificate",
              ),
            },
          },
        },
        {
          name: "mtls-listener",
          properties: {
            protocol: "Https",
            hostName: applicationGatewayName,
            frontendPort: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/frontendPorts",
                applicationGatewayName,
                "port-mtls",
              ),
            },
            sslCertificate: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/sslCertificates",
                applicationGatewayName,
                "agw-ssl-certificate",
              ),
            },
            sslProfile: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/sslProfiles",
                applicationGatewayName,
                "mtls-ssl-profile",
              ),
            },
          },
        },
      ],
      backendAddressPools: [
        {
          name: "apim-gateway-backend-pool",
          properties: { backendAddresses: [{ fqdn: options.apiManagementFqdn }] },
        },
      ],
      probes: [
        {
          name: "apim-gateway-probe",
          properties: {
            pickHostNameFromBackendHttpSettings: true,
            interval: 30,
            timeout: 30,
            path: "/status-0123456789abcdef",
            protocol: "Https",
            unhealthyThreshold: 3,
            match: { statusCodes: ["200-399"] },
          },
        },
      ],
      backendHttpSettingsCollection: [
        {
          name: "apim-gateway-backend-settings",
          properties: {
            port: 443,
            protocol: "Https",
            cookieBasedAffinity: "Disabled",
            hostName: options.apiManagementFqdn,
            requestTimeout: 20,
            probe: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/probes",
                applicationGatewayName,
                "apim-gateway-probe",
              ),
            },
          },
        },
      ],
      rewriteRuleSets: [
        {
          name: "mtls-rewrite-rules",
          properties: {
            rewriteRules: [
              {
                ruleSequence: 100,
                conditions: [],
                name: "Add Client certificate to HTTP header",
                actionSet: {
                  requestHeaderConfigurations: [
                    { headerName: header, headerValue: "{var_client_certificate}" },
                  ],
                  responseHeaderConfigurations: [],
                },
              },
            ],
          },
        },
        {
          name: "https-rewrite-rules",
          properties: {
            rewriteRules: [
              {
                ruleSequence: 100,
                conditions: [],
                name: "Remove Client certificate HTTP header",
                // An empty value deletes the header: a client cannot forge it through this listener.
                actionSet: {
                  requestHeaderConfigurations: [{ headerName: header, headerValue: "" }],
                  responseHeaderConfigurations: [],
                },
              },
            ],
          },
        },
      ],
      requestRoutingRules: [
        {
          name: "apim-https-routing-rule",
          properties: {
            priority: 10,
            ruleType: "Basic",
            httpListener: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/httpListeners",
                applicationGatewayName,
                "https-listener",
              ),
            },
            ...(httpsRewrite
              ? {
                  rewriteRuleSet: {
                    id: resourceId(
                      "Microsoft.Network/applicationGateways/rewriteRuleSets",
                      applicationGatewayName,
                      "https-rewrite-rules",
                    ),
                  },
                }
              : {}),
            backendAddressPool: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/backendAddressPools",
                applicationGatewayName,
                "apim-gateway-backend-pool",
              ),
            },
            backendHttpSettings: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/backendHttpSettingsCollection",
                applicationGatewayName,
                "apim-gateway-backend-settings",
              ),
            },
          },
        },
        {
          name: "apim-mtls-routing-rule",
          properties: {
            priority: 30,
            ruleType: "Basic",
            httpListener: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/httpListeners",
                applicationGatewayName,
                "mtls-listener",
              ),
            },
            rewriteRuleSet: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/rewriteRuleSets",
                applicationGatewayName,
                "mtls-rewrite-rules",
              ),
            },
            backendAddressPool: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/backendAddressPools",
                applicationGatewayName,
                "apim-gateway-backend-pool",
              ),
            },
            backendHttpSettings: {
              id: resourceId(
                "Microsoft.Network/applicationGateways/backendHttpSettingsCollection",
                applicationGatewayName,
                "apim-gateway-backend-settings",
              ),
            },
          },
        },
      ],
    },
  };
}
