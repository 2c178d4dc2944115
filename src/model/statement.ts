// Which statements each section may hold. The unions are recursive through `choose`, so a
// `choose` is accepted in a section only when every statement in its branches is.
import type { AuthenticationCertificate } from "../policies/authentication-certificate.ts";
import type { Base } from "../policies/base.ts";
import type { CheckHeader } from "../policies/check-header.ts";
import type { Choose } from "../policies/choose.ts";
import type { ForwardRequest } from "../policies/forward-request.ts";
import type { IncludeFragment } from "../policies/include-fragment.ts";
import type { IpFilter } from "../policies/ip-filter.ts";
import type { RateLimit } from "../policies/rate-limit.ts";
import type { RawXml } from "../policies/raw-xml.ts";
import type { ReturnResponse } from "../policies/return-response.ts";
import type { SendRequest } from "../policies/send-request.ts";
import type { SetBackendService } from "../policies/set-backend-service.ts";
import type { SetBody } from "../policies/set-body.ts";
import type { SetHeader } from "../policies/set-header.ts";
import type { SetStatus } from "../policies/set-status.ts";
import type { SetVariable } from "../policies/set-variable.ts";
import type { Trace } from "../policies/trace.ts";
import type { ValidateClientCertificate } from "../policies/validate-client-certificate.ts";
import type { SetMethod } from "../policies/set-method.ts";
import type { SetQueryParameter } from "../policies/set-query-parameter.ts";
import type { RewriteUri } from "../policies/rewrite-uri.ts";
import type { CacheLookupValue } from "../policies/cache-lookup-value.ts";
import type { CacheStoreValue } from "../policies/cache-store-value.ts";
import type { CacheRemoveValue } from "../policies/cache-remove-value.ts";
import type { RateLimitByKey } from "../policies/rate-limit-by-key.ts";
import type { Retry } from "../policies/retry.ts";

/** Statements APIM allows in every section (choose is added per section, see below). */
export type CommonStatement =
  | Base
  | SetVariable
  | Trace
  | ReturnResponse
  | SetHeader
  | SetStatus
  | SendRequest
  | IncludeFragment
  | RawXml
  | CacheLookupValue
  | CacheStoreValue
  | CacheRemoveValue;

export type InboundStatement =
  | CommonStatement
  | Choose<InboundStatement>
  | Retry<InboundStatement>
  | SetMethod
  | SetQueryParameter
  | RewriteUri
  | RateLimitByKey
  | ValidateClientCertificate
  | AuthenticationCertificate
  | CheckHeader
  | IpFilter
  | RateLimit
  | SetBackendService
  | SetBody;

export type BackendStatement =
  | CommonStatement
  | Choose<BackendStatement>
  | Retry<BackendStatement>
  | SetQueryParameter
  | SetBackendService
  | ForwardRequest
  | SetBody;

export type OutboundStatement = CommonStatement | Choose<OutboundStatement> | Retry<OutboundStatement> | SetBody;

export type OnErrorStatement = CommonStatement | Choose<OnErrorStatement> | Retry<OnErrorStatement> | SetMethod;

/** Any statement of any section (fragments may be included anywhere). */
export type Statement = InboundStatement | BackendStatement | OutboundStatement | OnErrorStatement;

export type SectionName = "inbound" | "backend" | "outbound" | "on-error";
