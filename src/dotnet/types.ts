// Names for the C# value types that TypeScript's `number` cannot tell apart. Variables and
// members typed `int` stay `int` in C#; `GetValueOrDefault<int>` checks the stored type as APIM does.

/** C# `int` (System.Int32). */
export type int = number;
/** C# `long` (System.Int64). */
export type long = number;
/** C# `double` (System.Double). */
export type double = number;
/** C# `byte[]`. */
export type bytes = Uint8Array;
