// Locating the C# toolchain of the cross-check: Debian's mono-mcs (`mcs` compiler, `mono`
// runtime) and Debian's Json.NET (libnewtonsoft-json-cil-dev: Newtonsoft.Json.dll, which policy
// expressions use as JObject/JToken and which the compiled batch references). Without it the cross-check tests are skipped locally with the install command;
// under CI=true a missing toolchain is a failure, so CI can never go green by skipping.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Absolute paths of the C# compiler and runtime. */
export interface CSharpToolchain {
  mcs: string;
  mono: string;
  /** Newtonsoft.Json.dll to reference and copy beside the compiled program; found when omitted. */
  newtonsoftJson?: string;
}

/**
 * Where Debian's libnewtonsoft-json-cil-dev puts Json.NET (6.0.8; APIM runs 13.x: the
 * differences the conformance batch meets are in test/conformance/README.md). The first file
 * that exists wins; APIM_TS_NEWTONSOFT_JSON names another copy.
 */
const NEWTONSOFT_CANDIDATES = ["/usr/lib/cli/Newtonsoft.Json-5.0/Newtonsoft.Json.dll"];

/** The Newtonsoft.Json.dll the cross-check references, or undefined when it is not installed. */
export function findNewtonsoftJson(): string | undefined {
  const candidates = [process.env.APIM_TS_NEWTONSOFT_JSON, ...NEWTONSOFT_CANDIDATES];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.R_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

/** The command that installs the toolchain on Debian/Ubuntu. */
export const installCommand =
  "apt-get update && apt-get install -y mono-mcs libnewtonsoft-json-cil-dev";

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
 * `mcs` and `mono` from PATH with Json.NET, or undefined when any is missing or the cross-check is switched
 * off with APIM_TS_CROSSCHECK=off (mutation testing, mutation/vitest.config.ts).
 */
export function findCSharpCompiler(): CSharpToolchain | undefined {
  if (process.env.APIM_TS_CROSSCHECK === "off") return undefined;
  if (cached === undefined) {
    const mcs = onPath("mcs");
    const mono = onPath("mono");
    const newtonsoftJson = findNewtonsoftJson();
    cached = mcs && mono && newtonsoftJson ? { mcs, mono, newtonsoftJson } : null;
  }
  return cached ?? undefined;
}

/** Why the cross-check cannot run here, as shown in a skipped test's name. */
export const missingCompilerMessage = `C# cross-check skipped: install mono-mcs and Json.NET: ${installCommand}`;

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
