// TypeScript's own diagnostics (type errors in a policy source) in apim-ts's form, as APIM2001.
// Apart from diagnostic.ts so that formatting a diagnostic never loads the TypeScript compiler.
import ts from "../compile/typescript.js";
import { Codes } from "./codes.ts";
import type { ApimDiagnostic } from "./diagnostic.ts";

/** TS2352, "Conversion of type 'X' to type 'Y' may be a mistake". */
const CONVERSION_MAY_BE_A_MISTAKE = 2352;
const JSON_TOKEN =
  /^Conversion of type '(JToken|JValue|JObject|JArray|JProperty)(?: \| null)?' to type/;

/**
 * What to write instead, where TypeScript's own advice leads nowhere: after `t == null ? ... :`
 * narrows a Json.NET token, TypeScript refuses `t as string | null` (TS2352) and suggests a cast
 * through `unknown`, which the translator refuses in turn (APIM1001). Both ways below type-check
 * and translate (docs/translation.md, "JSON (Json.NET)").
 */
function hintFor(code: number, message: string): string | undefined {
  if (code === CONVERSION_MAY_BE_A_MISTAKE && JSON_TOKEN.test(message))
    return 'cast the token before narrowing it (`const s = o["name"] as string | null`), or convert it (`t.ToObject<string>()`); see docs/translation.md, JSON';
  return undefined;
}

/** Wraps a TypeScript diagnostic (APIM2001), keeping TypeScript's message text. */
export function fromTypeScript(d: ts.Diagnostic): ApimDiagnostic {
  const text = ts.flattenDiagnosticMessageText(d.messageText, "\n");
  const hint = hintFor(d.code, text);
  return {
    code: Codes.typeScriptError.code,
    category: d.category === ts.DiagnosticCategory.Warning ? "warning" : "error",
    message: `TS${d.code}: ${text}`,
    ...(hint === undefined ? {} : { hint }),
    file: d.file,
    start: d.start,
    length: d.length,
  };
}
