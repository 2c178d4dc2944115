// raw-xml: the harness refuses to run a verbatim element, naming it, rather than skip it.
import { describe, expect, it } from "vitest";
import { policy, rawXml, trace } from "apim-ts";
import { createGateway } from "apim-ts/harness";

describe("raw-xml", () => {
  it("refuses raw-xml, naming the element, rather than skipping it", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({
          inbound: [
            trace({ source: "t", message: "m" }),
            rawXml(
              '<cors allow-credentials="true"><allowed-origins><origin>*</origin></allowed-origins></cors>',
            ),
          ],
        }),
      },
    });
    await expect(gateway.send()).rejects.toThrow(/raw-xml element <cors>/);
  });

  it("names a hyphenated element and where it stands", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({
          outbound: [rawXml('<set-header name="X-A" exists-action="delete" />')],
        }),
      },
    });
    await expect(gateway.send()).rejects.toThrow(
      "The harness cannot run the raw-xml element <set-header> (outbound @ operation): it has no semantics for it.",
    );
  });
});
