// Wrong usages of proxy and wait that must not compile (each page's "Policy sections" and wait's
// allowed children); checked by type-rules.test.ts.
import {
  cacheLookupValue,
  choose,
  forwardRequest,
  policy,
  proxy,
  rewriteUri,
  sendRequest,
  setHeader,
  wait,
  when,
} from "apim-ts";

export const proxyAndWaitRules = [
  // @ts-expect-error proxy is allowed in inbound only
  policy({ backend: [proxy({ url: "http://10.0.0.1:8080" }), forwardRequest()] }),
  // @ts-expect-error wait may contain only send-request, cache-lookup-value and choose
  wait([setHeader("X-A", "1")]),
  // @ts-expect-error wait's for is all or any
  wait([cacheLookupValue({ key: "k", variableName: "v" })], { for: "some" }),
  // @ts-expect-error wait is not allowed in on-error
  policy({ onError: [wait([cacheLookupValue({ key: "k", variableName: "v" })])] }),
  policy({
    // @ts-expect-error a choose in an outbound wait cannot hide an inbound-only policy
    outbound: [wait([choose(when((context) => context.Api.Id === "a", [rewriteUri("/v2")]))])],
  }),
  policy({
    inbound: [
      proxy({ url: "http://10.0.0.1:8080", username: "{{user}}", password: (c) => c.Api.Id }),
      wait(
        [
          sendRequest({ responseVariableName: "r", url: "https://a.example", method: "GET" }),
          cacheLookupValue({ key: "k", variableName: "v" }),
          choose(when((context) => context.Api.Id === "a", [rewriteUri("/v2")])),
        ],
        { for: (context) => (context.Request.Method === "GET" ? "any" : "all") },
      ),
    ],
  }),
];
