// policy-src/examples: json-request-rewrite, json-response-filter and token-endpoint-json
// through the simulated gateway, then every recorded expression evaluation replayed through the
// emitted C# against the real Json.NET (mono) with zero divergences. Expected bodies follow
// Json.NET's writing (Formatting.None: no white space; a float keeps ".0"), checked on mono by
// the conformance batch (test/conformance/batch.test.ts, family json).
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import requestRewrite from "../../policy-src/examples/json-request-rewrite.operation.ts";
import responseFilter from "../../policy-src/examples/json-response-filter.operation.ts";
import tokenEndpoint from "../../policy-src/examples/token-endpoint-json.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "json-examples");
  return result;
};

describeWithCSharp("examples: JSON bodies", (toolchain) => {
  it("json-request-rewrite drops the password, records the subscription and adds items", async () => {
    const apim = createGateway({ policies: { operation: requestRewrite } });
    const result = record(
      await apim.send({
        method: "POST",
        subscriptionId: "contoso",
        headers: { "Content-Type": ["application/json"] },
        body: '{"customer":{"id":7},"password":"hunter2","total":12.50}',
      }),
      "rewrite a JSON order",
    );
    expect(result.status).toBe(200);
    expect(result.backendCalls[0]!.body).toBe(
      '{"customer":{"id":7},"total":12.5,"submittedBy":{"subscription":"contoso","via":"apim"},"items":[]}',
    );
    const kept = record(
      await apim.send({
        method: "POST",
        subscriptionId: "fabrikam",
        body: '{"items":[1],"submittedBy":"caller"}',
      }),
      "items kept, submittedBy replaced",
    );
    expect(kept.backendCalls[0]!.body).toBe(
      '{"items":[1],"submittedBy":{"subscription":"fabrikam","via":"apim"}}',
    );
  });

  it("json-request-rewrite answers 400 to a body that is not a JSON object", async () => {
    const apim = createGateway({ policies: { operation: requestRewrite } });
    const array = record(await apim.send({ method: "POST", body: "[1,2]" }), "an array body");
    // As<JObject> of an array fails (Json.NET: "not an object"): the expression throws.
    expect(array.status).toBe(500);
    expect(array.lastError).toMatchObject({ Reason: "ExpressionValueEvaluationFailure" });
    const empty = record(await apim.send({ method: "POST" }), "no body");
    expect(empty.status).toBe(400);
    expect(empty.body).toBe('{"error":"a JSON object is required"}');
    expect(empty.backendCalls).toHaveLength(0);
  });

  it("json-response-filter removes internal fields from a JSON answer only", async () => {
    const answer = '{"id":1,"_etag":"x","name":"Zoë","debug":{"ms":3},"_links":[]}';
    const apim = createGateway({
      policies: { operation: responseFilter },
      backend: (request) => ({
        status: request.url.includes("missing") ? 404 : 200,
        headers: { "Content-Type": ["application/json; charset=utf-8"] },
        body: answer,
      }),
    });
    const ok = record(await apim.send({ url: "https://api.example/items/1" }), "filtered");
    expect(ok.body).toBe('{"id":1,"name":"Zoë"}');
    const missing = record(
      await apim.send({ url: "https://api.example/items/missing" }),
      "404 passes through",
    );
    expect(missing.status).toBe(404);
    expect(missing.body).toBe(answer);
  });

  it("token-endpoint-json caches the access token for expires_in minus a minute", async () => {
    let issued = 0;
    const apim = createGateway({
      clock: { instant: "2030-01-01T08:00:00Z" },
      policies: { operation: tokenEndpoint },
      services: {
        "https://login.example.net/oauth2/v2.0/token": () => ({
          status: 200,
          headers: { "Content-Type": ["application/json"] },
          body: `{"token_type":"Bearer","expires_in":3599,"access_token":"tok-${++issued}"}`,
        }),
      },
    });
    const first = record(await apim.send(), "first call fetches the token");
    expect(first).toHaveReachedBackend({ headers: { Authorization: "Bearer tok-1" } });
    apim.clock.advance({ seconds: 3538 });
    const cached = record(await apim.send(), "still cached after 3538 s");
    expect(cached).toHaveReachedBackend({ headers: { Authorization: "Bearer tok-1" } });
    apim.clock.advance({ seconds: 1 });
    const renewed = record(await apim.send(), "expired after 3539 s");
    expect(renewed).toHaveReachedBackend({ headers: { Authorization: "Bearer tok-2" } });
  });

  it("token-endpoint-json answers 502 when the token service returns an OAuth error", async () => {
    const apim = createGateway({
      policies: { operation: tokenEndpoint },
      services: {
        "https://login.example.net/oauth2/v2.0/token": () => ({
          status: 400,
          body: '{"error":"invalid_client","error_description":"bad secret"}',
        }),
      },
    });
    const result = record(await apim.send(), "OAuth error");
    expect(result.status).toBe(502);
    expect(result.body).toBe("token service: invalid_client");
    expect(result.backendCalls).toHaveLength(0);
  });

  replayAfterAll(recorder, toolchain, { minimum: 16 });
});
