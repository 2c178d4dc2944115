// `apim-ts verify` wall time for the shipped policies and the seed scenario matrix, as a user runs
// it (a fresh process: node start, policy load, scenarios, ONE mcs compile, one mono run per
// gateway time zone), and the per-case cost of the C# run. Target: under 5 s on this 2-core machine.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { findCSharpCompiler, installCommand } from "../harness/crosscheck/compiler.ts";

const root = path.resolve(import.meta.dirname, "..");
const bin = path.join(root, "bin", "apim-ts.mjs");

function field(output: string, name: string): string {
  return new RegExp(`^${name}\\s+(.*)$`, "m").exec(output)?.[1] ?? "?";
}

export async function run(): Promise<void> {
  if (!findCSharpCompiler()) {
    console.log(`skipped: mcs/mono not found (${installCommand})`);
    return;
  }
  const walls: number[] = [];
  let output = "";
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [bin, "verify"], { cwd: root, encoding: "utf8" });
    walls.push(performance.now() - started);
    output = result.stdout;
    if (result.status !== 0)
      throw new Error(`verify failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  walls.sort((a, b) => a - b);
  const median = walls[1]!;
  console.log("\napim-ts verify, shipped policies x seed scenario matrix (fresh process, 3 runs)");
  console.log(
    `  wall time (median / min / max)   ${(median / 1000).toFixed(2)} s / ${(walls[0]! / 1000).toFixed(2)} s / ${(walls[2]! / 1000).toFixed(2)} s   (target < 5 s)`,
  );
  for (const name of [
    "scenarios run",
    "expressions compiled",
    "cases compared",
    "per case",
    "divergences",
  ])
    console.log(`  ${name.padEnd(33)}${field(output, name)}`);
}
