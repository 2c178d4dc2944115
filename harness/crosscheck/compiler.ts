// Locating the C# toolchain of the cross-check: Debian's mono-mcs (`mcs` compiler, `mono`
// runtime). Without it the cross-check tests are skipped locally with the install command;
// under CI=true a missing toolchain is a failure, so CI can never go green by skipping.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Absolute paths of the C# compiler and runtime. */
export interface CSharpToolchain {
  mcs: string;
  mono: string;
}

/** The command that installs the toolchain on Debian/Ubuntu. */
export const installCommand = "apt-get update && apt-get install -y mono-mcs";

let cached: CSharpToolchain | null | undefined;

function onPath(name: string): string | undefined {
  for (const directory of (process.env.PATH ?? "").split(delimiter)) {
    if (!directory) continue;
    const candidate = join(directory, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

/**
 * `mcs` and `mono` from PATH, or undefined when either is missing or the cross-check is switched
 * off with APIM_TS_CROSSCHECK=off (mutation testing, mutation/vitest.config.ts).
 */
export function findCSharpCompiler(): CSharpToolchain | undefined {
  if (process.env.APIM_TS_CROSSCHECK === "off") return undefined;
  if (cached === undefined) {
    const mcs = onPath("mcs");
    const mono = onPath("mono");
    cached = mcs && mono ? { mcs, mono } : null;
  }
  return cached ?? undefined;
}

/** Why the cross-check cannot run here, as shown in a skipped test's name. */
export const missingCompilerMessage = `C# cross-check skipped: install mono-mcs: ${installCommand}`;

/**
 * For tests: the toolchain, or undefined when it is missing (the caller skips). Under `CI=true`
 * a missing toolchain throws, so the suite fails instead of skipping.
 */
export function requireCSharpCompiler(): CSharpToolchain | undefined {
  const toolchain = findCSharpCompiler();
  if (!toolchain && process.env.CI === "true" && process.env.APIM_TS_CROSSCHECK !== "off") {
    throw new Error(
      `mcs/mono not found but CI=true: the C# cross-check must run in CI (${installCommand})`,
    );
  }
  return toolchain;
}
