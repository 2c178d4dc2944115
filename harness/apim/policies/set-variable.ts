// <set-variable>: a literal value is stored as a string; an expression's value keeps its C# type
// (from the translator). Types APIM cannot store (X509Certificate2, ...) are refused, as APIM
// refuses the policy.
import type { SetVariable } from "../../../src/policies/set-variable.ts";
import { describe, isVariableType } from "../csharp-values.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runSetVariable: PolicyHandler<SetVariable> = (run) => {
  const { name } = run.statement;
  const typed = run.typed(run.statement.value, "value");
  if (typed.type !== "object" && !isVariableType(typed.type)) {
    throw new HarnessRefusal(
      `set-variable '${name}': a policy variable cannot hold a ${typed.type} (APIM accepts booleans, numbers, chars, ` +
        "strings, Guid, DateTime, TimeSpan, byte arrays and JSON); store e.g. GetRawCertData() instead",
    );
  }
  run.execution.variables.set(name, typed);
  run.note(`set-variable ${name} = ${describe(typed.value)} (${typed.type})`);
};
