// The edges of the harness translator's verdicts (src/translate/for-harness.ts,
// harness-verdicts.ts, verdict-cache.ts): the APIM2005 refusals, the few programs kept at once,
// and when a verdict on disk is reused (same size and content, same cache format and translator,
// same captured values) or translated again (a file changed, a corrupt or foreign entry, a
// capture without a stable fingerprint, APIM_TS_VERDICT_CACHE=off).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tagFunction } from "../../src/model/source-tag.ts";
import { switchVerdictCacheOn } from "./support/verdict-cache-on.ts";
import {
  harnessTranslatorState,
  translateExpressionFunction,
} from "../../src/translate/for-harness.ts";

const root = path.resolve(import.meta.dirname, "../..");
fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
const dir = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "verdict-edges-"));
// The temporary folder, and the cache entries of its files (named after their paths).
afterAll(() => {
  for (const name of fs.readdirSync(dir))
    fs.rmSync(entryPath(path.join(dir, name)), { force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});
switchVerdictCacheOn();

/** Where verdict-cache.ts keeps a source file's entry (documented in its header). */
function entryPath(file: string): string {
  const name = `${createHash("sha1").update(file).digest("hex").slice(0, 16)}.json`;
  return path.join(process.cwd(), "node_modules", ".cache", "apim-ts", "translations", name);
}

let files = 0;
const SOURCE = `import type { Context } from "apim-ts";
export const read = (context: Context) => context.Request.Headers.GetValueOrDefault(NAME) ?? "";
declare const NAME: string;
`;

/** A fresh policy source file (its own cache entry) and a maker of its tagged function. */
function policyFile(text = SOURCE) {
  const file = path.join(dir, `policy-${files++}.ts`);
  fs.writeFileSync(file, text);
  const start = text.indexOf("(context: Context) =>");
  const fn = (name: unknown = "X-One") =>
    tagFunction(new Function("return ''"), file, start, { NAME: () => name });
  return { file, fn };
}

/** Translates in a "new process" (nothing in memory) and says whether a program was built. */
function freshRun(fn: Function) {
  harnessTranslatorState.forget();
  const before = harnessTranslatorState.programsBuilt();
  const verdict = translateExpressionFunction(fn);
  return { verdict, built: harnessTranslatorState.programsBuilt() - before };
}

function withCacheOff<T>(run: () => T): T {
  process.env.APIM_TS_VERDICT_CACHE = "off";
  try {
    return run();
  } finally {
    delete process.env.APIM_TS_VERDICT_CACHE;
  }
}

describe("the harness translator's refusals (APIM2005)", () => {
  it("refuses a function the apim-ts transform did not tag, saying how to set it up", () => {
    const verdict = translateExpressionFunction(new Function("return ''"));
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.diagnostics).toContain(
      "error APIM2005: this expression function carries no source tag",
    );
    expect(verdict.diagnostics).toContain("add `plugins: [apimTs()]` to vitest.config.ts");
    expect(verdict.diagnostics).toContain("list its folder in apimTs({ include })");
  });

  it("refuses a tag whose place holds no function (the file changed after loading)", () => {
    const { file } = policyFile();
    const verdict = translateExpressionFunction(
      tagFunction(new Function("return ''"), file, 0, {}),
    );
    expect(verdict).toEqual({
      ok: false,
      diagnostics: `error APIM2005: no function starts at ${file}:0 (was the file changed after it was loaded?)`,
    });
  });
});

describe("the harness translator's errors", () => {
  it("lists every error, a blank line between two", () => {
    const text = SOURCE.replace('?? ""', "?? NAME");
    const { fn } = policyFile(text);
    const verdict = withCacheOff(() => translateExpressionFunction(fn({ name: "X", f() {} })));
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    const errors = verdict.diagnostics.split("\n\n");
    expect(errors).toHaveLength(2);
    for (const error of errors) expect(error).toContain("error APIM1009: 'NAME' is a object");
  });

  it("refuses an expression whose C# type is not known (APIM1013), located at the function", () => {
    const text = `import type { Context } from "apim-ts";\nexport const read = (context: Context) => undefined;\n`;
    const { file, fn } = policyFile(text);
    const verdict = withCacheOff(() => translateExpressionFunction(fn()));
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.diagnostics).toContain(
      `${path.relative(process.cwd(), file)}:2:21 error APIM1013: the C# type of this expression's value is not known`,
    );
    expect(verdict.diagnostics).toContain(
      "hint: type it as string, boolean, int, double, bytes or a .NET type",
    );
  });
});

describe("the programs the harness translator keeps", () => {
  it("keeps the last four source files' programs and builds the oldest again after a fifth", () =>
    withCacheOff(() => {
      harnessTranslatorState.forget();
      const made = [0, 1, 2, 3, 4].map(() => policyFile());
      const built = () => harnessTranslatorState.programsBuilt();
      const start = built();
      for (const { fn } of made.slice(0, 4))
        expect(translateExpressionFunction(fn()).ok).toBe(true);
      expect(built() - start).toBe(4);
      // New function objects (no verdict in memory) from the four files: their programs are kept.
      for (const { fn } of made.slice(0, 4)) translateExpressionFunction(fn("X-Two"));
      expect(built() - start).toBe(4);
      translateExpressionFunction(made[4]!.fn());
      expect(built() - start).toBe(5);
      // The oldest (the first file) was dropped; the second is still kept.
      translateExpressionFunction(made[1]!.fn("X-Three"));
      expect(built() - start).toBe(5);
      translateExpressionFunction(made[0]!.fn("X-Three"));
      expect(built() - start).toBe(6);
    }));

  it("gives a verdict once per function object", () =>
    withCacheOff(() => {
      const { fn } = policyFile();
      const f = fn();
      const first = translateExpressionFunction(f);
      harnessTranslatorState.forget();
      const before = harnessTranslatorState.programsBuilt();
      expect(translateExpressionFunction(f)).toBe(first);
      expect(harnessTranslatorState.programsBuilt()).toBe(before);
    }));
});

describe("when a verdict on disk is reused", () => {
  it("stores the verdict under node_modules/.cache/apim-ts/translations/ and reuses it", () => {
    const { file, fn } = policyFile();
    const first = freshRun(fn());
    expect(first).toMatchObject({ built: 1, verdict: { ok: true } });
    expect(fs.existsSync(entryPath(file))).toBe(true);
    const entry = JSON.parse(fs.readFileSync(entryPath(file), "utf8"));
    expect(entry.translator).toMatch(/^[0-9a-f]{40}$/);
    expect(entry.files[file][2]).toBe(
      createHash("sha1").update(fs.readFileSync(file)).digest("hex"),
    );
    expect(freshRun(fn())).toEqual({ built: 0, verdict: first.verdict });
  });

  it("reuses it when a file was only touched (same size and content, another mtime)", () => {
    const { file, fn } = policyFile();
    freshRun(fn());
    const later = new Date(Date.UTC(2030, 0, 1));
    fs.utimesSync(file, later, later);
    expect(freshRun(fn()).built).toBe(0);
  });

  it("translates again when the content changed but not the size", () => {
    const { file, fn } = policyFile();
    freshRun(fn());
    fs.writeFileSync(file, SOURCE.replace("NAME: string", "NAME: String"));
    expect(freshRun(fn()).built).toBe(1);
  });

  it("translates again when the size changed, even with the old mtime", () => {
    const { file, fn } = policyFile();
    // A whole second, which the file system keeps exactly (the check compares mtimes first).
    const moment = new Date(Date.UTC(2030, 0, 1));
    fs.utimesSync(file, moment, moment);
    freshRun(fn());
    fs.writeFileSync(file, SOURCE + "// more\n");
    fs.utimesSync(file, moment, moment);
    expect(freshRun(fn()).built).toBe(1);
  });

  it("checks an entry once per process: a verdict read stays valid while the process runs", () => {
    const { file, fn } = policyFile();
    freshRun(fn());
    expect(freshRun(fn()).built).toBe(0);
    fs.rmSync(entryPath(file));
    const before = harnessTranslatorState.programsBuilt();
    expect(translateExpressionFunction(fn()).ok).toBe(true);
    expect(harnessTranslatorState.programsBuilt()).toBe(before);
  });

  it("ignores a corrupt entry, one of another cache version, or of another translator", () => {
    const { file, fn } = policyFile();
    freshRun(fn());
    const good = fs.readFileSync(entryPath(file), "utf8");
    fs.writeFileSync(entryPath(file), "{not json");
    expect(freshRun(fn())).toMatchObject({ built: 1, verdict: { ok: true } });
    fs.writeFileSync(entryPath(file), JSON.stringify({ ...JSON.parse(good), version: 1 }));
    expect(freshRun(fn()).built).toBe(1);
    fs.writeFileSync(entryPath(file), JSON.stringify({ ...JSON.parse(good), translator: "other" }));
    expect(freshRun(fn()).built).toBe(1);
    fs.writeFileSync(entryPath(file), good);
    expect(freshRun(fn()).built).toBe(0);
  });

  it("neither reads nor writes it when APIM_TS_VERDICT_CACHE=off", () => {
    const stored = policyFile();
    freshRun(stored.fn());
    expect(withCacheOff(() => freshRun(stored.fn())).built).toBe(1);
    const unstored = policyFile();
    withCacheOff(() => freshRun(unstored.fn()));
    expect(fs.existsSync(entryPath(unstored.file))).toBe(false);
  });
});

describe("a verdict per captured value", () => {
  it("keeps one verdict per captured constant, each reused", () => {
    const { fn } = policyFile();
    const one = freshRun(fn("X-One"));
    const two = freshRun(fn("X-Two"));
    expect([one.built, two.built]).toEqual([1, 1]);
    expect(freshRun(fn("X-One"))).toEqual({ built: 0, verdict: one.verdict });
    expect(freshRun(fn("X-Two"))).toEqual({ built: 0, verdict: two.verdict });
  });

  it("does not store a verdict that read a value without a stable fingerprint", () => {
    // An object holding a function, and a function the transform did not tag.
    for (const value of [{ name: "X", f() {} }, new Function("return 'X'")]) {
      const { fn } = policyFile();
      expect(freshRun(fn(value)).built).toBe(1);
      expect(freshRun(fn(value)).built).toBe(1);
    }
  });

  it("gives the translator's verdict on a captured BigInt or symbol, and does not store it", () => {
    // A BigInt once made the cache's fingerprint throw (JSON.stringify cannot write one).
    for (const value of [10n, Symbol("s"), { size: 10n }]) {
      const { fn } = policyFile();
      const first = freshRun(fn(value));
      expect(first.built).toBe(1);
      expect(first.verdict.ok).toBe(false);
      if (!first.verdict.ok) expect(first.verdict.diagnostics).toContain("APIM1009");
      expect(freshRun(fn(value)).built).toBe(1);
    }
  });

  it("stores a verdict that read a tagged function (its place is its fingerprint)", () => {
    const { fn } = policyFile();
    const helper = () => "X";
    expect(freshRun(fn(helper)).built).toBe(1);
    expect(freshRun(fn(helper)).built).toBe(0);
  });

  it("keeps a verdict per value captured by an inlined helper, found through the helper", () => {
    const helperText = `export const header = () => NAME;\ndeclare const NAME: string;\n`;
    const helperFile = path.join(dir, `helper-${files++}.ts`);
    fs.writeFileSync(helperFile, helperText);
    const text = `import type { Context } from "apim-ts";
import { header } from "./${path.basename(helperFile, ".ts")}.ts";
export const read = (context: Context) => context.Request.Headers.GetValueOrDefault(header()) ?? "";
`;
    const file = path.join(dir, `policy-${files++}.ts`);
    fs.writeFileSync(file, text);
    const fn = (name: string) => {
      const helper = tagFunction(
        new Function("return ''"),
        helperFile,
        helperText.indexOf("() =>"),
        {
          NAME: () => name,
        },
      );
      return tagFunction(new Function("return ''"), file, text.indexOf("(context: Context) =>"), {
        header: () => helper,
      });
    };
    const one = freshRun(fn("X-One"));
    expect(one.verdict.ok && one.verdict.csharp).toContain('"X-One"');
    const two = freshRun(fn("X-Two"));
    expect(two.verdict.ok && two.verdict.csharp).toContain('"X-Two"');
    expect([one.built, two.built]).toEqual([1, 1]);
    expect(freshRun(fn("X-One"))).toEqual({ built: 0, verdict: one.verdict });
    expect(freshRun(fn("X-Two"))).toEqual({ built: 0, verdict: two.verdict });
  });

  it("tells infinities and NaN apart (JSON would write all of them as null)", () => {
    const { fn } = policyFile();
    for (const value of [Infinity, -Infinity, NaN]) expect(freshRun(fn(value)).built).toBe(1);
    for (const value of [Infinity, -Infinity, NaN]) expect(freshRun(fn(value)).built).toBe(0);
  });
});
