// set-status (set-status-policy.md): code and reason on the response in scope. Without a reason
// the harness writes the standard phrase (project's choice, docs/project-choices.md, Statuses:
// the page makes reason required).
import { describe, expect, it } from "vitest";
import { base, policy, returnResponse, setStatus } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

// A value longer than the 60 characters a refusal shows (a build-time constant).
const LONG = "x".repeat(70);

describe("set-status", () => {
  it("sets code and reason; the reason defaults to the standard phrase", async () => {
    const explicit = await createGateway({
      policies: { operation: policy({ inbound: [returnResponse([setStatus(418, "Teapot")])] }) },
    }).send();
    expect([explicit.status, explicit.reason]).toEqual([418, "Teapot"]);
    const standard = await createGateway({
      policies: { operation: policy({ inbound: [returnResponse([setStatus(404)])] }) },
    }).send();
    expect([standard.status, standard.reason]).toEqual([404, "Not Found"]);
  });

  it("changes the backend's status in outbound", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({ backend: [base()], outbound: [setStatus(202, "Accepted Later")] }),
      },
      backend: () => ({ status: 200 }),
    }).send();
    expect([result.status, result.reason]).toEqual([202, "Accepted Later"]);
  });

  it("logs the status it set", async () => {
    const result = await createGateway({
      policies: { operation: policy({ inbound: [returnResponse([setStatus(418, "Teapot")])] }) },
    }).send();
    expect(result.logText).toContain("set-status 418 Teapot");
  });

  // Attributes: reason is "a description of the reason" (a string); a reason phrase is one line
  // of the status line (RFC 9112 §4). What APIM does with null or a line break is not documented.
  it("refuses a reason expression giving null or a line break", async () => {
    const reasonFrom = (statement: ReturnType<typeof setStatus>) =>
      createGateway({
        policies: { operation: policy({ inbound: [returnResponse([statement])] }) },
      }).send();
    await expect(reasonFrom(setStatus(400, nullHeaderText))).rejects.toThrow(
      "set-status reason: the expression gave null; the reference page does not say what APIM does",
    );
    await expect(
      reasonFrom(setStatus(400, (c) => "Bad" + "\r\n" + c.Request.Method)),
    ).rejects.toThrow(
      'set-status reason: "Bad\\r\\nGET" contains CR or LF; a reason phrase is one line ' +
        "and what APIM does with a line break in one is not documented",
    );
    // At most 60 characters of the reason are shown.
    await expect(reasonFrom(setStatus(400, (c) => "\n" + LONG))).rejects.toThrow(
      `set-status reason: "\\n${"x".repeat(59)}" contains CR or LF`,
    );
  });
});

// The evaluation records name each slot as the page's attribute (result.evaluations).
it("names the slots it evaluated: code, reason", async () => {
  const result = await createGateway({
    policies: {
      operation: policy({
        inbound: [
          returnResponse([
            setStatus(
              (c) => 400 + c.Request.Method.length,
              (c) => "R",
            ),
          ]),
        ],
      }),
    },
  }).send();
  expect(result.evaluations.map((evaluation) => evaluation.slot)).toEqual([
    "set-status code",
    "set-status reason",
  ]);
  expect([result.status, result.reason]).toEqual([403, "R"]);
});
