// limit-concurrency (limit-concurrency-policy.md): at most max-count requests per key run the
// child policies at once; one more fails immediately with 429. Concurrency is observed with
// overlapping send() calls whose backend answers only when the test releases it.
import { describe, expect, it } from "vitest";
import {
  base,
  csharp,
  forwardRequest,
  limitConcurrency,
  policy,
  setHeader,
  setVariable,
} from "apim-ts";
import { createGateway, type MockResponse } from "apim-ts/harness";

/** A backend whose answers wait until release() is called; `arrived` counts the calls. */
function heldBackend() {
  const waiting: (() => void)[] = [];
  let arrived = 0;
  return {
    handler: () =>
      new Promise<MockResponse>((resolve) => {
        arrived++;
        waiting.push(() => resolve({ status: 200, body: "ok" }));
      }),
    arrived: () => arrived,
    release: () => {
      for (const answer of waiting.splice(0)) answer();
    },
  };
}

/** Lets pending promise callbacks run (the harness awaits the backend mock). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Yields until `arrived` backend calls are held: a gateway's first send awaits its one-time checks
 * first, which can take more than one turn of the event loop (under load, one settle() was not
 * always enough). Bounded, so a request that never arrives fails the test's assertion.
 */
async function heldUntil(backend: { arrived: () => number }, arrived: number): Promise<void> {
  for (let turn = 0; turn < 1000 && backend.arrived() < arrived; turn++) await settle();
}

// The page's example: forward-request inside limit-concurrency keyed by a context variable.
const pageExample = policy({
  inbound: [
    setVariable("connectionId", (context) =>
      context.Request.Headers.GetValueOrDefault("X-Connection", "none"),
    ),
  ],
  backend: [
    limitConcurrency(
      {
        key: (context) => context.Variables.GetValueOrDefault<string>("connectionId", ""),
        maxCount: 3,
      },
      [forwardRequest({ timeout: 120 })],
    ),
  ],
});

describe("limit-concurrency", () => {
  it("lets max-count overlapping requests in; one more fails at once with 429 (the page's example)", async () => {
    const backend = heldBackend();
    const apim = createGateway({ backend: backend.handler, policies: { operation: pageExample } });
    const send = () => apim.send({ headers: { "X-Connection": "c1" } });
    const inside = [send(), send(), send()];
    await heldUntil(backend, 3);
    expect(backend.arrived()).toBe(3);
    const rejected = await send();
    expect(rejected.status).toBe(429);
    expect(rejected.reason).toBe("Too Many Requests");
    expect(rejected.backendCalls).toEqual([]);
    expect(rejected.lastError).toMatchObject({ Source: "limit-concurrency", Section: "backend" });
    expect(rejected.warnings.join("\n")).toMatch(/not documented/);
    backend.release();
    expect((await Promise.all(inside)).map((result) => result.status)).toEqual([200, 200, 200]);
    // Once they are done, their places are free again.
    const after = send();
    await heldUntil(backend, 4);
    backend.release();
    expect((await after).status).toBe(200);
  });

  it("counts per key: another key has its own max-count", async () => {
    const backend = heldBackend();
    const apim = createGateway({ backend: backend.handler, policies: { operation: pageExample } });
    const first = [1, 2, 3].map(() => apim.send({ headers: { "X-Connection": "c1" } }));
    await heldUntil(backend, 3);
    const other = apim.send({ headers: { "X-Connection": "c2" } });
    await heldUntil(backend, 4);
    expect(backend.arrived()).toBe(4);
    backend.release();
    expect((await other).status).toBe(200);
    await Promise.all(first);
  });

  it("the key is shared by policies: each compares the shared count with its own max-count", async () => {
    const backend = heldBackend();
    const apim = createGateway({
      backend: backend.handler,
      policies: {
        operation: policy({
          inbound: [limitConcurrency({ key: "shared", maxCount: 5 }, [setHeader("X-In", "1")])],
          backend: [limitConcurrency({ key: "shared", maxCount: 1 }, [base()])],
        }),
      },
    });
    const holding = apim.send();
    await heldUntil(backend, 1);
    const second = await apim.send();
    // The inbound policy (5) let it in, the backend one (1) did not: its key is held by the first.
    expect(second.status).toBe(429);
    expect(second.lastError).toMatchObject({ Section: "backend" });
    backend.release();
    expect((await holding).status).toBe(200);
  });

  it("requests one after another never overlap; max-count 0 lets none in", async () => {
    const sequential = createGateway({
      policies: {
        operation: policy({
          backend: [limitConcurrency({ key: "k", maxCount: 1 }, [base()])],
        }),
      },
    });
    for (let call = 0; call < 3; call++) expect((await sequential.send()).status).toBe(200);
    const closed = createGateway({
      policies: {
        operation: policy({ backend: [limitConcurrency({ key: "k", maxCount: 0 }, [base()])] }),
      },
    });
    expect((await closed.send()).status).toBe(429);
  });

  it("a child's error ends the policy and gives its place back", async () => {
    let fail = true;
    const apim = createGateway({
      backend: () => {
        if (fail) throw new Error("down");
        return { status: 200 };
      },
      policies: {
        operation: policy({
          backend: [limitConcurrency({ key: "k", maxCount: 1 }, [base()])],
        }),
      },
    });
    const failed = await apim.send();
    expect(failed.lastError?.Reason).toBe("BackendConnectionFailure");
    fail = false;
    expect((await apim.send()).status).toBe(200);
  });

  it("runs in outbound, inside which the children see the response", async () => {
    const result = await createGateway({
      backend: () => ({ status: 201 }),
      policies: {
        operation: policy({
          backend: [base()],
          outbound: [
            limitConcurrency({ key: (context) => context.Api.Id, maxCount: 2 }, [
              setHeader("X-Status", (context) => `${context.Response.StatusCode}`),
            ]),
          ],
        }),
      },
    }).send();
    expect(result.header("X-Status")).toBe("201");
  });

  it("refuses a key expression that gives null", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            limitConcurrency(
              {
                // Raw C#: the typed builders refuse a string | null expression.
                key: csharp(
                  '@(context.Request.Headers.GetValueOrDefault("X-K"))',
                  (context) => context.Request.Headers.GetValueOrDefault("X-K") as string,
                ),
                maxCount: 1,
              },
              [setHeader("X", "1")],
            ),
          ],
        }),
      },
    });
    await expect(apim.send()).rejects.toThrow(/limit-concurrency key: the expression gave null;/);
  });

  it("refuses a key expression that gives an empty string", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            limitConcurrency(
              {
                key: (context) => context.Request.Headers.GetValueOrDefault("X-K", ""),
                maxCount: 1,
              },
              [setHeader("X", "1")],
            ),
          ],
        }),
      },
    });
    await expect(apim.send()).rejects.toThrow(/limit-concurrency key: the expression gave ''/);
  });
});
