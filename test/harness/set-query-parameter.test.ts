// set-query-parameter (set-query-parameter-policy.md, Attributes): override replaces the values,
// skip keeps an existing parameter, append adds values, delete removes it; several <value>s give
// the parameter several times; expressions in name, exists-action and values; inbound and backend.
import { describe, expect, it } from "vitest";
import {
  base,
  csharp,
  deleteQueryParameter,
  forwardRequest,
  policy,
  setHeader,
  setQueryParameter,
  type InboundStatement,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { nullHeaderText } from "../support/null-text.ts";

async function backendUrl(statements: InboundStatement[], url: string): Promise<string> {
  const result = await createGateway({
    api: { serviceUrl: "https://backend.example" },
    policies: { operation: policy({ inbound: statements, backend: [base()] }) },
  }).send({ url });
  expect(result).toHaveReachedBackend();
  return result.backendCalls[0]!.url;
}

describe("set-query-parameter", () => {
  it("override (the default) replaces every value of the parameter, in place", async () => {
    expect(await backendUrl([setQueryParameter("a", "9")], "/x?a=1&b=2&a=3")).toBe(
      "https://backend.example/x?a=9&b=2",
    );
    expect(
      await backendUrl(
        [setQueryParameter("c", ["1", "2"], { existsAction: "override" })],
        "/x?a=1",
      ),
    ).toBe("https://backend.example/x?a=1&c=1&c=2");
  });

  it("skip keeps an existing parameter and adds a missing one (the page's api-key example)", async () => {
    const skip = setQueryParameter("api-key", "12345678901", { existsAction: "skip" });
    expect(await backendUrl([skip], "/x?api-key=mine")).toBe(
      "https://backend.example/x?api-key=mine",
    );
    expect(await backendUrl([skip], "/x")).toBe("https://backend.example/x?api-key=12345678901");
  });

  it("append adds the values after the existing ones", async () => {
    expect(
      await backendUrl([setQueryParameter("a", "2", { existsAction: "append" })], "/x?a=1&b=0"),
    ).toBe("https://backend.example/x?a=1&a=2&b=0");
  });

  it("delete removes the parameter, matching the name case-insensitively (as Request.Url.Query does)", async () => {
    expect(await backendUrl([deleteQueryParameter("Debug")], "/x?debug=1&b=2")).toBe(
      "https://backend.example/x?b=2",
    );
  });

  it("the page's context example: an expression value, and expression name and action", async () => {
    expect(
      await backendUrl(
        [
          setQueryParameter("x-product-name", (context) => context.Product.Name, {
            existsAction: "override",
          }),
        ],
        "/x",
      ),
    ).toBe("https://backend.example/x?x-product-name=Starter");
    expect(
      await backendUrl(
        [
          setQueryParameter((context) => context.Request.Method.toLowerCase(), "1", {
            existsAction: (context) => (context.Tracing ? "skip" : "append"),
          }),
        ],
        "/x?get=0",
      ),
    ).toBe("https://backend.example/x?get=0&get=1");
  });

  it("context.Request.Url sees the change; in backend it acts before forward-request", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            setQueryParameter("a", "1"),
            setHeader("X-Query", (context) =>
              context.Request.Url.Query.GetValueOrDefault("a", "none"),
            ),
          ],
          backend: [setQueryParameter("b", "2"), forwardRequest()],
        }),
      },
    }).send({ url: "/x" });
    expect(result).toHaveReachedBackend({ headers: { "X-Query": "1" } });
    expect(result.backendCalls[0]!.url).toBe("https://backend.example.net/x?a=1&b=2");
  });

  it("refuses an exists-action expression outside the four values", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            setQueryParameter("a", "1", {
              existsAction: csharp(
                "@(context.Request.Method)",
                (context) => context.Request.Method as "skip",
              ),
            }),
          ],
        }),
      },
    });
    await expect(apim.send()).rejects.toThrow(
      "set-query-parameter 'a': exists-action 'GET' is not one of override, skip, append, delete",
    );
  });
});

// Where the page is silent the harness chose (docs/project-choices.md, transformation policies):
// names match case-insensitively, as context.Request.Url.Query reads them; append adds after the
// parameter's last occurrence; override puts the values where the parameter first stood; a value
// whose expression gives null is left out, as in set-header.
describe("set-query-parameter: the project's choices, refusals and the log", () => {
  it("skip and append match an existing name case-insensitively", async () => {
    expect(
      await backendUrl(
        [setQueryParameter("api-key", "1", { existsAction: "skip" })],
        "/x?API-KEY=mine",
      ),
    ).toBe("https://backend.example/x?API-KEY=mine");
    expect(
      await backendUrl([setQueryParameter("a", "2", { existsAction: "append" })], "/x?A=1&b=0"),
    ).toBe("https://backend.example/x?A=1&a=2&b=0");
  });

  it("append adds after the last occurrence, or at the end for a new parameter", async () => {
    expect(
      await backendUrl(
        [setQueryParameter("a", ["5", "6"], { existsAction: "append" })],
        "/x?a=1&b=2&a=3&c=4",
      ),
    ).toBe("https://backend.example/x?a=1&b=2&a=3&a=5&a=6&c=4");
    expect(
      await backendUrl([setQueryParameter("n", "1", { existsAction: "append" })], "/x?b=2"),
    ).toBe("https://backend.example/x?b=2&n=1");
  });

  it("override puts the values where the parameter first stood and drops its later ones", async () => {
    expect(await backendUrl([setQueryParameter("a", "9")], "/x?b=2&A=1&c=3&a=4")).toBe(
      "https://backend.example/x?b=2&a=9&c=3",
    );
  });

  it("delete of a missing parameter leaves the query as it was", async () => {
    expect(await backendUrl([deleteQueryParameter("z")], "/x?b=2&a=1")).toBe(
      "https://backend.example/x?b=2&a=1",
    );
  });

  it("leaves out a value whose expression gives null", async () => {
    expect(await backendUrl([setQueryParameter("a", [nullHeaderText, "2"])], "/x")).toBe(
      "https://backend.example/x?a=2",
    );
  });

  it("refuses a name expression giving a blank name (the page does not say what APIM does)", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [setQueryParameter((c) => c.Request.Headers.GetValueOrDefault("X-N", " "), "1")],
        }),
      },
    });
    await expect(apim.send()).rejects.toThrow(
      "set-query-parameter: the name evaluated to ' '; the reference page does not say what APIM does",
    );
  });

  it("logs what each action did", async () => {
    const result = await createGateway({
      policies: {
        operation: policy({
          inbound: [
            setQueryParameter("a", ["2", "3"], { existsAction: "append" }),
            setQueryParameter("b", "x", { existsAction: "skip" }),
            deleteQueryParameter("c"),
          ],
          backend: [base()],
        }),
      },
    }).send({ url: "/x?a=1&b=1&c=1" });
    expect(result.logText).toContain("set-query-parameter a (append): 2,3");
    expect(result.logText).toContain("set-query-parameter b: exists, skipped");
    expect(result.logText).toContain("set-query-parameter c: deleted");
  });
});

// The evaluation records name each slot as the page's attribute (result.evaluations).
it("names the slots it evaluated: name, exists-action, value[n]", async () => {
  const result = await createGateway({
    policies: {
      operation: policy({
        inbound: [
          setQueryParameter((c) => c.Request.Method.toLowerCase(), ["a", (c) => c.Request.Method], {
            existsAction: () => "append",
          }),
        ],
        backend: [base()],
      }),
    },
  }).send({ url: "/x" });
  expect(result.evaluations.map((evaluation) => evaluation.slot)).toEqual([
    "set-query-parameter name",
    "set-query-parameter exists-action",
    "set-query-parameter value[2]",
  ]);
  expect(result.backendCalls[0]!.url).toBe("https://backend.example.net/x?get=a&get=GET");
});

it("skip adds the parameter when only others exist; a null name is refused", async () => {
  expect(
    await backendUrl([setQueryParameter("a", "1", { existsAction: "skip" })], "/x?other=2"),
  ).toBe("https://backend.example/x?other=2&a=1");
  const apim = createGateway({
    policies: { operation: policy({ inbound: [setQueryParameter(nullHeaderText, "1")] }) },
  });
  await expect(apim.send()).rejects.toThrow(
    "set-query-parameter: the name evaluated to 'null'; the reference page does not say what APIM does",
  );
});
