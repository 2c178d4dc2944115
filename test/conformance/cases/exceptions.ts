// Conformance cases: try/catch/finally and throw (src/translate/exceptions.ts). The caught
// exception's .NET type and Message must be the ones C# sees: Message texts come from the .NET
// member that threw (int.Parse: FormatException, OverflowException, ArgumentNullException on
// null) or from `new Exception(text)`, and are compared exactly against mono.
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { one, strings } from "../generators.ts";
import { numberTexts } from "./numbers.ts";

const N = 150;
// Integer texts, texts that are not numbers, texts out of int's range, and null.
const texts = one<string | null>([
  null,
  ...numberTexts(N, 1701),
  ...strings(40, 1702),
  "2147483648",
  "-2147483649",
  "99999999999999999999",
]);

export const exceptionCases: SnippetSpec[] = [
  {
    id: "catch: Exception.Message of a .NET member's exception",
    source:
      '(s: string | null) => { try { return "ok " + int.Parse(s); } catch (e) { if (e instanceof Exception) return "failed: " + e.Message; throw e; } }',
    inputs: texts,
  },
  {
    id: "throw new Exception, caught: Message is the given text",
    source:
      '(s: string) => { try { if (s.length > 3) { throw new Exception("too long: " + s); } return s; } catch (e) { if (e instanceof Exception) return e.Message; throw e; } }',
    inputs: one(strings(N, 1703)),
  },
  {
    id: "throw new Exception, not caught: the expression fails with System.Exception",
    source: '(s: string) => { if (s.length > 3) { throw new Exception("too long"); } return s; }',
    inputs: one(strings(N, 1704)),
  },
  {
    id: "rethrow keeps the caught exception's type",
    source:
      "(s: string | null) => { try { return int.Parse(s); } catch (e) { if (e instanceof Exception && e.Message.length > 1000) return 0; throw e; } }",
    inputs: texts,
  },
  {
    id: "catch without a variable; finally runs after the try or the catch",
    source:
      '(s: string | null) => { let log = "start"; try { log = log + ",parsed " + int.Parse(s); } catch { log = log + ",failed"; } finally { log = log + ",finally"; } return log; }',
    inputs: texts,
  },
  {
    id: "a return in try is evaluated before finally runs",
    source:
      "(s: string | null) => { let n = 0; try { n = int.Parse(s); return n; } catch (e) { n = -1; return n; } finally { n = n + 100; } }",
    inputs: texts,
  },
];
