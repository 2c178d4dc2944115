// cors: what the request and the configuration bring that the page's examples do not show: how
// the request's headers are read (repeated, padded, listed), named values in origins and header
// lists, expressions that give null, throw or give a negative max-age, several cors policies
// across scopes, and the harness's log. Expected values cite cors-policy.md (Attributes,
// Elements), RFC 9110 for how a field value is read, and docs/project-choices.md ("cors") where
// the page is silent; what neither decides is refused.
import { describe, expect, it } from "vitest";
import { base, cors, forwardRequest, int, policy, type Context, type CorsOptions } from "apim-ts";
import { createGateway, type GatewayRequest } from "apim-ts/harness";
import { corsCheck, preflight, preflightAllows } from "../support/browser-cors.ts";

const APP = "https://app.example.com";

const OPTIONS: CorsOptions = {
  allowedOrigins: [APP],
  allowedMethods: ["GET", "PATCH"],
  allowedHeaders: ["x-zumo-auth", "content-type"],
  terminateUnmatchedRequest: true,
};

function gateway(options: CorsOptions, namedValues: Record<string, string> = {}) {
  return createGateway({
    namedValues,
    policies: { api: policy({ inbound: [cors(options)], backend: [forwardRequest()] }) },
  });
}

/** A cors at the global scope and one at the API scope, which runs first (`<base/>` after it). */
function twoScopes(global: CorsOptions, api: CorsOptions) {
  return createGateway({
    policies: {
      global: policy({ inbound: [cors(global)], backend: [forwardRequest()] }),
      api: policy({ inbound: [cors(api), base()], backend: [base()] }),
    },
  });
}

const get = (origin: string | string[], method = "GET"): GatewayRequest => ({
  method,
  url: "/items",
  headers: { Origin: origin },
});

/** A JavaScript caller's expression that gives null (the types do not allow it). */
const nullText = ((context: Context) =>
  context.Request.Headers.GetValueOrDefault("X-Absent")) as unknown as () => string;
/** Expressions that throw at run time (no client certificate is presented). */
const throwsBool = (context: Context) => context.Request.Certificate!.Verify();

describe("cors: the request's headers", () => {
  it("reads Access-Control-Request-Method without surrounding whitespace (RFC 9110, 5.5)", async () => {
    const result = await gateway(OPTIONS).send(preflight(APP, " PATCH "));
    // The preflight names the requested method (project's choice, docs/project-choices.md).
    expect(result.header("Access-Control-Allow-Methods")).toBe("PATCH");
    expect(preflightAllows(result, { origin: APP, method: "PATCH" })).toBe(true);
  });

  it("reads Access-Control-Request-Headers as a list over several lines, padded, with empty elements (RFC 9110, 5.3 and 5.6.1)", async () => {
    const result = await gateway(OPTIONS).send(
      preflight(APP, "PATCH", [" x-zumo-auth ,, ", "Content-Type"]),
    );
    // The preflight names the requested headers (project's choice, docs/project-choices.md).
    expect(result.header("Access-Control-Allow-Headers")).toBe("x-zumo-auth, Content-Type");
    expect(
      preflightAllows(result, {
        origin: APP,
        method: "PATCH",
        headers: ["x-zumo-auth", "content-type"],
      }),
    ).toBe(true);
  });

  it("a preflight that asks for no headers gets no Access-Control-Allow-Headers", async () => {
    // Project's choice (docs/project-choices.md): the header names what was asked for.
    const result = await gateway(OPTIONS).send(preflight(APP, "PATCH"));
    expect(result.header("Access-Control-Allow-Origin")).toBe(APP);
    expect(result.header("Access-Control-Allow-Headers")).toBeNull();
  });

  it("an opaque origin ('null') matches no listed origin", async () => {
    // cors-policy.md, Elements, origin: "a URI that specifies a single origin"; a browser sends
    // `Origin: null` from a sandboxed or file page, which is none of them.
    const result = await gateway(OPTIONS).send(preflight("null", "GET"));
    expect(result.status).toBe(200);
    expect(result.header("Access-Control-Allow-Origin")).toBeNull();
    expect(result.logText).toContain("cors: preflight not allowed (origin null is not allowed)");
  });

  it("refuses an Origin or Access-Control-Request-Method sent more than once", async () => {
    const apim = gateway(OPTIONS);
    await expect(apim.send(get([APP, "https://other.example.com"]))).rejects.toThrow(
      "cors: the request carries Origin 2 times; a browser sends it once and " +
        "cors-policy.md does not say what APIM does then",
    );
    await expect(apim.send(preflight([APP, APP], "GET"))).rejects.toThrow(
      "cors: the request carries Origin 2 times",
    );
    await expect(apim.send(preflight(APP, ["GET", "PATCH"]))).rejects.toThrow(
      "cors: the request carries Access-Control-Request-Method 2 times",
    );
  });

  it("the log says why a preflight does not match", async () => {
    const apim = gateway(OPTIONS);
    for (const [request, why] of [
      [preflight("https://evil.example.net", "GET"), "origin https://evil.example.net"],
      [preflight(APP, "PUT"), "method PUT"],
      [preflight(APP, "GET", "x-other"), "header x-other"],
    ] as const) {
      const result = await apim.send(request);
      expect(result.header("Access-Control-Allow-Origin")).toBeNull();
      expect(result.logText).toContain(`cors: preflight not allowed (${why} is not allowed)`);
    }
  });
});

describe("cors: named values and expressions", () => {
  it("a named value may give '*' alone, not among other origins (Elements, allowed-origins)", async () => {
    const alone = gateway({ ...OPTIONS, allowedOrigins: ["{{origins}}"] }, { origins: "*" });
    const result = await alone.send(get("https://anyone.example.org"));
    expect(corsCheck(result, "https://anyone.example.org", false)).toBe(true);
    const among = gateway({ ...OPTIONS, allowedOrigins: [APP, "{{origins}}"] }, { origins: "*" });
    await expect(among.send(get(APP))).rejects.toThrow(
      "cors allowed-origins: '*' must be the only origin, but there are 2",
    );
    // '*' with allow-credentials: refused as for a literal '*' (docs/project-choices.md, "cors").
    const credentialed = gateway(
      { ...OPTIONS, allowedOrigins: ["{{origins}}"], allowCredentials: true },
      { origins: "*" },
    );
    await expect(credentialed.send(get(APP))).rejects.toThrow(
      "allowed-origins '*' with allow-credentials true",
    );
  });

  it("refuses a named value that makes an origin other than a URI of scheme, host and port", async () => {
    // cors-policy.md, Elements, origin: "The URI must include a scheme, host, and port."
    const apim = gateway(
      { ...OPTIONS, allowedOrigins: [APP, "{{spa}}"] },
      { spa: "spa.example.com" },
    );
    await expect(apim.send(get(APP))).rejects.toThrow(
      "cors origin 'spa.example.com' is not '*' or a URI of scheme, host and port only",
    );
  });

  it.each([
    ["origin[2]", { allowedOrigins: [APP, "{{code}}"] }],
    ["allowed-headers header[2]", { allowedHeaders: ["accept", "{{code}}"] }],
    ["expose-headers header[2]", { exposeHeaders: ["x-a", "{{code}}"] }],
  ] as const)("names %s when its named value would be a C# expression", async (slot, change) => {
    // A named value may hold a policy expression (Microsoft, "Use named values in Azure API
    // Management policies"); the harness cannot run C# text and refuses, naming the element.
    const apim = gateway({ ...OPTIONS, ...change }, { code: '@("x")' });
    const request = slot === "allowed-headers header[2]" ? preflight(APP, "GET") : get(APP);
    await expect(apim.send(request)).rejects.toThrow(`cors ${slot}: named values in '{{code}}'`);
  });

  it("refuses a method expression that gives null", async () => {
    const apim = gateway({ ...OPTIONS, allowedMethods: ["GET", nullText] });
    await expect(apim.send(preflight(APP, "GET"))).rejects.toThrow(
      "cors method[2]: the expression gave null",
    );
  });

  it("preflight-result-max-age from an expression: 0 is sent, a negative number or a non-integer is refused", async () => {
    const maxAge = ((context: Context) =>
      int.Parse(context.Request.Headers.GetValueOrDefault("X-Age", "0"))) as () => number;
    const apim = gateway({ ...OPTIONS, preflightResultMaxAge: maxAge });
    // cors-policy.md, allowed-methods attributes: Access-Control-Max-Age "will be set to the value
    // of this attribute".
    const zero = await apim.send(preflight(APP, "GET"));
    expect(zero.header("Access-Control-Max-Age")).toBe("0");
    await expect(
      apim.send({
        ...preflight(APP, "GET"),
        headers: { ...preflight(APP, "GET").headers, "X-Age": "-5" },
      }),
    ).rejects.toThrow("cors preflight-result-max-age: -5 is negative");
    const text = gateway({
      ...OPTIONS,
      preflightResultMaxAge: ((context: Context) =>
        context.Request.Headers.GetValueOrDefault("X-Age", "soon")) as unknown as () => number,
    });
    await expect(text.send(preflight(APP, "GET"))).rejects.toThrow(
      "cors preflight-result-max-age: 'soon' is not an integer",
    );
  });

  it.each([
    ["allow-credentials", { allowCredentials: throwsBool }, get(APP)],
    [
      "terminate-unmatched-request",
      { terminateUnmatchedRequest: throwsBool },
      get("https://evil.example.net"),
    ],
  ] as const)(
    "an expression that throws in %s fails the request and the log names it",
    async (slot, change, request) => {
      const result = await gateway({ ...OPTIONS, ...change }).send(request);
      // Microsoft, "Error handling in API Management policies", Predefined errors for built-in
      // steps: ExpressionValueEvaluationFailure (the 500 is the project's choice).
      expect(result).toBeRejectedWith(500, "ExpressionValueEvaluationFailure");
      // The harness's log names the attribute (the project's rule: a located error).
      expect(result.logText).toContain(`cors ${slot}: expression threw`);
    },
  );
});

describe("cors: actual requests and several policies", () => {
  it("without expose-headers the response exposes nothing (Elements, expose-headers)", async () => {
    const result = await gateway(OPTIONS).send(get(APP));
    expect(result.header("Access-Control-Allow-Origin")).toBe(APP);
    expect(result.header("Access-Control-Expose-Headers")).toBeNull();
    expect(result.logText).toContain(`cors: origin ${APP} allowed`);
  });

  it("the log says what happened to a request without Origin and to an unmatched one", async () => {
    const none = await gateway(OPTIONS).send({ url: "/items" });
    expect(none.logText).toContain("cors: no Origin header, not a cross-origin request");
    const terminated = await gateway(OPTIONS).send(get("https://evil.example.net"));
    expect(terminated.logText).toContain(
      "cors: origin https://evil.example.net not allowed, terminated with an empty 200 OK",
    );
    const passed = await gateway({ ...OPTIONS, terminateUnmatchedRequest: false }).send(
      get("https://evil.example.net"),
    );
    expect(passed.logText).toContain(
      "cors: origin https://evil.example.net not allowed, going on without CORS headers",
    );
  });

  it("terminate-unmatched-request true ends a preflight even when a cors at an outer scope would match", async () => {
    // cors-policy.md, Attributes, terminate-unmatched-request: true "immediately terminate[s] the
    // request with an empty 200 OK response"; only false goes on to "other in-scope cors policies".
    const apim = twoScopes(
      { allowedOrigins: ["https://portal.example.com"], allowedHeaders: ["accept"] },
      { ...OPTIONS, terminateUnmatchedRequest: true },
    );
    const result = await apim.send(preflight("https://portal.example.com", "GET"));
    expect(result.status).toBe(200);
    expect(result.header("Access-Control-Allow-Origin")).toBeNull();
    expect(result.backendCalls).toHaveLength(0);
  });

  it("a later cors leaves a request an earlier one answered alone, and says so in the log", async () => {
    // "Generally, only the first cors policy is applied" (Common configuration issues, Policy order).
    const apim = twoScopes(
      { allowedOrigins: [APP], allowedHeaders: ["accept"], exposeHeaders: ["x-global"] },
      OPTIONS,
    );
    const result = await apim.send(get(APP));
    expect(result.header("Access-Control-Expose-Headers")).toBeNull();
    expect(result.logText).toContain("cors: an earlier cors policy already answered this request");
  });

  it("the refusals say what is undocumented and what to write instead", async () => {
    const omitted = gateway({ ...OPTIONS, terminateUnmatchedRequest: undefined });
    // terminate-unmatched-request omitted: the page gives false (Attributes) and true (Common
    // configuration issues) as its default.
    await expect(omitted.send(preflight("https://evil.example.net", "GET"))).rejects.toThrow(
      "cors: the preflight does not match the policy and terminate-unmatched-request is omitted; " +
        "cors-policy.md gives its default as false (Attributes) and as true (Common configuration " +
        "issues, 'Empty 200 OK response'), so set it explicitly",
    );
    await expect(omitted.send(get("https://evil.example.net"))).rejects.toThrow(
      "cors: the GET request from https://evil.example.net does not match the policy",
    );
    await expect(gateway(OPTIONS).send(get("https://evil.example.net", "POST"))).rejects.toThrow(
      "cors: a POST request from origin https://evil.example.net, which the policy does not allow; " +
        "cors-policy.md describes unmatched GET and HEAD requests and preflights only",
    );
    await expect(
      gateway({ ...OPTIONS, allowedOrigins: ["*"], allowCredentials: true }).send(get(APP)),
    ).rejects.toThrow(
      "cors: allowed-origins '*' with allow-credentials true: cors-policy.md does not say which " +
        "Access-Control-Allow-Origin APIM then sends, and a browser refuses '*' on a credentialed " +
        "request (Fetch standard, CORS check); list the origins instead",
    );
  });
});
