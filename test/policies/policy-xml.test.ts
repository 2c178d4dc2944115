// Every builder's XML: attribute names and order as APIM documents them, literal values escaped,
// expressions written verbatim in rawxml and escaped in xml, optional attributes omitted. The
// expressions here are real TypeScript translated through this file's own program.
import type ts from "../../src/compile/typescript.js";
import { beforeAll, describe, expect, it } from "vitest";
import * as apim from "../../src/index.ts";
import { emitDocument } from "../../src/emit/emit-document.ts";
import { testProgram } from "../support/test-program.ts";
import type { Statement } from "../../src/model/statement.ts";

let program: ts.Program;
beforeAll(() => {
  program = testProgram(import.meta.filename);
});

/** The printed statement (placed in inbound), without the document around it. */
function xmlOf(statement: Statement, format: "rawxml" | "xml" = "rawxml"): string {
  const emitted = emitDocument(
    apim.policy({ inbound: [statement as apim.InboundStatement] }),
    program,
    { format },
  );
  expect(emitted.diagnostics).toEqual([]);
  const lines = emitted.text!.split("\n");
  return lines
    .slice(2, lines.indexOf("    </inbound>"))
    .map((line) => line.slice(8))
    .join("\n");
}

describe("policy XML", () => {
  it("set-variable: literal and expression values", () => {
    expect(xmlOf(apim.setVariable("limit", "20"))).toBe('<set-variable name="limit" value="20" />');
    expect(
      xmlOf(apim.setVariable("path", (context) => context.Request.Url.Path, { id: "p" })),
    ).toBe('<set-variable id="p" name="path" value="@(context.Request.Url.Path)" />');
  });

  it("escapes literal text but writes rawxml expressions verbatim", () => {
    const statement = apim.setHeader("X-A", [
      `a<b & "c"`,
      (context) => context.Request.Method + '<&>"',
    ]);
    expect(xmlOf(statement)).toBe(
      [
        '<set-header name="X-A">',
        '    <value>a&lt;b &amp; "c"</value>',
        '    <value>@(context.Request.Method + "<&>\\"")</value>',
        "</set-header>",
      ].join("\n"),
    );
    expect(xmlOf(statement, "xml")).toContain(
      '<value>@(context.Request.Method + "&lt;&amp;&gt;\\"")</value>',
    );
  });

  it("trace: literal source and severity, expression message and metadata", () => {
    expect(
      xmlOf(
        apim.trace({
          source: "s",
          severity: "information",
          message: (context) => context.Operation.Name,
          metadata: [{ name: "k", value: "v" }],
        }),
      ),
    ).toBe(
      [
        '<trace source="s" severity="information">',
        "    <message>@(context.Operation.Name)</message>",
        '    <metadata name="k" value="v" />',
        "</trace>",
      ].join("\n"),
    );
  });

  it("choose, return-response, set-status, set-body", () => {
    const statement = apim.choose(
      apim.when(
        (context) => context.Request.Method === "DELETE",
        [apim.returnResponse([apim.setStatus(405, "Method Not Allowed"), apim.setBody("no")])],
      ),
      apim.otherwise([apim.deleteHeader("X-Debug")]),
    );
    expect(xmlOf(statement)).toBe(
      [
        "<choose>",
        '    <when condition="@(context.Request.Method == &quot;DELETE&quot;)">'.replace(
          "&quot;DELETE&quot;",
          '"DELETE"',
        ),
        "        <return-response>",
        '            <set-status code="405" reason="Method Not Allowed" />',
        "            <set-body>no</set-body>",
        "        </return-response>",
        "    </when>",
        "    <otherwise>",
        '        <set-header name="X-Debug" exists-action="delete" />',
        "    </otherwise>",
        "</choose>",
      ].join("\n"),
    );
  });

  // A statement-bodied expression prints its block on lines of its own, indented from the element
  // that holds it, whatever its depth (xml-printer.ts indentAt); the document ends with one LF.
  it("indents a multi-line expression by the depth of its element, and ends with one newline", () => {
    const statement = apim.choose(
      apim.when(
        (context) => context.Request.Method === "POST",
        [
          apim.setVariable("caller", (context) => {
            const caller = context.Request.Headers.GetValueOrDefault("X-Caller", "");
            return caller;
          }),
        ],
      ),
    );
    const emitted = emitDocument(apim.policy({ inbound: [statement] }), program, {
      format: "rawxml",
    });
    expect(emitted.diagnostics).toEqual([]);
    const lines = emitted.text!.split("\n");
    const opening = lines.findIndex((line) => line.includes('<set-variable name="caller"'));
    const element = lines[opening]!.match(/^ */)![0];
    expect(element).toBe(" ".repeat(16));
    expect(lines[opening]).toMatch(/value="@\{$/);
    // The block's statements one level deeper than the element, its closing brace at the element.
    expect(lines[opening + 1]).toBe(
      `${element}    var caller = context.Request.Headers.GetValueOrDefault("X-Caller", "");`,
    );
    expect(lines[opening + 2]).toBe(`${element}    return caller;`);
    expect(lines[opening + 3]).toBe(`${element}}" />`);
    expect(emitted.text!.endsWith("</policies>\n")).toBe(true);
    expect(emitted.text!.endsWith("\n\n")).toBe(false);
  });

  it("check-header, rate-limit, include-fragment, forward-request, set-backend-service", () => {
    expect(
      xmlOf(
        apim.checkHeader({
          name: "Authorization",
          failedCheckHttpCode: 401,
          failedCheckErrorMessage: "Not authorized",
          ignoreCase: false,
          values: ["a"],
        }),
      ),
    ).toBe(
      [
        '<check-header name="Authorization" failed-check-httpcode="401" failed-check-error-message="Not authorized" ignore-case="false">',
        "    <value>a</value>",
        "</check-header>",
      ].join("\n"),
    );
    expect(
      xmlOf(
        apim.rateLimit({ calls: 20, renewalPeriod: 90, remainingCallsHeaderName: "X-Remaining" }),
      ),
    ).toBe(
      '<rate-limit calls="20" renewal-period="90" remaining-calls-header-name="X-Remaining" />',
    );
    expect(xmlOf(apim.includeFragment("common-headers"))).toBe(
      '<include-fragment fragment-id="common-headers" />',
    );
    expect(xmlOf(apim.forwardRequest({ timeout: 60, followRedirects: true }))).toBe(
      '<forward-request timeout="60" follow-redirects="true" />',
    );
    expect(xmlOf(apim.setBackendService({ backendId: "protected-api" }))).toBe(
      '<set-backend-service backend-id="protected-api" />',
    );
  });

  it("validate-client-certificate with identities, and authentication-certificate", () => {
    expect(
      xmlOf(
        apim.validateClientCertificate({
          validateRevocation: false,
          identities: [{ thumbprint: "AB", issuerSubject: "CN=CA" }],
        }),
      ),
    ).toBe(
      [
        '<validate-client-certificate validate-revocation="false">',
        "    <identities>",
        '        <identity thumbprint="AB" issuer-subject="CN=CA" />',
        "    </identities>",
        "</validate-client-certificate>",
      ].join("\n"),
    );
    expect(xmlOf(apim.authenticationCertificate({ thumbprint: "C9AF" }))).toBe(
      '<authentication-certificate thumbprint="C9AF" />',
    );
  });

  it("ip-filter with addresses and ranges", () => {
    expect(
      xmlOf(
        apim.ipFilter({
          action: "allow",
          addresses: ["10.0.1.4"],
          ranges: [{ from: "10.0.2.0", to: "10.0.2.255" }],
        }),
      ),
    ).toBe(
      [
        '<ip-filter action="allow">',
        "    <address>10.0.1.4</address>",
        '    <address-range from="10.0.2.0" to="10.0.2.255" />',
        "</ip-filter>",
      ].join("\n"),
    );
  });

  it("send-request with its children", () => {
    expect(
      xmlOf(
        apim.sendRequest({
          responseVariableName: "r",
          url: "https://x/y?a=1&b=2",
          method: "POST",
          headers: [apim.setHeader("A", "1")],
          body: apim.setBody("{}"),
        }),
      ),
    ).toBe(
      [
        '<send-request response-variable-name="r">',
        "    <set-url>https://x/y?a=1&amp;b=2</set-url>",
        "    <set-method>POST</set-method>",
        '    <set-header name="A">',
        "        <value>1</value>",
        "    </set-header>",
        "    <set-body>{}</set-body>",
        "</send-request>",
      ].join("\n"),
    );
  });

  it("raw XML is checked for well-formedness and written as is", () => {
    expect(
      xmlOf(
        apim.rawXml(
          '<cors allow-credentials="true"><allowed-origins><origin>*</origin></allowed-origins></cors>',
        ),
      ),
    ).toBe(
      '<cors allow-credentials="true"><allowed-origins><origin>*</origin></allowed-origins></cors>',
    );
    expect(() => apim.rawXml("<cors>")).toThrow(/not well-formed/);
  });

  it("the raw C# escape hatch is written as given", () => {
    const statement = apim.setVariable(
      "n",
      apim.csharp("@(context.Request.Headers.Count)", (context) => context.Request.Headers.Count),
    );
    expect(xmlOf(statement)).toBe(
      '<set-variable name="n" value="@(context.Request.Headers.Count)" />',
    );
    expect(() => apim.csharp("context.Request.Headers.Count", () => 0)).toThrow(
      /policy expression/,
    );
  });

  it("builders refuse what APIM refuses", () => {
    expect(() => apim.choose()).toThrow(/at least one 'when'/);
    expect(() =>
      apim.choose(
        apim.otherwise([]),
        apim.when(() => true, []),
      ),
    ).toThrow(/last branch/);
    expect(() => apim.setStatus(99)).toThrow(/set-status code must be an integer from 100 to 599/);
    expect(() => apim.rateLimit({ calls: 1, renewalPeriod: 301 })).toThrow(
      /renewal-period must be an integer from 1 to 300/,
    );
    expect(() =>
      apim.validateClientCertificate({
        identities: Array.from({ length: 11 }, () => ({ thumbprint: "A" })),
      }),
    ).toThrow(/at most 10/);
    // validate-client-certificate-policy.md, Identity attributes: issuer-certificate-id is
    // "Mutually exclusive with other issuer attributes".
    for (const other of [{ issuerSubject: "CN=CA" }, { issuerThumbprint: "AB" }])
      expect(() =>
        apim.validateClientCertificate({
          identities: [{ commonName: "client", issuerCertificateId: "ca", ...other }],
        }),
      ).toThrow(
        /identity 1: issuer-certificate-id cannot be combined with issuer-subject or issuer-thumbprint/,
      );
    expect(() =>
      apim.validateClientCertificate({
        identities: [{ commonName: "client", issuerCertificateId: "ca" }],
      }),
    ).not.toThrow();
    expect(() => apim.fragment([apim.base()])).toThrow(/a fragment cannot hold <base\/>/);
    expect(() => apim.authenticationCertificate({} as never)).toThrow(/exactly one/);
    expect(() => apim.includeFragment("bad id")).toThrow(/not a valid fragment id/);
  });
});
