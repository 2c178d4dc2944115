// apim-ts.config.json as a project writes it: defaults without a file, every property read, and
// a wrong one refused with its name (APIM2100) so the fix is obvious.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadProjectConfig, ProjectConfigError } from "../../src/config/project-config.ts";
import { apimTs } from "../../src/compile/vitest-plugin.ts";

const root = path.resolve(import.meta.dirname, "../..");
fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function project(config?: unknown): string {
  const dir = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "config-"));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, "package.json"), "{}\n");
  if (config !== undefined)
    fs.writeFileSync(
      path.join(dir, "apim-ts.config.json"),
      typeof config === "string" ? config : JSON.stringify(config),
    );
  return dir;
}

function refusal(config: unknown): ProjectConfigError {
  try {
    loadProjectConfig(project(config));
  } catch (error) {
    if (error instanceof ProjectConfigError) return error;
    throw error;
  }
  throw new Error("the configuration was accepted");
}

describe("apim-ts.config.json", () => {
  it("gives the defaults when there is no file", () => {
    const dir = project();
    expect(loadProjectConfig(dir)).toEqual({
      src: "policy-src",
      out: "dist-policies",
      format: "rawxml",
      namedValues: {},
      verify: { replay: true },
      root: dir,
    });
  });

  it("reads every property, also from a subfolder of the project", () => {
    const dir = project({
      src: "apim/src",
      out: "apim/out",
      format: "xml",
      maxSize: 16384,
      namedValues: { "backend-id": "orders" },
      verify: { replay: false },
    });
    fs.mkdirSync(path.join(dir, "test"));
    const config = loadProjectConfig(path.join(dir, "test"));
    expect(config).toMatchObject({
      src: "apim/src",
      out: "apim/out",
      format: "xml",
      maxSize: 16384,
      namedValues: { "backend-id": "orders" },
      verify: { replay: false },
      root: dir,
    });
    expect(config.file).toBe(path.join(dir, "apim-ts.config.json"));
  });

  it("names the offending property", () => {
    expect(refusal({ format: "json" }).message).toMatch(
      /"format" must be "rawxml" or "xml", got "json"/,
    );
    expect(refusal({ formats: "xml" }).message).toMatch(
      /"formats" is not a property of the configuration/,
    );
    expect(refusal({ maxSize: "16k" }).message).toMatch(
      /"maxSize" must be a positive whole number of bytes/,
    );
    expect(refusal({ namedValues: { "a b": "x" } }).property).toBe("namedValues.a b");
    expect(refusal({ namedValues: { chain: true } }).message).toMatch(
      /"namedValues.chain" must be a string/,
    );
    expect(refusal({ verify: { replay: "no" } }).property).toBe("verify.replay");
    expect(refusal({ verify: { replays: true } }).property).toBe("verify.replays");
    expect(refusal({ src: "" }).property).toBe("src");
    expect(refusal("{ src: 1 ").message).toMatch(/apim-ts\.config\.json: is not valid JSON/);
    expect(refusal({ format: "json" }).code).toBe("APIM2100");
  });

  // A named value's name is its display name: letters, digits, '.', '-', '_', at most 256
  // (azure-rest-api-specs, Microsoft.ApiManagement stable/2022-08-01 definitions.json,
  // NamedValueContractProperties.displayName: pattern ^[A-Za-z0-9-._]+$, maxLength 256).
  it("takes a named value name of 256 characters and refuses 257 or another character", () => {
    const longest = "n".repeat(256);
    const dir = project({ namedValues: { [longest]: "x", "Ab9.-_": "y" } });
    expect(loadProjectConfig(dir).namedValues).toEqual({ [longest]: "x", "Ab9.-_": "y" });
    const tooLong = refusal({ namedValues: { ["n".repeat(257)]: "x" } });
    expect(tooLong.property).toBe(`namedValues.${"n".repeat(257)}`);
    expect(tooLong.message).toMatch(
      /is not a valid named value name \(1 to 256 letters, digits, '\.', '-' or '_'\)$/,
    );
    for (const name of ["a b", "a/b", "café", ""])
      expect(refusal({ namedValues: { [name]: "x" } }).property).toBe(`namedValues.${name}`);
  });

  it("tells the vitest plugin which folder holds the policies", async () => {
    const dir = project({ src: "apim/policies" });
    const plugin = apimTs();
    plugin.configResolved({ root: dir });
    const code = `export const f = (context: any) => context.Api.Name;\n`;
    expect(
      (await plugin.transform(code, path.join(dir, "apim/policies/a.operation.ts")))?.code,
    ).toContain("tagFunction");
    expect((await plugin.transform(code, path.join(dir, "test/a.test.ts")))?.code).toContain(
      "tagFunction",
    );
    expect(plugin.transform(code, path.join(dir, "policy-src/a.operation.ts"))).toBeNull();
  });
});
