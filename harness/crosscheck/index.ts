// The C# cross-check's public API: find the toolchain, compile a batch of policy expressions
// against the C# model of APIM's context, check them against APIM's allow-list, and replay
// recorded context states through them. See context-description.ts for the case format.
export {
  findCSharpCompiler,
  requireCSharpCompiler,
  installCommand,
  missingCompilerMessage,
} from "./compiler.ts";
export type { CSharpToolchain } from "./compiler.ts";
export { compileExpressions } from "./compile-expressions.ts";
export type {
  CSharpExpression,
  CompileOptions,
  CompileResult,
  CompiledExpressions,
} from "./compile-expressions.ts";
export { runCases } from "./run-cases.ts";
export type { RunReport } from "./run-cases.ts";
export { harnessCodes } from "./diagnostics.ts";
export type { CSharpDiagnostic } from "./diagnostics.ts";
export { allowList, checkReferences } from "./allow-list.ts";
export type { AllowedMembers, Violation } from "./allow-list.ts";
export { rewriteClock } from "./clock-rewrite.ts";
export { rewriteGuids } from "./guid-rewrite.ts";
export type * from "./context-description.ts";
export { monoTimeZone, fixedOffsetMinutes, fixedZoneTable } from "./time-zones.ts";
export type { MonoTimeZone } from "./time-zones.ts";
