// set-method (set-method-policy.md): the request continues with the method given, literal or
// expression; the backend and context.Request.Method see it; also allowed in on-error.
import { describe, expect, it } from "vitest";
import { base, policy, setHeader, setMethod, setStatus, choose, when } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

describe("set-method", () => {
  it("changes the method the backend receives, and context.Request.Method", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [setMethod("POST"), setHeader("X-Method", (context) => context.Request.Method)],
          backend: [base()],
        }),
      },
    }).send({ method: "GET" });
    expect(result).toHaveReachedBackend({ method: "POST", headers: { "X-Method": "POST" } });
  });

  it("takes an expression's value", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            setMethod((context) =>
              context.Request.Headers.GetValueOrDefault("X-HTTP-Method-Override", "GET"),
            ),
          ],
          backend: [base()],
        }),
      },
    }).send({ method: "POST", headers: { "X-HTTP-Method-Override": "DELETE" } });
    expect(result).toHaveReachedBackend({ method: "DELETE" });
  });

  it("runs in on-error (the page's second section)", async () => {
    const result = await createGateway({
      backend: () => {
        throw new Error("down");
      },
      policies: {
        operation: policy({
          backend: [base()],
          onError: [
            setMethod("HEAD"),
            setHeader("X-Method", (context) => context.Request.Method),
            setStatus(503),
          ],
        }),
      },
    }).send();
    expect(result.status).toBe(503);
    expect(result.header("X-Method")).toBe("HEAD");
  });

  it("refuses an expression whose value is not an HTTP method (the page does not say what APIM does)", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            setMethod((context) => context.Request.Headers.GetValueOrDefault("X-M", "GE T")),
          ],
        }),
      },
    });
    await expect(apim.send()).rejects.toThrow(/not an HTTP method/);
    const none = createGateway({
      policies: {
        operation: policy({
          inbound: [setMethod(nullHeaderText)],
        }),
      },
    });
    await expect(none.send()).rejects.toThrow(
      "set-method: 'null' is not an HTTP method; Microsoft's reference page does not say what APIM does with it",
    );
  });

  it("logs the method it replaced", async () => {
    const result = await createGateway({
      policies: { operation: policy({ inbound: [setMethod("PUT")], backend: [base()] }) },
    }).send({ method: "PATCH" });
    expect(result.logText).toContain("set-method PATCH → PUT");
  });

  it("inside choose, only the taken branch changes it", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            choose(when((context) => context.Request.Method === "PATCH", [setMethod("PUT")])),
          ],
          backend: [base()],
        }),
      },
    }).send({ method: "PATCH" });
    expect(result).toHaveReachedBackend({ method: "PUT" });
  });
});

// The evaluation records name the slot (result.evaluations).
it("names the slot it evaluated: value", async () => {
  const result = await createGateway({
    policies: { operation: policy({ inbound: [setMethod((c) => "PUT")], backend: [base()] }) },
  }).send();
  expect(result.evaluations.map((evaluation) => evaluation.slot)).toEqual(["set-method value"]);
});
