// The diagnostic catalogue: hand-assigned codes, unique, well-formed, and documented.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allDiagnostics, Codes } from "../../src/diagnostics/codes.ts";

describe("diagnostic codes", () => {
  it("are unique and spelled APIMnnnn", () => {
    const codes = allDiagnostics().map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^APIM[1-9]\d{3}$/);
  });

  it("each have a summary that says what is wrong", () => {
    for (const d of Object.values(Codes)) expect(d.summary.length).toBeGreaterThan(20);
  });

  it("are all listed in the documentation's diagnostics table", () => {
    const table = fs.readFileSync(
      path.resolve(import.meta.dirname, "../../docs/reference/diagnostics.md"),
      "utf8",
    );
    for (const d of allDiagnostics())
      expect(table, d.code).toContain(`| ${d.code} | ${d.category} | ${d.summary} |`);
  });
});
