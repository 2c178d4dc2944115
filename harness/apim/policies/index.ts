// The table statement kind → harness semantics, keyed by the kinds of the one list of policies
// (src/policies/index.ts). Typed, so a listed kind without a handler fails to compile here, and
// test/policies/policy-list.test.ts checks the same at run time.
import type { Statement } from "../../../src/model/statement.ts";
import { installHandlers, type PolicyHandler } from "../policy-run.ts";
import { runAuthenticationBasic } from "./authentication-basic.ts";
import { runAuthenticationCertificate } from "./authentication-certificate.ts";
import { runAuthenticationManagedIdentity } from "./authentication-managed-identity.ts";
import { runBase } from "./base.ts";
import { runCheckHeader } from "./check-header.ts";
import { runChoose } from "./choose.ts";
import { runCors } from "./cors.ts";
import { runGetAuthorizationContext } from "./get-authorization-context.ts";
import { runForwardRequest } from "./forward-request.ts";
import { runIncludeFragment } from "./include-fragment.ts";
import { runIpFilter } from "./ip-filter.ts";
import { runRateLimit } from "./rate-limit.ts";
import { runRawXml } from "./raw-xml.ts";
import { runReturnResponse } from "./return-response.ts";
import { runSendRequest } from "./send-request.ts";
import { runSetBackendService } from "./set-backend-service.ts";
import { runSetBody } from "./set-body.ts";
import { runSetHeader } from "./set-header.ts";
import { runSetStatus } from "./set-status.ts";
import { runSetVariable } from "./set-variable.ts";
import { runTrace } from "./trace.ts";
import { runValidateClientCertificate } from "./validate-client-certificate.ts";
import { runValidateJwt } from "./validate-jwt/index.ts";
import { runValidateAzureAdToken } from "./validate-azure-ad-token.ts";
import { runSetMethod } from "./set-method.ts";
import { runSetQueryParameter } from "./set-query-parameter.ts";
import { runRewriteUri } from "./rewrite-uri.ts";
import { runCacheLookupValue } from "./cache-lookup-value.ts";
import { runCacheRemoveValue } from "./cache-remove-value.ts";
import { runCacheStoreValue } from "./cache-store-value.ts";
import { runQuota } from "./quota.ts";
import { runQuotaByKey } from "./quota-by-key.ts";
import { runRateLimitByKey } from "./rate-limit-by-key.ts";
import { runRetry } from "./retry.ts";
import { runMockResponse } from "./mock-response.ts";
import { runSendOneWayRequest } from "./send-one-way-request.ts";
import { runLogToEventhub } from "./log-to-eventhub.ts";
import { runEmitMetric } from "./emit-metric.ts";
import { runFindAndReplace } from "./find-and-replace.ts";
import { runLimitConcurrency } from "./limit-concurrency.ts";
import { runJsonToXml } from "./json-to-xml.ts";
import { runXmlToJson } from "./xml-to-json.ts";
import { runCacheLookup } from "./cache-lookup.ts";
import { runCacheStore } from "./cache-store.ts";
import { runProxy } from "./proxy.ts";
import { runWait } from "./wait.ts";
import { runLlmTokenLimit } from "./llm-token-limit.ts";
import { runAzureOpenAiTokenLimit } from "./azure-openai-token-limit.ts";
import { runLlmEmitTokenMetric } from "./llm-emit-token-metric.ts";
import { runAzureOpenAiEmitTokenMetric } from "./azure-openai-emit-token-metric.ts";

type Handlers = {
  readonly [K in Statement["kind"]]: PolicyHandler<Extract<Statement, { kind: K }>>;
};

export const POLICY_HANDLERS: Handlers = {
  "authentication-basic": runAuthenticationBasic,
  "authentication-certificate": runAuthenticationCertificate,
  "authentication-managed-identity": runAuthenticationManagedIdentity,
  base: runBase,
  "check-header": runCheckHeader,
  choose: runChoose as Handlers["choose"],
  proxy: runProxy,
  wait: runWait as Handlers["wait"],
  cors: runCors,
  "get-authorization-context": runGetAuthorizationContext,
  "forward-request": runForwardRequest,
  "include-fragment": runIncludeFragment,
  "ip-filter": runIpFilter,
  "rate-limit": runRateLimit,
  "raw-xml": runRawXml,
  "return-response": runReturnResponse,
  "send-request": runSendRequest,
  "set-backend-service": runSetBackendService,
  "set-body": runSetBody,
  "set-header": runSetHeader,
  "set-status": runSetStatus,
  "set-variable": runSetVariable,
  trace: runTrace,
  "validate-client-certificate": runValidateClientCertificate,
  "validate-jwt": runValidateJwt,
  "validate-azure-ad-token": runValidateAzureAdToken,
  "set-method": runSetMethod,
  "set-query-parameter": runSetQueryParameter,
  "rewrite-uri": runRewriteUri,
  "cache-lookup-value": runCacheLookupValue,
  "cache-store-value": runCacheStoreValue,
  "cache-remove-value": runCacheRemoveValue,
  quota: runQuota,
  "quota-by-key": runQuotaByKey,
  "rate-limit-by-key": runRateLimitByKey,
  retry: runRetry as Handlers["retry"],
  "mock-response": runMockResponse,
  "send-one-way-request": runSendOneWayRequest,
  "log-to-eventhub": runLogToEventhub,
  "emit-metric": runEmitMetric,
  "find-and-replace": runFindAndReplace,
  "limit-concurrency": runLimitConcurrency as Handlers["limit-concurrency"],
  "json-to-xml": runJsonToXml,
  "xml-to-json": runXmlToJson,
  "cache-lookup": runCacheLookup,
  "cache-store": runCacheStore,
  "llm-token-limit": runLlmTokenLimit,
  "azure-openai-token-limit": runAzureOpenAiTokenLimit,
  "llm-emit-token-metric": runLlmEmitTokenMetric,
  "azure-openai-emit-token-metric": runAzureOpenAiEmitTokenMetric,
};

installHandlers(POLICY_HANDLERS);
