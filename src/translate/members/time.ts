// DateTime statics that C# has but APIM's allow-list leaves out. The expression reference lists
// DateTime's members one by one (api-management-policy-expressions.md, ".NET Framework types
// allowed in policy expressions": "(Constructor), Add, ..., Now, Parse, Second, Subtract, Ticks,
// TimeOfDay, Today, ToString, UtcNow, Year"); TryParse and ParseExact are not among them, while
// DateTimeOffset is allowed in full. They are declared (so the author sees this reason, not
// TypeScript's "does not exist") and always refused with APIM1041.
import type ts from "typescript";
import type { TranslationState } from "../state.ts";

const REFUSED: Readonly<Record<string, string>> = {
  TryParse: "const [ok, value] = DateTimeOffset.TryParse(s), then value.UtcDateTime",
  ParseExact: "DateTimeOffset.ParseExact(s, format, null), then .UtcDateTime or .DateTime",
};

/** Reports `DateTime.TryParse`/`ParseExact`; true when the call was refused. */
export function refuseDateTimeStatic(
  state: TranslationState,
  callee: ts.PropertyAccessExpression,
  ownerName: string | undefined,
): boolean {
  const hint = ownerName === "DateTimeStatic" ? REFUSED[callee.name.text] : undefined;
  if (hint === undefined) return false;
  state.report(
    "dateTimeNotAllowed",
    `DateTime.${callee.name.text} is not on APIM's allow-list (DateTime's members are listed one by one; DateTimeOffset's are all allowed)`,
    callee.name,
    `write ${hint}`,
  );
  return true;
}
