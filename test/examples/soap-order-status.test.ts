// policy-src/examples/soap-order-status: the order id read from a SOAP envelope (namespaced,
// prefixes chosen by the caller, the body kept for the backend), 400 without one, the SOAP
// answer turned into JSON and a SOAP Fault into 502; then every recorded expression evaluation
// replayed through the emitted C# against System.Xml.Linq on mono with zero divergences.
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import soapOrderStatus from "../../policy-src/examples/soap-order-status.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();
const SOAP = "http://schemas.xmlsoap.org/soap/envelope/";

const request = (prefix: string, body: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<${prefix}:Envelope xmlns:${prefix}="${SOAP}">\n  <${prefix}:Body>${body}</${prefix}:Body>\n</${prefix}:Envelope>`;
const getStatus = (id: string) =>
  `<GetOrderStatus xmlns="urn:contoso:orders"><OrderId>${id}</OrderId></GetOrderStatus>`;
const answer = (body: string) =>
  `<soap:Envelope xmlns:soap="${SOAP}" xmlns:o="urn:contoso:orders"><soap:Body>${body}</soap:Body></soap:Envelope>`;
const STATUS = answer(
  "<o:GetOrderStatusResponse><o:Status>Shipped</o:Status><o:Updated>2030-06-14</o:Updated></o:GetOrderStatusResponse>",
);
const FAULT = answer(
  "<soap:Fault><faultcode>soap:Server</faultcode><faultstring>Order store &lt;offline&gt;</faultstring></soap:Fault>",
);

async function send(body: string | undefined, backendBody: string, name: string) {
  const apim = createGateway({
    policies: { operation: soapOrderStatus },
    backend: () => ({ status: 200, headers: { "Content-Type": ["text/xml"] }, body: backendBody }),
  });
  const result = await apim.send({
    method: "POST",
    headers: { "Content-Type": ["text/xml"] },
    ...(body === undefined ? {} : { body }),
  });
  recorder.add(result, name, "soap-order-status");
  return result;
}

describeWithCSharp("example: a SOAP value extracted from XML", (toolchain) => {
  it("forwards the envelope's OrderId as a header and keeps the envelope for the backend", async () => {
    const envelope = request("soapenv", getStatus("A-42"));
    const result = await send(envelope, STATUS, "order id with soapenv prefix");
    expect(result.status).toBe(200);
    expect(result.backendCalls[0]!.headers["X-Order-Id"]).toEqual(["A-42"]);
    expect(result.backendCalls[0]!.body).toBe(envelope);
    expect(result.body).toBe('{"orderId":"A-42","status":"Shipped","updated":"2030-06-14"}');
  });

  it("finds the value by namespace, whatever prefix the caller chose", async () => {
    const prefixed = request(
      "s",
      '<m:GetOrderStatus xmlns:m="urn:contoso:orders"><m:OrderId>7&amp;8</m:OrderId></m:GetOrderStatus>',
    );
    const result = await send(prefixed, STATUS, "order id with m: prefix and an entity");
    expect(result.backendCalls[0]!.headers["X-Order-Id"]).toEqual(["7&8"]);
    // An OrderId in another namespace is not the order service's.
    const other = await send(
      request("s", '<GetOrderStatus xmlns="urn:other"><OrderId>9</OrderId></GetOrderStatus>'),
      STATUS,
      "order id in another namespace",
    );
    expect(other.status).toBe(400);
    expect(other.backendCalls).toHaveLength(0);
  });

  it("answers 400 itself without a body or an OrderId", async () => {
    const none = await send(undefined, STATUS, "no body");
    expect(none.status).toBe(400);
    expect(none.body).toBe('{"error":"the SOAP envelope names no OrderId"}');
    const empty = await send(request("soap", getStatus("")), STATUS, "empty OrderId");
    expect(empty.status).toBe(400);
  });

  it("turns a SOAP Fault into 502 with the fault's text", async () => {
    const result = await send(request("soap", getStatus("A-1")), FAULT, "SOAP fault");
    expect(result.status).toBe(502);
    expect(result.body).toBe('{"error":"Order store <offline>"}');
  });

  it("reports an absent Updated as null", async () => {
    const result = await send(
      request("soap", getStatus("B-2")),
      answer("<o:GetOrderStatusResponse><o:Status>Open</o:Status></o:GetOrderStatusResponse>"),
      "no Updated element",
    );
    expect(result.body).toBe('{"orderId":"B-2","status":"Open","updated":null}');
  });

  replayAfterAll(recorder, toolchain, { minimum: 16 });
});
