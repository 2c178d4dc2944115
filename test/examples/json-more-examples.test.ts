// policy-src/examples: six more JSON policies as teams write them (pagination links inside a JSON
// body, a JSON audit record of the headers, a quantity limit from a variable, problem+json from a
// backend error, query parameters merged into a JSON body, masked personal data) through the
// simulated gateway, then every recorded expression evaluation replayed through the emitted C#
// against the real Json.NET (mono) with zero divergences. Expected bodies follow Json.NET's
// writing (Formatting.None: no white space; Add appends a property at the end; Remove then Add
// moves it last), which the conformance batch (test/conformance/batch.test.ts, family json) checks against the library on mono.
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import paginationLinks from "../../policy-src/examples/json-pagination-links.operation.ts";
import headerAudit from "../../policy-src/examples/json-header-audit.operation.ts";
import quantityLimit from "../../policy-src/examples/json-quantity-limit.operation.ts";
import problemDetails from "../../policy-src/examples/json-problem-details.operation.ts";
import queryMerge from "../../policy-src/examples/json-query-merge.operation.ts";
import maskFields from "../../policy-src/examples/json-mask-fields.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "json-more-examples");
  return result;
};
const JSON_TYPE = { "Content-Type": ["application/json"] };

describeWithCSharp("examples: more JSON policies", (toolchain) => {
  it("json-pagination-links points nextLink at the gateway, keeping the continuation query", async () => {
    const apim = createGateway({
      policies: { operation: paginationLinks },
      backend: (request) => ({
        status: 200,
        headers: JSON_TYPE,
        body: request.url.includes("last")
          ? '{"value":[3],"nextLink":null}'
          : request.url.includes("other")
            ? '{"value":[],"nextLink":"https://elsewhere.example/api/orders?page=2"}'
            : '{"nextLink":"https://orders-backend.internal/api/orders?$skiptoken=abc%3D&top=2","value":[1,2]}',
      }),
    });
    const first = record(
      await apim.send({ url: "https://contoso.azure-api.net/shop/orders?top=2" }),
      "nextLink rewritten",
    );
    // The link moves last: Remove then Add appends (Json.NET's JObject keeps insertion order).
    expect(first.body).toBe(
      '{"value":[1,2],"nextLink":"https://contoso.azure-api.net/shop/orders?$skiptoken=abc%3D&top=2"}',
    );
    const last = record(
      await apim.send({ url: "https://contoso.azure-api.net/shop/orders?last" }),
      "last page: a JSON null link",
    );
    expect(last.body).toBe('{"value":[3],"nextLink":null}');
    const other = record(
      await apim.send({ url: "https://contoso.azure-api.net/shop/orders?other" }),
      "a link to another host",
    );
    expect(other.body).toBe(
      '{"value":[],"nextLink":"https://elsewhere.example/api/orders?page=2"}',
    );
  });

  it("json-header-audit logs the headers as JSON with credentials masked", async () => {
    const apim = createGateway({
      policies: { operation: headerAudit },
      eventHubLoggers: ["audit-logger"],
      subscription: { id: "contoso" },
    });
    const result = record(
      await apim.send({
        method: "POST",
        url: "https://contoso.azure-api.net/orders/7",
        headers: {
          authorization: ["Bearer secret-token"],
          "Ocp-Apim-Subscription-Key": ["k1"],
          Accept: ["application/json", "text/plain"],
          "X-Tenant": ["t1"],
        },
      }),
      "audit record",
    );
    expect(result.status).toBe(200);
    expect(result.eventHubEvents).toHaveLength(1);
    const event = JSON.parse(result.eventHubEvents[0]!.message) as Record<string, unknown>;
    expect(event).toMatchObject({ method: "POST", path: "/orders/7", subscription: "contoso" });
    const headers = event["headers"] as Record<string, string>;
    // Names compared without case (RFC 9110 §5.1), so "authorization" is masked too.
    expect(headers["authorization"]).toBe("***");
    expect(headers["Ocp-Apim-Subscription-Key"]).toBe("***");
    expect(headers["Accept"]).toBe("application/json,text/plain");
    expect(headers["X-Tenant"]).toBe("t1");
    expect(result.eventHubEvents[0]!.message).not.toContain("secret-token");
  });

  it("json-quantity-limit compares the JSON quantity with the product's limit", async () => {
    const order = (quantity: number) => `{"sku":"A-1","quantity":${quantity}}`;
    const standard = createGateway({
      policies: { operation: quantityLimit },
      product: { name: "Starter" },
    });
    const within = record(
      await standard.send({ method: "POST", body: order(50) }),
      "50 within Starter's 50",
    );
    expect(within.status).toBe(200);
    expect(within.backendCalls[0]!.body).toBe(order(50)); // preserved for the backend
    const over = record(await standard.send({ method: "POST", body: order(51) }), "51 over 50");
    expect(over.status).toBe(400);
    expect(over.body).toBe('{"error":"quantity over the limit","limit":50}');
    expect(over.backendCalls).toHaveLength(0);
    const premium = createGateway({
      policies: { operation: quantityLimit },
      product: { name: "Premium" },
    });
    const large = record(await premium.send({ method: "POST", body: order(500) }), "Premium 500");
    expect(large.status).toBe(200);
    const missing = record(
      await premium.send({ method: "POST", body: '{"sku":"A-1"}' }),
      "no quantity reads as 0",
    );
    expect(missing.status).toBe(200);
  });

  it("json-problem-details maps the backend's JSON error to problem+json", async () => {
    const apim = createGateway({
      policies: { operation: problemDetails },
      backend: (request) =>
        request.url.includes("html")
          ? { status: 502, body: "<html>Bad Gateway</html>" }
          : request.url.includes("ok")
            ? { status: 200, headers: JSON_TYPE, body: '{"id":1}' }
            : {
                status: 404,
                headers: JSON_TYPE,
                body: '{"error":{"code":"OrderNotFound","message":"No order 42."}}',
              },
    });
    const notFound = record(
      await apim.send({ url: "https://api.example/orders/42" }),
      "a JSON error",
    );
    expect(notFound.status).toBe(404);
    expect(notFound.headers["Content-Type"]).toEqual(["application/problem+json"]);
    expect(notFound.body).toBe(
      '{"type":"https://errors.contoso.example/OrderNotFound","title":"OrderNotFound","status":404,"detail":"No order 42.","instance":"/orders/42"}',
    );
    const html = record(await apim.send({ url: "https://api.example/html" }), "not JSON");
    expect(html.status).toBe(502);
    expect(JSON.parse(html.body!)).toMatchObject({ title: "unknown", status: 502 });
    expect(html.traces.map((t) => t.message).join()).toContain("backend error body is not JSON");
    const ok = record(await apim.send({ url: "https://api.example/ok" }), "200 untouched");
    expect(ok.body).toBe('{"id":1}');
  });

  it("json-query-merge adds query parameters the body does not set", async () => {
    const apim = createGateway({ policies: { operation: queryMerge } });
    const merged = record(
      await apim.send({
        method: "POST",
        url: "/search?top=10&orderby=name&orderby=date&q=ignored",
        body: '{"q":"shoes"}',
      }),
      "merged",
    );
    expect(merged.backendCalls[0]!.body).toBe('{"q":"shoes","top":10,"orderby":"name,date"}');
    const empty = record(await apim.send({ method: "POST", url: "/search?skip=20" }), "no body");
    expect(empty.backendCalls[0]!.body).toBe('{"skip":20}');
    const bad = record(
      await apim.send({ method: "POST", url: "/search?top=ten", body: "{}" }),
      "top not a number",
    );
    expect(bad.status).toBe(400);
    expect(bad.backendCalls).toHaveLength(0);
    const negative = record(
      await apim.send({ method: "POST", url: "/search?skip=-1", body: "{}" }),
      "negative skip",
    );
    expect(negative.status).toBe(400);
  });

  it("json-mask-fields masks personal data unless the caller is Support", async () => {
    const customer =
      '{"id":7,"email":"ada@contoso.com","phone":"+44 20 7946 0000","nationalId":"QQ123456C","cardNumber":null,"name":"Ada"}';
    const options = { backend: () => ({ status: 200, headers: JSON_TYPE, body: customer }) };
    const apim = createGateway({ policies: { operation: maskFields }, ...options });
    const masked = record(await apim.send({ url: "/customers/7" }), "masked");
    // cardNumber is a JSON null: (string) of it is null, so it is left alone.
    expect(masked.body).toBe(
      '{"id":7,"cardNumber":null,"name":"Ada","email":"***@contoso.com","phone":"***"}',
    );
    const support = createGateway({
      policies: { operation: maskFields },
      product: { name: "Support" },
      ...options,
    });
    const plain = record(await support.send({ url: "/customers/7" }), "Support sees all");
    expect(plain.body).toBe(customer);
  });

  replayAfterAll(recorder, toolchain, { minimum: 21 });
});
