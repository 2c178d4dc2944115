// Where an expression function came from. The compiler's tagging transform wraps every function
// in policy-src with tagFunction(), so the translator can find its syntax tree and the values its
// free variables had at build time (parameters of helpers, loop variables, imported constants).

const SOURCE_TAG = Symbol.for("apim-ts.source-tag");

/** Location and build-time captures of a function written in policy-src. */
export interface SourceTag {
  /** Absolute path of the TypeScript file. */
  readonly file: string;
  /** Offset of the function's first token in that file. */
  readonly start: number;
  /** Reads a free variable's current value (lazy: module constants may be initialised later). */
  readonly capture: (name: string) => { found: boolean; value?: unknown };
}

/** Attaches a source tag to a function and returns it (called by the emitted JavaScript). */
export function tagFunction<F extends Function>(
  fn: F,
  file: string,
  start: number,
  captures?: Record<string, () => unknown>,
): F {
  const capture = (name: string) => {
    if (!captures || !Object.prototype.hasOwnProperty.call(captures, name)) return { found: false };
    try {
      return { found: true, value: captures[name]!() };
    } catch {
      // A name with no runtime value (a `declare function`, a const read before its
      // initialisation) throws a ReferenceError on read, the one error reading a binding can
      // raise: it has no build-time value.
      return { found: false };
    }
  };
  Object.defineProperty(fn, SOURCE_TAG, { value: { file, start, capture } satisfies SourceTag });
  return fn;
}

/** The source tag of a function, if the tagging transform saw it. */
export function sourceTagOf(fn: unknown): SourceTag | undefined {
  return typeof fn === "function" ? (fn as any)[SOURCE_TAG] : undefined;
}

// Casts written `value as T` in policy code become castValue(value, "T") (the tagging transform).
export { castValue } from "../dotnet/runtime.ts";

// Arithmetic and bit operators of policy code become integerOperation(...) (the tagging transform).
export { integerOperation } from "./integer-sites.ts";

// Element reads and writes of policy code become elementRead/elementWrite (the tagging transform):
// C#'s indexer where the receiver has one, whatever the key (see element-access.ts).
export { elementRead, elementWrite } from "./element-access.ts";
