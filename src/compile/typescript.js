// The TypeScript compiler, loaded with require(). Node's ESM `import ts from "typescript"` first
// scans the 9 MB CommonJS file for its export names (cjs-module-lexer), and under tsx's loader
// hooks the file also crosses to the hooks' thread: 1.5 to 2 s more than require() in each process
// that loads it (every `apim-ts` command, every vitest worker of a team's project), measured on the
// 2-core machine. apim-ts's modules import TypeScript from here. Plain JavaScript, with its types
// in typescript.d.ts: an ES module of TypeScript source cannot give the namespace's types as well.
import { createRequire } from "node:module";

export default createRequire(import.meta.url)("typescript");
