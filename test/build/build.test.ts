// The build as CI and a developer use it: deterministic outputs, --check, atomic writes (a failed
// build changes nothing), located diagnostics, size limits and orphan clean-up. Each test works
// in its own fixture project inside the package (so "apim-ts" resolves to this checkout).
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { build } from "../../src/compile/build.ts";
import { formatDiagnostic } from "../../src/diagnostics/diagnostic.ts";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures: string[] = [];

function fixture(files: Record<string, string>): { dir: string; src: string; out: string } {
  const dir = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "build-"));
  fixtures.push(dir);
  const src = path.join(dir, "policy-src");
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
    fs.writeFileSync(path.join(src, name), text);
  }
  return { dir, src, out: path.join(dir, "dist-policies") };
}

fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
afterEach(() => {
  for (const dir of fixtures.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

// Every section holds <base/>, as an operation policy should (else APIM2007/APIM2008 warnings).
const INHERIT = "backend: [base()], outbound: [base()], onError: [base()]";
const GOOD = `import { policy, setHeader, base } from "apim-ts";
const name = "X-Api";
export default policy({ inbound: [base(), setHeader(name, (context) => context.Api.Name + "/" + context.Operation.Id)], ${INHERIT} });
`;
const BROKEN = `import { base, policy, setHeader } from "apim-ts";
export default policy({ inbound: [setHeader("X-A", (context) => context.Api.Name.replace("a", "b"))], ${INHERIT} });
`;

function options(project: { dir: string; src: string; out: string }) {
  return { root, sourceDir: project.src, outDir: project.out, format: "rawxml" as const };
}

describe("build", () => {
  it("writes one XML file per policy module and is byte-identical on a second run", async () => {
    const project = fixture({ "a.operation.ts": GOOD, "lib/helper.ts": "export const x = 1;\n" });
    const first = await build(options(project));
    expect(first.ok).toBe(true);
    const file = path.join(project.out, "a.operation.xml");
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain(`<set-header name="X-Api">`);
    expect(text).toContain(`<value>@(context.Api.Name + "/" + context.Operation.Id)</value>`);
    expect(fs.readdirSync(project.out)).toEqual(["a.operation.xml"]);
    const second = await build(options(project));
    expect(second.outputs.map((o) => o.status)).toEqual(["unchanged"]);
    expect(fs.readFileSync(file, "utf8")).toBe(text);
  });

  it("--check writes nothing and reports missing and stale outputs", async () => {
    const project = fixture({ "a.operation.ts": GOOD });
    const missing = await build({ ...options(project), check: true });
    expect(missing.ok).toBe(false);
    expect(missing.outputs.map((o) => o.status)).toEqual(["missing"]);
    expect(fs.existsSync(project.out)).toBe(false);
    await build(options(project));
    fs.appendFileSync(path.join(project.out, "a.operation.xml"), "<!-- edited -->\n");
    const stale = await build({ ...options(project), check: true });
    expect(stale.outputs.map((o) => o.status)).toEqual(["stale"]);
  });

  it("keeps every previous output when any module fails, and locates the error", async () => {
    const project = fixture({
      "a.operation.ts": GOOD,
      "b.operation.ts": GOOD.replace("X-Api", "X-B"),
    });
    await build(options(project));
    const before = fs.readFileSync(path.join(project.out, "a.operation.xml"), "utf8");
    fs.writeFileSync(path.join(project.src, "a.operation.ts"), GOOD.replace("X-Api", "X-Changed"));
    fs.writeFileSync(path.join(project.src, "b.operation.ts"), BROKEN);
    const result = await build(options(project));
    expect(result.ok).toBe(false);
    expect(fs.readFileSync(path.join(project.out, "a.operation.xml"), "utf8")).toBe(before);
    expect(fs.readdirSync(project.out).sort()).toEqual(["a.operation.xml", "b.operation.xml"]);
    // The failed module's previous output is still its own: listed once, as failed, not orphaned.
    const rows = result.outputs.filter((o) => path.basename(o.output) === "b.operation.xml");
    expect(rows.map((o) => o.status)).toEqual(["failed"]);
    const [error] = result.diagnostics;
    const text = formatDiagnostic(error!, project.dir);
    expect(text).toMatch(
      /^policy-src\/b\.operation\.ts:2:\d+ error APIM1003: 'String\.prototype\.replace'/,
    );
    expect(text).toContain("hint: use 'replaceAll'");
    expect(text).toContain('context.Api.Name.replace("a", "b")');
  });

  it("reports TypeScript errors with their location and writes nothing", async () => {
    const project = fixture({
      "a.operation.ts": GOOD.replace("context.Api.Name", "context.Api.Nme"),
    });
    const result = await build(options(project));
    expect(result.ok).toBe(false);
    expect(fs.existsSync(project.out)).toBe(false);
    expect(formatDiagnostic(result.diagnostics[0]!, project.dir)).toMatch(
      /^policy-src\/a\.operation\.ts:3:\d+ error APIM2001: TS2551: Property 'Nme' does not exist/,
    );
  });

  it("reports a module that throws while loading", async () => {
    const project = fixture({
      "a.operation.ts": `import { choose } from "apim-ts";\nexport default choose();\n`,
    });
    const result = await build(options(project));
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]!.code).toBe("APIM2004");
    expect(result.diagnostics[0]!.message).toContain("APIM requires at least one 'when'");
  });

  it("writes the output but shows a warning for case mapping (APIM1022)", async () => {
    const project = fixture({
      "a.operation.ts": GOOD.replace("context.Api.Name", "context.Api.Name.toLowerCase()"),
    });
    const result = await build(options(project));
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.category])).toEqual([["APIM1022", "warning"]]);
    expect(fs.readFileSync(path.join(project.out, "a.operation.xml"), "utf8")).toContain(
      "context.Api.Name.ToLowerInvariant()",
    );
  });

  it("refuses a document over the size limit", async () => {
    const project = fixture({ "a.operation.ts": GOOD });
    const result = await build({ ...options(project), policySizeLimit: 100 });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["APIM2002"]);
    expect(result.diagnostics[0]!.message).toMatch(/is \d+ bytes; APIM accepts at most 100/);
    expect(fs.existsSync(project.out)).toBe(false);
  });

  it("removes outputs whose module is gone, on a full build only", async () => {
    const project = fixture({ "a.operation.ts": GOOD, "b.operation.ts": GOOD });
    await build(options(project));
    fs.rmSync(path.join(project.src, "b.operation.ts"));
    const partial = await build({
      ...options(project),
      files: [path.join(project.src, "a.operation.ts")],
    });
    expect(partial.outputs.map((o) => o.status)).toEqual(["unchanged"]);
    expect(fs.existsSync(path.join(project.out, "b.operation.xml"))).toBe(true);
    const full = await build(options(project));
    expect(full.outputs.map((o) => o.status).sort()).toEqual(["removed", "unchanged"]);
    expect(fs.existsSync(path.join(project.out, "b.operation.xml"))).toBe(false);
  });
  it("builds only the named entries and what they import: a broken sibling does not count", async () => {
    const project = fixture({
      "a.operation.ts": GOOD.replace(
        'const name = "X-Api";',
        'import { name } from "./lib/names.ts";',
      ),
      "lib/names.ts": 'export const name = "X-Api";\n',
      "b.operation.ts": BROKEN,
      "c.operation.ts": "const x: number = 'not a number';\n",
    });
    const result = await build({
      ...options(project),
      files: [path.join(project.src, "a.operation.ts")],
    });
    expect(result.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.outputs.map((o) => [path.basename(o.output), o.status])).toEqual([
      ["a.operation.xml", "written"],
    ]);
    const full = await build(options(project));
    expect(full.ok).toBe(false);
  });

  it("locates a module that throws while loading at the call that threw", async () => {
    const source = `import { policy, rateLimit } from "apim-ts";\n\nconst limits = [\n  rateLimit({ calls: 10, renewalPeriod: 600 }),\n];\nexport default policy({ inbound: limits });\n`;
    const project = fixture({ "a.operation.ts": source });
    const result = await build(options(project));
    const [failure] = result.diagnostics;
    expect(failure!.code).toBe("APIM2004");
    expect(failure!.message).toBe(
      "the module threw while it was loaded: <rate-limit>: rate-limit renewal-period must be an integer from 1 to 300, got 600",
    );
    expect(source.slice(failure!.start, failure!.start! + failure!.length!)).toBe(
      "rateLimit({ calls: 10, renewalPeriod: 600 })",
    );
    expect(formatDiagnostic(failure!, project.dir)).toMatch(
      /^policy-src\/a\.operation\.ts:4:3 error APIM2004/,
    );
  });

  it("locates a throw in an imported project file there", async () => {
    const project = fixture({
      "lib/limits.ts": `import { rateLimit } from "apim-ts";\nexport const limit = () => rateLimit({ calls: 0, renewalPeriod: 60 });\n`,
      "a.operation.ts": `import { policy } from "apim-ts";\nimport { limit } from "./lib/limits.ts";\nexport default policy({ inbound: [limit()] });\n`,
    });
    const [failure] = (
      await build({ ...options(project), files: [path.join(project.src, "a.operation.ts")] })
    ).diagnostics;
    expect(formatDiagnostic(failure!, project.dir)).toMatch(
      /^policy-src\/lib\/limits\.ts:2:28 error APIM2004: the module threw while it was loaded \(imported by a\.operation\.ts\): <rate-limit>: rate-limit calls must be an integer of at least 1, got 0/,
    );
  });
});
