// The generated pages of docs/ (one per policy, diagnostics, context and .NET reference) are
// exactly what `npm run docs` produces from the sources, so they cannot drift from the code.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateDocs } from "../../scripts/docs/generate.ts";
import { POLICIES } from "../../src/policies/index.ts";

const root = path.resolve(import.meta.dirname, "../..");
const generated = generateDocs(root);

describe("generated docs", () => {
  it.each([...generated.keys()])("%s is up to date (npm run docs)", (file) => {
    const committed = path.join(root, file);
    expect(fs.existsSync(committed), `${file} is missing: run npm run docs`).toBe(true);
    expect(fs.readFileSync(committed, "utf8"), `${file} is stale: run npm run docs`).toBe(
      generated.get(file),
    );
  });

  it("has one page per policy of the list, and no page for a policy that is gone", () => {
    const pages = fs
      .readdirSync(path.join(root, "docs", "policies"))
      .filter((file) => file !== "README.md")
      .sort();
    expect(pages).toEqual(POLICIES.map((definition) => `${definition.element}.md`).sort());
  });
});
