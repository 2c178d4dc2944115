// Bit operators on C# int and long as the translator prints them and the harness runs them
// (src/translate/expressions/bitwise.ts). C# specification, "Integer logical operators": `&`, `|`
// and `^` are defined on int and on long, so an int operand beside a long one is converted to
// long (sign extended) and the result is a long; "Shift operators": a shift keeps its left
// operand's type and its count must be an int. Each accepted snippet runs in both languages with
// long values beyond 32 bits, where 32-bit arithmetic would give another result.
import { beforeAll, describe, expect, it } from "vitest";
import { describeConformance } from "../../harness/conformance/index.ts";
import {
  createSnippetModule,
  type SnippetModule,
} from "../../harness/conformance/snippet-program.ts";
import { findFunctionAt } from "../../src/translate/inline.ts";
import { translateFunction } from "../../src/translate/translate-function.ts";

describeConformance("bitwise shapes", (t) => {
  // int & long: the int is sign extended, so -1 keeps every bit of the long.
  t.expression("(a: int, b: long) => a & b")
    .withInputs([-1, 2 ** 40 + 5], [6, 3], [2147483647, 2 ** 33 + 2 ** 31])
    .expectCSharp("@(a & b)")
    .expectSameInCSharp();
  // long | int and int ^ long are long too: the high bits survive.
  t.expression("(a: long, b: int) => a | b")
    .withInputs([2 ** 40, 1], [0, -2], [2 ** 45, 2 ** 30])
    .expectCSharp("@(a | b)")
    .expectSameInCSharp();
  t.expression("(a: int, b: long) => a ^ b")
    .withInputs([-1, 2 ** 33], [1, 1], [5, 2 ** 50])
    .expectCSharp("@(a ^ b)")
    .expectSameInCSharp();
  // ~ on a long flips all 64 bits; on an int, 32.
  t.expression("(a: long) => ~a")
    .withInputs([2 ** 40], [-1], [0])
    .expectCSharp("@(~a)")
    .expectSameInCSharp();
  t.expression("(a: int) => ~a | 1")
    .withInputs([2147483647], [-2], [6])
    .expectCSharp("@(~a | 1)")
    .expectSameInCSharp();

  // A shift count must be an int in C#: a long count does not compile, for << and >> alike.
  t.expression("(a: int, n: long) => a >> n").expectDiagnostic(
    "APIM1013",
    "the count of '>>' is a long",
  );
  t.expression("(a: long, n: long) => a << n").expectDiagnostic(
    "APIM1013",
    "the count of '<<' is a long",
  );
  // C# has no bit operators on double.
  t.expression("(d: double) => ~d").expectDiagnostic("APIM1013", "'~' on a double");
  t.expression("(a: int, d: double) => a | d").expectDiagnostic("APIM1013", "'|' on a double");
  // JSON.parse gives `any`: its `.length` has no known C# integer type.
  t.expression("(s: string) => JSON.parse(s).length & 1").expectDiagnostic(
    "APIM1013",
    "'&' on a value whose C# integer type is unknown",
  );
});

// A refused operand is reported once, by what it is: the translator stops there instead of going
// on to report the count of a shift "a long" or the operand's own members.
describe("bitwise refusals: one message per refused operand", () => {
  const sources = ["(a: int, d: double) => a << d", "(s: string) => ~JSON.parse(s).length"];
  let module: SnippetModule;
  beforeAll(() => {
    module = createSnippetModule("bitwise-refusal-messages", "", sources);
  });
  const messages = (index: number): string[] => {
    const node = findFunctionAt(module.program, module.file, module.ranges[index]!.start)!;
    const result = translateFunction(module.program, node, undefined, { parameters: "arguments" });
    return result.diagnostics.map((d) => `${d.code}: ${d.message}`);
  };

  it("a double shift count is a double, not a long", () => {
    expect(messages(0)).toEqual([
      "APIM1013: '<<' on a double: C# defines bit operators on int and long only",
    ]);
  });
  it("~ on a value of unknown integer type is refused before its operand is read", () => {
    expect(messages(1)).toEqual(["APIM1013: '~' on a value whose C# integer type is unknown"]);
  });
});
