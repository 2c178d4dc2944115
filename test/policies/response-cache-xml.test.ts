// The XML of cache-lookup and cache-store: the reference pages' examples authored in TypeScript
// emit the pages' XML (modulo formatting), every attribute and child has a builder test, and the
// documented rules (required attributes, sections, enumerations) reject wrong input.
// Sources: cache-lookup-policy.md and cache-store-policy.md (Policy statement, Attributes,
// Elements, Usage, Examples).
import type ts from "../../src/compile/typescript.js";
import { beforeAll, describe, expect, it } from "vitest";
import * as apim from "../../src/index.ts";
import { emitDocument } from "../../src/emit/emit-document.ts";
import { testProgram } from "../support/test-program.ts";
import type { PolicyDocument } from "../../src/model/document.ts";

let program: ts.Program;
beforeAll(() => {
  program = testProgram(import.meta.filename);
});

/** The printed statements of one section, without the document around them. */
function xmlOf(document: PolicyDocument, tag: "inbound" | "outbound"): string {
  const emitted = emitDocument(document, program, { format: "rawxml" });
  expect(emitted.diagnostics).toEqual([]);
  const lines = emitted.text!.split("\n");
  return lines
    .slice(lines.indexOf(`    <${tag}>`) + 1, lines.indexOf(`    </${tag}>`))
    .map((line) => line.slice(8))
    .join("\n");
}

const inbound = (...statements: apim.InboundStatement[]) =>
  xmlOf(apim.policy({ inbound: statements }), "inbound");
const outbound = (...statements: apim.OutboundStatement[]) =>
  xmlOf(apim.policy({ outbound: statements }), "outbound");

describe("cache-lookup / cache-store: the pages' examples", () => {
  it("Example with corresponding cache-store policy (both pages)", () => {
    const document = apim.policy({
      inbound: [
        apim.base(),
        apim.cacheLookup({
          varyByDeveloper: false,
          varyByDeveloperGroups: false,
          downstreamCachingType: "none",
          mustRevalidate: true,
          cachingType: "internal",
          varyByQueryParameters: ["version"],
        }),
      ],
      // The page writes duration="seconds" as a placeholder; a number stands in for it.
      outbound: [apim.cacheStore({ duration: 3600 }), apim.base()],
    });
    // Attribute order: the policy statement's (the example lists caching-type last).
    expect(xmlOf(document, "inbound")).toBe(
      [
        "<base />",
        '<cache-lookup vary-by-developer="false" vary-by-developer-groups="false" caching-type="internal" downstream-caching-type="none" must-revalidate="true">',
        "    <vary-by-query-parameter>version</vary-by-query-parameter>",
        "</cache-lookup>",
      ].join("\n"),
    );
    expect(xmlOf(document, "outbound")).toBe('<cache-store duration="3600" />\n<base />');
  });

  it("Example using policy expressions: the cache-lookup half, and a duration expression", () => {
    expect(
      inbound(
        apim.cacheLookup({
          varyByDeveloper: false,
          varyByDeveloperGroups: false,
          downstreamCachingType: "public",
          mustRevalidate: true,
          varyByHeaders: ["Accept", "Accept-Charset"],
        }),
      ),
    ).toBe(
      [
        '<cache-lookup vary-by-developer="false" vary-by-developer-groups="false" downstream-caching-type="public" must-revalidate="true">',
        "    <vary-by-header>Accept</vary-by-header>",
        "    <vary-by-header>Accept-Charset</vary-by-header>",
        "</cache-lookup>",
      ].join("\n"),
    );
    // The page's duration uses Regex.Match(...).Groups["maxAge"] with \d, which apim-ts does not
    // translate (Regex.Match is not mapped; \d is refused as Unicode-aware in .NET). An
    // expression with the same role (a duration from the backend's response) shows the slot.
    expect(
      outbound(
        apim.cacheStore({
          duration: (context) =>
            context.Response.Headers.GetValueOrDefault("Cache-Control", "") === "" ? 300 : 60,
        }),
      ),
    ).toBe(
      '<cache-store duration="@(context.Response.Headers.GetValueOrDefault("Cache-Control", "") == "" ? 300 : 60)" />',
    );
  });
});

describe("cache-lookup attributes and children", () => {
  it("every attribute, literal and expression (all but caching-type accept expressions)", () => {
    expect(
      inbound(
        apim.cacheLookup({
          id: "c",
          varyByDeveloper: true,
          varyByDeveloperGroups: (context) => context.User.Id !== "",
          cachingType: "prefer-external",
          downstreamCachingType: (context) =>
            context.Request.Headers.ContainsKey("X-Public") ? "public" : "private",
          mustRevalidate: false,
          allowPrivateResponseCaching: (context) => context.Request.Headers.ContainsKey("X-Ok"),
          varyByHeaders: ["Authorization"],
          varyByQueryParameters: ["a;b", "c"],
        }),
      ),
    ).toBe(
      [
        '<cache-lookup id="c" vary-by-developer="true" vary-by-developer-groups="@(context.User.Id != "")" caching-type="prefer-external" downstream-caching-type="@(context.Request.Headers.ContainsKey("X-Public") ? "public" : "private")" must-revalidate="false" allow-private-response-caching="@(context.Request.Headers.ContainsKey("X-Ok"))">',
        "    <vary-by-header>Authorization</vary-by-header>",
        "    <vary-by-query-parameter>a;b</vary-by-query-parameter>",
        "    <vary-by-query-parameter>c</vary-by-query-parameter>",
        "</cache-lookup>",
      ].join("\n"),
    );
  });

  it("vary-by-developer and vary-by-developer-groups are required (Attributes: Required Yes)", () => {
    expect(() =>
      apim.cacheLookup({ varyByDeveloperGroups: false } as unknown as apim.CacheLookupOptions),
    ).toThrow(/vary-by-developer is required/);
    expect(() =>
      apim.cacheLookup({ varyByDeveloper: false } as unknown as apim.CacheLookupOptions),
    ).toThrow(/vary-by-developer-groups is required/);
  });

  it("caching-type and downstream-caching-type take only the documented values", () => {
    const base = { varyByDeveloper: false, varyByDeveloperGroups: false } as const;
    expect(() => apim.cacheLookup({ ...base, cachingType: "disk" as apim.CachingType })).toThrow(
      /caching-type 'disk' is not one of/,
    );
    expect(() =>
      apim.cacheLookup({
        ...base,
        cachingType: (() => "internal") as unknown as apim.CachingType,
      }),
    ).toThrow(/caching-type accepts no policy expression/);
    expect(() =>
      apim.cacheLookup({
        ...base,
        downstreamCachingType: "shared" as apim.DownstreamCachingType,
      }),
    ).toThrow(/downstream-caching-type 'shared' is not one of 'none', 'private', 'public'/);
  });

  it("a header or parameter name must be a non-empty line", () => {
    const base = { varyByDeveloper: false, varyByDeveloperGroups: false } as const;
    expect(() => apim.cacheLookup({ ...base, varyByHeaders: [""] })).toThrow(
      /vary-by-header must be a non-empty string/,
    );
    expect(() => apim.cacheLookup({ ...base, varyByQueryParameters: ["a\nb"] })).toThrow(
      /vary-by-query-parameter must be one line/,
    );
  });
});

describe("cache-store attributes", () => {
  it("duration and cache-response, literal and expression", () => {
    expect(outbound(apim.cacheStore({ duration: 20, cacheResponse: true, id: "s" }))).toBe(
      '<cache-store id="s" duration="20" cache-response="true" />',
    );
    expect(
      outbound(
        apim.cacheStore({
          duration: 20,
          cacheResponse: (context) => context.Response.StatusCode === 404,
        }),
      ),
    ).toBe('<cache-store duration="20" cache-response="@(context.Response.StatusCode == 404)" />');
  });

  it("duration is required and a whole positive number of seconds", () => {
    expect(() => apim.cacheStore({} as unknown as apim.CacheStoreOptions)).toThrow(
      /duration is required/,
    );
    expect(() => apim.cacheStore({ duration: 0 })).toThrow(
      /duration must be an integer of at least 1/,
    );
    expect(() => apim.cacheStore({ duration: 1.5 })).toThrow(/duration must be an integer/);
  });
});

const NO_VARY = { varyByDeveloper: false, varyByDeveloperGroups: false } as const;

/** Type rules (tsc checks test/): each wrong usage below must fail to compile. Never called. */
export function wrongUsages(): unknown[] {
  // prettier-ignore
  return [
    // @ts-expect-error cache-lookup is an inbound policy (Usage: inbound)
    apim.policy({ outbound: [apim.cacheLookup(NO_VARY)] }),
    // @ts-expect-error cache-store is an outbound policy (Usage: outbound)
    apim.policy({ inbound: [apim.cacheStore({ duration: 1 })] }),
    // @ts-expect-error caching-type accepts no expression
    apim.cacheLookup({ ...NO_VARY, cachingType: () => "internal" }),
    // @ts-expect-error vary-by-developer is required
    apim.cacheLookup({ varyByDeveloperGroups: false }),
    // @ts-expect-error set-body's xsi-nil accepts no expression
    apim.setBody("x", { template: "liquid", xsiNil: () => "null" }),
  ];
}
