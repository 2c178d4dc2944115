// The TypeScript program of test files whose expressions a test emits itself (emitDocument over
// the file's own program). The options are the harness translator's (src/translate/for-harness.ts:
// the project's tsconfig, no emit) and so is the host: the shared one, so that the ~700 files a
// test file reaches (the library, @types/node, vitest) are parsed and bound once per worker and
// not once per test file (about a second each, most of these files' time).
import path from "node:path";
import ts from "../../src/compile/typescript.js";
import { projectOptions } from "../../src/compile/program.ts";
import { sharedCompilerHost } from "../../src/compile/shared-host.ts";

/** A program over `files` (absolute paths), checked as the editor and the harness check them. */
export function testProgram(...files: string[]): ts.Program {
  const options = { ...projectOptions(path.dirname(files[0]!)), noEmit: true };
  return ts.createProgram({ rootNames: files, options, host: sharedCompilerHost(options) });
}
