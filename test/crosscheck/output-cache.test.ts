// The C# output cache (harness/crosscheck/output-cache.ts): a second identical compile and run
// read mcs's program and mono's lines from the cache and give the same results; any change of
// the program or of a case's input runs mcs or mono again; `off` never reads or writes it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { compileExpressions, type CSharpCase } from "../../harness/crosscheck/index.ts";
import { compileKey } from "../../harness/crosscheck/output-cache.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";

const expressions = [
  {
    id: "upper",
    code: '@(context.Request.Headers.GetValueOrDefault("X-Name", "").ToUpperInvariant())',
  },
  { id: "now", code: '@(DateTime.Now.ToString("o"))' },
];

function cases(name: string): CSharpCase[] {
  return [
    {
      caseId: "a",
      expressionId: "upper",
      context: { now: "2030-01-01T00:00:00Z", request: { headers: { "X-Name": [name] } } },
    },
    {
      caseId: "b",
      expressionId: "now",
      context: { now: "2030-06-01T12:00:00Z", timeZone: "Europe/Berlin" },
    },
  ];
}

describeWithCSharp("C# output cache", (toolchain) => {
  const previous = process.env.APIM_TS_CSHARP_CACHE;
  let folder: string;
  // Each test has its own cache folder: none sees what another stored.
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-csharp-cache-"));
    process.env.APIM_TS_CSHARP_CACHE = folder;
  });
  afterEach(() => {
    if (previous === undefined) delete process.env.APIM_TS_CSHARP_CACHE;
    else process.env.APIM_TS_CSHARP_CACHE = previous;
    fs.rmSync(folder, { recursive: true, force: true });
  });

  async function compileAndRun(batch = expressions, name = "ada") {
    const compiled = await compileExpressions(batch, { toolchain });
    expect(compiled.ok, JSON.stringify(compiled.diagnostics)).toBe(true);
    try {
      return await compiled.compiled!.runCases(cases(name));
    } finally {
      await compiled.compiled!.dispose();
    }
  }

  it("answers an identical compile and run from the cache, with the same results", async () => {
    const first = await compileAndRun();
    expect(first.stats).toMatchObject({ runs: 2, cachedRuns: 0 });
    expect(first.results.map((r) => ("value" in r ? r.value : r))).toEqual([
      { type: "string", value: "ADA" },
      { type: "string", value: "2030-06-01T14:00:00.0000000+02:00" },
    ]);
    expect(fs.readdirSync(path.join(folder, "compile"))).toHaveLength(1);

    const second = await compileAndRun();
    expect(second.stats).toMatchObject({ runs: 2, cachedRuns: 2 });
    expect(second.results).toEqual(first.results);
  });

  it("runs mono again when a case's input changes, and mcs again when the program does", async () => {
    await compileAndRun();
    const changedInput = await compileAndRun(expressions, "grace");
    expect(changedInput.stats.cachedRuns).toBe(1); // the Berlin case is unchanged
    expect(changedInput.results[0]).toMatchObject({ value: { value: "GRACE" } });

    const before = fs.readdirSync(path.join(folder, "compile")).length;
    const changedProgram = await compileAndRun([
      {
        id: "upper",
        code: '@(context.Request.Headers.GetValueOrDefault("X-Name", "").ToLowerInvariant())',
      },
      expressions[1]!,
    ]);
    expect(fs.readdirSync(path.join(folder, "compile"))).toHaveLength(before + 1);
    expect(changedProgram.stats.cachedRuns).toBe(0); // another program: every run is new
    expect(changedProgram.results[0]).toMatchObject({ value: { value: "ada" } });
  });

  // The model files are read once per process and again only when their size or mtime changes.
  it("reads an unchanged model file once, and an edited one again for another key", () => {
    const model = path.join(folder, "Model.cs");
    fs.writeFileSync(model, "class A {}");
    const key = () =>
      compileKey(toolchain, "Newtonsoft.Json.dll", ["-nologo"], "class P {}", [model]);
    const first = key();
    const reads = vi.spyOn(fs, "readFileSync");
    try {
      expect(key()).toBe(first);
      expect(reads.mock.calls.filter(([file]) => file === model)).toHaveLength(0);
      fs.writeFileSync(model, "class B { }");
      const edited = key();
      expect(edited).not.toBe(first);
      expect(reads.mock.calls.filter(([file]) => file === model)).toHaveLength(1);
      // The same text again (a new mtime): read again, and the key of that text.
      fs.writeFileSync(model, "class A {}");
      fs.utimesSync(model, new Date(2030, 0, 1), new Date(2030, 0, 1));
      expect(key()).toBe(first);
    } finally {
      reads.mockRestore();
    }
  });

  it("neither reads nor writes anything with APIM_TS_CSHARP_CACHE=off", async () => {
    await compileAndRun(expressions, "off");
    const stored = () => [
      ...fs.readdirSync(path.join(folder, "compile")),
      ...fs.readdirSync(path.join(folder, "run")),
    ];
    const before = stored();
    process.env.APIM_TS_CSHARP_CACHE = "off";
    try {
      expect((await compileAndRun(expressions, "off")).stats.cachedRuns).toBe(0);
      expect((await compileAndRun(expressions, "off")).stats.cachedRuns).toBe(0);
      expect((await compileAndRun(expressions, "new")).stats.cachedRuns).toBe(0);
    } finally {
      process.env.APIM_TS_CSHARP_CACHE = folder;
    }
    expect(stored()).toEqual(before);
  });
});
