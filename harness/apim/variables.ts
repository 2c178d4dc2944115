// context.Variables at run time. Every stored value carries its C# type, because
// GetValueOrDefault<T> casts as C# does ((T)obj: an exact unboxing, so an int read as long, a
// string read as int, or a double read as int throws InvalidCastException). TypeScript erases T,
// so the tagging transform rewrites typed reads into __typedGetValueOrDefault("<C# type>", ...).
import type { Variables } from "../../src/context/variables.ts";
import { TYPED_GET_VALUE_OR_DEFAULT } from "../../src/compile/tag-transform.ts";
import { DateTime, TimeSpan } from "../../src/dotnet/date-time.ts";
import { Guid } from "../../src/dotnet/numeric.ts";
import { InvalidCastException, NullReferenceException } from "../dotnet/exceptions.ts";
import { HarnessRefusal } from "./harness-refusal.ts";
import { defaultOf, isValueType, nonNullable, type TypedValue } from "./csharp-values.ts";

const DOTNET_DEFAULTS = {
  dateTimeMin: () => DateTime.MinValue,
  timeSpanZero: () => TimeSpan.Zero,
  guidEmpty: () => Guid.Empty,
};

export class VariableStore implements Variables {
  readonly #values = new Map<string, TypedValue>();

  get Count(): number {
    return this.#values.size;
  }

  ContainsKey(name: string): boolean {
    return this.#values.has(name);
  }

  /** Untyped reads cannot be checked as APIM checks them: the tagging transform must rewrite them. */
  GetValueOrDefault<T>(name: string): T | null {
    throw new HarnessRefusal(
      `context.Variables.GetValueOrDefault("${name}") ran without its type argument. Write ` +
        `GetValueOrDefault<string>(...) (or int, bool, ...) and run tests with the apim-ts vitest plugin ` +
        `(plugins: [apimTs()] in vitest.config.ts), which passes the type to the harness.`,
    );
  }

  /** GetValueOrDefault<T>(name, default?) with T spelled as C# (written by the tagging transform). */
  [TYPED_GET_VALUE_OR_DEFAULT](type: string, name: string, ...rest: unknown[]): unknown {
    const stored = this.#values.get(name);
    if (stored === undefined) return rest.length > 0 ? rest[0] : defaultOf(type, DOTNET_DEFAULTS);
    if (stored.value === null) {
      // Unboxing null into a non-nullable value type is a NullReferenceException in C#.
      if (isValueType(type) && !type.endsWith("?")) throw new NullReferenceException();
      return null;
    }
    if (nonNullable(stored.type) !== nonNullable(type) && type !== "object") {
      // .NET's exact message (LastError.Message must match APIM's); the evaluation record names the types.
      throw Object.assign(new InvalidCastException(), {
        harnessDetail: `variable '${name}' holds a ${stored.type}, read as ${type}`,
      });
    }
    return stored.value;
  }

  // --- the harness's side ---

  set(name: string, value: TypedValue): void {
    this.#values.set(name, value);
  }

  get(name: string): TypedValue | undefined {
    return this.#values.get(name);
  }

  /** name → typed value, for the result of send(). */
  snapshot(): Record<string, TypedValue> {
    return Object.fromEntries(this.#values);
  }
}
