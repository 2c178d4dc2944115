// The per-request shortcuts of the gateway's send() (bench/harness.bench.ts): what they memoize or
// build late must give what the eager code gave. The bounded text memo, the variables snapshot
// (Object.fromEntries' result, "__proto__" included), a URL's query parsed from its search text,
// context.Deployment shared by the requests of one gateway, a path that cannot be decoded still
// failing the send, and the named-value site tables per C# text.
import { describe, expect, it } from "vitest";
import { namedBoolean, policy, returnResponse, setHeader } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { textMemo } from "../../harness/apim/text-memo.ts";
import { UrlView } from "../../harness/apim/url.ts";
import { VariableStore } from "../../harness/apim/variables.ts";

describe("textMemo", () => {
  it("computes once per text and empties itself when full", () => {
    const calls: string[] = [];
    const length = textMemo(2, (text) => {
      calls.push(text);
      return text.length;
    });
    expect([length("a"), length("bb"), length("a")]).toEqual([1, 2, 1]);
    expect(calls).toEqual(["a", "bb"]);
    length("ccc"); // full: emptied, then "ccc" remembered
    length("a");
    expect(calls).toEqual(["a", "bb", "ccc", "a"]);
  });
});

describe("VariableStore.snapshot", () => {
  it("is what Object.fromEntries gives, a variable named __proto__ included", () => {
    const store = new VariableStore();
    store.set("a", { type: "int", value: 1 });
    store.set("__proto__", { type: "string", value: "x" });
    const snapshot = store.snapshot();
    expect(Object.getPrototypeOf(snapshot)).toBe(Object.prototype);
    expect(Object.entries(snapshot)).toEqual([
      ["a", { type: "int", value: 1 }],
      ["__proto__", { type: "string", value: "x" }],
    ]);
  });
});

describe("UrlView.Query", () => {
  it("holds what the URL's searchParams hold, read after the URL changed", () => {
    const url = new URL("https://x.example/p?a=1&A=2&b=%20x+y&c&=z&a=3");
    const expected = [...url.searchParams];
    const view = new UrlView(url);
    url.search = "?other=1";
    const query = view.Query as unknown as {
      GetValueOrDefault(name: string, fallback: string): string;
      Count: number;
    };
    expect(query.GetValueOrDefault("a", "-")).toBe("1,2,3");
    expect(query.GetValueOrDefault("b", "-")).toBe(" x y");
    expect(query.GetValueOrDefault("c", "-")).toBe("");
    expect(query.GetValueOrDefault("", "-")).toBe("z");
    expect(query.Count).toBe(new Set(expected.map(([name]) => name.toLowerCase())).size);
    expect(view.Query).toBe(view.Query);
  });
});

describe("the gateway's per-request context", () => {
  const gateway = createGateway({
    namedValues: { flag: "true" },
    policies: {
      operation: policy({
        inbound: [
          returnResponse([
            setHeader("X-Region", (context) => context.Deployment.Region),
            setHeader("X-Flag", () => (namedBoolean("flag") ? "yes" : "no")),
            setHeader("X-Path", (context) => context.Request.OriginalUrl.Path),
          ]),
        ],
      }),
    },
  });

  it("gives every request the same answers", async () => {
    for (let i = 0; i < 3; i++) {
      const result = await gateway.send({ url: `/orders/${i}` });
      expect([result.header("X-Region"), result.header("X-Flag"), result.header("X-Path")]).toEqual(
        ["West Europe", "yes", `/orders/${i}`],
      );
      expect(result.evaluations.map((e) => e.inputs.namedValues)).toEqual([
        {},
        { flag: "true" },
        {},
      ]);
    }
  });

  it("still fails the send, not an expression, for a path it cannot decode", async () => {
    await expect(gateway.send({ url: "/orders/%E0%A4%A" })).rejects.toThrow(URIError);
  });
});
