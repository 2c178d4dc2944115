// The types of typescript.js: the TypeScript compiler's namespace, values and types alike.
import ts from "typescript";
export default ts;
