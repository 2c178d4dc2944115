// The vitest plugin's transform cache (src/compile/transform-cache.ts): an unchanged file is served
// from node_modules/.cache/apim-ts/transforms as it was transpiled, a changed one is transpiled
// again, and APIM_TS_TRANSFORM_CACHE=off neither reads nor writes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  cachedTransform,
  transformCacheFolder,
  transformFingerprint,
} from "../../src/compile/transform-cache.ts";
import { apimTs } from "../../src/compile/vitest-plugin.ts";
import { transpileTagged } from "../../src/compile/tagged-transpile.ts";

const roots: string[] = [];
afterEach(() => {
  delete process.env.APIM_TS_TRANSFORM_CACHE;
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function project(): { root: string; file: string; entries: () => string[] } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-transform-cache-"));
  roots.push(root);
  const entries = () => {
    const folder = transformCacheFolder(root);
    if (!fs.existsSync(folder)) return [];
    return fs
      .readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".json"))
      .map((name) => path.join(folder, name));
  };
  return { root, file: path.join(root, "policy-src", "a.operation.ts"), entries };
}

const TAG_MODULE = "/tags/source-tag.ts";
const code = `export const name = (context: { Api: { Name: string } }) => context.Api.Name + "-one";\n`;

describe("the vitest plugin's transform cache", () => {
  it("gives what the transform gives, and stores one entry per text", async () => {
    const { root, file, entries } = project();
    const first = await cachedTransform(root, file, code, TAG_MODULE);
    expect(first).toEqual(transpileTagged(code, file, TAG_MODULE));
    expect(first.code).toContain("tagFunction");
    expect(entries()).toHaveLength(1);
    expect(await cachedTransform(root, file, code, TAG_MODULE)).toEqual(first);
    expect(entries()).toHaveLength(1);
  });

  it("serves an unchanged file from the cache", async () => {
    const { root, file, entries } = project();
    await cachedTransform(root, file, code, TAG_MODULE);
    // Marks the stored entry: a hit returns the stored text, not a new transpilation.
    const [entry] = entries();
    const stored = JSON.parse(fs.readFileSync(entry!, "utf8"));
    fs.writeFileSync(
      entry!,
      JSON.stringify({ ...stored, code: `${stored.code}// from the cache\n` }),
    );
    expect((await cachedTransform(root, file, code, TAG_MODULE)).code).toMatch(/from the cache\n$/);
  });

  it("transpiles again when the text, the file or the tag module changes", async () => {
    const { root, file, entries } = project();
    await cachedTransform(root, file, code, TAG_MODULE);
    const changed = code.replace("-one", "-two");
    expect((await cachedTransform(root, file, changed, TAG_MODULE)).code).toContain('"-two"');
    await cachedTransform(root, path.join(root, "test", "a.test.ts"), code, TAG_MODULE);
    await cachedTransform(root, file, code, "/elsewhere/source-tag.ts");
    expect(entries()).toHaveLength(4);
  });

  it("ignores an unreadable entry and replaces it", async () => {
    const { root, file, entries } = project();
    await cachedTransform(root, file, code, TAG_MODULE);
    fs.writeFileSync(entries()[0]!, "{ not json");
    expect(await cachedTransform(root, file, code, TAG_MODULE)).toEqual(
      transpileTagged(code, file, TAG_MODULE),
    );
    expect(() => JSON.parse(fs.readFileSync(entries()[0]!, "utf8"))).not.toThrow();
  });

  it("neither reads nor writes with APIM_TS_TRANSFORM_CACHE=off", async () => {
    const { root, file, entries } = project();
    await cachedTransform(root, file, code, TAG_MODULE);
    const [entry] = entries();
    fs.writeFileSync(
      entry!,
      JSON.stringify({ ...JSON.parse(fs.readFileSync(entry!, "utf8")), code: "stale" }),
    );
    process.env.APIM_TS_TRANSFORM_CACHE = "off";
    expect((await cachedTransform(root, file, code, TAG_MODULE)).code).toContain("tagFunction");
    await cachedTransform(root, file, code.replace("-one", "-three"), TAG_MODULE);
    expect(entries()).toHaveLength(1);
  });

  it("keys vitest's own module cache of a transformed file by the transform's fingerprint", () => {
    const { root } = project();
    const plugin = apimTs({ replay: false });
    plugin.configResolved({ root });
    const generators: ((context: { id: string }) => string | undefined)[] = [];
    const vitest = { config: { reporters: [] as unknown[] } };
    plugin.configureVitest({
      vitest,
      experimental_defineCacheKeyGenerator: (generator) => void generators.push(generator),
    });
    expect(generators).toHaveLength(1);
    const [keyOf] = generators;
    expect(transformFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(keyOf!({ id: path.join(root, "test", "a.test.ts") })).toBe(transformFingerprint());
    expect(keyOf!({ id: `${path.join(root, "policy-src", "a.operation.ts")}?v=1` })).toBe(
      transformFingerprint(),
    );
    // Files the transform leaves alone keep vitest's own key.
    expect(keyOf!({ id: path.join(root, "src", "library.ts") })).toBeUndefined();
    expect(keyOf!({ id: path.join(root, "test", "types.d.ts") })).toBeUndefined();
    // A vitest without the hook (before 4.1) is configured all the same.
    expect(() => plugin.configureVitest({ vitest: { config: { reporters: [] } } })).not.toThrow();
    expect(vitest.config.reporters).toEqual([]);
  });
});
