// The project configuration file, apim-ts.config.json, at the project's root (beside
// package.json). JSON, not a .ts module: the CLI, the vitest plugin and the harness read it
// synchronously at start, and a team reviews a data file at a glance. It holds the decisions a
// project makes once: where policy sources and outputs are, the content format of the emitted
// documents (so `build` and `build --check` always agree), the size limit, and the named values
// the harness and `serve` give the policies. Command-line flags override it for one run.
// Every property is checked; an unknown or mistyped one is refused with its name (APIM2100).
import fs from "node:fs";
import path from "node:path";
import type { ContentFormat } from "../emit/xml-printer.ts";
import { isNamedValueName, NAMED_VALUE_NAME_RULE } from "../model/named-value.ts";

export const PROJECT_CONFIG_FILE = "apim-ts.config.json";

export interface ProjectConfig {
  /** Folder of the policy sources (default "policy-src"). */
  readonly src: string;
  /** Folder the build writes the XML documents to (default "dist-policies"). */
  readonly out: string;
  /** APIM's content format of the emitted documents (default "rawxml"). */
  readonly format: ContentFormat;
  /** Document size limit in bytes (default: APIM's 256 KiB; 16384 for Consumption). */
  readonly maxSize?: number;
  /** Named values (`{{name}}`) the harness and `serve` give the policies. */
  readonly namedValues: Readonly<Record<string, string>>;
  /** The C# cross-check: `replay: false` switches off the end-of-run replay of recorded evaluations. */
  readonly verify: { readonly replay: boolean };
  /** The file it was read from (undefined: no file, the defaults). */
  readonly file?: string;
  /** The folder relative paths are resolved against (the file's folder, or the start folder). */
  readonly root: string;
}

/** The absolute path of the policy folder: `src`, resolved against the config file's folder. */
export function policyFolder(config: ProjectConfig): string {
  return path.resolve(config.root, config.src);
}

/** An invalid configuration file; the message names the file and the offending property. */
export class ProjectConfigError extends Error {
  readonly code = "APIM2100";
  constructor(
    readonly file: string,
    readonly property: string,
    detail: string,
  ) {
    super(`${file}: ${property ? `"${property}" ` : ""}${detail}`);
    this.name = "ProjectConfigError";
  }
}

const KEYS = ["$schema", "src", "out", "format", "maxSize", "namedValues", "verify"] as const;

/** The configuration file governing `start`: the first found walking up to the package root. */
export function findProjectConfig(start: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const file = path.join(dir, PROJECT_CONFIG_FILE);
    if (fs.existsSync(file)) return file;
    if (fs.existsSync(path.join(dir, "package.json")) || path.dirname(dir) === dir)
      return undefined;
  }
}

/**
 * Reads the project configuration for the folder `start` (default: the current directory),
 * with defaults for what it leaves out. Throws ProjectConfigError for an invalid file.
 */
export function loadProjectConfig(start: string = process.cwd()): ProjectConfig {
  const file = findProjectConfig(start);
  if (!file) return defaults(path.resolve(start));
  const shown = path.relative(process.cwd(), file) || PROJECT_CONFIG_FILE;
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new ProjectConfigError(shown, "", `is not valid JSON: ${(error as Error).message}`);
  }
  return parseProjectConfig(raw, shown, path.dirname(file), file);
}

function defaults(root: string): ProjectConfig {
  return {
    src: "policy-src",
    out: "dist-policies",
    format: "rawxml",
    namedValues: {},
    verify: { replay: true },
    root,
  };
}

/** Validates parsed JSON (exported for tests and tools that hold the object already). */
export function parseProjectConfig(
  raw: unknown,
  shown: string,
  root: string,
  file?: string,
): ProjectConfig {
  const fail = (property: string, detail: string): never => {
    throw new ProjectConfigError(shown, property, detail);
  };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    fail("", "must hold a JSON object");
  const object = raw as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!(KEYS as readonly string[]).includes(key))
      fail(
        key,
        `is not a property of the configuration (known: ${KEYS.filter((k) => k !== "$schema").join(", ")})`,
      );
  }
  const folder = (key: "src" | "out", fallback: string): string => {
    const value = object[key];
    if (value === undefined) return fallback;
    if (typeof value !== "string" || value.trim() === "")
      return fail(key, `must be a folder path (a non-empty string), got ${JSON.stringify(value)}`);
    return value;
  };
  const format = object.format ?? "rawxml";
  if (format !== "rawxml" && format !== "xml")
    fail("format", `must be "rawxml" or "xml", got ${JSON.stringify(format)}`);
  const maxSize = object.maxSize;
  if (
    maxSize !== undefined &&
    !(typeof maxSize === "number" && Number.isInteger(maxSize) && maxSize > 0)
  ) {
    fail(
      "maxSize",
      `must be a positive whole number of bytes (16384 for the Consumption tier), got ${JSON.stringify(maxSize)}`,
    );
  }
  const namedValues: Record<string, string> = {};
  if (object.namedValues !== undefined) {
    const values = object.namedValues;
    if (typeof values !== "object" || values === null || Array.isArray(values))
      fail("namedValues", `must be an object of name: "value" pairs`);
    for (const [name, value] of Object.entries(values as Record<string, unknown>)) {
      // The rule namedValue() applies to a name (src/model/named-value.ts).
      if (!isNamedValueName(name))
        fail(`namedValues.${name}`, `is not a valid named value name (${NAMED_VALUE_NAME_RULE})`);
      if (typeof value !== "string")
        fail(
          `namedValues.${name}`,
          `must be a string (APIM's named values are strings), got ${JSON.stringify(value)}`,
        );
      namedValues[name] = value as string;
    }
  }
  let replay = true;
  if (object.verify !== undefined) {
    const verify = object.verify;
    if (typeof verify !== "object" || verify === null || Array.isArray(verify))
      fail("verify", `must be an object such as { "replay": true }`);
    for (const [key, value] of Object.entries(verify as Record<string, unknown>)) {
      if (key !== "replay") fail(`verify.${key}`, `is not a property of "verify" (known: replay)`);
      if (typeof value !== "boolean")
        fail("verify.replay", `must be true or false, got ${JSON.stringify(value)}`);
      replay = value as boolean;
    }
  }
  return {
    src: folder("src", "policy-src"),
    out: folder("out", "dist-policies"),
    format: format as ContentFormat,
    ...(maxSize !== undefined ? { maxSize: maxSize as number } : {}),
    namedValues,
    verify: { replay },
    ...(file ? { file } : {}),
    root,
  };
}
