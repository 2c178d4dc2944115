// vitest glue for suites that need the C# toolchain: a `describe` that runs when mcs/mono are
// installed, reports itself skipped with the install command when they are not, and fails
// under CI=true (see compiler.ts).
import { describe, it } from "vitest";
import { missingCompilerMessage, requireCSharpCompiler, type CSharpToolchain } from "./compiler.ts";

/** `describe` for suites that compile and run C#; the body receives the toolchain. */
export function describeWithCSharp(name: string, body: (toolchain: CSharpToolchain) => void): void {
  const toolchain = requireCSharpCompiler();
  if (toolchain) describe(name, () => body(toolchain));
  else {
    console.warn(missingCompilerMessage);
    describe.skip(name, () => {
      it(missingCompilerMessage, () => {});
    });
  }
}
