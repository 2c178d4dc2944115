// set-body template="liquid" on the harness: the page's two Liquid examples over a JSON body,
// the Pascal-cased filter set, the documented `context` members, the empty input inside
// return-response, and the refusals (XML bodies, other content types, Date/Currency, members the
// page does not list, snake_case filter names, a template liquidjs cannot parse).
// Source: set-body-policy.md, "Using Liquid templates with set-body", "Supported Liquid filters",
// "Examples" (Convert JSON to SOAP, Transform JSON). Values marked "chosen" are the project's
// (docs/project-choices.md, "Liquid").
import { describe, expect, it } from "vitest";
import { base, policy, returnResponse, setBody } from "apim-ts";
import { createGateway } from "apim-ts/harness";

const ORDER = {
  getOpenOrders: { cust: "contoso" },
  customer: { purchase: { identifier: "po-7", orderShortDesc: "two chairs" } },
};

/** Runs a template over a request body in inbound and returns what the backend received. */
async function inbound(
  template: string,
  request: { body?: string; headers?: Record<string, string>; url?: string; method?: string } = {},
): Promise<string> {
  const apim = createGateway({
    api: { path: "shop" },
    policies: {
      operation: policy({
        inbound: [setBody(template, { template: "liquid" })],
        backend: [base()],
      }),
    },
  });
  const result = await apim.send({
    method: "POST",
    url: "/shop/orders?page=2",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(ORDER),
    ...request,
  });
  return result.backendCalls[0]!.body;
}

describe("set-body liquid: the page's examples", () => {
  it("Convert JSON to SOAP: {{body.getOpenOrders.cust}} reads the JSON body", async () => {
    const template =
      '<soap:Envelope xmlns="http://tempuri.org/" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>' +
      "<GetOpenOrders><cust>{{body.getOpenOrders.cust}}</cust></GetOpenOrders></soap:Body></soap:Envelope>";
    expect(await inbound(template)).toContain("<cust>contoso</cust>");
  });

  it("Transform JSON: the template's output is the new body", async () => {
    const template =
      '{"order": {"id": "{{body.customer.purchase.identifier}}", "summary": "{{body.customer.purchase.orderShortDesc}}"}}';
    expect(JSON.parse(await inbound(template))).toEqual({
      order: { id: "po-7", summary: "two chairs" },
    });
  });
});

describe("set-body liquid: filters (Pascal case only)", () => {
  it("the documented filters run under their Pascal-cased names", async () => {
    // Expected values: Liquid's documented filter results (shopify.github.io/liquid, linked from the page).
    const out = await inbound(
      "{{ body.getOpenOrders.cust | Upcase | Prepend: 'to ' | Append: '!' }}|" +
        "{{ 7 | DividedBy: 2 }}/{{ 7 | DividedBy: 2.5 }}|{{ 3 | AtLeast: 5 }}|{{ 'a,b' | Split: ',' | Join: '+' }}|" +
        "{{ 'a b' | UrlEncode }}|{{ '<b>' | H }}|{{ 'abcdef' | Truncate: 4 }}",
    );
    expect(out).toBe("to CONTOSO!|3/2.8|5|a+b|a+b|&lt;b&gt;|a...");
  });

  it("refuses snake_case names (the page: Pascal casing is required)", async () => {
    await expect(inbound("{{ 'x' | upcase }}")).rejects.toThrow(/undefined filter: upcase/);
  });

  it("refuses Date and Currency (C# formats and cultures are not simulated)", async () => {
    await expect(inbound("{{ 'now' | Date: 'yyyy' }}")).rejects.toThrow(/Date filter is refused/);
    await expect(inbound("{{ 3 | Currency }}")).rejects.toThrow(/Currency filter is refused/);
  });
});

describe("set-body liquid: the context object", () => {
  it("Request.Method, Url members, OriginalUrl, IpAddress, HasBody, Headers", async () => {
    const out = await inbound(
      "{{context.Request.Method}} {{context.Request.Url.Scheme}} {{context.Request.Url.Path}} " +
        "{{context.Request.Url.Query.page}} {{context.Request.Url.QueryString}} {{context.Request.IpAddress}} " +
        "{{context.Request.HasBody}} {{context.Request.Headers['content-type']}}",
    );
    // 203.0.113.10: the harness's default caller address (GatewayRequest.ipAddress).
    expect(out).toBe("POST https /shop/orders 2 ?page=2 203.0.113.10 true application/json");
  });

  it("MatchedParameters and OriginalUrl", async () => {
    const apim = createGateway({
      api: { path: "shop" },
      operation: { urlTemplate: "/orders/{id}" },
      policies: {
        operation: policy({
          inbound: [
            setBody(
              "{{context.Request.MatchedParameters.id}} {{context.Request.OriginalUrl.Path}}",
              {
                template: "liquid",
              },
            ),
          ],
          backend: [base()],
        }),
      },
    });
    const result = await apim.send({ method: "POST", url: "/shop/orders/42" });
    expect(result.backendCalls[0]!.body).toBe("42 /shop/orders/42");
  });

  it("{{context.Request.Url}} prints the whole URL (its ToString)", async () => {
    expect(await inbound("{{context.Request.Url}}")).toMatch(
      /^https:\/\/[^/]+\/shop\/orders\?page=2$/,
    );
  });

  it("Response.StatusCode and Headers in outbound over the backend's JSON", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          backend: [base()],
          outbound: [
            setBody(
              "{{context.Response.StatusCode}} {{context.Response.Headers.ETag}} {{body.n | Plus: 1}}",
              {
                template: "liquid",
              },
            ),
          ],
        }),
      },
      backend: () => ({
        status: 200,
        headers: { "Content-Type": "application/json", ETag: "e1" },
        body: '{"n": 41}',
      }),
    });
    expect((await apim.send()).body).toBe("200 e1 42");
  });

  it("refuses members the page does not list or the harness does not track", async () => {
    await expect(inbound("{{context.Request.Body}}")).rejects.toThrow(
      /context.Request.Body is not a context member/,
    );
    await expect(inbound("{{context.Request.OriginalMethod}}")).rejects.toThrow(/OriginalMethod/);
    await expect(inbound("{{context.Variables}}")).rejects.toThrow(
      /context.Variables is not a context member/,
    );
  });
});

describe("set-body liquid: what `body` is", () => {
  it("inside return-response the input is the empty string (the page's IMPORTANT note)", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            returnResponse([setBody("[{{body.getOpenOrders.cust}}]", { template: "liquid" })]),
          ],
        }),
      },
    });
    const result = await apim.send({
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(ORDER),
    });
    expect(result.body).toBe("[]");
  });

  it("text/json and +json bind like application/json", async () => {
    expect(
      await inbound("{{body.getOpenOrders.cust}}", { headers: { "Content-Type": "text/json" } }),
    ).toBe("contoso");
    expect(
      await inbound("{{body.getOpenOrders.cust}}", {
        headers: { "Content-Type": "application/vnd.shop+json; charset=utf-8" },
      }),
    ).toBe("contoso");
  });

  it("refuses an XML body, another Content-Type, and a body that is not JSON", async () => {
    await expect(
      inbound("{{body.a}}", { headers: { "Content-Type": "application/xml" }, body: "<a/>" }),
    ).rejects.toThrow(/does not simulate DotLiquid's XML binding/);
    await expect(
      inbound("{{body.a}}", { headers: { "Content-Type": "text/plain" } }),
    ).rejects.toThrow(/Content-Type is 'text\/plain'/);
    await expect(inbound("{{body.a}}", { body: "{not json" })).rejects.toThrow(/not valid JSON/);
  });

  it("a template that does not read body needs no JSON body", async () => {
    expect(
      await inbound("fixed {{ 'x' | Upcase }}", { headers: {}, body: "plain", method: "PUT" }),
    ).toBe("fixed X");
  });

  it("refuses a template liquidjs cannot parse", async () => {
    await expect(inbound("{% if %}")).rejects.toThrow(/set-body liquid:/);
  });
});
