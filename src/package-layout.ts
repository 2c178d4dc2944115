// Where apim-ts's own files are. The same modules run from source in this repository (tsx and
// vitest load the .ts files) and compiled from the published package (dist/src/*.js beside
// dist/src/*.d.ts). Code that names one of its own files at run time (the source-tag module the
// tagging transform imports, the declaration file of namedValue, the committed certificates)
// asks here instead of spelling ".ts", so both layouts work.
import { fileURLToPath } from "node:url";

/** True in this repository (sources run directly), false in the installed package (dist/). */
export const RUNNING_FROM_SOURCE: boolean = import.meta.url.endsWith(".ts");

/** Extension of apim-ts's runnable modules: ".ts" from source, ".js" in the package. */
export const MODULE_EXTENSION: ".ts" | ".js" = RUNNING_FROM_SOURCE ? ".ts" : ".js";

/** Extension of the files the type checker reads for apim-ts: the sources, or the .d.ts files. */
export const DECLARATION_EXTENSION: ".ts" | ".d.ts" = RUNNING_FROM_SOURCE ? ".ts" : ".d.ts";

/** The package's root folder (package.json, certs/): this file is src/ or dist/src/ below it. */
export const PACKAGE_ROOT: string = fileURLToPath(
  new URL(RUNNING_FROM_SOURCE ? "../" : "../../", import.meta.url),
);

/** A module of the library (`src/<relative>` without extension) as a file URL. */
export function libraryModuleUrl(relative: string): URL {
  return new URL(`./${relative}${MODULE_EXTENSION}`, import.meta.url);
}
