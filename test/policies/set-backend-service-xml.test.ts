// The XML and the routing of set-backend-service's reference page (set-backend-service-policy.md,
// Examples): "Route request based on value in query string" authored in TypeScript emits the page's
// XML (modulo formatting) and routes as the page's worked URL says. The page's second example
// ("Route requests to a service fabric backend", sf-partition-key, sf-replica-type) is not
// authorable: the builder models base-url and backend-id only, and Service Fabric backends are
// not simulated.
import { describe, expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import { sectionPrinter } from "../support/emitted-xml.ts";
import * as apim from "../../src/index.ts";

const xmlOf = sectionPrinter(import.meta.filename);

const routing: apim.InboundStatement[] = [
  apim.choose(
    apim.when(
      (context) => context.Request.Url.Query.GetValueOrDefault("version") === "2013-05",
      [apim.setBackendService({ baseUrl: "http://contoso.com/api/8.2/" })],
    ),
    apim.when(
      (context) => context.Request.Url.Query.GetValueOrDefault("version") === "2014-03",
      [apim.setBackendService({ baseUrl: "http://contoso.com/api/9.1/" })],
    ),
  ),
  apim.base(),
];
const byVersion = apim.policy({ inbound: routing, outbound: [apim.base()] });

describe("set-backend-service (set-backend-service-policy.md)", () => {
  it("example: route request based on value in query string", () => {
    expect(xmlOf(byVersion)).toBe(
      [
        "<choose>",
        '    <when condition="@(context.Request.Url.Query.GetValueOrDefault("version") == "2013-05")">',
        '        <set-backend-service base-url="http://contoso.com/api/8.2/" />',
        "    </when>",
        '    <when condition="@(context.Request.Url.Query.GetValueOrDefault("version") == "2014-03")">',
        '        <set-backend-service base-url="http://contoso.com/api/9.1/" />',
        "    </when>",
        "</choose>",
        "<base />",
      ].join("\n"),
    );
  });

  it("the page's worked URL: /api/partners/15?version=2013-05 goes to http://contoso.com/api/8.2/partners/15", async () => {
    const gateway = createGateway({
      api: { path: "api", serviceUrl: "http://contoso.com/api/10.4/" },
      // The page's document has no backend section; here the operation forwards itself.
      policies: {
        operation: apim.policy({ inbound: routing, backend: [apim.forwardRequest()] }),
      },
    });
    const url = "/api/partners/15?version=2013-05&subscription-key=abcdef";
    expect(await gateway.send({ url })).toHaveReachedBackend({
      url: "http://contoso.com/api/8.2/partners/15?version=2013-05&subscription-key=abcdef",
    });
    expect(await gateway.send({ url: "/api/partners/15?version=2020-01" })).toHaveReachedBackend({
      url: "http://contoso.com/api/10.4/partners/15?version=2020-01",
    });
  });

  it("backend-id, literal and expression; exactly one of base-url and backend-id", () => {
    expect(
      xmlOf(apim.policy({ inbound: [apim.setBackendService({ backendId: "myBackend" })] })),
    ).toBe('<set-backend-service backend-id="myBackend" />');
    expect(
      xmlOf(
        apim.policy({
          backend: [
            apim.setBackendService({ backendId: (c) => c.Api.Name + "-pool" }),
            apim.forwardRequest(),
          ],
        }),
        "backend",
      ).split("\n")[0],
    ).toBe('<set-backend-service backend-id="@(context.Api.Name + "-pool")" />');
    expect(() => apim.setBackendService({} as never)).toThrow(/exactly one of base-url/);
  });
});
