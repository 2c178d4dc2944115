// find-and-replace (find-and-replace-policy.md): replaces a string in the request body (inbound,
// backend) or the response body (outbound, on-error); an empty `to` removes it; both attributes
// accept expressions.
import { describe, expect, it } from "vitest";
import { base, findAndReplace, policy, setStatus, setVariable } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

describe("find-and-replace", () => {
  it("the page's example in inbound: notebook becomes laptop in the request the backend gets", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({ inbound: [findAndReplace("notebook", "laptop")], backend: [base()] }),
      },
    }).send({ method: "POST", body: '{"item":"notebook","note":"a notebook bag"}' });
    expect(result.backendCalls.map((call) => call.body)).toEqual([
      '{"item":"laptop","note":"a laptop bag"}',
    ]);
  });

  it("in backend it acts on the request too", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({ backend: [findAndReplace("v1", "v2"), base()] }),
      },
    }).send({ method: "POST", body: "api v1" });
    expect(result.backendCalls.map((call) => call.body)).toEqual(["api v2"]);
  });

  it("in outbound it acts on the backend's response, case-sensitively; the request is untouched", async () => {
    const result = await createGateway({
      backend: () => ({ body: "Notebook and notebook" }),
      policies: {
        operation: policy({ backend: [base()], outbound: [findAndReplace("notebook", "laptop")] }),
      },
    }).send({ method: "POST", body: "notebook" });
    expect(result.body).toBe("Notebook and laptop");
    expect(result.backendCalls.map((call) => call.body)).toEqual(["notebook"]);
  });

  it("in on-error it acts on the error response", async () => {
    const result = await createGateway({
      backend: () => {
        throw new Error("down");
      },
      policies: {
        operation: policy({
          backend: [base()],
          onError: [
            setStatus(503),
            findAndReplace("Error occured while calling backend service: down", "Try again later"),
          ],
        }),
      },
    }).send();
    // The error response's body is the gateway's JSON error (statusCode, message, activityId).
    expect(result.status).toBe(503);
    expect(JSON.parse(result.body).message).toBe("Try again later");
  });

  it("an empty `to` removes the string (Attributes: to)", async () => {
    const result = await createGateway({
      backend: () => ({ body: "a-secret-b-secret" }),
      policies: {
        operation: policy({ backend: [base()], outbound: [findAndReplace("-secret", "")] }),
      },
    }).send();
    expect(result.body).toBe("a-b");
  });

  it("from and to accept expressions", async () => {
    const result = await createGateway({
      backend: () => ({ body: "hello {name}" }),
      policies: {
        operation: policy({
          backend: [base()],
          outbound: [
            findAndReplace(
              (context) => "{" + "name" + "}",
              (context) => context.Request.Headers.GetValueOrDefault("X-Name", "world"),
            ),
          ],
        }),
      },
    }).send({ headers: { "X-Name": "Contoso" } });
    expect(result.body).toBe("hello Contoso");
  });

  it("a message without a body stays without one", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({ inbound: [findAndReplace("a", "b")], backend: [base()] }),
      },
    }).send();
    expect(result.backendCalls.map((call) => call.body)).toEqual([""]);
    expect(result.logText).toMatch(/no body; nothing to replace/);
  });

  it("refuses a body an expression consumed, and a from expression that gives empty", async () => {
    const consumed = createGateway({
      policies: {
        operation: policy({
          inbound: [
            setVariable("read", (context) => context.Request.Body!.As()),
            findAndReplace("a", "b"),
          ],
          backend: [base()],
        }),
      },
    });
    await expect(consumed.send({ method: "POST", body: "abc" })).rejects.toThrow(
      /already read without preserveContent/,
    );
    const empty = createGateway({
      policies: {
        operation: policy({
          inbound: [
            findAndReplace((context) => context.Request.Headers.GetValueOrDefault("X", ""), "b"),
          ],
          backend: [base()],
        }),
      },
    });
    await expect(empty.send({ method: "POST", body: "abc" })).rejects.toThrow(/null or empty/);
  });

  it("refuses a null replacement or search string (the page does not say what APIM does)", async () => {
    const run = (statement: ReturnType<typeof findAndReplace>) =>
      createGateway({
        policies: { operation: policy({ inbound: [statement], backend: [base()] }) },
      }).send({ method: "POST", body: "abc" });
    await expect(run(findAndReplace("a", nullHeaderText))).rejects.toThrow(
      "find-and-replace: from 'a', to 'null': the page does not say what APIM does with a null or empty search string or a null replacement",
    );
    await expect(run(findAndReplace(nullHeaderText, "b"))).rejects.toThrow(
      "find-and-replace: from 'null', to 'b'",
    );
  });

  it("logs how many occurrences it replaced", async () => {
    const log = async (body: string) =>
      (
        await createGateway({
          policies: {
            operation: policy({ inbound: [findAndReplace("ab", "x")], backend: [base()] }),
          },
        }).send({ method: "POST", body })
      ).logText;
    expect(await log("ab")).toMatch(/^ +find-and-replace 'ab' → 'x': 1 occurrence$/m);
    expect(await log("ab-ab")).toMatch(/^ +find-and-replace 'ab' → 'x': 2 occurrences$/m);
    expect(await log("ba")).toMatch(/^ +find-and-replace 'ab' → 'x': 0 occurrences$/m);
  });
});

// The evaluation records name each slot as the page's attribute (result.evaluations).
it("names the slots it evaluated: from, to", async () => {
  const result = await createGateway({
    policies: {
      operation: policy({
        inbound: [
          findAndReplace(
            (c) => "a",
            (c) => c.Request.Method,
          ),
        ],
        backend: [base()],
      }),
    },
  }).send({ method: "POST", body: "abc" });
  expect(result.evaluations.map((evaluation) => evaluation.slot)).toEqual([
    "find-and-replace from",
    "find-and-replace to",
  ]);
  expect(result.backendCalls[0]!.body).toBe("POSTbc");
});
