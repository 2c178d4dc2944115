// Folders whose declarations are APIM's context model and the .NET types, translated 1:1 by
// model.ts (and regex.ts for Regex patterns): every member declared there is a mapping. A module
// of its own, without imports, so library.ts can read it without an import cycle.
export const MODEL_DECLARATION_FOLDERS: readonly string[] = ["src/context", "src/dotnet"];
