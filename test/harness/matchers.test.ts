// The vitest matchers: what they accept (toBeRejectedWith reads one named place), and that a
// failing one prints the execution log.
import { describe, expect, it } from "vitest";
import {
  base,
  checkHeader,
  choose,
  policy,
  returnResponse,
  setHeader,
  setStatus,
  setVariable,
  trace,
  when,
} from "apim-ts";
import { createGateway, rejectionReason } from "apim-ts/harness";

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
  it("toBeRejectedWith reads the reason at one named place, never any word anywhere", async () => {
    const result = await rejecting.send();
    // return-response sets no LastError: the default place is empty, whatever the traces say.
    expect(rejectionReason(result)).toBeUndefined();
    expect(result).not.toBeRejectedWith(401, "KeyMissing");
    expect(result).toBeRejectedWith(401); // status only
    expect(result).toBeRejectedWith(401, "KeyMissingHeader", { header: "x-error" });
    expect(result).not.toBeRejectedWith(401, "KeyMissing", { header: "X-Error" });
    expect(result).toBeRejectedWith(401, "KeyMissing", { traceMetadata: "reason", source: "auth" });
    expect(result).not.toBeRejectedWith(401, "KeyMissing", {
      traceMetadata: "reason",
      source: "other",
    });
    // A word of a trace message is no reason: "Rejected" appears there, but nowhere named.
    expect(result).not.toBeRejectedWith(401, "Rejected", { traceMetadata: "reason" });
    expect(result).not.toBeRejectedWith(403, "KeyMissingHeader", { header: "X-Error" });
    expect(result).not.toBeRejectedWith(401, "SomethingElse", { header: "X-Error" });
  });

  it("toBeRejectedWith compares LastError.Reason by default and names the place in its message", async () => {
    const failing = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            checkHeader({
              name: "X-Key",
              failedCheckHttpCode: 401,
              failedCheckErrorMessage: "no key",
              ignoreCase: true,
            }),
          ],
        }),
      },
    }).send();
    // check-header fails into on-error with LastError.Reason "HeaderNotFound" (Microsoft,
    // "Error handling in API Management policies", Predefined errors for policies: check-header).
    expect(failing.lastError?.Reason).toBe("HeaderNotFound");
    expect(failing).toBeRejectedWith(401, "HeaderNotFound");
    expect(failing).not.toBeRejectedWith(401, "HeaderValueNotAllowed");
    let message = "";
    try {
      expect(failing).toBeRejectedWith(401, "Other");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('LastError.Reason "HeaderNotFound"');
  });

  it("reads a context variable when named", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [setVariable("why", "Because"), returnResponse([setStatus(403, "Forbidden")])],
        }),
      },
    }).send();
    expect(result).toBeRejectedWith(403, "Because", { variable: "why" });
    expect(result).not.toBeRejectedWith(403, "Because", { variable: "other" });
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
