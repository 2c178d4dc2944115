// The type check the build runs before it translates anything, as the harness's translation check
// runs it: `apim-ts build` refuses a policy module when TypeScript reports an error in it or in a
// policy source it imports (build.ts, program.ts's ownDiagnostics, which this check calls too),
// whether the error is inside an expression (a cast TypeScript refuses after narrowing) or outside
// (a wrong argument to a policy builder).
// The translator itself only reads types; it reports its own refusals, never TypeScript's, so
// without this check the harness ran policies the build refuses.
//
// Checked: the module an expression is written in (a policy source, or the test file a policy is
// written in, which the harness treats as that policy's module) and the files of its program under
// the project's policy folder, as the build checks them: their syntactic and semantic diagnostics,
// one file at a time (not the whole program: in a checkout of apim-ts that is the library's own
// sources too). Errors only: a warning does not stop the build either. Its cost is paid when a
// verdict is not cached (the first run after an edit): 0.25-0.4 s of a test file's first test
// (a small test file: 2.5 s to 2.8 s on the 2-core machine, ~3.0 to 3.5 s busy), nothing on a
// run the verdict cache answers.
// A module is found through the source tag of an expression written in it: a document with no
// expression function at all names no module, and its module is not checked here (`tsc`, the
// editor and the build still check it).
import path from "node:path";
import ts from "../compile/typescript.js";
import { ownDiagnostics } from "../compile/program.ts";
import { loadProjectConfig, policyFolder } from "../config/project-config.ts";
import { formatDiagnostic } from "../diagnostics/diagnostic.ts";
import { fromTypeScript } from "../diagnostics/from-typescript.ts";

/** Per program, per module: the formatted errors (undefined: none). A file is checked once. */
const checked = new WeakMap<ts.Program, Map<string, string | undefined>>();

function isPolicySource(file: ts.SourceFile, folder: string): boolean {
  const resolved = path.resolve(file.fileName);
  return (
    !file.isDeclarationFile &&
    !resolved.includes(`${path.sep}node_modules${path.sep}`) &&
    resolved.startsWith(folder)
  );
}

/**
 * The build's APIM2001 diagnostics (formatted as `apim-ts build` prints them) for the module
 * `file` of `program` and the policy sources it imports; undefined when TypeScript reports no
 * error there.
 */
export function moduleTypeErrors(program: ts.Program, file: string): string | undefined {
  let byFile = checked.get(program);
  if (!byFile) checked.set(program, (byFile = new Map()));
  const module = path.resolve(file);
  if (byFile.has(module)) return byFile.get(module);
  const folder = policyFolder(loadProjectConfig(process.cwd())) + path.sep;
  // The build's own selection of diagnostics (options and global ones too), for these files.
  const errors = ownDiagnostics(
    program,
    (source) => path.resolve(source.fileName) === module || isPolicySource(source, folder),
  ).filter((d) => d.category === ts.DiagnosticCategory.Error);
  const text = errors.length
    ? errors.map((d) => formatDiagnostic(fromTypeScript(d))).join("\n\n")
    : undefined;
  byFile.set(module, text);
  return text;
}
