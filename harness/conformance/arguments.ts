// How a snippet's arguments reach the C# side. The C# runner only hands an expression `context`,
// so each parameter becomes a C# local declared ahead of the translated expression and read from
// the case's context: scalars from context.Variables (GetValueOrDefault<T>, whose exact-type
// check also proves the argument has the C# type the translator assumed), string arrays from a
// request header (the only string[] the context description carries).
import type { CsStatement } from "../../src/csharp-syntax/syntax.ts";
import type { TranslatedParameter } from "../../src/translate/translate-function.ts";
import type { ContextDescription, TypedValue } from "../crosscheck/context-description.ts";
import { DateTimeValue } from "../dotnet/date-time.ts";
import { GuidValue } from "../dotnet/guid.ts";
import { TimeSpanValue } from "../dotnet/time-span.ts";

const SCALARS = new Set([
  "string",
  "bool",
  "int",
  "long",
  "double",
  "byte[]",
  "DateTime",
  "TimeSpan",
  "Guid",
]);

/** The C# statements that declare the parameters (before the translated expression's own). */
export function parameterPrologue(
  parameters: readonly TranslatedParameter[],
): CsStatement[] | string {
  const statements: CsStatement[] = [];
  for (const [index, parameter] of parameters.entries()) {
    const type = parameter.type;
    if (!type)
      return `the C# type of parameter '${parameter.name}' is unknown: type it as string, int, double, boolean, bytes, string[] or a .NET type`;
    const bare = type.endsWith("?") ? type.slice(0, -1) : type;
    let text: string;
    if (SCALARS.has(bare)) text = `context.Variables.GetValueOrDefault<${type}>("a${index}")`;
    else if (type === "string[]")
      text = `context.Request.Headers.ContainsKey("a${index}") ? context.Request.Headers["a${index}"] : null`;
    else
      return `parameter '${parameter.name}' has type ${type}, which the conformance DSL cannot pass to C#`;
    statements.push({
      kind: "declare",
      type,
      name: parameter.csharpName,
      initializer: { kind: "verbatim", text },
    });
  }
  return statements;
}

function typedValue(value: unknown, type: string): TypedValue {
  if (value === null || value === undefined) return { type: "null" };
  const bare = type.endsWith("?") ? type.slice(0, -1) : type;
  switch (bare) {
    case "string":
      return { type: "string", value: value as string };
    case "bool":
      return { type: "bool", value: value as boolean };
    case "int":
      return { type: "int", value: value as number };
    case "long":
      return { type: "long", value: String(value) };
    case "double": {
      const n = value as number;
      return {
        type: "double",
        value: Number.isNaN(n)
          ? "NaN"
          : n === Infinity
            ? "Infinity"
            : n === -Infinity
              ? "-Infinity"
              : n,
      };
    }
    case "byte[]":
      return { type: "bytes", value: Buffer.from(value as Uint8Array).toString("base64") };
    case "DateTime":
      return {
        type: "DateTime",
        ticks: String((value as DateTimeValue).Ticks),
        kind: (value as DateTimeValue).Kind,
      };
    case "TimeSpan":
      return { type: "TimeSpan", ticks: String((value as TimeSpanValue).Ticks) };
    case "Guid":
      return { type: "Guid", value: (value as GuidValue).ToString() };
  }
  throw new Error(`no typed value for ${type}`);
}

/** The context description that carries `args` for the prologue, on top of `base`. */
export function argumentContext(
  parameters: readonly TranslatedParameter[],
  args: readonly unknown[],
  base: ContextDescription,
): ContextDescription {
  const variables: Record<string, TypedValue> = { ...base.variables };
  const headers: Record<string, string[]> = { ...base.request?.headers };
  parameters.forEach((parameter, index) => {
    const value = args[index];
    if (parameter.type === "string[]") {
      if (value !== null && value !== undefined) headers[`a${index}`] = [...(value as string[])];
    } else variables[`a${index}`] = typedValue(value, parameter.type!);
  });
  return { ...base, variables, request: { ...base.request, headers } };
}

/** Checks the JavaScript arguments fit the declared C# types (a test bug otherwise, not a divergence). */
export function argumentProblem(
  parameters: readonly TranslatedParameter[],
  args: readonly unknown[],
): string | undefined {
  if (args.length !== parameters.length)
    return `expected ${parameters.length} arguments, got ${args.length}`;
  for (const [index, parameter] of parameters.entries()) {
    const value = args[index];
    const type = parameter.type ?? "";
    if (value === null || value === undefined) {
      if (/^(bool|int|long|double|DateTime|TimeSpan|Guid)$/.test(type))
        return `argument ${index} is null but '${parameter.name}' is ${type}`;
      continue;
    }
    const bare = type.replace(/\?$/, "");
    const fits =
      bare === "string"
        ? typeof value === "string"
        : bare === "bool"
          ? typeof value === "boolean"
          : bare === "int"
            ? Number.isInteger(value) && Math.abs(value as number) <= 2147483648
            : bare === "long"
              ? Number.isSafeInteger(value) || typeof value === "bigint"
              : bare === "double"
                ? typeof value === "number"
                : bare === "byte[]"
                  ? value instanceof Uint8Array
                  : bare === "DateTime"
                    ? value instanceof DateTimeValue
                    : bare === "TimeSpan"
                      ? value instanceof TimeSpanValue
                      : bare === "Guid"
                        ? value instanceof GuidValue
                        : bare === "string[]"
                          ? Array.isArray(value) && value.every((item) => typeof item === "string")
                          : false;
    if (!fits) return `argument ${index} (${String(value)}) is not a ${type}`;
  }
  return undefined;
}
