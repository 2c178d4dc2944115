// proxy: recorded on every request forward-request sends afterwards, named values and expressions
// resolved, a URL APIM does not accept refused. wait: its children all complete (for="all"), one
// child under for="any", and the refusals where parallel completion would need latencies the
// harness does not have.
import { describe, expect, it } from "vitest";
import {
  cacheLookupValue,
  choose,
  csharp,
  forwardRequest,
  policy,
  proxy,
  retry,
  returnResponse,
  sendRequest,
  setHeader,
  setStatus,
  trace,
  wait,
  when,
  type Response,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";

describe("proxy", () => {
  it("records the proxy, with its named-value credentials, on the forwarded request", async () => {
    const result = await createGateway({
      namedValues: { username: "svc", password: "s3cret" },
      policies: {
        operation: policy({
          inbound: [
            proxy({
              url: "http://192.168.1.1:8080",
              username: "{{username}}",
              password: "{{password}}",
            }),
          ],
          backend: [forwardRequest()],
        }),
      },
    }).send();
    expect(result.backendCalls[0]!.proxy).toEqual({
      url: "http://192.168.1.1:8080",
      username: "svc",
      password: "s3cret",
    });
  });

  it("without proxy no proxy is recorded; an expression URL that is https is refused", async () => {
    const direct = await createGateway({
      policies: { operation: policy({ backend: [forwardRequest()] }) },
    }).send();
    expect(direct.backendCalls[0]!.proxy).toBeUndefined();
    const https = createGateway({
      policies: {
        operation: policy({
          inbound: [proxy({ url: (c) => "https://" + c.Api.Id + ":8443" })],
          backend: [forwardRequest()],
        }),
      },
    });
    await expect(https.send()).rejects.toThrow(/only HTTP, not HTTPS/);
  });

  it("inside send-request it is that call's proxy only, not the forwarded request's", async () => {
    const result = await createGateway({
      api: { id: "orders" },
      services: { "https://audit.example": () => ({ status: 204 }) },
      policies: {
        operation: policy({
          inbound: [
            sendRequest({
              responseVariableName: "audit",
              url: "https://audit.example",
              method: "GET",
              proxy: proxy({ url: (c) => "http://" + c.Api.Id + ":3128", username: "svc" }),
            }),
          ],
          backend: [forwardRequest()],
        }),
      },
    }).send();
    expect(result.serviceCalls[0]!.proxy).toEqual({ url: "http://orders:3128", username: "svc" });
    expect(result.backendCalls[0]!.proxy).toBeUndefined();
  });
});

/** A wait child that lets the virtual clock advance 2 s: a retry's wait (inside choose, as wait allows). */
const retryingChild = () =>
  choose(
    when(
      (c) => c.Request.Method === "GET",
      [
        retry({ condition: (c) => true, count: 1, interval: 2 }, [
          sendRequest({ responseVariableName: "r", url: "https://one.example", method: "GET" }),
        ]),
      ],
    ),
  );

/** Two send-request children, to https://one.example (r1) and https://two.example (r2). */
const twoRequests = () =>
  [
    ["r1", "https://one.example"],
    ["r2", "https://two.example"],
  ].map(([responseVariableName, url]) =>
    sendRequest({ responseVariableName: responseVariableName!, url: url!, method: "GET" }),
  );

describe("wait", () => {
  const services = {
    "https://one.example": () => ({ status: 200, body: "one" }),
    "https://two.example": () => ({ status: 201, body: "two" }),
  };

  it('for="all": every child completes before the next statement', async () => {
    const apim = createGateway({
      services,
      policies: {
        operation: policy({
          inbound: [
            wait([
              ...twoRequests(),
              cacheLookupValue({ key: "k", variableName: "cached", defaultValue: "miss" }),
            ]),
            setHeader(
              "X-Results",
              (c) =>
                `${c.Variables.GetValueOrDefault<Response>("r1")!.StatusCode},` +
                `${c.Variables.GetValueOrDefault<Response>("r2")!.StatusCode},` +
                c.Variables.GetValueOrDefault<string>("cached", "?"),
            ),
          ],
          backend: [forwardRequest()],
        }),
      },
    });
    const result = await apim.send();
    expect(result.serviceCalls.map((call) => call.url)).toEqual([
      "https://one.example",
      "https://two.example",
    ]);
    expect(result).toHaveReachedBackend({ headers: { "x-results": "200,201,miss" } });
  });

  it('for="any" with one child is that child; with several it is refused', async () => {
    const one = await createGateway({
      services,
      policies: {
        operation: policy({
          inbound: [
            wait(
              [
                sendRequest({
                  responseVariableName: "r1",
                  url: "https://one.example",
                  method: "GET",
                }),
              ],
              {
                for: "any",
              },
            ),
          ],
        }),
      },
    }).send();
    expect(one.serviceCalls).toHaveLength(1);
    const several = createGateway({
      services,
      policies: {
        operation: policy({
          inbound: [
            wait([...twoRequests()], { for: (c) => (c.Request.Method === "GET" ? "any" : "all") }),
          ],
        }),
      },
    });
    await expect(several.send()).rejects.toThrow(/for="any" over 2 children/);
    expect((await several.send({ method: "POST" })).serviceCalls).toHaveLength(2);
  });

  it("a child that advances the virtual clock beside another is refused", async () => {
    const apim = createGateway({
      services: { "https://one.example": () => ({ status: 500 }) },
      policies: {
        operation: policy({
          inbound: [wait([retryingChild(), cacheLookupValue({ key: "k", variableName: "v" })])],
        }),
      },
    });
    await expect(apim.send()).rejects.toThrow(/virtual clock advance/);
  });

  // wait-policy.md, Attributes: for "Determines whether the wait policy waits for all immediate
  // child policies to be completed or just one. Allowed values are: all, any".
  it("refuses a for expression giving another value; the log counts the completed children", async () => {
    const apim = createGateway({
      services,
      policies: {
        operation: policy({
          inbound: [
            wait(
              [
                sendRequest({
                  responseVariableName: "r1",
                  url: "https://one.example",
                  method: "GET",
                }),
              ],
              {
                for: csharp('@(context.Request.Method == "GET" ? "some" : "all")', (c) =>
                  c.Request.Method === "GET" ? ("some" as "all") : "all",
                ),
              },
            ),
          ],
        }),
      },
    });
    await expect(apim.send()).rejects.toThrow(
      `wait[1]: for is 'some'; wait-policy.md allows "all" or "any"`,
    );
    const result = await apim.send({ method: "POST" });
    expect(result.logText).toContain('wait[1]: 1 children completed (for="all")');
  });

  it("one child may let the virtual clock advance (nothing runs beside it)", async () => {
    const apim = createGateway({
      clock: { instant: Date.parse("2030-01-01T00:00:00Z") },
      services: { "https://one.example": () => ({ status: 500 }) },
      policies: {
        operation: policy({
          inbound: [wait([retryingChild()])],
        }),
      },
    });
    const result = await apim.send();
    expect(result.serviceCalls).toHaveLength(2);
    expect(apim.clock.now()).toBe(Date.parse("2030-01-01T00:00:02Z"));
  });

  it("a child that ends the pipeline ends the wait: the children after it do not run", async () => {
    const result = await createGateway({
      services,
      policies: {
        operation: policy({
          inbound: [
            wait([
              choose(when((c) => c.Request.Method === "GET", [returnResponse([setStatus(202)])])),
              sendRequest({
                responseVariableName: "r1",
                url: "https://one.example",
                method: "GET",
              }),
            ]),
            trace({ source: "after", message: "after" }),
          ],
        }),
      },
    }).send();
    expect([result.status, result.serviceCalls.length, result.traces.length]).toEqual([202, 0, 0]);
  });
});
