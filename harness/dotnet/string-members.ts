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
import { checkComparison, compareUnits } from "./string-statics.ts";

function required(value: string | null | undefined): string {
  if (value === null || value === undefined) throw new ArgumentNullException("value");
  return value;
}

/** Whether `text` holds `value` at `at` under the comparison. */
function matchesAt(text: string, value: string, at: number, comparisonType: string): boolean {
  return (
    at >= 0 &&
    at + value.length <= text.length &&
    compareUnits(text.slice(at, at + value.length), value, comparisonType) === 0
  );
}

const MEMBERS = {
  StartsWith(this: string, value: string | null, comparisonType: string): boolean {
    const found = required(value);
    checkComparison(comparisonType);
    return matchesAt(String(this), found, 0, comparisonType);
  },
  EndsWith(this: string, value: string | null, comparisonType: string): boolean {
    const found = required(value);
    checkComparison(comparisonType);
    const text = String(this);
    return matchesAt(text, found, text.length - found.length, comparisonType);
  },
  IndexOf(this: string, value: string | null, comparisonType: string): number {
    const found = required(value);
    checkComparison(comparisonType);
    const text = String(this);
    for (let at = 0; at + found.length <= text.length; at++)
      if (matchesAt(text, found, at, comparisonType)) return at;
    return -1;
  },
  Equals(this: string, value: string | null, comparisonType: string): boolean {
    checkComparison(comparisonType);
    if (value === null || value === undefined) return false;
    const text = String(this);
    return text.length === value.length && compareUnits(text, value, comparisonType) === 0;
  },
};

/** Installs the members on String.prototype (idempotent). Called by installDotnet. */
export function installStringMembers(): void {
  if (Object.hasOwn(String.prototype, "StartsWith")) return;
  for (const [name, value] of Object.entries(MEMBERS))
    Object.defineProperty(String.prototype, name, { value, configurable: true, writable: true });
}
