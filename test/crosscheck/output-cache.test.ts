// The C# output cache (harness/crosscheck/output-cache.ts): a second identical compile and run
// read mcs's program and mono's lines from the cache and give the same results; any change of
// the program or of a case's input runs mcs or mono again; `off` never reads or writes it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from "vitest";
import { compileExpressions, type CSharpCase } from "../../harness/crosscheck/index.ts";
import type { RunReport } from "../../harness/crosscheck/run-cases.ts";
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
  // mcs is most of this file's time (about 1 s of CPU a compile), so the cold compile and run
  // happens once, in `seed`; a test that needs the cache as that run left it starts from a copy.
  let seed: string;
  let cold: RunReport;
  let folder: string;
  const useCache = (directory: string) => (process.env.APIM_TS_CSHARP_CACHE = directory);
  beforeAll(async () => {
    seed = fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-csharp-cache-seed-"));
    useCache(seed);
    cold = await compileAndRun();
  });
  // Each test has its own cache folder: none sees what another stored.
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-csharp-cache-"));
    useCache(folder);
  });
  const seeded = () => fs.cpSync(seed, folder, { recursive: true });
  afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));
  afterAll(() => {
    if (previous === undefined) delete process.env.APIM_TS_CSHARP_CACHE;
    else process.env.APIM_TS_CSHARP_CACHE = previous;
    fs.rmSync(seed, { recursive: true, force: true });
  });

  async function compile(batch = expressions) {
    const compiled = await compileExpressions(batch, { toolchain });
    expect(compiled.ok, JSON.stringify(compiled.diagnostics)).toBe(true);
    return compiled;
  }

  async function compileAndRun(batch = expressions, name = "ada") {
    const { compiled } = await compile(batch);
    try {
      return await compiled!.runCases(cases(name));
    } finally {
      await compiled!.dispose();
    }
  }

  it("answers an identical compile and run from the cache, with the same results", async () => {
    // The seed's run, into an empty folder.
    expect(cold.stats).toMatchObject({ runs: 2, cachedRuns: 0 });
    expect(cold.results.map((r) => ("value" in r ? r.value : r))).toEqual([
      { type: "string", value: "ADA" },
      { type: "string", value: "2030-06-01T14:00:00.0000000+02:00" },
    ]);
    expect(fs.readdirSync(path.join(seed, "compile"))).toHaveLength(1);

    seeded();
    const second = await compileAndRun();
    expect(second.stats).toMatchObject({ runs: 2, cachedRuns: 2 });
    expect(second.results).toEqual(cold.results);
  });

  it("runs mono again when a case's input changes, and mcs again when the program does", async () => {
    seeded();
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
    seeded(); // holds this program and the runs of "ada"
    const stored = () => [
      ...fs.readdirSync(path.join(folder, "compile")),
      ...fs.readdirSync(path.join(folder, "run")),
    ];
    const before = stored();
    process.env.APIM_TS_CSHARP_CACHE = "off";
    try {
      // The stored program is compiled again (one mcs run: every program of the batch is this
      // one, so a compile per run below would only repeat it), and every run is a mono process:
      // those stored, the same again (nothing was stored in between), and new ones.
      const { compiled, timings } = await compile();
      expect(timings.fromCache).toBe(false);
      try {
        expect((await compiled!.runCases(cases("ada"))).stats.cachedRuns).toBe(0);
        expect((await compiled!.runCases(cases("ada"))).stats.cachedRuns).toBe(0);
        expect((await compiled!.runCases(cases("new"))).stats.cachedRuns).toBe(0);
      } finally {
        await compiled!.dispose();
      }
    } finally {
      process.env.APIM_TS_CSHARP_CACHE = folder;
    }
    expect(stored()).toEqual(before);
  });
});
