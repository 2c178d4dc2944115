// The XML of set-method, set-query-parameter, rewrite-uri, the cache-value trio, rate-limit-by-key
// and retry: each reference page's examples authored in TypeScript emit the page's XML (modulo
// formatting: attribute order as the policy statement gives it, literal `&` escaped, and
// `context.Variables["x"]` written as the typed GetValueOrDefault<T> the translator requires).
import { describe, expect, it } from "vitest";
import { sectionPrinter } from "../support/emitted-xml.ts";
import * as apim from "../../src/index.ts";

/** The printed statements of one section, without the document around them. */
const xmlOf = sectionPrinter(import.meta.filename);

const inbound = (...statements: apim.InboundStatement[]) =>
  xmlOf(apim.policy({ inbound: statements }));

describe("set-method (set-method-policy.md)", () => {
  it("the example's <set-method>POST</set-method>, and an expression", () => {
    expect(inbound(apim.setMethod("POST"))).toBe("<set-method>POST</set-method>");
    expect(inbound(apim.setMethod((context) => context.Request.Method, { id: "m" }))).toBe(
      '<set-method id="m">@(context.Request.Method)</set-method>',
    );
    expect(xmlOf(apim.policy({ onError: [apim.setMethod("GET")] }), "onError")).toBe(
      "<set-method>GET</set-method>",
    );
  });

  it("refuses a value that is not an HTTP method", () => {
    expect(() => apim.setMethod("GE T")).toThrow(/not an HTTP method/);
    expect(() => apim.setMethod("")).toThrow(/not an HTTP method/);
  });
});

describe("set-query-parameter (set-query-parameter-policy.md)", () => {
  it("example 1: set value of query parameter, skip", () => {
    expect(
      inbound(apim.setQueryParameter("api-key", "12345678901", { existsAction: "skip" })),
    ).toBe(
      [
        '<set-query-parameter name="api-key" exists-action="skip">',
        "    <value>12345678901</value>",
        "</set-query-parameter>",
      ].join("\n"),
    );
  });

  it("example 2: forward context to the backend, an expression value", () => {
    expect(
      inbound(
        apim.setQueryParameter("x-product-name", (context) => context.Product.Name, {
          existsAction: "override",
        }),
      ),
    ).toBe(
      [
        '<set-query-parameter name="x-product-name" exists-action="override">',
        "    <value>@(context.Product.Name)</value>",
        "</set-query-parameter>",
      ].join("\n"),
    );
  });

  it("several values, expression name and action, delete, the backend section", () => {
    expect(
      inbound(
        apim.setQueryParameter((context) => context.Api.Name, ["a", "b"], {
          existsAction: (context) => (context.Tracing ? "append" : "skip"),
        }),
      ),
    ).toBe(
      [
        '<set-query-parameter name="@(context.Api.Name)" exists-action="@(context.Tracing ? "append" : "skip")">',
        "    <value>a</value>",
        "    <value>b</value>",
        "</set-query-parameter>",
      ].join("\n"),
    );
    expect(
      xmlOf(
        apim.policy({ backend: [apim.deleteQueryParameter("debug"), apim.forwardRequest()] }),
        "backend",
      ),
    ).toBe(
      ['<set-query-parameter name="debug" exists-action="delete" />', "<forward-request />"].join(
        "\n",
      ),
    );
  });

  it("refuses an empty name, an unknown action and no value", () => {
    expect(() => apim.setQueryParameter("", "v")).toThrow(/non-empty/);
    expect(() => apim.setQueryParameter("a", "v", { existsAction: "replace" as never })).toThrow(
      /not one of/,
    );
    expect(() => apim.setQueryParameter("a", [])).toThrow(/at least one <value>/);
  });
});

describe("rewrite-uri (rewrite-uri-policy.md)", () => {
  it("examples 1-3: template parameters, copy-unmatched-params", () => {
    expect(
      inbound(
        apim.base(),
        apim.rewriteUri("/v2/US/hardware/{storenumber}&{ordernumber}?City=city&State=state"),
      ),
    ).toBe(
      [
        "<base />",
        '<rewrite-uri template="/v2/US/hardware/{storenumber}&amp;{ordernumber}?City=city&amp;State=state" />',
      ].join("\n"),
    );
    expect(inbound(apim.rewriteUri("/put"))).toBe('<rewrite-uri template="/put" />');
    expect(inbound(apim.rewriteUri("/put", { copyUnmatchedParams: false }))).toBe(
      '<rewrite-uri template="/put" copy-unmatched-params="false" />',
    );
  });

  it("example 4: an expression template", () => {
    const document = apim.policy({
      inbound: [
        apim.setVariable("apiVersion", "/v3"),
        apim.rewriteUri(
          (context) =>
            "/api" +
            context.Variables.GetValueOrDefault<string>("apiVersion", "") +
            context.Request.Url.Path,
        ),
      ],
    });
    expect(xmlOf(document)).toBe(
      [
        '<set-variable name="apiVersion" value="/v3" />',
        '<rewrite-uri template="@("/api" + context.Variables.GetValueOrDefault<string>("apiVersion", "") + context.Request.Url.Path)" />',
      ].join("\n"),
    );
  });

  it("refuses an empty template and an expression inside a literal", () => {
    expect(() => apim.rewriteUri("")).toThrow(/non-empty/);
    expect(() => apim.rewriteUri("/a/@(context.Api.Name)")).toThrow(/whole value/);
  });
});

describe("the cache-value trio", () => {
  const userKey = (context: apim.Context) =>
    "userprofile-" + context.Variables.GetValueOrDefault<string>("enduserid", "");

  it("cache-lookup-value example (cache-lookup-value-policy.md)", () => {
    expect(inbound(apim.cacheLookupValue({ key: userKey, variableName: "userprofile" }))).toBe(
      '<cache-lookup-value key="@("userprofile-" + context.Variables.GetValueOrDefault<string>("enduserid", ""))" variable-name="userprofile" />',
    );
    expect(
      inbound(
        apim.cacheLookupValue({
          key: "k",
          defaultValue: "none",
          variableName: "v",
          cachingType: "internal",
        }),
      ),
    ).toBe(
      '<cache-lookup-value key="k" default-value="none" variable-name="v" caching-type="internal" />',
    );
  });

  it("cache-store-value example (cache-store-value-policy.md)", () => {
    expect(
      xmlOf(
        apim.policy({
          outbound: [
            apim.cacheStoreValue({
              key: userKey,
              value: (context) => context.Variables.GetValueOrDefault<string>("userprofile", ""),
              duration: 100000,
            }),
          ],
        }),
        "outbound",
      ),
    ).toBe(
      '<cache-store-value key="@("userprofile-" + context.Variables.GetValueOrDefault<string>("enduserid", ""))" value="@(context.Variables.GetValueOrDefault<string>("userprofile", ""))" duration="100000" />',
    );
  });

  it("cache-remove-value example (cache-remove-value-policy.md), in on-error", () => {
    expect(
      xmlOf(
        apim.policy({
          onError: [apim.cacheRemoveValue(userKey, { cachingType: "prefer-external" })],
        }),
        "onError",
      ),
    ).toBe(
      '<cache-remove-value key="@("userprofile-" + context.Variables.GetValueOrDefault<string>("enduserid", ""))" caching-type="prefer-external" />',
    );
  });

  it("refuses an empty key, an unknown caching-type, a missing variable name and a bad duration", () => {
    expect(() => apim.cacheLookupValue({ key: "", variableName: "v" })).toThrow(/key/);
    expect(() => apim.cacheRemoveValue("k", { cachingType: "redis" as never })).toThrow(
      /not one of/,
    );
    expect(() => apim.cacheLookupValue({ key: "k", variableName: "" })).toThrow(/variable-name/);
    expect(() => apim.cacheStoreValue({ key: "k", value: "v", duration: 0 })).toThrow(
      /duration must be an integer of at least 1/,
    );
    expect(() => apim.cacheStoreValue({ key: "k", value: "v", duration: 1.5 })).toThrow(
      /duration must be an integer of at least 1/,
    );
  });
});

describe("rate-limit-by-key (rate-limit-by-key-policy.md)", () => {
  it("the page's example", () => {
    expect(
      inbound(
        apim.base(),
        apim.rateLimitByKey({
          calls: 10,
          renewalPeriod: 60,
          incrementCondition: (context) => context.Response.StatusCode === 200,
          counterKey: (context) => context.Request.IpAddress,
          remainingCallsVariableName: "remainingCallsPerIP",
        }),
      ),
    ).toBe(
      [
        "<base />",
        '<rate-limit-by-key calls="10" renewal-period="60" increment-condition="@(context.Response.StatusCode == 200)" counter-key="@(context.Request.IpAddress)" remaining-calls-variable-name="remainingCallsPerIP" />',
      ].join("\n"),
    );
  });

  it("every attribute, in the policy statement's order", () => {
    expect(
      inbound(
        apim.rateLimitByKey({
          calls: (context) => (context.Product.Name === "Gold" ? 100 : 10),
          renewalPeriod: 300,
          incrementCondition: true,
          incrementCount: (context) => context.Request.Headers.Count,
          counterKey: "global",
          retryAfterHeaderName: "X-Retry-In",
          retryAfterVariableName: "retryIn",
          remainingCallsHeaderName: "X-Remaining",
          remainingCallsVariableName: "remaining",
          totalCallsHeaderName: "X-Total",
        }),
      ),
    ).toBe(
      '<rate-limit-by-key calls="@(context.Product.Name == "Gold" ? 100 : 10)" renewal-period="300" increment-condition="true" increment-count="@(context.Request.Headers.Count)" counter-key="global" retry-after-header-name="X-Retry-In" retry-after-variable-name="retryIn" remaining-calls-header-name="X-Remaining" remaining-calls-variable-name="remaining" total-calls-header-name="X-Total" />',
    );
  });

  it("refuses out-of-range literals and a missing counter key", () => {
    expect(() => apim.rateLimitByKey({ calls: 1, renewalPeriod: 301, counterKey: "k" })).toThrow(
      /from 1 to 300/,
    );
    expect(() => apim.rateLimitByKey({ calls: 0, renewalPeriod: 10, counterKey: "k" })).toThrow(
      /calls/,
    );
    expect(() => apim.rateLimitByKey({ calls: 1, renewalPeriod: 10, counterKey: "" })).toThrow(
      /counter-key/,
    );
    expect(() =>
      apim.rateLimitByKey({
        calls: 1,
        renewalPeriod: 10,
        counterKey: "k",
        retryAfterHeaderName: "",
      }),
    ).toThrow(/retry-after-header-name/);
  });
});

describe("retry (retry-policy.md)", () => {
  it("example 1: request forwarding with exponential retry", () => {
    const document = apim.policy({
      backend: [
        apim.retry(
          {
            condition: (context) => context.Response.StatusCode === 500,
            count: 10,
            interval: 10,
            maxInterval: 100,
            delta: 10,
            firstFastRetry: false,
          },
          [apim.forwardRequest({ bufferRequestBody: true })],
        ),
      ],
    });
    expect(xmlOf(document, "backend")).toBe(
      [
        '<retry condition="@(context.Response.StatusCode == 500)" count="10" interval="10" max-interval="100" delta="10" first-fast-retry="false">',
        '    <forward-request buffer-request-body="true" />',
        "</retry>",
      ].join("\n"),
    );
  });

  it("example 2: send request upon initial request failure", () => {
    const document = apim.policy({
      inbound: [
        apim.retry(
          {
            condition: (context) =>
              context.Variables.GetValueOrDefault<apim.Response>("response") == null ||
              context.Variables.GetValueOrDefault<apim.Response>("response")!.StatusCode >= 500,
            count: 3,
            interval: 1,
            firstFastRetry: true,
          },
          [
            apim.sendRequest({
              mode: "new",
              responseVariableName: "response",
              timeout: 3,
              ignoreError: true,
              url: "https://api.contoso.com/products/5",
              method: "GET",
            }),
          ],
        ),
      ],
    });
    expect(xmlOf(document)).toMatch(
      new RegExp(
        [
          '^<retry condition="@\\(.*\\)" count="3" interval="1" first-fast-retry="true">',
          '    <send-request mode="new" response-variable-name="response" timeout="3" ignore-error="true">',
          "        <set-url>https://api.contoso.com/products/5</set-url>",
          "        <set-method>GET</set-method>",
          "    </send-request>",
          "</retry>$",
        ].join("\n"),
      ),
    );
  });

  it("refuses what the page's ranges refuse", () => {
    const children = [apim.forwardRequest()];
    expect(() => apim.retry({ condition: true, count: 51, interval: 1 }, children)).toThrow(
      /1 to 50/,
    );
    expect(() => apim.retry({ condition: true, count: 0, interval: 1 }, children)).toThrow(
      /1 to 50/,
    );
    expect(() => apim.retry({ condition: true, count: 1, interval: 0 }, children)).toThrow(
      /interval/,
    );
    expect(() =>
      apim.retry({ condition: true, count: 1, interval: 1, delta: -1 }, children),
    ).toThrow(/delta/);
    expect(() => apim.retry({ condition: true, count: 1, interval: 1 }, [])).toThrow(/child/);
  });
});

describe("quota-by-key (quota-by-key-policy.md)", () => {
  it("the page's example", () => {
    expect(
      inbound(
        apim.base(),
        apim.quotaByKey({
          calls: 10000,
          bandwidth: 40000,
          renewalPeriod: 3600,
          incrementCondition: (context) =>
            context.Response.StatusCode >= 200 && context.Response.StatusCode < 400,
          counterKey: (context) => context.Request.IpAddress,
        }),
      ),
    ).toBe(
      [
        "<base />",
        '<quota-by-key calls="10000" bandwidth="40000" renewal-period="3600" increment-condition="@(context.Response.StatusCode >= 200 && context.Response.StatusCode < 400)" counter-key="@(context.Request.IpAddress)" />',
      ].join("\n"),
    );
    expect(
      inbound(
        apim.quotaByKey({
          calls: 1,
          renewalPeriod: 0,
          counterKey: "k",
          firstPeriodStart: "2030-01-01T00:00:00Z",
        }),
      ),
    ).toBe(
      '<quota-by-key calls="1" renewal-period="0" counter-key="k" first-period-start="2030-01-01T00:00:00Z" />',
    );
  });

  it("refuses what the page refuses", () => {
    expect(() => apim.quotaByKey({ renewalPeriod: 300, counterKey: "k" })).toThrow(
      /calls, bandwidth or both/,
    );
    expect(() => apim.quotaByKey({ calls: 1, renewalPeriod: 299, counterKey: "k" })).toThrow(
      /renewal-period/,
    );
    expect(() => apim.quotaByKey({ calls: 1, renewalPeriod: 300, counterKey: "" })).toThrow(
      /counter-key/,
    );
    expect(() =>
      apim.quotaByKey({
        calls: 1,
        renewalPeriod: 300,
        counterKey: "k",
        firstPeriodStart: "2030-01-01",
      }),
    ).toThrow(/yyyy-MM-ddTHH:mm:ssZ/);
    expect(() =>
      apim.quotaByKey({ calls: (() => 1) as never, renewalPeriod: 300, counterKey: "k" }),
    ).toThrow(/no policy expression/);
  });
});

describe("quota (quota-policy.md)", () => {
  it("the page's example, and api and operation elements", () => {
    expect(
      inbound(apim.base(), apim.quota({ calls: 10000, bandwidth: 40000, renewalPeriod: 3600 })),
    ).toBe(
      ["<base />", '<quota calls="10000" bandwidth="40000" renewal-period="3600" />'].join("\n"),
    );
    expect(
      inbound(
        apim.quota({
          calls: 100,
          renewalPeriod: 0,
          apis: [
            {
              name: "Orders",
              calls: 10,
              renewalPeriod: 60,
              operations: [{ id: "list", calls: 5, renewalPeriod: 60 }],
            },
          ],
        }),
      ),
    ).toBe(
      [
        '<quota calls="100" renewal-period="0">',
        '    <api name="Orders" calls="10" renewal-period="60">',
        '        <operation id="list" calls="5" renewal-period="60" />',
        "    </api>",
        "</quota>",
      ].join("\n"),
    );
  });

  it("refuses what the page refuses", () => {
    expect(() => apim.quota({ renewalPeriod: 60 })).toThrow(/calls, bandwidth or both/);
    expect(() =>
      apim.quota({ calls: 1, renewalPeriod: 60, apis: [{ calls: 1, renewalPeriod: 60 }] }),
    ).toThrow(/name or an id/);
    expect(() => apim.quota({ calls: 1, renewalPeriod: -1 })).toThrow(/renewal-period/);
  });
});
