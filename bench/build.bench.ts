// Build time against its baseline, a type check of the same files (what `tsc --noEmit` does):
// for the shipped policies and for a generated set of 200 policies. Target: build <= 1.5x.
import fs from "node:fs";
import path from "node:path";
import ts from "../src/compile/typescript.js";
import { build, type BuildOptions } from "../src/compile/build.ts";
import { createPolicyProgram, listPolicyFiles } from "../src/compile/program.ts";
import { measureAlternating, printTable, scaled, smoke } from "./measure.ts";

const root = path.resolve(import.meta.dirname, "..");

function typeCheck(sourceDir: string): number {
  const { program } = createPolicyProgram(root, listPolicyFiles(sourceDir));
  return ts.getPreEmitDiagnostics(program).length;
}

/**
 * One measured build that throws when it fails: a failing build can stop early and would be
 * timed as a fast one. Every measured run checks, the warm-up's first: a separate build
 * beforehand would be the only run's twin under APIM_TS_BENCH_SMOKE=1.
 */
function checkedBuild(options: BuildOptions, what: string): () => Promise<void> {
  return async () => {
    const result = await build(options);
    if (!result.ok) throw new Error(`${what} do not build: ${result.diagnostics[0]?.message}`);
  };
}

/** 200 policies in the shape of the seed's: header checks, a helper, a block expression, a trace. */
export function generatePolicies(dir: string, count: number): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "lib"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "lib", "checks.ts"),
    `import { DateTime, type X509Certificate2 } from "apim-ts";
export function certificateProblem(certificate: X509Certificate2): string {
  if (certificate.NotBefore > DateTime.Now) { return "NotYetValid"; }
  if (certificate.NotAfter < DateTime.Now) { return "Expired"; }
  return "Valid";
}
`,
  );
  for (let i = 0; i < count; i++) {
    fs.writeFileSync(
      path.join(dir, `generated-${String(i).padStart(3, "0")}.operation.ts`),
      `import { base, choose, policy, returnResponse, setHeader, setStatus, setVariable, string, trace, when } from "apim-ts";
import { certificateProblem } from "./lib/checks.ts";
const HEADER = "X-Header-${i}";
export default policy({
  inbound: [
    base(),
    choose(when((context) => string.IsNullOrEmpty(context.Request.Headers.GetValueOrDefault(HEADER)), [
      trace({ source: "generated-${i}", severity: "error", message: (context) => \`missing \${HEADER} on \${context.Operation.Id}\` }),
      returnResponse([setStatus(400, "Bad Request")]),
    ])),
    setVariable("problem", (context) => {
      const certificate = context.Request.Certificate;
      if (certificate == null) { return "NotFound"; }
      return certificateProblem(certificate);
    }),
    setHeader("X-Route", (context) => context.Request.Url.Path.toLowerCase().startsWith("/v${i % 3}") ? "current" : "legacy"),
  ],
});
`,
    );
  }
}

export async function run(): Promise<void> {
  // Read when run, not at import: APIM_TS_BENCH_SMOKE may be set after (bench/runner.ts).
  const GENERATED = scaled(200);
  const shipped = path.join(root, "policy-src");
  const options = {
    root,
    sourceDir: shipped,
    outDir: path.join(root, "dist-policies"),
    format: "rawxml" as const,
    check: true,
  };
  printTable(
    `build of the shipped policies (${listPolicyFiles(shipped).length} files)`,
    await measureAlternating(7, [
      ["type check only (tsc --noEmit equivalent)", () => typeCheck(shipped)],
      ["apim-ts build --check", checkedBuild(options, "the shipped policies")],
    ]),
  );

  const generated = path.join(root, ".apim-ts-cache", "bench-200", "policy-src");
  generatePolicies(generated, GENERATED);
  const generatedOptions = {
    ...options,
    sourceDir: generated,
    outDir: path.join(path.dirname(generated), "out"),
    check: false,
  };
  printTable(
    `build of ${GENERATED} generated policies`,
    await measureAlternating(5, [
      // Not under APIM_TS_BENCH_SMOKE=1: typeCheck() ran on the shipped policies above, and over
      // 2 generated files it still checks the whole library again (about 1.3 s of CPU).
      ...(smoke()
        ? []
        : [["type check only (tsc --noEmit equivalent)", () => typeCheck(generated)] as const]),
      ["apim-ts build", checkedBuild(generatedOptions, "the generated policies")],
    ]),
  );
  fs.rmSync(path.dirname(generated), { recursive: true, force: true });
}
