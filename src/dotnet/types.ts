// Names for the C# value types that TypeScript's `number` cannot tell apart. Each is `number`
// with an optional brand that costs the author nothing (any number is assignable) but lets the
// translator see which C# type a member has: `StatusCode` stays `int` in C#, and
// `GetValueOrDefault<int>` checks the stored type as APIM does.

/** C# `int` (System.Int32). */
export type int = number & { readonly __csharpType?: "int" };
/** C# `long` (System.Int64). */
export type long = number & { readonly __csharpType?: "long" };
/** C# `double` (System.Double). */
export type double = number & { readonly __csharpType?: "double" };
/** C# `byte[]`. */
export type bytes = Uint8Array;
