// xml-to-json (xml-to-json-policy.md): the body of the message in scope from XML to JSON when
// `apply` and `consider-accept-header` say so; kind="direct" as an observed APIM conversion shows
// it (FYIcenter, dev.fyicenter.com/1000733: "$" for ":", "@" for attributes, the declaration's
// version), always-array-child-elements as the page describes it. The rest is refused.
import { describe, expect, it } from "vitest";
import {
  base,
  csharp,
  policy,
  setVariable,
  xmlToJson,
  type XmlToJsonKind,
  type XmlToJsonOptions,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";

// The observed report's SOAP answer.
const SOAP = `<?xml version="1.0"?>
<soap:Envelope xmlns="http://fyicenter.com/"
    xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
    <soap:Body>
        <GetOrders>
            <Customer>1234567</Customer>
        </GetOrders>
    </soap:Body>
</soap:Envelope>`;

function outbound(
  kind: XmlToJsonKind,
  options: XmlToJsonOptions,
  body: string,
  contentType = "text/xml",
) {
  return createGateway({
    backend: () => ({ headers: { "Content-Type": contentType }, body }),
    policies: {
      operation: policy({ backend: [base()], outbound: [base(), xmlToJson(kind, options)] }),
    },
  });
}

describe("xml-to-json", () => {
  it("the page's example (direct, always, consider-accept-header false) on the observed SOAP answer", async () => {
    const result = await outbound(
      "direct",
      { apply: "always", considerAcceptHeader: false },
      SOAP,
    ).send();
    expect(JSON.parse(result.body)).toEqual({
      version: "1.0",
      soap$Envelope: {
        "@xmlns": "http://fyicenter.com/",
        "@xmlns$soap": "http://schemas.xmlsoap.org/soap/envelope/",
        soap$Body: { GetOrders: { Customer: "1234567" } },
      },
    });
    expect(result.header("Content-Type")).toBe("application/json");
  });

  it("repeated child elements become an array; always-array-child-elements makes every child one", async () => {
    const xml = "<order><item>a</item><item>b</item><id>7</id></order>";
    const options = { apply: "always", considerAcceptHeader: false } as const;
    expect(JSON.parse((await outbound("direct", options, xml).send()).body)).toEqual({
      order: { item: ["a", "b"], id: "7" },
    });
    const always = { ...options, alwaysArrayChildElements: true };
    expect(JSON.parse((await outbound("direct", always, xml).send()).body)).toEqual({
      order: { item: ["a", "b"], id: ["7"] },
    });
  });

  it("consider-accept-header (default true) converts only when the request's Accept asks for JSON", async () => {
    const gateway = outbound("direct", { apply: "always" }, "<a>1</a>");
    expect((await gateway.send({ headers: { Accept: "text/xml" } })).body).toBe("<a>1</a>");
    expect(
      JSON.parse((await gateway.send({ headers: { Accept: "application/json" } })).body),
    ).toEqual({ a: "1" });
  });

  it("apply content-type-xml converts only an XML Content-Type", async () => {
    const options = { apply: "content-type-xml", considerAcceptHeader: false } as const;
    expect((await outbound("direct", options, "<a>1</a>", "text/plain").send()).body).toBe(
      "<a>1</a>",
    );
    expect(
      JSON.parse(
        (await outbound("direct", options, "<a>1</a>", "application/soap+xml").send()).body,
      ),
    ).toEqual({ a: "1" });
  });

  it("converts the request in inbound; attributes accept expressions", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            xmlToJson(
              (context) => (context.Request.Method === "POST" ? "direct" : "javascript-friendly"),
              {
                apply: (context) => "always",
                considerAcceptHeader: (context) => context.Request.Method !== "POST",
                alwaysArrayChildElements: (context) => false,
              },
            ),
          ],
          backend: [base()],
        }),
      },
    }).send({ method: "POST", body: '<p:doc xmlns:p="urn:p" id="1"><p:item>x</p:item></p:doc>' });
    expect(JSON.parse(result.backendCalls[0]!.body)).toEqual({
      p$doc: { "@xmlns$p": "urn:p", "@id": "1", p$item: "x" },
    });
    // The evaluation records name each slot as the page's attribute.
    expect(result.evaluations.map((evaluation) => evaluation.slot)).toEqual([
      "xml-to-json kind",
      "xml-to-json apply",
      "xml-to-json consider-accept-header",
      "xml-to-json always-array-child-elements",
    ]);
  });

  it("refuses javascript-friendly, empty elements, text beside elements, comments and bad XML", async () => {
    const options = { apply: "always", considerAcceptHeader: false } as const;
    await expect(outbound("javascript-friendly", options, "<a>1</a>").send()).rejects.toThrow(
      "xml-to-json kind='javascript-friendly': the page does not show its JSON form and no observed conversion does; the harness converts kind='direct' only",
    );
    await expect(outbound("direct", options, "<a><b/></a>").send()).rejects.toThrow(/is empty/);
    await expect(outbound("direct", options, '<a x="1">t</a>').send()).rejects.toThrow(
      /text beside/,
    );
    await expect(outbound("direct", options, "<a><!-- c --><b>1</b></a>").send()).rejects.toThrow(
      /comment/,
    );
    await expect(outbound("direct", options, "<a>").send()).rejects.toThrow(/not well-formed/);
  });

  // Attributes: consider-accept-header converts "if JSON is requested in request Accept header";
  // apply="content-type-xml" "if response Content-Type header indicates presence of XML". Which
  // media types count is the project's choice (docs/project-choices.md): application/json or
  // +json; application/xml, text/xml or +xml; parameters and case do not matter.
  it("reads media types with parameters, in any case, over several Accept lines", async () => {
    const accept = (value: string | string[]) =>
      outbound("direct", { apply: "always" }, "<a>1</a>").send({ headers: { Accept: value } });
    expect((await accept(["text/plain", "Application/JSON;q=0.9"])).body).toContain('"a": "1"');
    expect((await accept("application/problem+json")).body).toContain('"a": "1"');
    const jsonish = await accept("application/jsonish");
    expect(jsonish.body).toBe("<a>1</a>");
    expect(jsonish.logText).toContain(
      "xml-to-json: the request's Accept header asks for no JSON; not converted",
    );
    const typed = (contentType: string) =>
      outbound(
        "direct",
        { apply: "content-type-xml", considerAcceptHeader: false },
        "<a>1</a>",
        contentType,
      ).send();
    expect((await typed("text/xml; charset=utf-8")).body).toContain('"a": "1"');
    expect((await typed("Application/XML")).body).toContain('"a": "1"');
    const plain = await typed("text/xmlish");
    expect(plain.body).toBe("<a>1</a>");
    expect(plain.logText).toContain(
      "xml-to-json: Content-Type 'text/xmlish' is not XML; not converted",
    );
  });

  it("logs the length of what it converted", async () => {
    const result = await outbound(
      "direct",
      { apply: "always", considerAcceptHeader: false },
      "<a>1</a>",
    ).send();
    expect(result.body).toBe('{\n    "a": "1"\n}');
    expect(result.logText).toContain("xml-to-json: converted (16 characters)");
  });

  it("refuses a kind or apply outside their values, no body and a consumed body", async () => {
    const run = (
      kind: Parameters<typeof xmlToJson>[0],
      options: XmlToJsonOptions,
      body: string | undefined,
      read = false,
    ) =>
      createGateway({
        backend: () => ({ headers: { "Content-Type": "text/xml" }, body }),
        policies: {
          operation: policy({
            backend: [base()],
            outbound: [
              ...(read ? [setVariable("read", (c) => c.Response.Body!.As())] : []),
              xmlToJson(kind, options),
            ],
          }),
        },
      }).send();
    const always = { apply: "always", considerAcceptHeader: false } as const;
    await expect(
      run(
        csharp('@("indirect")', () => "indirect" as "direct"),
        always,
        "<a>1</a>",
      ),
    ).rejects.toThrow("xml-to-json kind: 'indirect' is neither 'javascript-friendly' nor 'direct'");
    await expect(
      run("direct", { apply: csharp('@("never")', () => "never" as "always") }, "<a>1</a>"),
    ).rejects.toThrow("xml-to-json apply: 'never' is neither 'always' nor 'content-type-xml'");
    await expect(run("direct", always, undefined)).rejects.toThrow(
      "xml-to-json: the message has no body; the page does not say what APIM does then",
    );
    await expect(run("direct", always, "<a>1</a>", true)).rejects.toThrow(
      "xml-to-json: the body was already read without preserveContent; the page does not say what APIM converts then",
    );
  });

  it("without an Accept or a Content-Type header it does not convert, and says why", async () => {
    const noAccept = await outbound("direct", { apply: "always" }, "<a>1</a>").send();
    expect(noAccept.body).toBe("<a>1</a>");
    expect(noAccept.logText).toContain(
      "xml-to-json: the request's Accept header asks for no JSON; not converted",
    );
    const untyped = await createGateway({
      backend: () => ({ body: "<a>1</a>" }),
      policies: {
        operation: policy({
          backend: [base()],
          outbound: [
            xmlToJson("direct", { apply: "content-type-xml", considerAcceptHeader: false }),
          ],
        }),
      },
    }).send();
    expect(untyped.body).toBe("<a>1</a>");
    expect(untyped.logText).toContain("xml-to-json: Content-Type '' is not XML; not converted");
    const twoLines = await outbound(
      "direct",
      { apply: "content-type-xml", considerAcceptHeader: false },
      "<a>1</a>",
      ["text/plain", "text/xml"] as never,
    ).send();
    expect(twoLines.logText).toContain(
      "xml-to-json: Content-Type 'text/plain,text/xml' is not XML; not converted",
    );
  });
});
