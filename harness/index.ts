// apim-ts/harness: the simulated APIM gateway and the vitest helpers that test policies against it.
export { ApimGateway, createGateway } from "./apim/gateway.ts";
export type {
  GatewayOptions,
  GatewayRequest,
  DeploymentOptions,
  Tier,
  ScopeName,
  ScopePolicies,
  OutgoingRequest,
  MockResponse,
  MockHandler,
  ApiOptions,
  OperationOptions,
  OperationResponse,
  OperationRepresentation,
  TracingOptions,
  ProxySettings,
} from "./apim/gateway-options.ts";
export { SCOPES, requestClientCertificates, tierHasCaStore } from "./apim/gateway-options.ts";
export type { ManagedIdentity, ManagedIdentityOptions } from "./apim/gateway-options.ts";
export type { CredentialConnection, CredentialManagerOptions } from "./apim/gateway-options.ts";
export { fakeTokenClaims } from "./apim/managed-identity.ts";
export { CertificateInputError } from "./apim/certificate-input.ts";
export { VirtualClock, DEFAULT_INSTANT } from "./apim/clock.ts";
export type { ClockOptions, Duration } from "./apim/clock.ts";
export type { CertificateInput, UploadedCertificate } from "./apim/certificate-input.ts";
export type { SendResult } from "./apim/result.ts";
export type {
  BackendEntity,
  BackendPoolItem,
  BackendsOptions,
  CircuitBreakerFailureCondition,
  CircuitBreakerRule,
  PoolBackend,
  SingleBackend,
  StatusCodeRange,
} from "./apim/backends/backend-options.ts";
export type { CircuitState } from "./apim/backends/circuit-breaker.ts";
export type {
  LastErrorRecord,
  TraceRecord,
  EvaluationRecord,
  ExpressionException,
  LogEntry,
  Location,
  EventHubEventRecord,
  MetricRecord,
  OneWayRequestRecord,
} from "./apim/records.ts";
export type { TypedValue } from "./apim/csharp-values.ts";
export { HarnessRefusal } from "./apim/harness-refusal.ts";
export { chatCompletionsBackend } from "./apim/chat-completions-backend.ts";
export type {
  ChatCompletionsOptions,
  ChatCompletionUsage,
} from "./apim/chat-completions-backend.ts";
export { setTranslatorForHarness } from "./apim/translation-check.ts";
export type { TranslateExpressionFunction, TranslationVerdict } from "./apim/translation-check.ts";

// The project's apim-ts.config.json (named values for createGateway, and the rest).
export {
  loadProjectConfig,
  ProjectConfigError,
  PROJECT_CONFIG_FILE,
} from "../src/config/project-config.ts";
export type { ProjectConfig } from "../src/config/project-config.ts";

// vitest helpers (the matchers register themselves when imported under vitest)
export {
  installApimMatchers,
  apimMatchers,
  rejectionReason,
  rejectionReasons,
  scenarios,
} from "./vitest/index.ts";
export type { ReasonPlace } from "./vitest/index.ts";
export type { TraceExpectation, BackendExpectation, ScenarioRow } from "./vitest/index.ts";

// Test tokens for validate-jwt (jose-signed, fixed test keys, minted on the virtual clock).
export { mintJwt, testTokens, rsaPublicKey } from "./apim/jwt/mint.ts";
export type { MintJwtOptions, MintKey, TestTokens } from "./apim/jwt/mint.ts";
export { TEST_RSA_KEYS, TEST_SYMMETRIC_KEYS } from "./apim/jwt/test-keys.ts";
// A fake Microsoft Entra ID issuer (discovery document, JWKS, v1/v2 tokens) for validate-azure-ad-token.
export { fakeEntraIssuer } from "./apim/jwt/fake-entra-issuer.ts";
export type {
  EntraTokenOptions,
  FakeEntraIssuer,
  FakeEntraIssuerOptions,
} from "./apim/jwt/fake-entra-issuer.ts";
