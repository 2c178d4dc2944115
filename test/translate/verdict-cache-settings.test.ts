// The verdict cache's key covers the settings a verdict depends on, now that a verdict carries
// the module's TypeScript errors (src/translate/module-type-errors.ts): a tsconfig option that
// makes an error of a clean module (noUnusedLocals here), set in a file the project's tsconfig
// extends, is seen in a new process instead of a cached "ok"; and the refusal is the build's
// APIM2001 text, cached like any verdict.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tagFunction } from "../../src/model/source-tag.ts";
import { switchVerdictCacheOn, verdictTestFolder } from "./support/verdict-cache-on.ts";
import {
  harnessTranslatorState,
  translateExpressionFunction,
} from "../../src/translate/for-harness.ts";

const dir = verdictTestFolder("verdict-settings-");
switchVerdictCacheOn();

const file = path.join(dir, "unused.ts");
const SOURCE = `import type { Context } from "apim-ts";
export const method = (context: Context) => { const unused = 1; return context.Request.Method; };
`;
fs.writeFileSync(file, SOURCE);
// The folder's tsconfig extends the repository's and a second file, where the option is set.
const base = path.join(dir, "base.json");
const writeBase = (noUnusedLocals: boolean) =>
  fs.writeFileSync(base, JSON.stringify({ compilerOptions: { noUnusedLocals } }));
writeBase(false);
fs.writeFileSync(
  path.join(dir, "tsconfig.json"),
  JSON.stringify({ extends: ["../../tsconfig.json", "./base.json"] }),
);

const translate = () =>
  translateExpressionFunction(
    tagFunction(new Function("return ''"), file, SOURCE.indexOf("(context: Context) =>")),
  );

describe("the verdict cache and the settings of the type check", () => {
  it("translates again when a tsconfig file the program's options came from changes", () => {
    expect(translate().ok).toBe(true);
    harnessTranslatorState.forget();
    const built = harnessTranslatorState.programsBuilt();
    expect(translate().ok).toBe(true);
    expect(harnessTranslatorState.programsBuilt()).toBe(built);

    writeBase(true);
    harnessTranslatorState.forget();
    const refused = translate();
    expect(harnessTranslatorState.programsBuilt()).toBe(built + 1);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.diagnostics).toMatch(
      /unused\.ts:2:53 error APIM2001: TS6133: 'unused' is declared but its value is never read\./,
    );

    // The refusal is cached as well: a new process answers it without a program.
    harnessTranslatorState.forget();
    expect(translate()).toEqual(refused);
    expect(harnessTranslatorState.programsBuilt()).toBe(built + 1);
  });
});
