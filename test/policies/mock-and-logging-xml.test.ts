// The XML of mock-response, send-one-way-request, log-to-eventhub, emit-metric and
// find-and-replace: each reference page's examples authored in TypeScript emit the page's XML
// (modulo formatting: attribute order as the policy statement gives it, quotes, escaping), and the
// builders refuse what the pages rule out.
import ts from "../../src/compile/typescript.js";
import { describe, expect, it } from "vitest";
import { sectionPrinter } from "../support/emitted-xml.ts";
import * as apim from "../../src/index.ts";

/** The printed statements of one section, without the document around them. */
const xmlOf = sectionPrinter(import.meta.filename);

const inbound = (...statements: apim.InboundStatement[]) =>
  xmlOf(apim.policy({ inbound: statements }));

describe("mock-response (mock-response-policy.md)", () => {
  it("the page's two examples: <mock-response/> and status-code='200' content-type='application/json'", () => {
    expect(inbound(apim.mockResponse())).toBe("<mock-response />");
    expect(inbound(apim.mockResponse({ statusCode: 200, contentType: "application/json" }))).toBe(
      '<mock-response status-code="200" content-type="application/json" />',
    );
  });

  it("is allowed in outbound and on-error (Usage)", () => {
    expect(
      xmlOf(apim.policy({ outbound: [apim.mockResponse({ statusCode: 404 })] }), "outbound"),
    ).toBe('<mock-response status-code="404" />');
    expect(xmlOf(apim.policy({ onError: [apim.mockResponse({ id: "m" })] }), "onError")).toBe(
      '<mock-response id="m" />',
    );
  });

  it("refuses a status code that is not an HTTP status, an empty content type and expressions", () => {
    expect(() => apim.mockResponse({ statusCode: 99 })).toThrow(/from 100 to 599/);
    expect(() => apim.mockResponse({ statusCode: 200.5 })).toThrow(/from 100 to 599/);
    expect(() => apim.mockResponse({ contentType: "" })).toThrow(/non-empty/);
    expect(() => apim.mockResponse({ contentType: (() => "a/b") as never })).toThrow(
      /accepts no policy expression/,
    );
  });
});

describe("send-one-way-request (send-one-way-request-policy.md)", () => {
  // The page's body builds a JObject with String.Format; apim-ts has no JObject among its .NET
  // types, so the body here is an interpolated string: the rest of the XML is the page's.
  it("the page's example: a Slack message when the status is 500 or more (set-url, set-method, set-body)", () => {
    const xml = xmlOf(
      apim.policy({
        outbound: [
          apim.choose(
            apim.when(
              (context) => context.Response.StatusCode >= 500,
              [
                apim.sendOneWayRequest({
                  mode: "new",
                  timeout: 20,
                  url: "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                  method: "POST",
                  body: apim.setBody(
                    (context) =>
                      `${context.Request.Method} ${context.Request.Url.Path}\nUser: ${context.User.Email}`,
                  ),
                }),
              ],
            ),
          ),
        ],
      }),
      "outbound",
    );
    expect(xml).toContain('<when condition="@(context.Response.StatusCode >= 500)">');
    expect(xml).toContain('<send-one-way-request mode="new" timeout="20">');
    expect(xml).toContain(
      "<set-url>https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX</set-url>",
    );
    expect(xml).toContain("<set-method>POST</set-method>");
    expect(xml).toMatch(/<set-body>@\(.*context\.User\.Email.*\)<\/set-body>/s);
  });

  it("mode copy needs neither set-url nor set-method; headers, expressions for mode and timeout", () => {
    expect(inbound(apim.sendOneWayRequest({ mode: "copy" }))).toBe(
      '<send-one-way-request mode="copy" />',
    );
    expect(
      inbound(
        apim.sendOneWayRequest({
          mode: (context) => (context.Request.Method === "GET" ? "new" : "copy"),
          timeout: (context) => context.Request.Url.Port,
          url: (context) => context.Request.Url.Host,
          method: "PUT",
          headers: [apim.setHeader("X-A", "1")],
        }),
      ),
    ).toBe(
      [
        '<send-one-way-request mode="@(context.Request.Method == "GET" ? "new" : "copy")" timeout="@(context.Request.Url.Port)">',
        "    <set-url>@(context.Request.Url.Host)</set-url>",
        "    <set-method>PUT</set-method>",
        '    <set-header name="X-A">',
        "        <value>1</value>",
        "    </set-header>",
        "</send-one-way-request>",
      ].join("\n"),
    );
  });

  it("refuses mode new without set-url or set-method, a method expression, a bad mode or timeout", () => {
    expect(() => apim.sendOneWayRequest({ method: "POST" })).toThrow(/url \(set-url\) is required/);
    expect(() => apim.sendOneWayRequest({ url: "https://a/" })).toThrow(
      /method \(set-method\) is required/,
    );
    expect(() =>
      apim.sendOneWayRequest({ url: "https://a/", method: (() => "GET") as never }),
    ).toThrow(/accepts no policy expression/);
    expect(() => apim.sendOneWayRequest({ mode: "move" as never })).toThrow(/not one of/);
    expect(() => apim.sendOneWayRequest({ mode: "copy", timeout: 0 })).toThrow(/at least 1/);
    expect(() => apim.sendOneWayRequest({ mode: "copy", method: "GE T" })).toThrow(
      /not an HTTP method/,
    );
  });
});

describe("log-to-eventhub (log-to-eventhub-policy.md)", () => {
  it("the page's example: logger-id contoso-logger with an expression message", () => {
    expect(
      inbound(
        apim.logToEventhub(
          (context) =>
            [
              context.Deployment.ServiceName,
              context.RequestId.ToString(),
              context.Request.IpAddress,
              context.Operation.Name,
            ].join(","),
          { loggerId: "contoso-logger" },
        ),
      ),
    ).toMatch(
      /^<log-to-eventhub logger-id="contoso-logger">@\(.*context\.Deployment\.ServiceName.*context\.Operation\.Name.*\)<\/log-to-eventhub>$/s,
    );
  });

  it("partition-id as a literal, partition-key as an expression", () => {
    expect(inbound(apim.logToEventhub("m", { loggerId: "l", partitionId: 2 }))).toBe(
      '<log-to-eventhub logger-id="l" partition-id="2">m</log-to-eventhub>',
    );
    expect(
      inbound(
        apim.logToEventhub("m", { loggerId: "l", partitionKey: (context) => context.Api.Id }),
      ),
    ).toBe('<log-to-eventhub logger-id="l" partition-key="@(context.Api.Id)">m</log-to-eventhub>');
  });

  it("refuses both partition attributes, a negative partition-id, an empty or expression logger-id", () => {
    expect(() =>
      apim.logToEventhub("m", { loggerId: "l", partitionId: 1, partitionKey: "k" }),
    ).toThrow(/exclude each other/);
    expect(() => apim.logToEventhub("m", { loggerId: "l", partitionId: -1 })).toThrow(/at least 0/);
    expect(() => apim.logToEventhub("m", { loggerId: "" })).toThrow(/non-empty/);
    expect(() => apim.logToEventhub("m", { loggerId: (() => "l") as never })).toThrow(
      /accepts no policy expression/,
    );
  });
});

describe("emit-metric (emit-metric-policy.md)", () => {
  it("the page's example: Request in my-metrics with User ID, Client IP and API ID", () => {
    expect(
      inbound(
        apim.emitMetric(
          "Request",
          [
            { name: "User ID" },
            { name: "Client IP", value: (context) => context.Request.IpAddress },
            { name: "API ID" },
          ],
          { value: 1, namespace: "my-metrics" },
        ),
      ),
    ).toBe(
      [
        '<emit-metric name="Request" value="1" namespace="my-metrics">',
        '    <dimension name="User ID" />',
        '    <dimension name="Client IP" value="@(context.Request.IpAddress)" />',
        '    <dimension name="API ID" />',
        "</emit-metric>",
      ].join("\n"),
    );
  });

  it("value and dimension names as expressions", () => {
    expect(
      inbound(
        apim.emitMetric("m", [{ name: (context) => context.Api.Name, value: "v" }], {
          value: (context) => context.Request.Url.Port * 0.5,
        }),
      ),
    ).toBe(
      [
        '<emit-metric name="m" value="@(context.Request.Url.Port * 0.5)">',
        '    <dimension name="@(context.Api.Name)" value="v" />',
        "</emit-metric>",
      ].join("\n"),
    );
  });

  it("refuses no dimensions, more than 10, a non-default dimension without value, a name expression", () => {
    expect(() => apim.emitMetric("m", [])).toThrow(/at least one dimension/);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `d${i}`, value: "v" }));
    expect(() => apim.emitMetric("m", eleven)).toThrow(/at most 10/);
    expect(() => apim.emitMetric("m", [{ name: "Client IP" }])).toThrow(
      /only the default dimensions/,
    );
    expect(() => apim.emitMetric((() => "m") as never, [{ name: "API ID" }])).toThrow(
      /accepts no policy expression/,
    );
    expect(() => apim.emitMetric("m", [{ name: "API ID" }], { namespace: "" })).toThrow(
      /non-empty/,
    );
  });
});

describe("find-and-replace (find-and-replace-policy.md)", () => {
  it("the page's example, and expressions in from and to", () => {
    expect(inbound(apim.findAndReplace("notebook", "laptop"))).toBe(
      '<find-and-replace from="notebook" to="laptop" />',
    );
    expect(
      xmlOf(
        apim.policy({
          outbound: [
            apim.findAndReplace(
              (context) => context.Api.Name,
              (context) => context.Api.Id,
              { id: "f" },
            ),
          ],
        }),
        "outbound",
      ),
    ).toBe('<find-and-replace id="f" from="@(context.Api.Name)" to="@(context.Api.Id)" />');
    expect(inbound(apim.findAndReplace("-secret", ""))).toBe(
      '<find-and-replace from="-secret" to="" />',
    );
  });

  it("refuses an empty or missing from and a missing to", () => {
    expect(() => apim.findAndReplace("", "x")).toThrow(/non-empty/);
    expect(() => apim.findAndReplace(undefined as never, "x")).toThrow(/from is required/);
    expect(() => apim.findAndReplace("a", undefined as never)).toThrow(/to is required/);
    expect(() => apim.findAndReplace("a", 1 as never)).toThrow(/must be a string/);
  });
});

describe("limit-concurrency (limit-concurrency-policy.md)", () => {
  it("the page's example: forward-request in backend keyed by a context variable, max-count 3", () => {
    // The page writes the key as (string)context.Variables["connectionId"]; the translator writes
    // the typed read context.Variables.GetValueOrDefault<string>(...), with "" for a missing one.
    expect(
      xmlOf(
        apim.policy({
          backend: [
            apim.limitConcurrency(
              {
                key: (context) => context.Variables.GetValueOrDefault<string>("connectionId", ""),
                maxCount: 3,
              },
              [apim.forwardRequest({ timeout: 120 })],
            ),
          ],
        }),
        "backend",
      ),
    ).toBe(
      [
        '<limit-concurrency key="@(context.Variables.GetValueOrDefault<string>("connectionId", ""))" max-count="3">',
        '    <forward-request timeout="120" />',
        "</limit-concurrency>",
      ].join("\n"),
    );
  });

  it("a literal key, an id, and children of the enclosing section", () => {
    expect(
      xmlOf(
        apim.policy({
          outbound: [
            apim.limitConcurrency({ key: "k", maxCount: 1, id: "lc" }, [
              apim.findAndReplace("a", "b"),
            ]),
          ],
        }),
        "outbound",
      ),
    ).toBe(
      [
        '<limit-concurrency id="lc" key="k" max-count="1">',
        '    <find-and-replace from="a" to="b" />',
        "</limit-concurrency>",
      ].join("\n"),
    );
  });

  it("refuses a missing or empty key, a negative or expression max-count", () => {
    expect(() => apim.limitConcurrency({ key: "", maxCount: 1 }, [])).toThrow(/non-empty/);
    expect(() => apim.limitConcurrency({ key: undefined as never, maxCount: 1 }, [])).toThrow(
      /key is required/,
    );
    expect(() => apim.limitConcurrency({ key: "k", maxCount: -1 }, [])).toThrow(/at least 0/);
    expect(() => apim.limitConcurrency({ key: "k", maxCount: (() => 1) as never }, [])).toThrow(
      /accepts no policy expression/,
    );
  });
});

describe("json-to-xml (json-to-xml-policy.md)", () => {
  it("the page's example in outbound, every attribute", () => {
    expect(
      xmlOf(
        apim.policy({
          outbound: [
            apim.base(),
            apim.jsonToXml({
              apply: "always",
              considerAcceptHeader: false,
              parseDate: false,
              namespaceSeparator: ":",
              namespacePrefix: "xmlns",
              attributeBlockName: "#attrs",
            }),
          ],
        }),
        "outbound",
      ),
    ).toBe(
      [
        "<base />",
        '<json-to-xml apply="always" consider-accept-header="false" parse-date="false" namespace-separator=":" namespace-prefix="xmlns" attribute-block-name="#attrs" />',
      ].join("\n"),
    );
  });

  it("expressions where the page allows them", () => {
    expect(
      inbound(
        apim.jsonToXml({
          apply: (context) => (context.Request.Method === "POST" ? "always" : "content-type-json"),
          considerAcceptHeader: (context) => context.Request.Method !== "POST",
        }),
      ),
    ).toBe(
      '<json-to-xml apply="@(context.Request.Method == "POST" ? "always" : "content-type-json")" consider-accept-header="@(context.Request.Method != "POST")" />',
    );
  });

  it("refuses a missing or unknown apply, a parse-date expression, a separator of two characters", () => {
    expect(() => apim.jsonToXml({} as never)).toThrow(/apply is required/);
    expect(() => apim.jsonToXml({ apply: "sometimes" as never })).toThrow(/not one of/);
    expect(() => apim.jsonToXml({ apply: "always", parseDate: (() => true) as never })).toThrow(
      /accepts no policy expression/,
    );
    expect(() => apim.jsonToXml({ apply: "always", namespaceSeparator: "::" })).toThrow(
      /one character/,
    );
  });
});

describe("xml-to-json (xml-to-json-policy.md)", () => {
  it("the page's example in outbound; always-array-child-elements and expressions", () => {
    expect(
      xmlOf(
        apim.policy({
          outbound: [
            apim.base(),
            apim.xmlToJson("direct", { apply: "always", considerAcceptHeader: false }),
          ],
        }),
        "outbound",
      ),
    ).toBe(
      [
        "<base />",
        '<xml-to-json kind="direct" apply="always" consider-accept-header="false" />',
      ].join("\n"),
    );
    expect(
      inbound(
        apim.xmlToJson((context) => "javascript-friendly", {
          apply: "content-type-xml",
          alwaysArrayChildElements: true,
        }),
      ),
    ).toBe(
      '<xml-to-json kind="@("javascript-friendly")" apply="content-type-xml" always-array-child-elements="true" />',
    );
  });

  it("refuses a missing or unknown kind or apply", () => {
    expect(() => apim.xmlToJson(undefined as never, { apply: "always" })).toThrow(
      /kind is required/,
    );
    expect(() => apim.xmlToJson("friendly" as never, { apply: "always" })).toThrow(/not one of/);
    expect(() => apim.xmlToJson("direct", {} as never)).toThrow(/apply is required/);
    expect(() =>
      apim.xmlToJson("direct", { apply: "always", alwaysArrayChildElements: "yes" as never }),
    ).toThrow(/not one of/);
  });
});
