// A diagnostic without a source location, for checks that run where TypeScript is not loaded
// (document validation runs in the authoring library and the harness as well as in the build,
// which adds the module's location). diagnostic.ts needs the TypeScript compiler at run time.
import type { ApimDiagnostic } from "./diagnostic.ts";
import { Codes, type DiagnosticName } from "./codes.ts";

/** A diagnostic of the given kind, without location. */
export function unlocated(
  name: DiagnosticName,
  message: string,
  _location?: undefined,
  hint?: string,
): ApimDiagnostic {
  const definition = Codes[name];
  return hint === undefined
    ? { code: definition.code, category: definition.category, message }
    : { code: definition.code, category: definition.category, message, hint };
}
