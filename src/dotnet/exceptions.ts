// System.Exception, the one exception type on APIM's allow-list of .NET types ("System.Exception |
// All", api-management-policy-expressions.md, ".NET Framework types allowed in policy
// expressions"). FormatException, OverflowException, ... are not on the list, so an expression can
// catch every exception as `Exception` and read its Message, and throw `new Exception(message)`,
// but it cannot name a more specific type (the translator refuses it, APIM1071).
import { dotnetValue } from "./runtime.ts";

/**
 * System.Exception as a catch clause sees it. TypeScript types a catch variable as `unknown`, so
 * `catch (e) { if (e instanceof Exception) ... e.Message }` narrows it; C#'s `catch (Exception e)`
 * needs no test (the translator writes `e != null`, always true for a caught exception).
 */
export interface Exception {
  /** .NET's Message: the text given to the constructor, or the thrower's own text. */
  readonly Message: string;
}

/** System.Exception's constructor: `throw new Exception("text")`. */
export interface ExceptionStatic {
  new (message: string): Exception;
}

/** System.Exception. */
export const Exception: ExceptionStatic = dotnetValue<ExceptionStatic>("Exception");
