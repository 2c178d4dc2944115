// The project's configuration and policy folder as every command resolves them: apim-ts.config.json
// (src/config/project-config.ts) under the command's own --src flag. A bad configuration or a
// missing folder is a usage error whose text the command prints before exiting with code 3.
import fs from "node:fs";
import path from "node:path";
import {
  loadProjectConfig,
  policyFolder,
  ProjectConfigError,
  type ProjectConfig,
} from "../src/config/project-config.ts";

export type ProjectSources =
  | { readonly ok: true; readonly config: ProjectConfig; readonly sourceDir: string }
  | { readonly ok: false; readonly message: string };

/**
 * The configuration found from `root` and the policy folder: `srcFlag` (relative to `root`) when
 * given, else the configuration's `src` (relative to the file that sets it).
 */
export function projectSources(root: string, srcFlag: string | undefined): ProjectSources {
  let config: ProjectConfig;
  try {
    config = loadProjectConfig(root);
  } catch (error) {
    if (!(error instanceof ProjectConfigError)) throw error;
    return { ok: false, message: `error ${error.code}: ${error.message}` };
  }
  const sourceDir = srcFlag !== undefined ? path.resolve(root, srcFlag) : policyFolder(config);
  if (!fs.existsSync(sourceDir))
    return {
      ok: false,
      message: `no policy source folder at ${path.relative(root, sourceDir) || "."}`,
    };
  return { ok: true, config, sourceDir };
}
