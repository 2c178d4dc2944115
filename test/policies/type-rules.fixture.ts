// Wrong usages that must not compile: each line marked @ts-expect-error is checked by
// type-rules.test.ts (an unused directive, or any other error, fails the test).
import {
  base,
  choose,
  DateTime,
  policy,
  setVariable,
  trace,
  validateClientCertificate,
  validateJwt,
  when,
  X509Certificate2,
  forwardRequest,
  rateLimit,
  includeFragment,
  ipFilter,
  setHeader,
  setMethod,
  setQueryParameter,
  rewriteUri,
  rateLimitByKey,
  cacheLookupValue,
  cacheRemoveValue,
  cacheStoreValue,
  retry,
  quotaByKey,
  quota,
  llmTokenLimit,
  azureOpenAiTokenLimit,
  llmEmitTokenMetric,
  azureOpenAiEmitTokenMetric,
  type int,
  type double,
} from "apim-ts";

declare const certificate: X509Certificate2;
declare const ratio: double;

export const wrongUsages = [
  // @ts-expect-error trace's source is literal-only in APIM
  trace({ source: (context) => context.Api.Name, message: "m" }),
  // @ts-expect-error trace's severity is literal-only and one of three values
  trace({ source: "s", severity: "warning", message: "m" }),
  // @ts-expect-error a policy variable cannot hold an X509Certificate2
  setVariable("certificate", () => certificate),
  // @ts-expect-error a when condition must be an expression, not a literal
  when(true, []),
  // @ts-expect-error rate-limit accepts no expressions
  rateLimit({ calls: (context) => context.Request.Url.Port, renewalPeriod: 60 }),
  // @ts-expect-error include-fragment's id is literal-only
  includeFragment((context) => context.Api.Id),
  // @ts-expect-error validate-client-certificate's attributes accept no expressions
  validateClientCertificate({ validateTrust: (context) => context.Tracing }),
  // @ts-expect-error validate-jwt's output-token-variable-name accepts no expression (validate-jwt-policy.md)
  validateJwt({ headerName: "Authorization", outputTokenVariableName: () => "jwt" }),
  // @ts-expect-error validate-jwt's claim match is all or any (validate-jwt-policy.md, claim attributes)
  validateJwt({ headerName: "Authorization", requiredClaims: [{ name: "r", match: "some" }] }),
];

export const sectionRules = [
  // @ts-expect-error validate-client-certificate is an inbound policy
  policy({ outbound: [validateClientCertificate({})] }),
  // @ts-expect-error validate-jwt is an inbound policy (validate-jwt-policy.md, Usage)
  policy({ outbound: [validateJwt({ headerName: "Authorization" })] }),
  // @ts-expect-error ip-filter is an inbound policy
  policy({ outbound: [ipFilter({ action: "allow", addresses: ["10.0.0.1"] })] }),
  // @ts-expect-error rate-limit is an inbound policy (rate-limit-policy.md, Usage)
  policy({ outbound: [rateLimit({ calls: 5, renewalPeriod: 60 })] }),
  // @ts-expect-error trace's severity is one of verbose, information, error (trace-policy.md)
  policy({ inbound: [trace({ source: "s", severity: "eror", message: "m" })] }),
  // @ts-expect-error forward-request belongs in the backend section
  policy({ inbound: [forwardRequest()] }),
  // @ts-expect-error a choose in outbound cannot hide an inbound-only policy
  policy({ outbound: [choose(when(() => true, [validateClientCertificate({})]))] }),
  policy({ inbound: [base(), choose(when(() => true, [validateClientCertificate({})]))], backend: [forwardRequest()] }),
];

export const contextRules = [
  // @ts-expect-error DateTime.Kind is not on APIM's allow-list
  setVariable("kind", () => DateTime.Now.Kind),
  // @ts-expect-error ToUniversalTime is not on APIM's allow-list
  setVariable("utc", () => DateTime.Now.ToUniversalTime()),
  // @ts-expect-error a double is not an int
  setVariable("port", (): int => ratio),
  // @ts-expect-error headers have no JavaScript Map API
  setHeader("x", (context) => context.Request.Headers.get("x")),
  setHeader("x", (context) => context.Request.Headers.GetValueOrDefault("x", "")),
];

// Issue 16's policies (each reference page's "Policy sections" and literal-only attributes).
export const routingRules = [
  // @ts-expect-error set-method is allowed in inbound and on-error only
  policy({ outbound: [setMethod("POST")] }),
  // @ts-expect-error set-query-parameter is allowed in inbound and backend only
  policy({ outbound: [setQueryParameter("a", "1")] }),
  // @ts-expect-error rewrite-uri is an inbound policy
  policy({ backend: [rewriteUri("/v2"), forwardRequest()] }),
  // @ts-expect-error llm-token-limit is an inbound policy
  policy({ outbound: [llmTokenLimit({ counterKey: "k", tokensPerMinute: 1 })] }),
  // @ts-expect-error azure-openai-token-limit's header names accept no expression
  azureOpenAiTokenLimit({ counterKey: "k", tokensPerMinute: 1, retryAfterHeaderName: (context) => context.Api.Name }),
  // @ts-expect-error estimate-prompt-tokens is a literal boolean
  llmTokenLimit({ counterKey: "k", tokensPerMinute: 1, estimatePromptTokens: (context) => context.Api.Name === "a" }),
  // @ts-expect-error token-quota-period is one of the page's periods
  azureOpenAiTokenLimit({ counterKey: "k", tokenQuota: 1, tokenQuotaPeriod: "Minutely" }),
  // @ts-expect-error llm-emit-token-metric is an inbound policy
  policy({ outbound: [llmEmitTokenMetric([{ name: "API ID" }])] }),
  // @ts-expect-error azure-openai-emit-token-metric's namespace accepts no expression
  azureOpenAiEmitTokenMetric([{ name: "API ID" }], { namespace: (context) => context.Api.Name }),
  // @ts-expect-error rate-limit-by-key is an inbound policy
  policy({ outbound: [rateLimitByKey({ calls: 1, renewalPeriod: 60, counterKey: "k" })] }),
  // @ts-expect-error cache-lookup-value's variable-name accepts no expression
  cacheLookupValue({ key: "k", variableName: (context) => context.Api.Name }),
  // @ts-expect-error caching-type accepts no expression
  cacheRemoveValue("k", { cachingType: () => "internal" }),
  // @ts-expect-error rate-limit-by-key's header names accept no expression
  rateLimitByKey({ calls: 1, renewalPeriod: 60, counterKey: "k", retryAfterHeaderName: (context) => context.Api.Name }),
  // @ts-expect-error a retry in outbound cannot hide an inbound-only policy
  policy({ outbound: [retry({ condition: true, count: 1, interval: 1 }, [rewriteUri("/v2")])] }),
  policy({ backend: [retry({ condition: true, count: 1, interval: 1 }, [forwardRequest()])] }),
  // @ts-expect-error quota-by-key's calls accept no expression
  quotaByKey({ calls: (context) => context.Request.Url.Port, renewalPeriod: 300, counterKey: "k" }),
  // @ts-expect-error quota's attributes accept no expression
  quota({ calls: 1, renewalPeriod: (context) => context.Request.Url.Port }),
  // @ts-expect-error quota-by-key is an inbound policy
  policy({ outbound: [quotaByKey({ calls: 1, renewalPeriod: 300, counterKey: "k" })] }),
  policy({ onError: [setMethod("GET"), cacheStoreValue({ key: "k", value: 1, duration: 10 })] }),
];

// Issue 15's identity and security policies (each reference page's "Policy sections" and
// literal-only attributes).
import { authenticationBasic, authenticationManagedIdentity, cors } from "apim-ts";

export const identityRules = [
  // @ts-expect-error cors is an inbound policy (cors-policy.md, Usage)
  policy({ outbound: [cors({ allowedOrigins: ["*"], allowedHeaders: ["accept"] })] }),
  // @ts-expect-error an origin accepts no policy expression
  cors({ allowedOrigins: [(context) => context.Api.Name], allowedHeaders: ["accept"] }),
  // @ts-expect-error allowed-headers is required (cors-policy.md, Elements)
  cors({ allowedOrigins: ["*"] }),
  // @ts-expect-error authentication-basic is an inbound policy (authentication-basic-policy.md, Usage)
  policy({ backend: [authenticationBasic({ username: "u", password: "p" }), forwardRequest()] }),
  // @ts-expect-error authentication-basic needs a password
  authenticationBasic({ username: "u" }),
  // @ts-expect-error authentication-managed-identity's client-id accepts no expression
  authenticationManagedIdentity({ resource: "r", clientId: (context) => context.Api.Name }),
  // @ts-expect-error ignore-error is a literal Boolean
  authenticationManagedIdentity({ resource: "r", ignoreError: (context) => context.Tracing }),
  // @ts-expect-error authentication-managed-identity is an inbound policy
  policy({ outbound: [authenticationManagedIdentity({ resource: "r" })] }),
];
