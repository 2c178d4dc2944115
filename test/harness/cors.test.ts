// cors: the gateway answers preflights from the cors policies alone and decorates actual
// requests from allowed origins, as a browser observes it (test/support/browser-cors.ts applies
// the Fetch standard's checks). Expected values come from cors-policy.md (Attributes, Elements,
// Usage notes); the choices where the page is silent are listed in docs/project-choices.md.
import { describe, expect, it } from "vitest";
import {
  base,
  checkHeader,
  choose,
  cors,
  forwardRequest,
  int,
  ipFilter,
  namedValue,
  policy,
  setHeader,
  when,
  type CorsOptions,
} from "apim-ts";
import { createGateway, type GatewayRequest } from "apim-ts/harness";
import { corsCheck, preflight, preflightAllows, readableHeaders } from "../support/browser-cors.ts";

/** cors-policy.md, "Example" (allow-credentials true, two origins, four methods, max-age 300). */
const PAGE_EXAMPLE: CorsOptions = {
  allowCredentials: true,
  allowedOrigins: ["http://localhost:8080/", "http://example.com/"],
  allowedMethods: ["GET", "POST", "PATCH", "DELETE"],
  preflightResultMaxAge: 300,
  allowedHeaders: [
    "x-zumo-installation-id",
    "x-zumo-application",
    "x-zumo-version",
    "x-zumo-auth",
    "content-type",
    "accept",
  ],
  exposeHeaders: ["x-zumo-installation-id", "x-zumo-application"],
};

function gateway(options: CorsOptions, extra: { before?: boolean } = {}) {
  return createGateway({
    policies: {
      api: policy({
        inbound: [
          ...(extra.before ? [ipFilter({ action: "forbid", addresses: ["203.0.113.10"] })] : []),
          cors(options),
          checkHeader({
            name: "x-zumo-application",
            failedCheckHttpCode: 401,
            failedCheckErrorMessage: "app required",
            ignoreCase: true,
          }),
        ],
        backend: [forwardRequest()],
      }),
    },
    backend: () => ({
      status: 200,
      headers: {
        "x-zumo-application": "demo",
        "x-internal": "secret",
        "content-type": "text/plain",
      },
      body: "ok",
    }),
  });
}

describe("cors: preflight", () => {
  it("the page's example answers an allowed preflight with the documented headers and nothing else runs", async () => {
    // check-header would refuse (no x-zumo-application): only cors runs on a preflight (Usage notes).
    const result = await gateway(PAGE_EXAMPLE).send(
      preflight("http://localhost:8080", "PATCH", "x-zumo-auth, Content-Type"),
    );
    expect(result.status).toBe(200);
    expect(result.body).toBe("");
    expect(result.backendCalls).toHaveLength(0);
    expect(result.lastError).toBeNull();
    expect(result.header("Access-Control-Allow-Origin")).toBe("http://localhost:8080");
    // allow-credentials: "set to the value of this attribute"; preflight-result-max-age: Access-Control-Max-Age.
    expect(result.header("Access-Control-Allow-Credentials")).toBe("true");
    expect(result.header("Access-Control-Max-Age")).toBe("300");
    expect(result.header("Access-Control-Allow-Methods")).toBe("PATCH");
    expect(result.header("Access-Control-Allow-Headers")).toBe("x-zumo-auth, Content-Type");
    expect(
      preflightAllows(result, {
        origin: "http://localhost:8080",
        method: "PATCH",
        headers: ["x-zumo-auth", "content-type"],
        credentials: true,
      }),
    ).toBe(true);
  });

  it("policies before cors do not run on a preflight either", async () => {
    const result = await gateway(PAGE_EXAMPLE, { before: true }).send(
      preflight("http://example.com", "DELETE"),
    );
    expect(result.status).toBe(200);
    expect(result.lastError).toBeNull();
    expect(
      preflightAllows(result, {
        origin: "http://example.com",
        method: "DELETE",
        credentials: true,
      }),
    ).toBe(true);
  });

  it("an origin, method or header the policy does not allow: empty 200 OK that the browser refuses (terminate-unmatched-request true)", async () => {
    const apim = gateway({ ...PAGE_EXAMPLE, terminateUnmatchedRequest: true });
    for (const [request, asked] of [
      [
        preflight("https://evil.example.net", "PATCH"),
        { origin: "https://evil.example.net", method: "PATCH" },
      ],
      [preflight("http://example.com", "PUT"), { origin: "http://example.com", method: "PUT" }],
      [
        preflight("http://example.com", "PATCH", "x-other"),
        { origin: "http://example.com", method: "PATCH", headers: ["x-other"] },
      ],
    ] as const) {
      const result = await apim.send(request);
      expect(result.status).toBe(200);
      expect(result.body).toBe("");
      expect(result.backendCalls).toHaveLength(0);
      expect(result.header("Access-Control-Allow-Origin")).toBeNull();
      expect(preflightAllows(result, { ...asked, credentials: true })).toBe(false);
    }
  });

  it("without allowed-methods only GET and POST are allowed; Access-Control-Max-Age defaults to 0", async () => {
    const apim = gateway({
      allowedOrigins: ["https://app.example.com"],
      allowedHeaders: ["content-type"],
      terminateUnmatchedRequest: true,
    });
    const post = await apim.send(preflight("https://app.example.com", "POST", "content-type"));
    expect(post.header("Access-Control-Max-Age")).toBe("0");
    expect(post.header("Access-Control-Allow-Credentials")).toBe("false");
    expect(
      preflightAllows(post, {
        origin: "https://app.example.com",
        method: "POST",
        headers: ["content-type"],
      }),
    ).toBe(true);
    const put = await apim.send(preflight("https://app.example.com", "PUT"));
    expect(put.header("Access-Control-Allow-Origin")).toBeNull();
  });

  it("'*' allows any origin and any method; '*' in allowed-headers any header", async () => {
    const apim = gateway({ allowedOrigins: ["*"], allowedMethods: ["*"], allowedHeaders: ["*"] });
    const result = await apim.send(preflight("https://anyone.example.org", "PUT", "x-custom"));
    expect(
      preflightAllows(result, {
        origin: "https://anyone.example.org",
        method: "PUT",
        headers: ["x-custom"],
      }),
    ).toBe(true);
  });

  it("named values in origins and headers are substituted", async () => {
    const apim = createGateway({
      namedValues: { "spa-origin": "https://spa.example.com", "spa-header": "x-spa" },
      policies: {
        api: policy({
          inbound: [
            cors({
              allowedOrigins: ["{{spa-origin}}"],
              allowedHeaders: ["{{spa-header}}"],
              terminateUnmatchedRequest: true,
            }),
          ],
          backend: [forwardRequest()],
        }),
      },
    });
    const result = await apim.send(preflight("https://spa.example.com", "GET", "x-spa"));
    expect(
      preflightAllows(result, {
        origin: "https://spa.example.com",
        method: "GET",
        headers: ["x-spa"],
      }),
    ).toBe(true);
  });

  it("an origin's default port is implied (Elements, origin: 80 for http, 443 for https)", async () => {
    const apim = gateway({
      allowedOrigins: ["https://app.example.com:443", "http://legacy.example.com"],
      allowedHeaders: ["accept"],
      terminateUnmatchedRequest: true,
    });
    for (const origin of ["https://app.example.com", "http://legacy.example.com:80"]) {
      const result = await apim.send(preflight(origin, "GET"));
      expect(result.header("Access-Control-Allow-Origin"), origin).toBe(origin);
    }
    const otherPort = await apim.send(preflight("https://app.example.com:8443", "GET"));
    expect(otherPort.header("Access-Control-Allow-Origin")).toBeNull();
  });

  it("terminate-unmatched-request false hands the preflight to the next cors in scope; none left: empty 200 OK", async () => {
    const apim = createGateway({
      policies: {
        global: policy({
          inbound: [
            cors({
              allowedOrigins: ["https://portal.example.com"],
              allowedHeaders: ["accept"],
              terminateUnmatchedRequest: false,
            }),
          ],
          backend: [forwardRequest()],
        }),
        operation: policy({
          inbound: [
            cors({
              allowedOrigins: ["https://app.example.com"],
              allowedHeaders: ["accept"],
              terminateUnmatchedRequest: false,
            }),
            base(),
          ],
          backend: [base()],
        }),
      },
    });
    const portal = await apim.send(preflight("https://portal.example.com", "GET"));
    expect(portal.header("Access-Control-Allow-Origin")).toBe("https://portal.example.com");
    const stranger = await apim.send(preflight("https://stranger.example.com", "GET"));
    expect(stranger.status).toBe(200);
    expect(stranger.header("Access-Control-Allow-Origin")).toBeNull();
    expect(stranger.backendCalls).toHaveLength(0);
  });

  it("expressions in allow-credentials, method and preflight-result-max-age are evaluated on the preflight", async () => {
    const apim = createGateway({
      namedValues: { "cors-max-age": "600", "cors-credentials": "true" },
      policies: {
        api: policy({
          inbound: [
            cors({
              allowCredentials: (context) => namedValue("cors-credentials") === "true",
              allowedOrigins: ["https://app.example.com"],
              allowedMethods: [(context) => "PUT"],
              preflightResultMaxAge: (context) => int.Parse(namedValue("cors-max-age")),
              allowedHeaders: ["accept"],
            }),
          ],
          backend: [forwardRequest()],
        }),
      },
    });
    const result = await apim.send(preflight("https://app.example.com", "PUT"));
    expect(result.header("Access-Control-Allow-Credentials")).toBe("true");
    expect(result.header("Access-Control-Allow-Methods")).toBe("PUT");
    expect(result.header("Access-Control-Max-Age")).toBe("600");
  });

  it("an operation whose method is OPTIONS takes the preflight through the pipeline ('cors policy scenarios' note)", async () => {
    const apim = createGateway({
      operation: { method: "OPTIONS" },
      policies: {
        api: policy({
          inbound: [
            cors({
              allowedOrigins: ["https://app.example.com"],
              allowedMethods: ["OPTIONS"],
              allowedHeaders: ["accept"],
            }),
          ],
          backend: [forwardRequest()],
        }),
      },
    });
    const result = await apim.send(preflight("https://app.example.com", "PUT"));
    expect(result.backendCalls).toHaveLength(1);
  });

  it("without a cors policy a preflight is an ordinary request", async () => {
    const apim = createGateway({});
    expect(await apim.send(preflight("https://app.example.com", "PUT"))).toHaveReachedBackend();
  });

  it("refuses a cors inside choose on a preflight (the page covers direct children of inbound only)", async () => {
    const apim = createGateway({
      policies: {
        api: policy({
          inbound: [
            choose(
              when(
                (context) => true,
                [cors({ allowedOrigins: ["*"], allowedHeaders: ["accept"] })],
              ),
            ),
          ],
          backend: [forwardRequest()],
        }),
      },
    });
    await expect(apim.send(preflight("https://app.example.com", "GET"))).rejects.toThrow(
      /cors inside <choose>/,
    );
  });
});

describe("cors: actual requests", () => {
  const get = (origin: string | undefined, method = "GET"): GatewayRequest => ({
    method,
    url: "/items",
    headers: { "x-zumo-application": "demo", ...(origin ? { Origin: origin } : {}) },
  });

  it("an allowed origin's response carries Allow-Origin, Allow-Credentials and Expose-Headers", async () => {
    const result = await gateway(PAGE_EXAMPLE).send(get("http://example.com"));
    expect(result).toHaveReachedBackend();
    expect(result.header("Access-Control-Allow-Origin")).toBe("http://example.com");
    expect(result.header("Access-Control-Allow-Credentials")).toBe("true");
    expect(result.header("Access-Control-Expose-Headers")).toBe(
      "x-zumo-installation-id, x-zumo-application",
    );
    expect(corsCheck(result, "http://example.com", true)).toBe(true);
    // The page reads the exposed header and the safelisted Content-Type, not x-internal.
    expect(readableHeaders(result)).toContain("x-zumo-application");
    expect(readableHeaders(result)).toContain("content-type");
    expect(readableHeaders(result)).not.toContain("x-internal");
  });

  it("the CORS headers are on the final response also when a later policy refuses the request", async () => {
    const result = await gateway(PAGE_EXAMPLE).send({
      url: "/items",
      headers: { Origin: "http://example.com" },
    });
    expect(result).toBeRejectedWith(401, "HeaderNotFound");
    expect(corsCheck(result, "http://example.com", true)).toBe(true);
  });

  it("a request without Origin is not cross-origin: no CORS headers", async () => {
    const result = await gateway(PAGE_EXAMPLE).send(get(undefined));
    expect(result).toHaveReachedBackend();
    expect(result.header("Access-Control-Allow-Origin")).toBeNull();
  });

  it("terminate-unmatched-request true: an unmatched GET or HEAD ends with an empty 200 OK", async () => {
    const apim = gateway({ ...PAGE_EXAMPLE, terminateUnmatchedRequest: true });
    for (const method of ["GET", "HEAD"]) {
      const result = await apim.send(get("https://evil.example.net", method));
      expect(result.status, method).toBe(200);
      expect(result.body).toBe("");
      expect(result.backendCalls).toHaveLength(0);
      expect(corsCheck(result, "https://evil.example.net", false)).toBe(false);
    }
  });

  it("terminate-unmatched-request false: an unmatched GET goes on without CORS headers", async () => {
    const result = await gateway({ ...PAGE_EXAMPLE, terminateUnmatchedRequest: false }).send(
      get("https://evil.example.net"),
    );
    expect(result).toHaveReachedBackend();
    expect(result.body).toBe("ok");
    expect(corsCheck(result, "https://evil.example.net", false)).toBe(false);
  });

  it("across scopes the first cors that matches decides; an unmatched one with terminate false hands over", async () => {
    const apim = createGateway({
      policies: {
        global: policy({
          inbound: [
            cors({
              allowedOrigins: ["https://portal.example.com", "https://app.example.com"],
              allowedHeaders: ["accept"],
              exposeHeaders: ["x-from-global"],
              terminateUnmatchedRequest: true,
            }),
          ],
          backend: [forwardRequest()],
        }),
        api: policy({
          inbound: [
            cors({
              allowedOrigins: ["https://app.example.com"],
              allowedHeaders: ["accept"],
              exposeHeaders: ["x-from-api"],
              terminateUnmatchedRequest: false,
            }),
            base(),
          ],
          backend: [base()],
        }),
      },
    });
    const app = await apim.send({ url: "/items", headers: { Origin: "https://app.example.com" } });
    expect(app.header("Access-Control-Expose-Headers")).toBe("x-from-api");
    const portal = await apim.send({
      url: "/items",
      headers: { Origin: "https://portal.example.com" },
    });
    expect(portal.header("Access-Control-Expose-Headers")).toBe("x-from-global");
    expect(corsCheck(portal, "https://portal.example.com", false)).toBe(true);
  });

  it("'*' without credentials lets any origin read the response", async () => {
    const result = await gateway({ allowedOrigins: ["*"], allowedHeaders: ["accept"] }).send(
      get("https://anyone.example.org"),
    );
    expect(corsCheck(result, "https://anyone.example.org", false)).toBe(true);
    expect(result.header("Access-Control-Allow-Credentials")).toBeNull();
  });

  it("refuses what the page leaves open", async () => {
    // terminate-unmatched-request omitted: the page states both false and true as its default.
    await expect(gateway(PAGE_EXAMPLE).send(get("https://evil.example.net"))).rejects.toThrow(
      /terminate-unmatched-request is omitted/,
    );
    // An unmatched request other than GET/HEAD: undocumented.
    await expect(
      gateway({ ...PAGE_EXAMPLE, terminateUnmatchedRequest: true }).send(
        get("https://evil.example.net", "POST"),
      ),
    ).rejects.toThrow(/describes unmatched GET and HEAD/);
    // '*' with credentials: which Access-Control-Allow-Origin APIM sends is undocumented.
    await expect(
      gateway({ allowedOrigins: ["*"], allowCredentials: true, allowedHeaders: ["accept"] }).send(
        get("https://a.example"),
      ),
    ).rejects.toThrow(/'\*' with allow-credentials true/);
  });
});

describe("cors: placement and builder rules", () => {
  it("is an inbound policy, once per section", async () => {
    const two = createGateway({
      policies: {
        api: policy({
          inbound: [cors(PAGE_EXAMPLE), cors(PAGE_EXAMPLE)],
          backend: [forwardRequest()],
        }),
      },
    });
    await expect(two.send()).rejects.toThrow(
      /cors\[2\]: <cors> can only be used once in a policy section/,
    );
    const outbound = createGateway({
      policies: {
        // @ts-expect-error cors is an inbound policy
        api: policy({ outbound: [cors(PAGE_EXAMPLE)], backend: [forwardRequest()] }),
      },
    });
    await expect(outbound.send()).rejects.toThrow(/not allowed in the outbound section/);
  });

  it("the builder refuses what the page refuses", () => {
    const ok = { allowedOrigins: ["https://app.example.com"], allowedHeaders: ["accept"] };
    expect(() => cors({ ...ok, allowedOrigins: [] })).toThrow(/at least one origin/);
    expect(() => cors({ ...ok, allowedOrigins: ["*", "https://a.example"] })).toThrow(
      /'\*' must be the only origin/,
    );
    expect(() => cors({ ...ok, allowedOrigins: ["https://*.example.com"] })).toThrow(
      /scheme, host and port only/,
    );
    expect(() => cors({ ...ok, allowedOrigins: ["https://app.example.com/path"] })).toThrow(
      /scheme, host and port only/,
    );
    expect(() => cors({ ...ok, allowedOrigins: ["app.example.com"] })).toThrow(
      /scheme, host and port only/,
    );
    expect(() => cors({ ...ok, allowedMethods: [] })).toThrow(/at least one method/);
    expect(() => cors({ ...ok, allowedMethods: ["GET POST"] })).toThrow(/not an HTTP method/);
    expect(() => cors({ ...ok, preflightResultMaxAge: 30 })).toThrow(/give allowedMethods too/);
    expect(() => cors({ ...ok, allowedMethods: ["GET"], preflightResultMaxAge: -1 })).toThrow(
      /preflight-result-max-age must be/,
    );
    expect(() => cors({ ...ok, allowedHeaders: [] })).toThrow(
      /allowed-headers needs at least one header/,
    );
    expect(() => cors({ ...ok, exposeHeaders: [""] })).toThrow(
      /expose-headers header must be a non-empty/,
    );
    expect(() => cors({ allowedOrigins: ["*"] } as unknown as CorsOptions)).toThrow(
      /allowed-headers is required/,
    );
    expect(() => cors({ ...ok, allowedOrigins: [(() => "x") as unknown as string] })).toThrow(
      /accepts no policy expression/,
    );
  });
});
