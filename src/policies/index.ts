// The one list of policies. Each module under src/policies/ declares its policy once
// (definePolicy: element, sections, builders, XML mapping, rules, reference page); everything
// else derives from POLICIES: the section unions (model/statement.ts), the XML dispatch
// (to-xml.ts), the run-time validation (validate-document.ts), the public exports (src/index.ts
// re-exports this module), the docs pages and the harness's table (a test asserts every kind has
// semantics). Adding a policy: write its module, then add it to both lists below.
import { authenticationBasicPolicy } from "./authentication-basic.ts";
import { authenticationCertificatePolicy } from "./authentication-certificate.ts";
import { authenticationManagedIdentityPolicy } from "./authentication-managed-identity.ts";
import { basePolicy } from "./base.ts";
import { cacheLookupPolicy } from "./cache-lookup.ts";
import { cacheLookupValuePolicy } from "./cache-lookup-value.ts";
import { cacheRemoveValuePolicy } from "./cache-remove-value.ts";
import { cacheStorePolicy } from "./cache-store.ts";
import { cacheStoreValuePolicy } from "./cache-store-value.ts";
import { checkHeaderPolicy } from "./check-header.ts";
import { choosePolicy } from "./choose.ts";
import { corsPolicy } from "./cors.ts";
import { forwardRequestPolicy } from "./forward-request.ts";
import { getAuthorizationContextPolicy } from "./get-authorization-context.ts";
import { includeFragmentPolicy } from "./include-fragment.ts";
import { ipFilterPolicy } from "./ip-filter.ts";
import { quotaPolicy } from "./quota.ts";
import { quotaByKeyPolicy } from "./quota-by-key.ts";
import { rateLimitByKeyPolicy } from "./rate-limit-by-key.ts";
import { rateLimitPolicy } from "./rate-limit.ts";
import { rawXmlPolicy } from "./raw-xml.ts";
import { retryPolicy } from "./retry.ts";
import { proxyPolicy } from "./proxy.ts";
import { waitPolicy } from "./wait.ts";
import { returnResponsePolicy } from "./return-response.ts";
import { rewriteUriPolicy } from "./rewrite-uri.ts";
import { sendRequestPolicy } from "./send-request.ts";
import { setBackendServicePolicy } from "./set-backend-service.ts";
import { setBodyPolicy } from "./set-body.ts";
import { setHeaderPolicy } from "./set-header.ts";
import { setMethodPolicy } from "./set-method.ts";
import { setQueryParameterPolicy } from "./set-query-parameter.ts";
import { setStatusPolicy } from "./set-status.ts";
import { setVariablePolicy } from "./set-variable.ts";
import { tracePolicy } from "./trace.ts";
import { validateClientCertificatePolicy } from "./validate-client-certificate.ts";
import { mockResponsePolicy } from "./mock-response.ts";
import { sendOneWayRequestPolicy } from "./send-one-way-request.ts";
import { logToEventhubPolicy } from "./log-to-eventhub.ts";
import { emitMetricPolicy } from "./emit-metric.ts";
import { findAndReplacePolicy } from "./find-and-replace.ts";
import { limitConcurrencyPolicy } from "./limit-concurrency.ts";
import { jsonToXmlPolicy } from "./json-to-xml.ts";
import { xmlToJsonPolicy } from "./xml-to-json.ts";
import { validateJwtPolicy } from "./validate-jwt.ts";
import { validateAzureAdTokenPolicy } from "./validate-azure-ad-token.ts";
import { llmTokenLimitPolicy } from "./llm-token-limit.ts";
import { azureOpenAiTokenLimitPolicy } from "./azure-openai-token-limit.ts";
import { llmEmitTokenMetricPolicy } from "./llm-emit-token-metric.ts";
import { azureOpenAiEmitTokenMetricPolicy } from "./azure-openai-emit-token-metric.ts";
import type { AnyStatement, PolicyDefinition } from "./define-policy.ts";

export * from "./authentication-basic.ts";
export * from "./authentication-certificate.ts";
export * from "./authentication-managed-identity.ts";
export * from "./base.ts";
export * from "./cache-lookup.ts";
export * from "./cache-lookup-value.ts";
export * from "./cache-remove-value.ts";
export * from "./cache-store.ts";
export * from "./cache-store-value.ts";
export * from "./check-header.ts";
export * from "./choose.ts";
export * from "./cors.ts";
export * from "./forward-request.ts";
export * from "./get-authorization-context.ts";
export * from "./include-fragment.ts";
export * from "./ip-filter.ts";
export * from "./quota.ts";
export * from "./quota-by-key.ts";
export * from "./rate-limit-by-key.ts";
export * from "./rate-limit.ts";
export * from "./raw-xml.ts";
export * from "./retry.ts";
export * from "./proxy.ts";
export * from "./wait.ts";
export * from "./return-response.ts";
export * from "./rewrite-uri.ts";
export * from "./send-request.ts";
export * from "./set-backend-service.ts";
export * from "./set-body.ts";
export * from "./set-header.ts";
export * from "./set-method.ts";
export * from "./set-query-parameter.ts";
export * from "./set-status.ts";
export * from "./set-variable.ts";
export * from "./trace.ts";
export * from "./validate-client-certificate.ts";
export * from "./mock-response.ts";
export * from "./send-one-way-request.ts";
export * from "./log-to-eventhub.ts";
export * from "./emit-metric.ts";
export * from "./find-and-replace.ts";
export * from "./limit-concurrency.ts";
export * from "./json-to-xml.ts";
export * from "./xml-to-json.ts";
export * from "./validate-jwt.ts";
export * from "./validate-azure-ad-token.ts";
export * from "./token-limit-attributes.ts";
export * from "./llm-token-limit.ts";
export * from "./azure-openai-token-limit.ts";
export * from "./token-metric-attributes.ts";
export * from "./llm-emit-token-metric.ts";
export * from "./azure-openai-emit-token-metric.ts";
export type { PolicyDefinition } from "./define-policy.ts";

/** Every policy apim-ts has a builder for, in element order. */
export const POLICIES = [
  authenticationBasicPolicy,
  authenticationCertificatePolicy,
  authenticationManagedIdentityPolicy,
  basePolicy,
  cacheLookupPolicy,
  cacheLookupValuePolicy,
  cacheRemoveValuePolicy,
  cacheStorePolicy,
  cacheStoreValuePolicy,
  checkHeaderPolicy,
  choosePolicy,
  corsPolicy,
  forwardRequestPolicy,
  getAuthorizationContextPolicy,
  includeFragmentPolicy,
  ipFilterPolicy,
  quotaPolicy,
  quotaByKeyPolicy,
  rateLimitByKeyPolicy,
  rateLimitPolicy,
  rawXmlPolicy,
  retryPolicy,
  proxyPolicy,
  waitPolicy,
  returnResponsePolicy,
  rewriteUriPolicy,
  sendRequestPolicy,
  setBackendServicePolicy,
  setBodyPolicy,
  setHeaderPolicy,
  setMethodPolicy,
  setQueryParameterPolicy,
  setStatusPolicy,
  setVariablePolicy,
  tracePolicy,
  validateClientCertificatePolicy,
  mockResponsePolicy,
  sendOneWayRequestPolicy,
  logToEventhubPolicy,
  emitMetricPolicy,
  findAndReplacePolicy,
  limitConcurrencyPolicy,
  jsonToXmlPolicy,
  xmlToJsonPolicy,
  validateJwtPolicy,
  validateAzureAdTokenPolicy,
  llmTokenLimitPolicy,
  azureOpenAiTokenLimitPolicy,
  llmEmitTokenMetricPolicy,
  azureOpenAiEmitTokenMetricPolicy,
] as const;

const BY_ELEMENT: ReadonlyMap<string, PolicyDefinition<AnyStatement>> = new Map(
  POLICIES.map((definition) => [
    definition.element,
    definition as unknown as PolicyDefinition<AnyStatement>,
  ]),
);

/** The definition of a statement kind, or undefined for a kind apim-ts does not know. */
export function policyDefinition(kind: string): PolicyDefinition<AnyStatement> | undefined {
  return BY_ELEMENT.get(kind);
}
