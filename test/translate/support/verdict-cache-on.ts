// Setup shared by the verdict cache's test files (src/translate/verdict-cache.ts): mutation
// testing switches the cache off for every test (mutation/vitest.config.ts), and these files test
// the cache itself, so they switch it on for their own tests and restore the setting after them;
// their policy files live in a temporary folder inside the repository, where "apim-ts" resolves.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");

/** Switches the verdict cache on for the calling test file's tests (beforeAll/afterAll). */
export function switchVerdictCacheOn(): void {
  const switchedOff = process.env.APIM_TS_VERDICT_CACHE;
  beforeAll(() => void delete process.env.APIM_TS_VERDICT_CACHE);
  afterAll(() => {
    if (switchedOff === undefined) delete process.env.APIM_TS_VERDICT_CACHE;
    else process.env.APIM_TS_VERDICT_CACHE = switchedOff;
  });
}

/**
 * A new folder under the repository's .apim-ts-cache/ named `<prefix>XXXXXX`, removed after the
 * calling file's tests.
 */
export function verdictTestFolder(prefix: string): string {
  fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, ".apim-ts-cache", prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
