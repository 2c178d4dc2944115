// A text expression that gives null at run time, for the refusals of a null key, name or value:
// a header no test sends. Raw C#, because the typed builders refuse a `string | null` expression
// (and `as string` on a nullable read is APIM1001).
import { csharp } from "apim-ts";

export const nullHeaderText = csharp(
  '@(context.Request.Headers.GetValueOrDefault("X-Missing"))',
  (context) => context.Request.Headers.GetValueOrDefault("X-Missing") as string,
);
