// Recognises the declarations of apim-ts itself (by the file that declares a symbol, never by its
// name): APIM's context model and the .NET types (src/context, src/dotnet) translate 1:1, the
// named-value functions translate to `{{name}}` tokens.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "../compile/typescript.js";
import { DECLARATION_EXTENSION } from "../package-layout.ts";
import { MODEL_DECLARATION_FOLDERS } from "./members/model-folders.ts";

const SOURCE_ROOT = realpath(fileURLToPath(new URL("..", import.meta.url)));
/** apim-ts's own code: the library (src/) and the harness (harness/). */
const OWN_FOLDERS = ["src", "harness"].map(
  (folder) => path.join(path.dirname(SOURCE_ROOT), folder) + path.sep,
);
const MODEL_FOLDERS = MODEL_DECLARATION_FOLDERS.map(
  (folder) => path.join(path.dirname(SOURCE_ROOT), folder) + path.sep,
);
const NAMED_VALUE_FILE = path.join(SOURCE_ROOT, "model", `named-value${DECLARATION_EXTENSION}`);

function realpath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

const realpaths = new Map<string, string>();
function declarationFileOf(declaration: ts.Declaration): string {
  const name = declaration.getSourceFile().fileName;
  let real = realpaths.get(name);
  if (real === undefined) realpaths.set(name, (real = realpath(path.resolve(name))));
  return real;
}

/** Whether a file belongs to apim-ts itself rather than to the project's policy sources. */
export function isLibraryFile(file: string): boolean {
  const resolved = path.resolve(file);
  return OWN_FOLDERS.some((folder) => resolved.startsWith(folder));
}

/** Whether a symbol is declared by APIM's context model or the .NET declarations. */
export function isModelSymbol(symbol: ts.Symbol): boolean {
  const declaration = symbol.declarations?.[0];
  if (!declaration) return false;
  const file = declarationFileOf(declaration);
  return MODEL_FOLDERS.some((folder) => file.startsWith(folder));
}

/** Whether a symbol is declared in the library's source at all (not a policy-src helper). */
export function isLibrarySymbol(symbol: ts.Symbol): boolean {
  const declaration = symbol.declarations?.[0];
  return (
    declaration !== undefined && declarationFileOf(declaration).startsWith(SOURCE_ROOT + path.sep)
  );
}

export function isNamedValueFunction(symbol: ts.Symbol): "namedValue" | "namedBoolean" | undefined {
  const declaration = symbol.declarations?.[0];
  if (!declaration || declarationFileOf(declaration) !== NAMED_VALUE_FILE) return undefined;
  const name = symbol.getName();
  return name === "namedValue" || name === "namedBoolean" ? name : undefined;
}

/** Whether a declaration comes from TypeScript's standard library (lib.*.d.ts). */
export function isStandardLibrary(program: ts.Program, symbol: ts.Symbol): boolean {
  const declaration = symbol.declarations?.[0];
  return (
    declaration !== undefined && program.isSourceFileDefaultLibrary(declaration.getSourceFile())
  );
}

/**
 * The C# name of a .NET value exported by src/dotnet (a static class or type), or undefined.
 * `string` (the value) is C#'s keyword for System.String.
 */
export function dotnetValueName(symbol: ts.Symbol): string | undefined {
  if (!isModelSymbol(symbol) || !(symbol.flags & ts.SymbolFlags.Variable)) return undefined;
  return symbol.getName();
}
