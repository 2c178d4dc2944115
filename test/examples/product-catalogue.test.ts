// policy-src/examples/product-catalogue: the response cache and a Liquid reshaping through the
// simulated gateway on the virtual clock, then every recorded expression evaluation replayed
// through the emitted C# (mono) with zero divergences.
// Sources: cache-lookup-policy.md, cache-store-policy.md, set-body-policy.md (Liquid); the
// Cache-Control text is the project's choice (docs/project-choices.md, "Response cache").
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import productCatalogue from "../../policy-src/examples/product-catalogue.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const PRODUCTS = {
  products: [
    { title: "chair", price: 49.5 },
    { title: "table", price: 120 },
  ],
};

function gateway(answer: () => { status?: number; headers?: Record<string, string> } = () => ({})) {
  let calls = 0;
  const apim = createGateway({
    clock: { instant: "2030-01-01T08:00:00Z" },
    api: { path: "shop" },
    policies: { operation: productCatalogue },
    backend: () => {
      calls++;
      const { status = 200, headers = {} } = answer();
      return {
        status,
        headers: { "Content-Type": "application/json", ...headers },
        body: status === 200 ? JSON.stringify(PRODUCTS) : '{"error": "unavailable"}',
      };
    },
  });
  return { apim, calls: () => calls };
}

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "product-catalogue");
  return result;
};

describeWithCSharp("example: a cached product catalogue reshaped with Liquid", (toolchain) => {
  it("reshapes the backend's JSON with the Liquid template", async () => {
    const { apim } = gateway();
    const result = record(await apim.send({ url: "/shop/products?category=furniture" }), "reshape");
    // 49.5 * 100 = 4950 and 120 * 100 = 12000 (Liquid's times and round).
    expect(JSON.parse(result.body)).toEqual({
      category: "furniture",
      items: [
        { name: "Chair", priceCents: 4950 },
        { name: "Table", priceCents: 12000 },
      ],
      count: 2,
    });
    expect(result.header("Content-Type")).toBe("application/json");
  });

  it("serves the stored, reshaped answer for 5 minutes without calling the backend", async () => {
    const { apim, calls } = gateway();
    const first = record(await apim.send({ url: "/shop/products?category=furniture" }), "miss");
    apim.clock.advance({ minutes: 4, seconds: 59 });
    const hit = record(await apim.send({ url: "/shop/products?category=furniture" }), "hit");
    expect(hit.backendCalls).toHaveLength(0);
    expect(hit.body).toBe(first.body);
    expect(hit.header("Cache-Control")).toBe("public, max-age=1, must-revalidate");
    apim.clock.advance({ seconds: 1 });
    record(await apim.send({ url: "/shop/products?category=furniture" }), "expired");
    expect(calls()).toBe(2);
  });

  it("a preview catalogue is cached for a minute only (duration from the response)", async () => {
    const { apim, calls } = gateway(() => ({ headers: { "X-Catalogue-Preview": "true" } }));
    const first = record(await apim.send({ url: "/shop/products" }), "preview");
    expect(first.header("Cache-Control")).toBe("public, max-age=60, must-revalidate");
    apim.clock.advance({ seconds: 60 });
    record(await apim.send({ url: "/shop/products" }), "preview expired");
    expect(calls()).toBe(2);
  });

  it("one entry per category and per Accept header; other query parameters share it", async () => {
    const { apim, calls } = gateway();
    record(await apim.send({ url: "/shop/products?category=a" }), "a");
    record(await apim.send({ url: "/shop/products?category=a&utm=x" }), "a again");
    expect(calls()).toBe(1);
    record(await apim.send({ url: "/shop/products?category=b" }), "b");
    record(
      await apim.send({ url: "/shop/products?category=a", headers: { Accept: "text/json" } }),
      "a as text/json",
    );
    expect(calls()).toBe(3);
    expect(apim.responseCache.size).toBe(3);
  });

  it("a failing backend's answer is neither reshaped nor cached; POST is never cached", async () => {
    const failing = gateway(() => ({ status: 503 }));
    const result = record(await failing.apim.send({ url: "/shop/products" }), "503");
    expect(result.status).toBe(503);
    expect(result.body).toBe('{"error": "unavailable"}');
    expect(failing.apim.responseCache.size).toBe(0);
    const posting = gateway();
    record(await posting.apim.send({ method: "POST", url: "/shop/products" }), "post");
    record(await posting.apim.send({ method: "POST", url: "/shop/products" }), "post again");
    expect(posting.calls()).toBe(2);
  });

  replayAfterAll(recorder, toolchain, { minimum: 6 });
});
