// Wrong usages of mock-response, send-one-way-request, log-to-eventhub, emit-metric,
// limit-concurrency, json-to-xml and xml-to-json that must not compile (each page's "Policy sections" and literal-only
// attributes); checked by type-rules.test.ts.
import {
  emitMetric,
  logToEventhub,
  mockResponse,
  policy,
  sendOneWayRequest,
  forwardRequest,
  limitConcurrency,
  rewriteUri,
  findAndReplace,
  jsonToXml,
  xmlToJson,
} from "apim-ts";

export const mockAndLoggingRules = [
  // @ts-expect-error mock-response is not allowed in backend
  policy({ backend: [mockResponse(), forwardRequest()] }),
  // @ts-expect-error mock-response's status-code accepts no expression
  mockResponse({ statusCode: (context) => context.Request.Url.Port }),
  // @ts-expect-error mock-response's content-type accepts no expression
  mockResponse({ contentType: (context) => context.Api.Name }),
  // @ts-expect-error send-one-way-request's set-method accepts no expression
  sendOneWayRequest({ url: "https://a/", method: (context) => context.Request.Method }),
  // @ts-expect-error send-one-way-request's mode is new or copy
  sendOneWayRequest({ mode: "move", url: "https://a/", method: "GET" }),
  // @ts-expect-error log-to-eventhub's logger-id accepts no expression
  logToEventhub("m", { loggerId: (context) => context.Api.Id }),
  // @ts-expect-error log-to-eventhub's partition-id accepts no expression
  logToEventhub("m", { loggerId: "l", partitionId: (context) => context.Request.Url.Port }),
  // @ts-expect-error emit-metric's namespace accepts no expression
  emitMetric("m", [{ name: "API ID" }], { namespace: (context) => context.Api.Id }),
  // @ts-expect-error emit-metric's name accepts no expression
  emitMetric((context) => context.Api.Id, [{ name: "API ID" }]),
  // @ts-expect-error limit-concurrency's max-count accepts no expression
  limitConcurrency({ key: "k", maxCount: (context) => context.Request.Url.Port }, []),
  // @ts-expect-error a limit-concurrency in outbound cannot hide an inbound-only policy
  policy({ outbound: [limitConcurrency({ key: "k", maxCount: 1 }, [rewriteUri("/v2")])] }),
  policy({
    backend: [
      limitConcurrency({ key: (context) => context.Api.Id, maxCount: 3 }, [forwardRequest()]),
    ],
  }),
  policy({ outbound: [findAndReplace("a", (context) => context.Api.Id)] }),
  // @ts-expect-error json-to-xml is not allowed in backend
  policy({ backend: [jsonToXml({ apply: "always" }), forwardRequest()] }),
  // @ts-expect-error json-to-xml's parse-date accepts no expression
  jsonToXml({ apply: "always", parseDate: (context) => context.Request.Method === "GET" }),
  // @ts-expect-error json-to-xml's apply is always or content-type-json
  jsonToXml({ apply: "never" }),
  // @ts-expect-error xml-to-json is not allowed in backend
  policy({ backend: [xmlToJson("direct", { apply: "always" }), forwardRequest()] }),
  // @ts-expect-error xml-to-json's kind is javascript-friendly or direct
  xmlToJson("friendly", { apply: "always" }),
  policy({
    inbound: [mockResponse(), logToEventhub("m", { loggerId: "l" })],
    backend: [sendOneWayRequest({ mode: "copy" }), emitMetric("m", [{ name: "API ID" }])],
    outbound: [mockResponse({ statusCode: 200 })],
    onError: [mockResponse(), emitMetric("m", [{ name: "Gateway ID" }])],
  }),
];
