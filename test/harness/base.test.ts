// <base/>: splices the parent scope's same section exactly where it stands; without it nothing
// is inherited; an unconfigured scope inherits everything; the global default backend forwards.
import { describe, expect, it } from "vitest";
import { Convert, base, policy, trace, when } from "apim-ts";
import { createGateway } from "apim-ts/harness";

const mark = (source: string) => trace({ source, message: source });
const sources = (result: { traces: readonly { source: string }[] }) =>
  result.traces.map((t) => t.source);

describe("base", () => {
  it("splices the parent scope exactly where <base/> stands", async () => {
    const gateway = createGateway({
      policies: {
        global: policy({ inbound: [mark("global")], backend: [base()] }),
        product: policy({ inbound: [mark("product-before"), base(), mark("product-after")] }),
        api: policy({ inbound: [mark("api-before"), base()] }),
        operation: policy({ inbound: [base(), mark("operation")] }),
      },
    });
    const result = await gateway.send();
    expect(sources(result)).toEqual([
      "api-before",
      "product-before",
      "global",
      "product-after",
      "operation",
    ]);
  });

  it("inherits nothing without <base/>", async () => {
    const gateway = createGateway({
      policies: {
        global: policy({ inbound: [mark("global")] }),
        operation: policy({ inbound: [mark("operation")] }),
      },
    });
    const result = await gateway.send();
    expect(sources(result)).toEqual(["operation"]);
    // The operation's empty backend section does not inherit the global forward-request either.
    expect(result.backendCalls).toHaveLength(0);
  });

  it("a missing scope behaves as <base/> everywhere, and the global default forwards", async () => {
    const gateway = createGateway({
      policies: { api: policy({ inbound: [mark("api")], backend: [base()] }) },
    });
    const result = await gateway.send();
    expect(sources(result)).toEqual(["api"]);
    expect(result.backendCalls).toHaveLength(1);
  });
});
