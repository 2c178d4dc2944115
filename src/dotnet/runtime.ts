// Binds the .NET declarations of this folder to an implementation at run time. The authoring
// API only declares what APIM allows; the harness (harness/dotnet/) installs the implementation
// that runs when a test evaluates an expression. The compiler never calls these values.

const implementations = new Map<string, object>();

/** Installs runtime implementations for declared .NET values (called by the harness). */
export function installDotnetRuntime(values: Record<string, object>): void {
  for (const [name, value] of Object.entries(values)) implementations.set(name, value);
}

/** Whether an implementation is installed for a declared .NET value. */
export function hasDotnetRuntime(name: string): boolean {
  return implementations.has(name);
}

function implementation(name: string): any {
  const found = implementations.get(name);
  if (found === undefined) {
    throw new Error(
      `.NET '${name}' has no implementation here: expressions run only inside the apim-ts harness ` +
        `(import "apim-ts/harness" in the test), never while a policy document is being built.`,
    );
  }
  return found;
}

/**
 * A value that stands for a .NET type or static class (DateTime, Convert, new X509Certificate2(...)).
 * Reads, calls and `new` are forwarded to the implementation installed by the harness.
 */
export function dotnetValue<T>(name: string): T {
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get: (_target, property) => {
      if (property === "name") return name;
      return implementation(name)[property];
    },
    construct: (_target, args) => Reflect.construct(implementation(name), args),
    apply: (_target, _this, args) => Reflect.apply(implementation(name), undefined, args),
    has: (_target, property) => property in implementation(name),
  }) as T;
}

/**
 * C#'s explicit cast `(T)value`, which the tagging transform writes for `value as T` when T is a
 * C# type name (`int`, `string | null`, ...). With the harness installed it is the harness's cast
 * (exact unboxing, InvalidCastException, numeric truncation); without it, a number cast to int or
 * long is truncated and everything else is returned unchanged (plain TypeScript's `as`).
 */
export function castValue<T>(value: T, type: string): T {
  const cast = implementations.get("__cast") as
    ((value: unknown, type: string) => unknown) | undefined;
  if (cast) return cast(value, type) as T;
  if (typeof value === "number" && (type === "int" || type === "long")) {
    const truncated = Math.trunc(value);
    return (type === "int" ? truncated | 0 : truncated + 0) as T;
  }
  return value;
}
