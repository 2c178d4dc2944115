// json-to-xml (json-to-xml-policy.md): the body of the message in scope from JSON to XML, when
// `apply` and `consider-accept-header` say so; namespace declarations and the attribute block as
// the page's example shows them. What the page does not show is refused.
import { describe, expect, it } from "vitest";
import { base, jsonToXml, policy, setVariable, type JsonToXmlOptions } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

// The page's example backend answer.
const SOAP_JSON = JSON.stringify({
  "soapenv:Envelope": {
    "xmlns:soapenv": "http://schemas.xmlsoap.org/soap/envelope/",
    "xmlns:v1": "http://localdomain.com/core/v1",
    "soapenv:Header": {},
    "soapenv:Body": {
      "v1:QueryList": {
        "#attrs": { queryName: "test" },
        "v1:QueryItem": { name: "dummy text" },
      },
    },
  },
});

function outbound(options: JsonToXmlOptions, body: string, contentType = "application/json") {
  return createGateway({
    backend: () => ({ headers: { "Content-Type": contentType }, body }),
    policies: {
      operation: policy({ backend: [base()], outbound: [base(), jsonToXml(options)] }),
    },
  });
}

const PAGE_OPTIONS: JsonToXmlOptions = {
  apply: "always",
  considerAcceptHeader: false,
  parseDate: false,
  namespaceSeparator: ":",
  namespacePrefix: "xmlns",
  attributeBlockName: "#attrs",
};

describe("json-to-xml", () => {
  it("the page's example: namespaces declared on the root, #attrs as attributes, an empty Header", async () => {
    const result = await outbound(PAGE_OPTIONS, SOAP_JSON).send();
    // The page's printed output leaves out <v1:QueryItem> although its input has it; the harness
    // keeps every property as an element (docs/project-choices.md).
    expect(result.body).toBe(
      [
        '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v1="http://localdomain.com/core/v1">',
        "  <soapenv:Header />",
        "  <soapenv:Body>",
        '    <v1:QueryList queryName="test">',
        "      <v1:QueryItem>",
        "        <name>dummy text</name>",
        "      </v1:QueryItem>",
        "    </v1:QueryList>",
        "  </soapenv:Body>",
        "</soapenv:Envelope>",
      ].join("\n"),
    );
    expect(result.header("Content-Type")).toBe("application/xml");
  });

  it("consider-accept-header (default true) converts only when the request's Accept asks for XML", async () => {
    const gateway = outbound({ apply: "always" }, '{"order":{"id":"1"}}');
    const json = await gateway.send({ headers: { Accept: "application/json" } });
    expect(json.body).toBe('{"order":{"id":"1"}}');
    expect(json.logText).toMatch(/asks for no XML; not converted/);
    const xml = await gateway.send({ headers: { Accept: "application/json, text/xml" } });
    expect(xml.body).toBe("<order>\n  <id>1</id>\n</order>");
  });

  it("apply content-type-json converts only a JSON Content-Type; always converts any", async () => {
    const body = '{"a":"b"}';
    const options = { apply: "content-type-json", considerAcceptHeader: false } as const;
    expect((await outbound(options, body, "text/plain").send()).body).toBe(body);
    expect((await outbound(options, body, "application/problem+json").send()).body).toBe(
      "<a>b</a>",
    );
    const always = { apply: "always", considerAcceptHeader: false } as const;
    expect((await outbound(always, body, "text/plain").send()).body).toBe("<a>b</a>");
  });

  it("converts the request in inbound; attributes accept expressions", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            jsonToXml({
              apply: (context) =>
                context.Request.Method === "POST" ? "always" : "content-type-json",
              considerAcceptHeader: (context) => context.Request.Method !== "POST",
              namespaceSeparator: (context) => "_",
              namespacePrefix: "xmlns",
              attributeBlockName: (context) => "@",
            }),
          ],
          backend: [base()],
        }),
      },
    }).send({
      method: "POST",
      body: JSON.stringify({
        p_doc: { xmlns_p: "urn:p", "@": { v: "2" }, p_item: "x", first_name: "y" },
      }),
    });
    // "p_doc" uses the declared prefix p with the default separator "_"; "first_name" does not.
    expect(result.backendCalls[0]!.body).toBe(
      '<p:doc xmlns:p="urn:p" v="2">\n  <p:item>x</p:item>\n  <first_name>y</first_name>\n</p:doc>',
    );
    expect(result.backendCalls[0]!.headers["Content-Type"]).toEqual(["application/xml"]);
    // The evaluation records name each slot as the page's attribute.
    expect(result.evaluations.map((evaluation) => evaluation.slot)).toEqual([
      "json-to-xml apply",
      "json-to-xml consider-accept-header",
      "json-to-xml namespace-separator",
      "json-to-xml attribute-block-name",
    ]);
  });

  it("parse-date false copies dates; with parse-date on (the default) a date is refused", async () => {
    const body = '{"event":{"at":"2030-01-01T08:00:00Z"}}';
    const copied = await outbound({ ...PAGE_OPTIONS }, body).send();
    expect(copied.body).toBe("<event>\n  <at>2030-01-01T08:00:00Z</at>\n</event>");
    await expect(
      outbound({ apply: "always", considerAcceptHeader: false }, body).send(),
    ).rejects.toThrow(/does not say how APIM rewrites dates/);
  });

  it("refuses what the page does not show: arrays, numbers, several roots, invalid JSON", async () => {
    const options = { apply: "always", considerAcceptHeader: false } as const;
    await expect(outbound(options, '{"a":["x"]}').send()).rejects.toThrow(/an array/);
    await expect(outbound(options, '{"a":{"n":1}}').send()).rejects.toThrow(/a number/);
    await expect(outbound(options, '{"a":"1","b":"2"}').send()).rejects.toThrow(
      /2 top-level properties/,
    );
    await expect(outbound(options, "not json").send()).rejects.toThrow(/not JSON/);
  });

  // Attributes: consider-accept-header converts "if XML is requested in request Accept header";
  // apply="content-type-json" "if response Content-Type header indicates presence of JSON". Which
  // media types count is the project's choice (docs/project-choices.md): application/xml,
  // text/xml or +xml; application/json or +json; parameters and case do not matter.
  it("reads media types with parameters, in any case, over several Accept lines", async () => {
    const body = '{"a":"b"}';
    const accept = (value: string | string[]) =>
      outbound({ apply: "always" }, body).send({ headers: { Accept: value } });
    expect((await accept(["text/plain", "Application/XML;q=0.9"])).body).toBe("<a>b</a>");
    expect((await accept("application/atom+xml")).body).toBe("<a>b</a>");
    expect((await accept("application/xmlish")).body).toBe(body);
    const typed = (contentType: string) =>
      outbound(
        { apply: "content-type-json", considerAcceptHeader: false },
        body,
        contentType,
      ).send();
    expect((await typed("application/json; charset=utf-8")).body).toBe("<a>b</a>");
    const jsonp = await typed("application/jsonp");
    expect(jsonp.body).toBe(body);
    expect(jsonp.logText).toContain(
      "json-to-xml: Content-Type 'application/jsonp' is not JSON; not converted",
    );
  });

  it("logs the length of what it converted", async () => {
    const result = await outbound(
      { apply: "always", considerAcceptHeader: false },
      '{"a":"b"}',
    ).send();
    expect(result.logText).toContain("json-to-xml: converted (8 characters)");
  });

  it("refuses an apply outside the two values, a separator of several characters, no body, a consumed body", async () => {
    const run = (options: JsonToXmlOptions, backendBody: string | undefined, read = false) =>
      createGateway({
        backend: () => ({ headers: { "Content-Type": "application/json" }, body: backendBody }),
        policies: {
          operation: policy({
            backend: [base()],
            outbound: [
              ...(read ? [setVariable("read", (c) => c.Response.Body!.As())] : []),
              jsonToXml(options),
            ],
          }),
        },
      }).send();
    const always = { apply: "always", considerAcceptHeader: false } as const;
    await expect(
      run(
        { apply: (c) => (c.Request.Method === "GET" ? "sometimes" : "always") } as JsonToXmlOptions,
        "{}",
      ),
    ).rejects.toThrow("json-to-xml apply: 'sometimes' is neither 'always' nor 'content-type-json'");
    await expect(run({ ...always, namespaceSeparator: (c) => "::" }, '{"a":"b"}')).rejects.toThrow(
      "json-to-xml namespace-separator: '::' is not one character",
    );
    await expect(run(always, undefined)).rejects.toThrow(
      "json-to-xml: the message has no body; the page does not say what APIM does then",
    );
    await expect(run(always, '{"a":"b"}', true)).rejects.toThrow(
      "json-to-xml: the body was already read without preserveContent; the page does not say what APIM converts then",
    );
  });

  it("without an Accept or a Content-Type header it does not convert, and says why", async () => {
    const noAccept = await outbound({ apply: "always" }, '{"a":"b"}').send();
    expect(noAccept.body).toBe('{"a":"b"}');
    expect(noAccept.logText).toContain(
      "json-to-xml: the request's Accept header asks for no XML; not converted",
    );
    const untyped = await createGateway({
      backend: () => ({ body: '{"a":"b"}' }),
      policies: {
        operation: policy({
          backend: [base()],
          outbound: [jsonToXml({ apply: "content-type-json", considerAcceptHeader: false })],
        }),
      },
    }).send();
    expect(untyped.body).toBe('{"a":"b"}');
    expect(untyped.logText).toContain("json-to-xml: Content-Type '' is not JSON; not converted");
    const twoLines = await outbound(
      { apply: "content-type-json", considerAcceptHeader: false },
      '{"a":"b"}',
      ["text/plain", "application/json"] as never,
    ).send();
    expect(twoLines.logText).toContain(
      "json-to-xml: Content-Type 'text/plain,application/json' is not JSON; not converted",
    );
  });

  it("refuses a namespace-separator expression giving null; names the namespace-prefix slot", async () => {
    const always = { apply: "always", considerAcceptHeader: false } as const;
    await expect(
      outbound({ ...always, namespaceSeparator: nullHeaderText }, '{"a":"b"}').send(),
    ).rejects.toThrow("json-to-xml namespace-separator: 'null' is not one character");
    const result = await outbound(
      { ...always, namespacePrefix: (c) => "xmlns" },
      '{"p_a":{"xmlns_p":"urn:p"}}',
    ).send();
    expect(result.body).toBe('<p:a xmlns:p="urn:p" />');
    expect(result.evaluations.map((evaluation) => evaluation.slot)).toEqual([
      "json-to-xml namespace-prefix",
    ]);
  });
});
