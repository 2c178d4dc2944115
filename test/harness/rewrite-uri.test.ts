// rewrite-uri (rewrite-uri-policy.md): the page's four examples, template parameters from the
// operation's URL template (path and query), copy-unmatched-params, and what the page forbids.
import { describe, expect, it } from "vitest";
import {
  base,
  policy,
  rewriteUri,
  setVariable,
  setQueryParameter,
  type InboundStatement,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

function gateway(statements: InboundStatement[], urlTemplate: string) {
  return createGateway({
    api: { path: "store", serviceUrl: "https://backend.example" },
    operation: { urlTemplate },
    policies: { operation: policy({ inbound: [base(), ...statements], backend: [base()] }) },
  });
}

async function backendUrl(
  statements: InboundStatement[],
  urlTemplate: string,
  url: string,
): Promise<string> {
  const result = await gateway(statements, urlTemplate).send({ url });
  expect(result).toHaveReachedBackend();
  return result.backendCalls[0]!.url;
}

describe("rewrite-uri", () => {
  it("example 1: template parameters and a literal query", async () => {
    expect(
      await backendUrl(
        [rewriteUri("/v2/US/hardware/{storenumber}&{ordernumber}?City=city&State=state")],
        "/{storenumber}/{ordernumber}",
        "/store/42/1001",
      ),
    ).toBe("https://backend.example/v2/US/hardware/42&1001?City=city&State=state");
  });

  it("example 2: unmatched query parameters are copied (request /get?a=b&c=d, template /get?a={b})", async () => {
    expect(await backendUrl([rewriteUri("/put")], "/get?a={b}", "/store/get?a=b&c=d")).toBe(
      "https://backend.example/put?c=d",
    );
  });

  it("example 3: copy-unmatched-params false drops them", async () => {
    expect(
      await backendUrl(
        [rewriteUri("/put", { copyUnmatchedParams: false })],
        "/get?a={b}",
        "/store/get?a=b&c=d",
      ),
    ).toBe("https://backend.example/put");
    expect(
      await backendUrl(
        [rewriteUri("/put", { copyUnmatchedParams: (context) => context.Tracing })],
        "/get?a={b}",
        "/store/get?a=b&c=d",
      ),
    ).toBe("https://backend.example/put");
  });

  it("example 4: an expression template is used as it is", async () => {
    expect(
      await backendUrl(
        [
          setVariable("apiVersion", "/v3"),
          rewriteUri(
            (context) =>
              "/api" + context.Variables.GetValueOrDefault<string>("apiVersion", "") + "/items",
          ),
        ],
        "/items",
        "/store/items",
      ),
    ).toBe("https://backend.example/api/v3/items");
  });

  it("a query template parameter can be used in the path", async () => {
    expect(
      await backendUrl(
        [rewriteUri("/items/{id}", { copyUnmatchedParams: false })],
        "/items?id={id}",
        "/store/items?id=7&x=1",
      ),
    ).toBe("https://backend.example/items/7");
  });

  it("copies the request as earlier policies left it, not parameters the template sets", async () => {
    expect(
      await backendUrl(
        [setQueryParameter("added", "1"), rewriteUri("/put?c=fixed")],
        "/get",
        "/store/get?c=d&e=f",
      ),
    ).toBe("https://backend.example/put?c=fixed&e=f&added=1");
  });

  // API Management FAQ, "How does API Management handle trailing slashes when calling backend
  // services?": rewrite-uri is the way "to ensure a trailing slash is always added to the
  // outbound backend call".
  it("keeps the template's trailing slash in the backend call (API Management FAQ)", async () => {
    expect(await backendUrl([rewriteUri("/put/")], "/get", "/store/get")).toBe(
      "https://backend.example/put/",
    );
    expect(await backendUrl([rewriteUri("/v2/{id}/?x=1")], "/{id}", "/store/7?c=d")).toBe(
      "https://backend.example/v2/7/?x=1&c=d",
    );
    expect(await backendUrl([rewriteUri("/")], "/get", "/store/get")).toBe(
      "https://backend.example/",
    );
    // And writes none where the template has none, whatever the client sent.
    expect(await backendUrl([rewriteUri("/put")], "/get", "/store/get/")).toBe(
      "https://backend.example/put",
    );
  });

  it("context.Request.Url shows the rewritten path; OriginalUrl the public one", async () => {
    const result = await gateway(
      [
        rewriteUri("/v2/{id}"),
        setVariable("path", (context) => context.Request.Url.Path),
        setVariable("original", (context) => context.Request.OriginalUrl.Path),
      ],
      "/{id}",
    ).send({ url: "/store/9" });
    expect(result.variables.path).toEqual({ type: "string", value: "/store/v2/9" });
    expect(result.variables.original).toEqual({ type: "string", value: "/store/9" });
  });

  it("refuses a template parameter the operation's URL template does not have (usage notes)", async () => {
    await expect(
      gateway([rewriteUri("/v2/{missing}")], "/{id}").send({ url: "/store/1" }),
    ).rejects.toThrow(/'\{missing\}' is not a parameter/);
  });

  it("refuses an expression whose value still holds a {parameter}", async () => {
    await expect(
      gateway(
        [rewriteUri((context) => "/v2/{id}" + context.Request.Url.QueryString)],
        "/{id}",
      ).send({ url: "/store/1" }),
    ).rejects.toThrow(/holds a \{parameter\}/);
  });

  // Example 2's rule ("query parameters in the incoming request not present in the original URL
  // template" are copied) with a template query holding a fixed value beside a parameter, names
  // compared case-insensitively (project's choice, docs/project-choices.md).
  it("a query name of the operation's template is not copied, whatever its case or value", async () => {
    expect(
      await backendUrl(
        [rewriteUri("/put/{b}")],
        "/get?fixed=1&a={b}",
        "/store/get?FIXED=1&A=x&c=d",
      ),
    ).toBe("https://backend.example/put/x?c=d");
  });

  it("a copied parameter the template's query already names is not copied again, in any case", async () => {
    expect(await backendUrl([rewriteUri("/put?c=fixed")], "/get", "/store/get?C=d&e=f")).toBe(
      "https://backend.example/put?c=fixed&e=f",
    );
  });

  // Project's choices (docs/project-choices.md): a substituted value is percent-encoded as path
  // data; a template without a leading "/" is still relative to the API's URL suffix.
  it("percent-encodes a substituted value and joins a template without a leading slash", async () => {
    expect(await backendUrl([rewriteUri("/v2/{id}")], "/{id}", "/store/a%26b%2Fc")).toBe(
      "https://backend.example/v2/a%26b%2Fc",
    );
    expect(await backendUrl([rewriteUri("put")], "/get", "/store/get")).toBe(
      "https://backend.example/put",
    );
    const result = await createGateway({
      api: { path: "", serviceUrl: "https://backend.example" },
      operation: { urlTemplate: "/get" },
      policies: { operation: policy({ inbound: [rewriteUri("put")], backend: [base()] }) },
    }).send({ url: "/get?x=1" });
    expect(result.backendCalls[0]!.url).toBe("https://backend.example/put?x=1");
  });

  it("logs the path and query before and after", async () => {
    const result = await gateway([rewriteUri("/put")], "/get?a={b}").send({
      url: "/store/get?a=b&c=d",
    });
    expect(result.logText).toContain("rewrite-uri /store/get?a=b&c=d → /store/put?c=d");
  });

  it("refuses an expression template giving a blank value (the page does not say what APIM does)", async () => {
    await expect(
      gateway(
        [rewriteUri((context) => context.Request.Headers.GetValueOrDefault("X-T", " "))],
        "/get",
      ).send({ url: "/store/get" }),
    ).rejects.toThrow(
      "rewrite-uri: the template evaluated to ' '; the reference page does not say what APIM does",
    );
  });
});

// The evaluation records name each slot as the page's attribute (result.evaluations).
it("names the slots it evaluated: template, copy-unmatched-params", async () => {
  const result = await gateway(
    [rewriteUri((c) => "/" + c.Request.Method, { copyUnmatchedParams: (c) => false })],
    "/get",
  ).send({ url: "/store/get?x=1" });
  expect(result.evaluations.map((evaluation) => evaluation.slot)).toEqual([
    "rewrite-uri template",
    "rewrite-uri copy-unmatched-params",
  ]);
  expect(result.backendCalls[0]!.url).toBe("https://backend.example/GET");
});

it("a template query parameter the request lacks is simply not there to copy", async () => {
  expect(await backendUrl([rewriteUri("/put")], "/get?a={b}", "/store/get?c=d")).toBe(
    "https://backend.example/put?c=d",
  );
});

// Usage notes: "You cannot add extra template path parameters": a query value that is not one
// whole {parameter} (here v{b} or {b}v) names none, so {b} is refused in the rewritten URL.
it("a template query value that is not one whole {parameter} names none", async () => {
  for (const urlTemplate of ["/get?a=v{b}", "/get?a={b}v"])
    await expect(
      gateway([rewriteUri("/put/{b}")], urlTemplate).send({ url: "/store/get?a=vx" }),
    ).rejects.toThrow("'{b}' is not a parameter of the operation's URL template");
});

it("refuses an expression template giving null (the page does not say what APIM does)", async () => {
  await expect(
    gateway([rewriteUri(nullHeaderText)], "/get").send({ url: "/store/get" }),
  ).rejects.toThrow(
    "rewrite-uri: the template evaluated to 'null'; the reference page does not say what APIM does",
  );
});
