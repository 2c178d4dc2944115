// The table statement kind → harness semantics, keyed by the kinds of the one list of policies
// (src/policies/index.ts). Typed, so a listed kind without a handler fails to compile here, and
// test/policies/policy-list.test.ts checks the same at run time.
import type { Statement } from "../../../src/model/statement.ts";
import { installHandlers, type PolicyHandler } from "../policy-run.ts";
import { runAuthenticationCertificate } from "./authentication-certificate.ts";
import { runBase } from "./base.ts";
import { runCheckHeader } from "./check-header.ts";
import { runChoose } from "./choose.ts";
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
import { runCacheLookup } from "./cache-lookup.ts";
import { runCacheStore } from "./cache-store.ts";

type Handlers = {
  readonly [K in Statement["kind"]]: PolicyHandler<Extract<Statement, { kind: K }>>;
};

export const POLICY_HANDLERS: Handlers = {
  "authentication-certificate": runAuthenticationCertificate,
  base: runBase,
  "check-header": runCheckHeader,
  choose: runChoose as Handlers["choose"],
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
  "cache-lookup": runCacheLookup,
  "cache-store": runCacheStore,
};

installHandlers(POLICY_HANDLERS);
