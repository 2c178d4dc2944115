// apim-ts/harness Application Gateway model: the Bicep-shaped configuration, the simulated gateway
// (in memory and over real TLS on loopback), and the seed's topology.
export { ApplicationGateway, createApplicationGateway } from "./application-gateway.ts";
export type { ApplicationGatewayOptions, ListenerRequest } from "./application-gateway.ts";
export type {
  ApplicationGatewayRequest,
  ApplicationGatewayResult,
  AnsweredBy,
} from "./request-types.ts";
export { resourceId } from "./configuration.ts";
export type * from "./configuration.ts";
export { ApplicationGatewayConfigurationError } from "./configuration-error.ts";
export type { ConfigurationProblem } from "./configuration-error.ts";
export type { BackendTarget } from "./compile-configuration.ts";
export type { ClientAuthenticationOutcome, CertificateRejection } from "./client-authentication.ts";
export { SERVER_VARIABLES, clientCertificateVariable } from "./server-variables.ts";
export type {
  ServerVariables,
  ServerVariableName,
  ClientCertificateVerification,
} from "./server-variables.ts";
export type { AppliedRewrite } from "./rewrite-rules.ts";
export {
  GATEWAY_SERVER_HEADER,
  NO_REQUIRED_CERTIFICATE_TEXT,
  CERTIFICATE_ERROR_TEXT,
} from "./error-pages.ts";
export { APIM_STATUS_PATH } from "./health-probe.ts";
export type { ProbeResult } from "./health-probe.ts";
export { TRUSTED_CLIENT_CERTIFICATE_LIMITS } from "./trusted-client-certificates.ts";
export { seedApplicationGateway, SEED_MTLS_PORT } from "./seed-topology.ts";
export type { SeedGatewayOptions } from "./seed-topology.ts";
export { checkHeaderSpoofing } from "./security-check.ts";
export type { SpoofingCheckOptions, SpoofingPath } from "./security-check.ts";
export { listen } from "./loopback.ts";
export type { LoopbackGateway, LoopbackListener, LoopbackOptions } from "./loopback.ts";
export { requestOverTls } from "./loopback-client.ts";
export type { TlsRequestOptions, TlsResponse } from "./loopback-client.ts";
