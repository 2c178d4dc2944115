// The XML of proxy and wait: each reference page's example authored in TypeScript emits the
// page's XML (modulo formatting: the proxy example's unquoted {{username}} quoted, wait's
// `context.Variables["x"]` written as the typed GetValueOrDefault<T> the translator requires and
// the example's stray `=` inside the variable names left out).
import { describe, expect, it } from "vitest";
import { sectionPrinter } from "../support/emitted-xml.ts";
import * as apim from "../../src/index.ts";

const xmlOf = sectionPrinter(import.meta.filename);

describe("proxy (proxy-policy.md)", () => {
  it("the example: named values for username and password", () => {
    expect(
      xmlOf(
        apim.policy({
          inbound: [
            apim.proxy({
              url: "http://192.168.1.1:8080",
              username: "{{username}}",
              password: "{{password}}",
            }),
          ],
        }),
      ),
    ).toBe(
      '<proxy url="http://192.168.1.1:8080" username="{{username}}" password="{{password}}" />',
    );
  });

  it("expressions in every attribute; a URL that is not http://host:port is refused", () => {
    expect(
      xmlOf(
        apim.policy({
          inbound: [apim.proxy({ url: (c) => "http://" + c.Api.Id + ":8080", id: "p" })],
        }),
      ),
    ).toBe('<proxy id="p" url="@("http://" + context.Api.Id + ":8080")" />');
    expect(() => apim.proxy({ url: "https://proxy.example:443" })).toThrow(/only HTTP, not HTTPS/);
    expect(() => apim.proxy({ url: "http://proxy.example:8080/path" })).toThrow(
      /http:\/\/host:port/,
    );
  });

  it("inside send-request, its last child (the page: place proxy inside the send-request block)", () => {
    const xml = xmlOf(
      apim.policy({
        outbound: [
          apim.sendRequest({
            responseVariableName: "r",
            url: "https://audit.example",
            method: "POST",
            proxy: apim.proxy({ url: "http://10.0.0.5:3128" }),
          }),
        ],
      }),
      "outbound",
    );
    expect(xml).toBe(
      [
        '<send-request response-variable-name="r">',
        "    <set-url>https://audit.example</set-url>",
        "    <set-method>POST</set-method>",
        '    <proxy url="http://10.0.0.5:3128" />',
        "</send-request>",
      ].join("\n"),
    );
  });
});

describe("wait (wait-policy.md)", () => {
  it("the example: two choose children, for=all", () => {
    const one = apim.choose(
      apim.when(
        (context) => context.Variables.GetValueOrDefault<boolean>("execute-branch-one"),
        [
          apim.cacheLookupValue({ key: "key-one", variableName: "value-one" }),
          apim.rateLimit({ calls: 10, renewalPeriod: 60 }),
          apim.choose(
            apim.when(
              (context) => !context.Variables.ContainsKey("value-one"),
              [
                apim.sendRequest({
                  mode: "new",
                  responseVariableName: "value-one",
                  url: "https://backend-one",
                  method: "GET",
                }),
              ],
            ),
          ),
        ],
      ),
    );
    const two = apim.choose(
      apim.when(
        (context) => context.Variables.GetValueOrDefault<boolean>("execute-branch-two"),
        [
          apim.cacheLookupValue({ key: "key-two", variableName: "value-two" }),
          apim.rateLimit({ calls: 10, renewalPeriod: 60 }),
          apim.choose(
            apim.when(
              (context) => !context.Variables.ContainsKey("value-two"),
              [
                apim.sendRequest({
                  mode: "new",
                  responseVariableName: "value-two",
                  url: "https://backend-two",
                  method: "GET",
                }),
              ],
            ),
          ),
        ],
      ),
    );
    const xml = xmlOf(
      apim.policy({
        inbound: [apim.wait([one, two], { for: "all" })],
      }),
    );
    expect(xml.split("\n").slice(0, 14).join("\n")).toBe(
      [
        '<wait for="all">',
        "    <choose>",
        '        <when condition="@(context.Variables.GetValueOrDefault<bool>("execute-branch-one"))">',
        '            <cache-lookup-value key="key-one" variable-name="value-one" />',
        '            <rate-limit calls="10" renewal-period="60" />',
        "            <choose>",
        '                <when condition="@(!context.Variables.ContainsKey("value-one"))">',
        '                    <send-request mode="new" response-variable-name="value-one">',
        "                        <set-url>https://backend-one</set-url>",
        "                        <set-method>GET</set-method>",
        "                    </send-request>",
        "                </when>",
        "            </choose>",
        "        </when>",
      ].join("\n"),
    );
    expect(xml).toContain("<set-url>https://backend-two</set-url>");
    expect(xml.split("\n").filter((line) => line.trim() === "<choose>")).toHaveLength(4);
  });

  it("for defaults to all (left out); an expression; no child or a wrong child is refused", () => {
    expect(
      xmlOf(
        apim.policy({
          outbound: [apim.wait([apim.cacheLookupValue({ key: "k", variableName: "v" })])],
        }),
        "outbound",
      ),
    ).toBe(
      ["<wait>", '    <cache-lookup-value key="k" variable-name="v" />', "</wait>"].join("\n"),
    );
    expect(
      xmlOf(
        apim.policy({
          backend: [
            apim.wait([apim.cacheLookupValue({ key: "k", variableName: "v" })], {
              for: (context) => (context.Request.Method === "GET" ? "any" : "all"),
            }),
          ],
        }),
        "backend",
      ),
    ).toContain('<wait for="@(context.Request.Method == "GET" ? "any" : "all")">');
    expect(() => apim.wait([])).toThrow(/one or more child policies/);
    expect(() => apim.wait([apim.setHeader("X", "1")] as never)).toThrow(
      /only send-request, cache-lookup-value and choose/,
    );
  });
});
