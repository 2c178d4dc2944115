// .NET's String instance members that take a StringComparison (src/dotnet/text.ts declares them
// on TypeScript's String): installed on String.prototype under their C# names, non-enumerable,
// beside JavaScript's own startsWith/endsWith/indexOf. Semantics from the String.StartsWith,
// EndsWith, IndexOf and Equals(String, StringComparison) reference pages: ordinal comparison unit
// by unit (OrdinalIgnoreCase upper-cases each unit as string.Equals does, string-statics.ts), a
// null value throws ArgumentNullException ("value"), an empty value matches at 0; Equals of null
// is false. Checked on mono by the conformance batch (cases/formatting.ts). The order of the
// checks is .NET Framework's (referencesource mscorlib/system/string.cs): StartsWith, EndsWith
// and IndexOf check the value before the comparison type, Equals the comparison type first.
import { ArgumentNullException } from "./exceptions.ts";
import { checkComparison, upperUnit } from "./string-statics.ts";

function required(value: string | null | undefined): string {
  if (value === null || value === undefined) throw new ArgumentNullException("value");
  return value;
}

/**
 * `text` as the comparison sees it: as it is for Ordinal, each UTF-16 unit upper-cased on its
 * own for OrdinalIgnoreCase (upperUnit, as string.Equals does). Folding keeps the length, so
 * JavaScript's ordinal startsWith, endsWith, indexOf and === on the folded texts answer .NET's
 * question, an empty value included (true, true, 0).
 */
function folded(text: string, comparisonType: string): string {
  checkComparison(comparisonType);
  if (comparisonType === "Ordinal") return text;
  let out = "";
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(upperUnit(text.charCodeAt(i)));
  return out;
}

const MEMBERS = {
  StartsWith(this: string, value: string | null, comparisonType: string): boolean {
    const found = required(value);
    return folded(String(this), comparisonType).startsWith(folded(found, comparisonType));
  },
  EndsWith(this: string, value: string | null, comparisonType: string): boolean {
    const found = required(value);
    return folded(String(this), comparisonType).endsWith(folded(found, comparisonType));
  },
  IndexOf(this: string, value: string | null, comparisonType: string): number {
    const found = required(value);
    return folded(String(this), comparisonType).indexOf(folded(found, comparisonType));
  },
  Equals(this: string, value: string | null, comparisonType: string): boolean {
    checkComparison(comparisonType);
    if (value === null || value === undefined) return false;
    return folded(String(this), comparisonType) === folded(value, comparisonType);
  },
};

/**
 * Installs the members on String.prototype. Idempotent: it defines the same functions with the
 * same attributes each time. Called by installDotnet.
 */
export function installStringMembers(): void {
  for (const [name, value] of Object.entries(MEMBERS))
    Object.defineProperty(String.prototype, name, { value, configurable: true, writable: true });
}
