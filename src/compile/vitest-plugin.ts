// Vite/vitest plugin that applies the tagging transform to policy sources and tests, so that the
// harness can find each expression's syntax tree (to check it translates) and run typed variable
// reads. Library code (src/, harness/) is left alone: it contains no policy expressions.
import path from "node:path";
import ts from "typescript";
import { fileURLToPath } from "node:url";
import { createTagTransformer } from "./tag-transform.ts";
import { libraryModuleUrl } from "../package-layout.ts";
import { loadProjectConfig } from "../config/project-config.ts";

const TAG_MODULE = fileURLToPath(libraryModuleUrl("model/source-tag"));

export interface ApimTsPluginOptions {
  /**
   * Folders (relative to the project root) whose .ts files hold policy expressions. Default:
   * the policy folder of apim-ts.config.json ("src", default "policy-src") and "test".
   */
  readonly include?: readonly string[];
}

/** The project's policy folder (apim-ts.config.json "src", resolved against the file's folder). */
function policyFolder(root: string): string {
  const config = loadProjectConfig(root);
  return path.resolve(config.root, config.src);
}

/** The apim-ts vitest plugin: `plugins: [apimTs()]` in vitest.config.ts. */
export function apimTs(options: ApimTsPluginOptions = {}) {
  let roots: string[] = [];
  return {
    name: "apim-ts:tag-expressions",
    enforce: "pre" as const,
    configResolved(config: { root: string }) {
      const include = options.include ?? [policyFolder(config.root), "test"];
      roots = include.map((folder) => path.resolve(config.root, folder) + path.sep);
    },
    transform(code: string, id: string) {
      const file = id.split("?")[0]!;
      if (!file.endsWith(".ts") || file.endsWith(".d.ts") || !roots.some((root) => file.startsWith(root))) return null;
      const output = ts.transpileModule(code, {
        fileName: file,
        compilerOptions: {
          target: ts.ScriptTarget.ES2022,
          module: ts.ModuleKind.ESNext,
          sourceMap: true,
          inlineSources: true,
          verbatimModuleSyntax: false,
        },
        transformers: { before: [createTagTransformer({ tagModule: TAG_MODULE })] },
      });
      return { code: output.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ""), map: output.sourceMapText };
    },
  };
}
