// docs/translation.md's mapping table, operator and statement rows: each row's exact C# and the same
// outcome in JavaScript and C# for inputs at the edges (null, "", non-ASCII, large ints).
import { describeConformance } from "../../harness/conformance/index.ts";

const strings = [[""], ["a"], ["A"], ["é"], ["\u{1F600}"], [" a "]];
const pairs = [
  ["", ""],
  ["a", "a"],
  ["a", "A"],
  ["é", "e\u0301"],
  ["\u{1F600}", "\u{1F600}"],
  ["ß", "ss"],
];

describeConformance("mapping: operators and statements", (t) => {
  // a === b, a !== b on strings, numbers, booleans
  t.expression("(a: string, b: string) => a === b")
    .withInputs(...pairs)
    .expectCSharp("@(a == b)")
    .expectSameInCSharp();
  t.expression("(a: string, b: string) => a !== b")
    .withInputs(...pairs)
    .expectCSharp("@(a != b)")
    .expectSameInCSharp();
  t.expression("(a: int, b: int) => a === b")
    .withInputs([1, 1], [1, 2], [-2147483648, -2147483648])
    .expectCSharp("@(a == b)")
    .expectSameInCSharp();
  t.expression("(a: double, b: double) => a !== b")
    .withInputs([0.1, 0.1], [0.5, 0.25], [1e300, 1e300])
    .expectCSharp("@(a != b)")
    .expectSameInCSharp();
  t.expression("(a: boolean, b: boolean) => a === b")
    .withInputs([true, true], [true, false])
    .expectCSharp("@(a == b)")
    .expectSameInCSharp();

  // x == null, x != null, x === undefined
  t.expression("(x: string | null) => x == null")
    .withInputs([null], [""], ["a"])
    .expectCSharp("@(x == null)")
    .expectSameInCSharp();
  t.expression("(x: string | null) => x != null")
    .withInputs([null], [""], ["a"])
    .expectCSharp("@(x != null)")
    .expectSameInCSharp();
  t.expression("(x: string | undefined) => x === undefined")
    .withInputs([undefined], [""])
    .expectCSharp("@(x == null)")
    .expectSameInCSharp();
  t.expression("(x: string | null) => x === null")
    .withInputs([null], [""])
    .expectCSharp("@(x == null)")
    .expectSameInCSharp();
  // JavaScript's null !== undefined; C# has one null: strict tests against the other nullish are refused.
  t.expression("(x: string | null) => x === undefined").expectDiagnostic(
    "APIM1001",
    "write '== null'",
  );
  t.expression(
    "(context: Context) => context.Request.Certificate?.Thumbprint !== null",
  ).expectDiagnostic("APIM1001", "write '!= null'");

  // template literals, with { } " in the text
  t.expression('(reason: string) => `failed: {${reason}} "quoted"`')
    .withInputs(...strings, ["{0}"], ['"'])
    .expectCSharp('@($"failed: {"{"}{reason}{"}"} \\"quoted\\"")')
    .expectSameInCSharp();
  t.expression("(n: int, ok: boolean) => `${n}/${ok}`")
    .withInputs([0, true], [-7, false], [2147483647, true])
    .expectCSharp('@($"{n}/{(ok ? "true" : "false")}")')
    .expectSameInCSharp();

  // + concatenation with ints, / on ints, arithmetic
  t.expression("(s: string, n: int) => s + n")
    .withInputs(["a", 1], ["", -2147483648])
    .expectCSharp("@(s + n)")
    .expectSameInCSharp();
  t.expression("(a: int, b: int) => a / b")
    .withInputs([7, 2], [-7, 2], [1, 3], [0, 5])
    .expectCSharp("@((double)a / b)")
    .expectSameInCSharp();
  t.expression("(a: int, b: int) => a - b * 2 + (a - b)")
    .withInputs([7, 2], [-7, 3])
    .expectSameInCSharp();
  t.expression("(a: int, b: int) => a % b")
    .withInputs([7, 2], [-7, 2], [5, 0], [-2147483648, -1])
    .expectCSharp("@(a % b)")
    .expectSameInCSharp();
  // int and long arithmetic wraps (unchecked), as the harness does (docs/translation.md)
  t.expression("(a: int, b: int) => a + b * 2")
    .withInputs([2147483647, 1], [-2147483648, -1], [1073741824, 1])
    .expectCSharp("@(a + b * 2)")
    .expectSameInCSharp();
  t.expression("(a: long, b: int) => -a * b")
    .withInputs([9007199254740991, 2], [-9007199254740991, 1025], [2 ** 40, 2 ** 30])
    .expectCSharp("@(-a * b)")
    .expectSameInCSharp();
  t.expression("(a: int) => a * 3000000000")
    .withInputs([3], [-2147483648])
    .expectCSharp("@(a * 3000000000L)")
    .expectSameInCSharp();
  // Bit operators: C#'s precedence, 32 bits for int, 64 for long, masked shift counts
  t.expression("(a: int, b: int) => (a << b | a >> 1) & ~b ^ 0xF0")
    .withInputs([1, 31], [-1, 33], [2147483647, -1])
    .expectCSharp("@((a << b | a >> 1) & ~b ^ 0xF0)")
    .expectSameInCSharp();
  t.expression("(a: long, n: int) => (a << n) + (a >> n)")
    .withInputs([1, 40], [-(2 ** 52), 12], [2 ** 33, 65])
    .expectCSharp("@((a << n) + (a >> n))")
    .expectSameInCSharp();

  // ?? and ?.
  t.expression('(x: string | null) => x ?? "default"')
    .withInputs([null], [""], ["x"])
    .expectCSharp('@(x ?? "default")')
    .expectSameInCSharp();
  t.expression('(context: Context) => context.Request.Certificate?.Thumbprint ?? "none"')
    .withContexts({ now: "2030-01-01T00:00:00Z" })
    .expectCSharp('@(context.Request.Certificate?.Thumbprint ?? "none")')
    .expectSameInCSharp();

  // logical operators and conditionals on booleans
  t.expression("(a: boolean, b: boolean) => !a || (a && b) ? 1 : 2")
    .withInputs([true, true], [true, false], [false, false])
    .expectSameInCSharp();

  // if/return in a block; const → var
  t.expression(
    `(s: string) => {
    const t = s.trim();
    if (t === "") return "empty";
    return t;
  }`,
  )
    .withInputs([""], [" x "], ["\u00A0"])
    .expectCSharp(
      '@{\n    var t = s.Trim("\\t\\n\\u000B\\u000C\\r \\u00A0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF".ToCharArray());\n    if (t == "")\n    {\n        return "empty";\n    }\n    return t;\n}',
    )
    .expectSameInCSharp();
  t.expression(
    `(n: int) => {
    let total = 0;
    if (n > 10) {
      total = n;
    } else {
      total = -n;
    }
    return total;
  }`,
  )
    .withInputs([11], [3])
    .expectSameInCSharp();
  t.expression(
    `(items: string[]) => {
    let count = 0;
    for (const item of items) {
      if (item.startsWith("x")) count = count + 1;
    }
    return count;
  }`,
  )
    .withInputs([[]], [["x", "y", "xx"]])
    .expectSameInCSharp();

  // comparisons on numbers and DateTime
  t.expression("(a: int, b: int) => a < b && a <= b && b > a && b >= a")
    .withInputs([1, 2], [2, 1], [2, 2])
    .expectSameInCSharp();
  t.expression("(context: Context) => context.Timestamp > DateTime.UtcNow.AddDays(-1)")
    .withContexts(
      { now: "2030-01-01T00:00:00Z" },
      { now: "2030-01-01T00:00:00Z", timestamp: "2029-12-30T00:00:00Z" },
    )
    .expectCSharp("@(context.Timestamp > DateTime.UtcNow.AddDays(-1))")
    .expectSameInCSharp();
  t.expression("(context: Context) => context.Timestamp.CompareTo(DateTime.UtcNow) > 0")
    .withContexts(
      { now: "2030-01-01T00:00:00Z", timestamp: "2030-01-01T00:00:01Z" },
      { now: "2030-01-01T00:00:00Z" },
    )
    .expectSameInCSharp();
});
