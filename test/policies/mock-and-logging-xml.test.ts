// The XML of mock-response, send-one-way-request, log-to-eventhub, emit-metric and
// find-and-replace: each reference page's examples authored in TypeScript emit the page's XML
// (modulo formatting: attribute order as the policy statement gives it, quotes, escaping), and the
// builders refuse what the pages rule out.
import path from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import * as apim from "../../src/index.ts";
import { emitDocument } from "../../src/emit/emit-document.ts";
import { projectOptions } from "../../src/compile/program.ts";
import type { PolicyDocument } from "../../src/model/document.ts";

let program: ts.Program;
beforeAll(() => {
  program = ts.createProgram([import.meta.filename], {
    ...projectOptions(path.dirname(import.meta.filename)),
    noEmit: true,
  });
});

const SECTION_TAGS = {
  inbound: "inbound",
  backend: "backend",
  outbound: "outbound",
  onError: "on-error",
} as const;

/** The printed statements of one section, without the document around them. */
function xmlOf(document: PolicyDocument, section: keyof typeof SECTION_TAGS = "inbound"): string {
  const emitted = emitDocument(document, program, { format: "rawxml" });
  expect(emitted.diagnostics).toEqual([]);
  const lines = emitted.text!.split("\n");
  const tag = SECTION_TAGS[section];
  return lines
    .slice(lines.indexOf(`    <${tag}>`) + 1, lines.indexOf(`    </${tag}>`))
    .map((line) => line.slice(8))
    .join("\n");
}

const inbound = (...statements: apim.InboundStatement[]) =>
  xmlOf(apim.policy({ inbound: statements }));

describe("mock-response (mock-response-policy.md)", () => {
  it("the page's two examples: <mock-response/> and status-code='200' content-type='application/json'", () => {
    expect(inbound(apim.mockResponse())).toBe("<mock-response />");
    expect(inbound(apim.mockResponse({ statusCode: 200, contentType: "application/json" }))).toBe(
      '<mock-response status-code="200" content-type="application/json" />',
    );
  });

  it("is allowed in outbound and on-error (Usage)", () => {
    expect(
      xmlOf(apim.policy({ outbound: [apim.mockResponse({ statusCode: 404 })] }), "outbound"),
    ).toBe('<mock-response status-code="404" />');
    expect(xmlOf(apim.policy({ onError: [apim.mockResponse({ id: "m" })] }), "onError")).toBe(
      '<mock-response id="m" />',
    );
  });

  it("refuses a status code that is not an HTTP status, an empty content type and expressions", () => {
    expect(() => apim.mockResponse({ statusCode: 99 })).toThrow(/from 100 to 599/);
    expect(() => apim.mockResponse({ statusCode: 200.5 })).toThrow(/from 100 to 599/);
    expect(() => apim.mockResponse({ contentType: "" })).toThrow(/non-empty/);
    expect(() => apim.mockResponse({ contentType: (() => "a/b") as never })).toThrow(
      /accepts no policy expression/,
    );
  });
});
