// System.Text.RegularExpressions.Regex.IsMatch. The translator only lets through patterns in the
// subset where .NET and JavaScript agree, so a JavaScript RegExp (no flags: UTF-16 code units,
// as .NET) is faithful for them. Compiled patterns are cached like .NET's Regex cache.
import { ArgumentException, ArgumentNullException } from "./exceptions.ts";

const cache = new Map<string, RegExp>();

/** System.Text.RegularExpressions.Regex statics. */
export const RegexStatics = {
  IsMatch(input: string | null, pattern: string | null): boolean {
    if (input === null || input === undefined) throw new ArgumentNullException("input");
    if (pattern === null || pattern === undefined) throw new ArgumentNullException("pattern");
    let regex = cache.get(pattern);
    if (regex === undefined) {
      try {
        regex = new RegExp(pattern);
      } catch (error) {
        throw new ArgumentException(`parsing "${pattern}" - ${(error as Error).message}`);
      }
      if (cache.size > 256) cache.clear();
      cache.set(pattern, regex);
    }
    return regex.test(input);
  },
};
