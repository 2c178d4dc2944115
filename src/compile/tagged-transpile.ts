// One policy or test module through the tagging transform (tag-transform.ts) as the vitest plugin
// serves it to vite: TypeScript's transpileModule with the transform, an ES module with its
// source map. Its own module so that the plugin loads TypeScript only on a transform-cache miss.
import ts from "./typescript.js";
import { createTagTransformer } from "./tag-transform.ts";

/** The module vite receives: JavaScript and its source map (JSON text). */
export interface TaggedModule {
  readonly code: string;
  readonly map: string | undefined;
}

/** Transpiles `code` (the file `file`) with tags that import `tagModule` (a file path). */
export function transpileTagged(code: string, file: string, tagModule: string): TaggedModule {
  const output = ts.transpileModule(code, {
    fileName: file,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      sourceMap: true,
      inlineSources: true,
      verbatimModuleSyntax: false,
    },
    transformers: { before: [createTagTransformer({ tagModule })] },
  });
  return {
    code: output.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, ""),
    map: output.sourceMapText,
  };
}
