// The example policies of policy-src/examples/ (expressions written the way teams write them:
// variables read with casts and Convert, numbers parsed with TryParse, headers and query
// enumerated with LINQ) run through the simulated gateway, and every expression evaluation is
// replayed through the emitted C# with zero divergences.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import type { PolicyDocument } from "apim-ts";
import { ReplayRecorder, replayEvaluations } from "../../harness/replay/index.ts";
import { requireCSharpCompiler } from "../../harness/crosscheck/compiler.ts";
import pageSizeLimit from "../../policy-src/examples/page-size-limit.operation.ts";
import customHeaderSummary from "../../policy-src/examples/custom-header-summary.operation.ts";
import queryNormalisation from "../../policy-src/examples/query-normalisation.operation.ts";
import retryBudget from "../../policy-src/examples/retry-budget.operation.ts";

const recorder = new ReplayRecorder();

function gateway(document: PolicyDocument, namedValues: Record<string, string> = {}) {
  return createGateway({ policies: { operation: document }, namedValues });
}

async function send(
  name: string,
  document: PolicyDocument,
  request: Parameters<ReturnType<typeof gateway>["send"]>[0],
  namedValues?: Record<string, string>,
) {
  const result = await gateway(document, namedValues).send(request);
  recorder.add(result, `${name}: ${JSON.stringify(request)}`, name);
  return result;
}

describe("page-size-limit", () => {
  const limit = { "max-page-size": "50" };
  it("defaults to the limit, read from a text variable with Convert.ToInt32", async () => {
    const result = await send("page-size-limit", pageSizeLimit, { url: "/items" }, limit);
    expect(result.backendCalls[0]!.headers["X-Page-Size"]).toEqual(["50"]);
  });

  it("accepts a page size within the limit and refuses the rest", async () => {
    for (const [pageSize, expected] of [
      ["10", 200],
      [" 50 ", 200],
      ["51", 400],
      ["0", 400],
      ["ten", 400],
      ["2147483648", 400],
      ["-3", 400],
    ] as const) {
      const result = await send(
        "page-size-limit",
        pageSizeLimit,
        { url: `/items?pageSize=${encodeURIComponent(pageSize)}` },
        limit,
      );
      expect(result.status, pageSize).toBe(expected);
    }
  });
});

describe("custom-header-summary", () => {
  it("summarises X-Custom-* headers in order, repeated values joined", async () => {
    const result = await send("custom-header-summary", customHeaderSummary, {
      url: "/items",
      headers: { "X-Custom-B": ["1", "2"], Accept: "*/*", "X-Custom-A": "x" },
    });
    expect(result.backendCalls[0]!.headers["X-Custom-Summary"]).toEqual([
      "X-Custom-B=1,2;X-Custom-A=x",
    ]);
  });

  it("refuses more than five custom headers", async () => {
    const headers = Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`X-Custom-${n}`, "v"]));
    expect(
      (await send("custom-header-summary", customHeaderSummary, { url: "/items", headers })).status,
    ).toBe(431);
  });

  it("agrees with C# on generated header sets", async () => {
    const names = fc.constantFrom(
      "X-Custom-A",
      "x-custom-a",
      "X-Custom-B",
      "Accept",
      "X-Other",
      "X-Custom-",
    );
    for (const headers of fc.sample(
      fc.dictionary(
        names,
        fc.array(fc.constantFrom("", "v", "a,b"), { minLength: 1, maxLength: 2 }),
      ),
      { numRuns: 40, seed: 1501 },
    )) {
      await send("custom-header-summary", customHeaderSummary, { url: "/items", headers });
    }
  });
});

describe("query-normalisation", () => {
  it("refuses a repeated parameter, matched case-insensitively, naming it", async () => {
    const result = await send("query-normalisation", queryNormalisation, {
      url: "/items?tag=a&Tag=b&q=1",
    });
    expect(result.status).toBe(400);
    expect(result.headers["X-Error"]).toEqual(["repeated query parameter: tag"]);
  });

  it("counts and lists the parameters by length", async () => {
    const result = await send("query-normalisation", queryNormalisation, {
      url: "/items?limit=1&q=2&page=3",
    });
    expect(result.backendCalls[0]!.headers["X-Query-Count"]).toEqual(["3"]);
    expect(result.backendCalls[0]!.headers["X-Query-Names"]).toEqual(["q,page,limit"]);
  });
});

describe("retry-budget", () => {
  it("caps the caller's budget and derives the backoff", async () => {
    for (const [method, budget, expected, backoff] of [
      ["GET", "3", "3", "15"],
      ["GET", "99", "8", "6"],
      ["POST", "99", "4", "12"],
      ["GET", "x", "8", "6"],
      ["GET", undefined, "0", "60"],
      ["GET", "9223372036854775807", "8", "6"],
    ] as const) {
      const result = await send("retry-budget", retryBudget, {
        url: "/items",
        method,
        headers: budget === undefined ? {} : { "X-Retry-Budget": budget },
      });
      expect(result.backendCalls[0]!.headers["X-Retry-Budget"], `${method} ${budget}`).toEqual([
        expected,
      ]);
      expect(result.backendCalls[0]!.headers["X-Backoff-Seconds"]).toEqual([backoff]);
    }
  });
});

// Every evaluation above replayed through C# after all tests of the file (when mono is here).
afterAll(async () => {
  const toolchain = requireCSharpCompiler();
  if (!toolchain) return;
  const report = await replayEvaluations(recorder, { toolchain });
  console.log(report.text(0));
  expect(report.text(), report.text()).toMatch(/ 0 divergences, 0 problems/);
  expect(report.stats.compared).toBe(report.stats.evaluations);
}, 120_000);
