import { it, expect } from "vitest";
import { runBatch } from "../../harness/conformance/index.ts";
import { findCSharpCompiler } from "../../harness/csharp/index.ts";

it("smoke", async () => {
  const report = await runBatch("smoke", [
    { id: "a", source: "(s: string) => s.trim()", inputs: [[" a "], ["\u0085x\uFEFF"]] },
    { id: "b", source: "(context: Context) => context.Request.Headers.GetValueOrDefault('x', 'd')", contexts: [{ now: "2030-01-01T00:00:00Z", request: { headers: { X: ["1", "2"] } } }, { now: "2030-01-01T00:00:00Z" }] },
    { id: "c", source: "(context: Context) => context.Request.Body!.As(true)", contexts: [{ now: "2030-01-01T00:00:00Z", request: { body: "x" } }] },
    { id: "d", source: "(a: string[], n: int, d: DateTime) => a.length + n + d.Year", inputs: [[["x", "y"], 3, null]] },
  ], { toolchain: findCSharpCompiler() });
  console.log(JSON.stringify(report, null, 1));
});
