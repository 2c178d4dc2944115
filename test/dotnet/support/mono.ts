// Runs one C# program under Mono for a whole test file (compile once, batch every case). When
// `mcs` is missing the suite skips with an install hint, except under CI=true where it fails.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const MONO_HINT = "install mono-mcs: apt-get install -y mono-mcs";

/** Whether mcs and mono can be used; under CI=true their absence is an error. */
export function monoAvailable(): boolean {
  const found =
    spawnSync("mcs", ["--version"], { encoding: "utf8" }).status === 0 &&
    spawnSync("mono", ["--version"], { encoding: "utf8" }).status === 0;
  if (!found && process.env.CI === "true")
    throw new Error(`Mono is required under CI: ${MONO_HINT}`);
  if (!found) console.warn(`skipped: .NET cross-check needs Mono (${MONO_HINT})`);
  return found;
}

/** A compiled program: run it with stdin lines, get stdout lines. */
export interface MonoProgram {
  run(input: string, env?: Record<string, string>): string[];
  readonly dir: string;
}

/** Compiles `source` (one C# file) with mcs once. */
export function compileCSharp(
  source: string,
  references: readonly string[] = ["System.dll", "System.Core.dll"],
): MonoProgram {
  const dir = mkdtempSync(join(tmpdir(), "apim-ts-mono-"));
  writeFileSync(join(dir, "program.cs"), source);
  execFileSync(
    "mcs",
    [
      "-nologo",
      "-warn:0",
      ...references.map((r) => `-r:${r}`),
      "-out:" + join(dir, "program.exe"),
      join(dir, "program.cs"),
    ],
    { stdio: "pipe" },
  );
  return {
    dir,
    run(input, env = {}) {
      const result = spawnSync("mono", [join(dir, "program.exe")], {
        input,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        // HOME isolates Mono's certificate stores; TZ fixes local time.
        env: { PATH: process.env.PATH ?? "", HOME: dir, TZ: "UTC", LANG: "C", ...env },
      });
      if (result.status !== 0) throw new Error(`mono failed (${result.status}): ${result.stderr}`);
      return result.stdout.split("\n").filter((line) => line.length > 0);
    },
  };
}

/** Base64 of UTF-8, the field encoding the C# programs use on stdout and stdin. */
export function b64(text: string | Uint8Array): string {
  return Buffer.from(typeof text === "string" ? Buffer.from(text, "utf8") : text).toString(
    "base64",
  );
}

/** Decodes a base64 field written by a C# program. */
export function unb64(field: string): string {
  return Buffer.from(field, "base64").toString("utf8");
}
