// The harness translator's disk cache (src/translate/verdict-cache.ts): a new process reuses the
// verdicts of an unchanged policy file without building a program; the same function with
// another build-time capture (a loop constant) is another C#, never a stale hit; and a change to
// the file, or to a file it imports, is translated again.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tagFunction } from "../../src/model/source-tag.ts";
import { switchVerdictCacheOn, verdictTestFolder } from "./support/verdict-cache-on.ts";
import { forgetIntegerSites, integerSiteKind } from "../../src/model/integer-sites.ts";
import {
  harnessTranslatorState,
  translateExpressionFunction,
} from "../../src/translate/for-harness.ts";

const dir = verdictTestFolder("verdict-cache-");
switchVerdictCacheOn();

const file = path.join(dir, "headers.ts");
const constants = path.join(dir, "constants.ts");
const SOURCE = `import type { Context } from "apim-ts";
import { SUFFIX } from "./constants.ts";
export const read = (context: Context) => (context.Request.Headers.GetValueOrDefault(NAME) ?? "") + SUFFIX;
declare const NAME: string;
`;
fs.writeFileSync(file, SOURCE);
fs.writeFileSync(constants, `export const SUFFIX = "-a";\n`);
const start = SOURCE.indexOf("(context: Context) =>");

/** The function as the tagging transform would leave it, with NAME captured at `name`. */
function tagged(name: string) {
  return tagFunction(new Function("return ''"), file, start, {
    NAME: () => name,
    SUFFIX: () => "-a",
  });
}

function translate(name: string) {
  const verdict = translateExpressionFunction(tagged(name));
  if (!verdict.ok) throw new Error(verdict.diagnostics);
  return verdict.csharp;
}

describe("the translator's verdict cache", () => {
  it("reuses an unchanged file's verdicts in a new process, per captured value", () => {
    const first = translate("X-One");
    expect(first).toContain('"X-One"');
    harnessTranslatorState.forget();
    const built = harnessTranslatorState.programsBuilt();
    expect(translate("X-One")).toBe(first);
    expect(harnessTranslatorState.programsBuilt()).toBe(built);
    // Another captured value: translated (the C# differs), then cached too.
    expect(translate("X-Two")).toContain('"X-Two"');
    expect(harnessTranslatorState.programsBuilt()).toBe(built + 1);
  });

  it("translates again when an imported file changes", () => {
    harnessTranslatorState.forget();
    const built = harnessTranslatorState.programsBuilt();
    translate("X-One");
    expect(harnessTranslatorState.programsBuilt()).toBe(built);
    fs.writeFileSync(constants, `export const SUFFIX = "-a"; // changed\n`);
    harnessTranslatorState.forget();
    translate("X-One");
    expect(harnessTranslatorState.programsBuilt()).toBe(built + 1);
  });

  it("registers a cached verdict's int and long operators again, so the harness still wraps them", () => {
    const arithmetic = path.join(dir, "arithmetic.ts");
    const text = `import type { Context, long } from "apim-ts";
export const f = (context: Context) => { const big: long = 3000000000; return context.Response.StatusCode * 1000 + big; };
`;
    fs.writeFileSync(arithmetic, text);
    const fn = () =>
      tagFunction(new Function("return 0"), arithmetic, text.indexOf("(context: Context)"), {});
    expect(translateExpressionFunction(fn()).ok).toBe(true);
    const times = text.indexOf("* 1000");
    const plus = text.indexOf("+ big");
    expect([integerSiteKind(arithmetic, times), integerSiteKind(arithmetic, plus)]).toEqual([
      "int",
      "long",
    ]);
    // A new process: nothing registered, the verdict read from disk without a program.
    harnessTranslatorState.forget();
    forgetIntegerSites();
    const built = harnessTranslatorState.programsBuilt();
    expect(translateExpressionFunction(fn()).ok).toBe(true);
    expect(harnessTranslatorState.programsBuilt()).toBe(built);
    expect([integerSiteKind(arithmetic, times), integerSiteKind(arithmetic, plus)]).toEqual([
      "int",
      "long",
    ]);
  });
});
