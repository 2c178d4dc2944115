// string.Format's composite format strings at their edges (src/translate/members/string-format.ts):
// escaped braces, items after other text, multi-digit indexes and alignments, the alignment bound,
// and the refusals' messages (APIM1076). Accepted formats are checked by exact C# and run in both
// languages; the expected text is .NET's, from "Composite formatting"
// (https://learn.microsoft.com/dotnet/standard/base-types/composite-formatting): section "Format
// item syntax" ({index[,alignment][:formatString]}), "Index component", "Alignment component"
// and "Escaping braces".
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("string.Format: composite format edges", (t) => {
  t.declare('const ITEM_FORMAT = "<{0,4}>";');
  // "Escaping braces": "an opening or closing brace is interpreted as a literal brace by
  // specifying two of them", so "{{0}}" is the text "{0}", not an item.
  t.expression('(n: int) => string.Format("{{0}}={0}", n)')
    .withInputs([5], [-12], [0])
    // The printer writes the first brace of "{{" as \u007B (the same string in C#): APIM would
    // otherwise read "{{...}}" as a named value (src/csharp-syntax/printer.ts).
    .expectCSharp('@(string.Format("\\u007B{0}}={0}", n))')
    .expectSameInCSharp();
  t.expression('(s: string) => string.Format("[{0}]}}", s)')
    .withInputs(["a"], [""], ["{x}"])
    .expectCSharp('@(string.Format("[{0}]}}", s))')
    .expectSameInCSharp();

  // "Index component": the index is a number, as many digits as it needs: {10} is the 11th argument.
  t.expression(
    '(n: int) => string.Format("{10}:{0}", n, "b", "c", "d", "e", "f", "g", "h", "i", "j", "k")',
  )
    .withInputs([1], [-40])
    .expectCSharp(
      '@(string.Format("{10}:{0}", n, "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"))',
    )
    .expectSameInCSharp();

  // "Alignment component": "If the value of alignment is less than the length of the formatted
  // string, alignment is ignored"; positive is right-aligned, negative left-aligned; it may have
  // several digits.
  t.expression('(s: string) => string.Format("[{0,5}][{0,12}]", s)')
    .withInputs(["ab"], [""], ["abcdefghijklmn"])
    .expectCSharp('@(string.Format("[{0,5}][{0,12}]", s))')
    .expectSameInCSharp();
  // The widest alignment apim-ts accepts is 1000 (its own bound, below .NET's); 1000 itself is in.
  t.expression('(s: string) => string.Format("{0,1000}|{0,-1000}", s).length')
    .withInputs(["a"], ["x".repeat(1005)])
    .expectCSharp('@(string.Format("{0,1000}|{0,-1000}", s).Length)')
    .expectSameInCSharp();
  t.expression('(s: string) => string.Format("{0,1001}", s)').expectDiagnostic(
    "APIM1076",
    "the alignment of '{0,1001}' is wider than 1000",
  );
  t.expression('(s: string) => string.Format("{0,-1001}", s)').expectDiagnostic(
    "APIM1076",
    "the alignment of '{0,-1001}' is wider than 1000",
  );

  // An index with no argument: .NET throws FormatException ("Index component"); refused when built.
  t.expression('(a: string, b: string) => string.Format("{2}", a, b)').expectDiagnostic(
    "APIM1076",
    "the item '{2}' names argument 2, but there are 2 arguments",
  );

  // Items that are not {index} or {index,alignment}, found after other text: the message quotes
  // the item where it stands, even when a valid item follows it.
  t.expression('(n: int) => string.Format("ab{x}{0}", n)').expectDiagnostic(
    "APIM1076",
    "the item '{x}' is not {index} or {index,alignment} (write '{{' for a brace)",
  );
  // An item never closed ("Format item syntax": an item ends with '}').
  t.expression('(n: int) => string.Format("{0", n)').expectDiagnostic(
    "APIM1076",
    "the item '{0' is not {index} or {index,alignment}",
  );
  // A format specifier after an alignment ({0,-5:N2}) is refused like {0:N2}: its text depends on
  // the culture ("Format string component"), which the gateway does not document.
  t.expression('(n: int) => string.Format("{0,-5:N2}", n)').expectDiagnostic(
    "APIM1076",
    "the item '{0,-5:N2}' has a format specifier",
  );

  // A module constant is a build-time format too (the refusal's hint offers it).
  t.expression("(n: int) => string.Format(ITEM_FORMAT, n)")
    .withInputs([7], [-300])
    .expectCSharp('@(string.Format("<{0,4}>", n))')
    .expectSameInCSharp();

  // A format that is not a build-time string is located at the format argument itself (the
  // underline is exactly the argument's name), not at the whole call.
  t.expression("(formatText: string, n: int) => string.Format(formatText, n)").expectDiagnostic(
    "APIM1076",
    ` ${"~".repeat("formatText".length)}\n  hint: write the format as a string literal`,
  );
});
