// context.Variables at run time. Every stored value carries its C# type, because
// GetValueOrDefault<T> casts as C# does ((T)obj: an exact unboxing, so an int read as long, a
// string read as int, or a double read as int throws InvalidCastException). TypeScript erases T,
// so the tagging transform rewrites typed reads into __typedGetValueOrDefault("<C# type>", ...).
// Expressions see `view`: the C# members plus the indexer (`context.Variables["x"]`), which
// throws KeyNotFoundException for a missing name and returns the stored value boxed with its C#
// type, so that `as int` (C#'s (int) cast) can unbox it exactly. A key known only at run time
// reaches the indexer through INDEXER (src/model/element-access.ts), even when it is "Count" or
// "ContainsKey": C# reads the variable of that name, JavaScript's `view[k]` would read the member.
import type { Variables } from "../../src/context/variables.ts";
import { TYPED_GET_VALUE_OR_DEFAULT } from "../../src/compile/tag-names.ts";
import { INDEXER, type Indexer } from "../../src/model/element-access.ts";
import { DateTime, TimeSpan } from "../../src/dotnet/date-time.ts";
import { Guid } from "../../src/dotnet/numeric.ts";
import { box } from "../dotnet/boxed-object.ts";
import {
  ArgumentNullException,
  InvalidCastException,
  KeyNotFoundException,
  NullReferenceException,
} from "../dotnet/exceptions.ts";
import { HarnessRefusal } from "./harness-refusal.ts";
import { defaultOf, isValueType, nonNullable, type TypedValue } from "./csharp-values.ts";

const DOTNET_DEFAULTS = {
  dateTimeMin: () => DateTime.MinValue,
  timeSpanZero: () => TimeSpan.Zero,
  guidEmpty: () => Guid.Empty,
};

/** The members of Variables an expression can call; any other string is a variable name. */
const MEMBERS = new Set([
  "Count",
  "ContainsKey",
  "TryGetValue",
  "GetValueOrDefault",
  TYPED_GET_VALUE_OR_DEFAULT,
]);

export class VariableStore implements Variables {
  readonly [name: string]: unknown;
  readonly #values = new Map<string, TypedValue>();
  #view: Variables | undefined;
  #indexer: Indexer | undefined;
  #bound: Map<string, unknown> | undefined;

  get Count(): number {
    return this.#values.size;
  }

  ContainsKey(name: string): boolean {
    return this.#values.has(name);
  }

  /** TryGetValue(name, out object value), as `[found, value]`. */
  TryGetValue(name: string): [found: boolean, value: unknown] {
    const stored = this.#values.get(name);
    return stored === undefined ? [false, null] : [true, box(stored.type, stored.value)];
  }

  /**
   * The indexer: the boxed value, KeyNotFoundException when the name is not set and
   * ArgumentNullException for a null name (IReadOnlyDictionary<TKey,TValue>.Item[TKey],
   * learn.microsoft.com, "Exceptions").
   */
  item(name: string): unknown {
    if (name === null || name === undefined) throw new ArgumentNullException("key");
    const stored = this.#values.get(name);
    if (stored === undefined) {
      throw Object.assign(new KeyNotFoundException(), { harnessDetail: `no variable '${name}'` });
    }
    return box(stored.type, stored.value);
  }

  /**
   * C#'s indexer for element reads of policy code, whatever the key (element-access.ts). Made on
   * first read, as are the bound members below: a store is made for every request.
   */
  get [INDEXER](): Indexer {
    return (this.#indexer ??= { get: (name) => this.item(name as string) });
  }

  /** What context.Variables is in an expression: the C# members and the indexer. */
  get view(): Variables {
    return (this.#view ??= new Proxy(this, VariableStore.#handler) as Variables);
  }

  /** A member as the view hands it out: a method bound to this store (one binding per member). */
  #member(property: string): unknown {
    const bound = this.#bound?.get(property);
    if (bound !== undefined) return bound;
    const member = Reflect.get(this, property, this) as unknown;
    if (typeof member !== "function") return member;
    const made = member.bind(this);
    (this.#bound ??= new Map()).set(property, made);
    return made;
  }

  // One handler for every store's view (a closure pair per request before): `target` is the store.
  static readonly #handler: ProxyHandler<VariableStore> = {
    get(target, property) {
      if (typeof property === "symbol") return Reflect.get(target, property, target);
      if (!MEMBERS.has(property)) return target.item(property);
      return target.#member(property);
    },
    has(target, property) {
      return (
        typeof property === "string" && (MEMBERS.has(property) || target.#values.has(property))
      );
    },
  };

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
    // What Object.fromEntries(this.#values) gives, without its generic iteration: the recorder
    // takes a snapshot before every evaluation. A name "__proto__" is defined, not assigned (an
    // assignment would set the prototype), as fromEntries does.
    const record: Record<string, TypedValue> = {};
    for (const [name, value] of this.#values) {
      if (name === "__proto__")
        Object.defineProperty(record, name, {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      else record[name] = value;
    }
    return record;
  }
}
