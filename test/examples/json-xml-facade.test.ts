// policy-src/examples/json-xml-facade: a JSON facade over an XML backend (json-to-xml inbound,
// xml-to-json outbound, backend faults as 502) through the simulated gateway, then every recorded
// expression evaluation replayed through the emitted C# (mono) with zero divergences.
import { expect, it } from "vitest";
import { createGateway, type MockResponse, type OutgoingRequest } from "apim-ts/harness";
import facade from "../../policy-src/examples/json-xml-facade.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const XML_ORDER = "<order><id>42</id><status>shipped</status></order>";

function gateway(answer: MockResponse) {
  const received: OutgoingRequest[] = [];
  const apim = createGateway({
    policies: { operation: facade },
    backend: (request) => {
      received.push(request);
      return answer;
    },
  });
  return { apim, received };
}

const xmlAnswer = (status: number, body = XML_ORDER): MockResponse => ({
  status,
  headers: { "Content-Type": "application/xml" },
  body,
});

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "json-xml-facade");
  return result;
};

describeWithCSharp("example: a JSON facade over an XML backend", (toolchain) => {
  it("a JSON request reaches the backend as XML; its XML answer reaches the caller as JSON", async () => {
    const { apim, received } = gateway(xmlAnswer(200));
    const result = record(
      await apim.send({
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: '{"order":{"id":"42","qty":"3"}}',
      }),
      "json in, json out",
    );
    expect(received[0]!.headers["Accept"]).toEqual(["application/xml"]);
    expect(received[0]!.headers["Content-Type"]).toEqual(["application/xml"]);
    expect(received[0]!.body.replace(/\s/g, "")).toBe("<order><id>42</id><qty>3</qty></order>");
    expect(result.status).toBe(200);
    expect(result.headers["Content-Type"]).toEqual(["application/json"]);
    expect(JSON.parse(result.body!)).toEqual({ order: { id: "42", status: "shipped" } });
  });

  it("a request that is not JSON is passed on as it is", async () => {
    const { apim, received } = gateway(xmlAnswer(200));
    record(
      await apim.send({ method: "POST", headers: { "Content-Type": "text/plain" }, body: "ping" }),
      "text passes",
    );
    expect(received[0]!.body).toBe("ping");
  });

  it("a backend fault becomes 502 Bad Gateway, its XML body converted like any answer", async () => {
    const { apim } = gateway(xmlAnswer(503, "<fault><code>busy</code></fault>"));
    const result = record(await apim.send(), "backend fault");
    expect(result.status).toBe(502);
    expect(result.reason).toBe("Bad Gateway");
    expect(JSON.parse(result.body!)).toEqual({ fault: { code: "busy" } });
  });

  it("a 4xx from the backend keeps its status", async () => {
    const { apim } = gateway(xmlAnswer(404, "<error>no such order</error>"));
    const result = record(await apim.send(), "not found");
    expect(result.status).toBe(404);
    expect(JSON.parse(result.body!)).toEqual({ error: "no such order" });
  });

  replayAfterAll(recorder, toolchain, { minimum: 4 });
});
