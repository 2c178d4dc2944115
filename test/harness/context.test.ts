// The runtime `context`: headers (case-insensitive, multi-valued, "," join), URL parts, matched
// parameters, body consumption, deployment, the virtual clock behind DateTime.Now / UtcNow.
import { describe, expect, it } from "vitest";
import {
  DateTime,
  Formatting,
  forwardRequest,
  policy,
  returnResponse,
  setBody,
  setHeader,
  setVariable,
} from "apim-ts";
import type { Expression, JArray, JObject, JToken } from "apim-ts";
import { createGateway, HarnessRefusal, VirtualClock } from "apim-ts/harness";

/** Sends one request through a policy that copies an expression's value into a response header. */
async function probe(
  expression: Expression<string>,
  request: Parameters<ReturnType<typeof createGateway>["send"]>[0] = {},
  options = {},
) {
  const gateway = createGateway({
    ...options,
    policies: {
      operation: policy({ inbound: [returnResponse([setHeader("X-Probe", expression)])] }),
    },
  });
  const result = await gateway.send(request);
  return result.header("X-Probe");
}

describe("context.Request.Headers", () => {
  it("matches names case-insensitively", async () => {
    expect(
      await probe((c) => c.Request.Headers.GetValueOrDefault("x-client-certificate", ""), {
        headers: { "X-Client-Certificate": "abc" },
      }),
    ).toBe("abc");
  });

  it("joins multiple values with ',' and no space", async () => {
    expect(
      await probe((c) => c.Request.Headers.GetValueOrDefault("Accept", ""), {
        headers: { accept: ["a/b", "c/d"] },
      }),
    ).toBe("a/b,c/d");
  });

  it("gives null when absent and no default, else the default", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({
          inbound: [
            returnResponse([
              setHeader("X-Null", (c) =>
                c.Request.Headers.GetValueOrDefault("nope") === null ? "null" : "not null",
              ),
              setHeader("X-Default", (c) =>
                c.Request.Headers.GetValueOrDefault("nope", "fallback"),
              ),
              setHeader("X-Contains", (c) =>
                c.Request.Headers.ContainsKey("HOST-NAME") ? "yes" : "no",
              ),
            ]),
          ],
        }),
      },
    });
    const result = await gateway.send({ headers: { "host-name": "x" } });
    expect([
      result.header("X-Null"),
      result.header("X-Default"),
      result.header("X-Contains"),
    ]).toEqual(["null", "fallback", "yes"]);
  });
});

describe("context.Request", () => {
  it("exposes URL parts, method and caller IP", async () => {
    const gateway = createGateway({
      api: { path: "mtls" },
      operation: { urlTemplate: "/users/{id}" },
      policies: {
        operation: policy({
          inbound: [
            returnResponse([
              setHeader(
                "X-Url",
                (c) =>
                  c.Request.Url.Scheme +
                  "|" +
                  c.Request.Url.Host +
                  "|" +
                  c.Request.Url.Path +
                  "|" +
                  c.Request.Url.QueryString,
              ),
              setHeader("X-Query", (c) => c.Request.Url.Query.GetValueOrDefault("Q", "")),
              setHeader("X-Id", (c) => c.Request.MatchedParameters.GetValueOrDefault("id", "")),
              setHeader("X-Method", (c) => c.Request.Method),
              setHeader("X-Ip", (c) => c.Request.IpAddress),
            ]),
          ],
        }),
      },
    });
    const result = await gateway.send({
      method: "post",
      url: "/mtls/users/42?q=1&q=2",
      ipAddress: "198.51.100.7",
    });
    expect(result.header("X-Url")).toBe(
      "https|apim-ts-sample.azure-api.net|/mtls/users/42|?q=1&q=2",
    );
    expect(result.header("X-Query")).toBe("1,2");
    expect(result.header("X-Id")).toBe("42");
    expect(result.header("X-Method")).toBe("POST");
    expect(result.header("X-Ip")).toBe("198.51.100.7");
  });

  it("Certificate is null without a client certificate", async () => {
    expect(await probe((c) => (c.Request.Certificate === null ? "none" : "some"))).toBe("none");
  });

  it("reading the body without preserveContent consumes it: the harness refuses a second read", async () => {
    // APIM documents only that the body is unavailable after such a read (policy expressions page,
    // IMessageBody), not what a second read does: the harness refuses instead of inventing it.
    const gateway = createGateway({
      policies: {
        operation: policy({
          inbound: [
            setVariable("first", (c) => c.Request.Body!.As(true)),
            setVariable("second", (c) => c.Request.Body!.As()),
            setVariable("third", (c) => c.Request.Body!.As()),
          ],
          backend: [],
        }),
      },
    });
    await expect(gateway.send({ method: "POST", body: "payload" })).rejects.toThrow(HarnessRefusal);
    await expect(gateway.send({ method: "POST", body: "payload" })).rejects.toThrow(
      /already read without preserveContent/,
    );
  });

  it("reads a JSON body as JObject, JArray or JToken with Json.NET's reader", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({
          inbound: [
            setVariable(
              "name",
              (c) => (c.Request.Body!.As<JObject>(true)["name"] as string | null) ?? "",
            ),
            setVariable("count", (c) =>
              c.Request.Body!.As<JToken>(true)["items"]!.ToString(Formatting.None),
            ),
            setVariable("text", (c) => c.Request.Body!.As()),
          ],
          backend: [],
        }),
      },
    });
    const result = await gateway.send({ method: "POST", body: '{"name":"Zoë","items":[1,2.0]}' });
    expect(result.variables.name).toEqual({ type: "string", value: "Zoë" });
    // Json.NET keeps a float's ".0" (JsonConvert.ToString(double)).
    expect(result.variables.count).toEqual({ type: "string", value: "[1,2.0]" });
    expect(result.variables.text).toEqual({
      type: "string",
      value: '{"name":"Zoë","items":[1,2.0]}',
    });
  });

  it("a body that is not JSON of the kind read fails with APIM's message", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({
          inbound: [setVariable("a", (c) => c.Request.Body!.As<JArray>(true).Count)],
          backend: [],
        }),
      },
    });
    const result = await gateway.send({ method: "POST", body: '{"not":"an array"}' });
    expect(result.lastError).toMatchObject({ Reason: "ExpressionValueEvaluationFailure" });
    // MicrosoftDocs/azure-docs#95956 quotes APIM: "The message body is not a valid JSON. ...".
    expect(result.evaluations.at(-1)!.outcome).toMatchObject({
      exception: {
        type: "Newtonsoft.Json.JsonReaderException",
        message: expect.stringMatching(/^The message body is not a valid JSON\. /),
      },
    });
  });

  it("a consumed request body reaches the backend empty; set-body makes it readable again", async () => {
    const consumed = createGateway({
      policies: {
        operation: policy({
          inbound: [setVariable("b", (c) => c.Request.Body!.As())],
          backend: [forwardRequest()],
        }),
      },
    });
    expect((await consumed.send({ method: "POST", body: "payload" })).backendCalls[0]!.body).toBe(
      "",
    );
    const replaced = createGateway({
      policies: {
        operation: policy({
          inbound: [setVariable("b", (c) => c.Request.Body!.As()), setBody("new")],
          backend: [forwardRequest()],
        }),
      },
    });
    expect((await replaced.send({ method: "POST", body: "payload" })).backendCalls[0]!.body).toBe(
      "new",
    );
  });
});

describe("context.Deployment and the clock", () => {
  it("exposes the service name, region and the managed gateway id", async () => {
    const value = await probe(
      (c) => c.Deployment.ServiceName + "|" + c.Deployment.Region + "|" + c.Deployment.GatewayId,
      {},
      {
        deployment: { serviceName: "contoso", region: "North Europe" },
      },
    );
    expect(value).toBe("contoso|North Europe|managed");
  });

  it("DateTime.UtcNow is the virtual instant; DateTime.Now is the gateway's local time", async () => {
    const clock = new VirtualClock({ instant: "2030-01-15T10:00:00Z", timeZone: "+02:00" });
    const gateway = createGateway({
      clock,
      policies: {
        operation: policy({
          inbound: [
            returnResponse([
              setHeader("X-Utc", () => DateTime.UtcNow.ToString("s")),
              setHeader("X-Local", () => DateTime.Now.ToString("s")),
            ]),
          ],
        }),
      },
    });
    let result = await gateway.send();
    expect([result.header("X-Utc"), result.header("X-Local")]).toEqual([
      "2030-01-15T10:00:00",
      "2030-01-15T12:00:00",
    ]);
    clock.advance({ hours: 1, minutes: 30 });
    result = await gateway.send();
    expect(result.header("X-Utc")).toBe("2030-01-15T11:30:00");
  });
});
