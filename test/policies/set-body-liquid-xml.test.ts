// The XML of set-body with template="liquid" and xsi-nil (set-body-policy.md, Policy statement,
// Attributes, Examples): the template is the element's text, escaped as the project's XML printer
// escapes text (`<` as `&lt;`, which an XML parser reads back as the same template); the
// builder refuses a template that is not a literal string and values outside the documented ones.
import type ts from "../../src/compile/typescript.js";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import * as apim from "../../src/index.ts";
import { emitDocument } from "../../src/emit/emit-document.ts";
import { testProgram } from "../support/test-program.ts";

let program: ts.Program;
beforeAll(() => {
  program = testProgram(import.meta.filename);
});

function documentXml(...statements: apim.InboundStatement[]): string {
  const emitted = emitDocument(apim.policy({ inbound: statements }), program, { format: "rawxml" });
  expect(emitted.diagnostics).toEqual([]);
  return emitted.text!;
}

function inboundXml(...statements: apim.InboundStatement[]): string {
  const lines = documentXml(...statements).split("\n");
  return lines
    .slice(lines.indexOf("    <inbound>") + 1, lines.indexOf("    </inbound>"))
    .map((line) => line.slice(8))
    .join("\n");
}

/** The text an XML parser reads from the emitted document's <set-body> (APIM's template). */
function templateText(document: string): string {
  const parsed = new XMLParser({ ignoreAttributes: false, trimValues: false }).parse(document);
  return parsed.policies.inbound["set-body"]["#text"];
}

describe("set-body template=liquid (set-body-policy.md, Examples)", () => {
  it("Transform JSON using a Liquid template", () => {
    const template =
      '\n{\n"order": {\n    "id": "{{body.customer.purchase.identifier}}",\n    "summary": "{{body.customer.purchase.orderShortDesc}}"\n    }\n}\n';
    const statement = apim.setBody(template, { template: "liquid" });
    expect(inboundXml(statement).startsWith('<set-body template="liquid">')).toBe(true);
    expect(templateText(documentXml(statement))).toBe(template);
  });

  it("Convert JSON to SOAP: the template's markup is escaped text, read back unchanged", () => {
    const template =
      '<soap:Envelope xmlns="http://tempuri.org/" xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><GetOpenOrders><cust>{{body.getOpenOrders.cust}}</cust></GetOpenOrders></soap:Body></soap:Envelope>';
    const statement = apim.setBody(template, { template: "liquid" });
    expect(inboundXml(statement)).toContain("&lt;cust&gt;{{body.getOpenOrders.cust}}&lt;/cust&gt;");
    expect(templateText(documentXml(statement))).toBe(template);
  });

  it("xsi-nil and id", () => {
    expect(
      inboundXml(apim.setBody("{{body.a}}", { template: "liquid", xsiNil: "null", id: "b" })),
    ).toBe('<set-body id="b" template="liquid" xsi-nil="null">{{body.a}}</set-body>');
  });

  it("refuses an expression as a template, and values outside the documented ones", () => {
    expect(() => apim.setBody((context) => context.Request.Method, { template: "liquid" })).toThrow(
      /set-body liquid template accepts no policy expression/,
    );
    expect(() => apim.setBody("x", { template: "razor" as "liquid" })).toThrow(
      /set-body template 'razor' is not one of 'liquid'/,
    );
    expect(() => apim.setBody("x", { xsiNil: "zero" as "null" })).toThrow(
      /set-body xsi-nil 'zero' is not one of 'blank', 'null'/,
    );
  });
});
