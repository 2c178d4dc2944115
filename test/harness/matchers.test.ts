// The vitest matchers: what they accept, and that a failing one prints the execution log.
import { describe, expect, it } from "vitest";
import { base, choose, policy, returnResponse, setHeader, setStatus, trace, when } from "apim-ts";
import { createGateway, rejectionReasons } from "apim-ts/harness";

const rejecting = createGateway({
  policies: {
    operation: policy({
      inbound: [
        choose(
          when(
            (c) => !c.Request.Headers.ContainsKey("X-Key"),
            [
              trace({
                source: "auth",
                severity: "error",
                message: "Rejected: KeyMissing",
                metadata: [{ name: "reason", value: "KeyMissing" }],
              }),
              returnResponse([
                setStatus(401, "Unauthorized"),
                setHeader("X-Error", "KeyMissingHeader"),
              ]),
            ],
          ),
        ),
      ],
      backend: [base()],
    }),
  },
});

describe("matchers", () => {
  it("toBeRejectedWith reads the reason from LastError, one-word headers and trace words", async () => {
    const result = await rejecting.send();
    expect(rejectionReasons(result)).toEqual(
      expect.arrayContaining(["KeyMissingHeader", "KeyMissing"]),
    );
    expect(result).toBeRejectedWith(401, "KeyMissing");
    expect(result).toBeRejectedWith(401, "KeyMissingHeader");
    expect(result).not.toBeRejectedWith(403, "KeyMissing");
    expect(result).not.toBeRejectedWith(401, "SomethingElse");
  });

  it("a failing matcher prints the response, LastError, traces and the execution log", async () => {
    const result = await rejecting.send();
    let message = "";
    try {
      expect(result).toHaveReachedBackend();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("the backend was not called");
    expect(message).toContain("response: 401 Unauthorized");
    expect(message).toContain("auth (error): Rejected: KeyMissing");
    expect(message).toContain("execution log:");
    expect(message).toContain("choose[1]: when[1] matched");
  });

  it("toHaveReachedBackend and toRespondWith pass on a forwarded request", async () => {
    const result = await rejecting.send({ headers: { "X-Key": "k" } });
    expect(result).toRespondWith(200);
    expect(result).toHaveReachedBackend({
      method: "GET",
      headers: { "x-key": "k" },
      clientCertificateThumbprint: null,
    });
    expect(result).not.toHaveTrace({ source: "auth" });
  });
});
