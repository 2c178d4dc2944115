// policy-src/examples/pagination-links (try/catch around int.Parse, string.Format) and
// language-negotiation (a for loop over header values, a switch over tags) through the simulated
// gateway, then every recorded expression evaluation replayed through the emitted C# (mono) with
// zero divergences.
import fc from "fast-check";
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import type { PolicyDocument } from "apim-ts";
import paginationLinks from "../../policy-src/examples/pagination-links.operation.ts";
import languageNegotiation from "../../policy-src/examples/language-negotiation.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();

async function send(
  name: string,
  document: PolicyDocument,
  request: Parameters<ReturnType<typeof createGateway>["send"]>[0],
) {
  const result = await createGateway({ policies: { operation: document } }).send(request);
  recorder.add(result, `${name}: ${JSON.stringify(request)}`, name);
  return result;
}

describeWithCSharp("examples: loops, switch, try/catch, string.Format", (toolchain) => {
  it("pagination-links: next and prev links around the requested page", async () => {
    const result = await send("pagination-links", paginationLinks, { url: "/items?page=3" });
    const links = result.backendCalls[0]!.headers["X-Page-Links"]![0]!;
    expect(links).toMatch(/\?page=4>; rel="next", <.*\?page=2>; rel="prev"$/);
  });

  it("pagination-links: a page that is not a number is traced with .NET's message and read as 1", async () => {
    const result = await send("pagination-links", paginationLinks, { url: "/items?page=three" });
    const links = result.backendCalls[0]!.headers["X-Page-Links"]![0]!;
    expect(links).toMatch(/\?page=2>; rel="next"$/);
    // int.Parse("three"): FormatException, "Input string was not in a correct format." (mono
    // 6.8 = .NET Framework's text; the conformance batch compares it with mono).
    expect(result.traces.map((t) => [t.source, t.message])).toContainEqual([
      "context.Trace",
      "page is not a number: Input string was not in a correct format.",
    ]);
  });

  it("pagination-links: agrees with C# on generated page values", async () => {
    const pages = fc.sample(
      fc.oneof(fc.integer({ min: -5, max: 99999 }).map(String), fc.string({ maxLength: 12 })),
      { numRuns: 40, seed: 2001 },
    );
    for (const page of [...pages, "2147483648", "", " 7 "]) {
      const result = await send("pagination-links", paginationLinks, {
        url: `/items?page=${encodeURIComponent(page)}`,
      });
      expect(result.status, page).toBe(200);
    }
  });

  it("language-negotiation: the first supported range wins, English when none is", async () => {
    for (const [header, expected] of [
      ["fr-CH, fr;q=0.9, en;q=0.8", "fr"],
      ["it, de-AT;q=0.5", "de"],
      ["ja", "en"],
      ["", "en"],
    ] as const) {
      const result = await send("language-negotiation", languageNegotiation, {
        url: "/items",
        headers: { "Accept-Language": header },
      });
      expect(result.backendCalls[0]!.headers["X-Language"], header).toEqual([expected]);
    }
    const none = await send("language-negotiation", languageNegotiation, { url: "/items" });
    expect(none.backendCalls[0]!.headers["X-Language"]).toEqual(["en"]);
  });

  it("language-negotiation: agrees with C# on generated Accept-Language headers", async () => {
    const tag = fc.constantFrom("de", "de-DE", "fr", "en-GB", "it", "ja", "*", " en ", "fr;q=0.1");
    for (const tags of fc.sample(fc.array(tag, { maxLength: 4 }), { numRuns: 40, seed: 2002 })) {
      await send("language-negotiation", languageNegotiation, {
        url: "/items",
        headers: { "Accept-Language": tags.join(",") },
      });
    }
  });

  replayAfterAll(recorder, toolchain, { minimum: 90 });
});
