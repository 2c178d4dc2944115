// Named-value substitution and the position map back to the author's text.
import { describe, expect, it } from "vitest";
import { substituteNamedValues } from "../../harness/crosscheck/named-values.ts";

describe("substituteNamedValues", () => {
  it("substitutes as text, also inside string literals", () => {
    const result = substituteNamedValues('@("{{greeting}}" + {{count}})', {
      greeting: "hello",
      count: "2",
    });
    expect(result.text).toBe('@("hello" + 2)');
    expect(result.unknown).toEqual([]);
  });

  it("reports unknown names at their position", () => {
    const result = substituteNamedValues("@(\n  {{missing}})", {});
    expect(result.unknown).toEqual([{ name: "missing", position: { line: 2, column: 3 } }]);
  });

  it("maps positions after a value of another length back to the author's text", () => {
    const code = '@({{long-name}} + "x".Foo)';
    const result = substituteNamedValues(code, { "long-name": "1" });
    expect(result.text).toBe('@(1 + "x".Foo)');
    const foo = result.text.indexOf("Foo");
    expect(result.toOriginal({ line: 1, column: foo + 1 })).toEqual({
      line: 1,
      column: code.indexOf("Foo") + 1,
    });
    // Inside the substituted value: the start of its `{{`.
    expect(result.toOriginal({ line: 1, column: 3 })).toEqual({ line: 1, column: 3 });
  });

  // A name is 1 to 256 letters, digits, '.', '-' or '_' (src/model/named-value.ts, from the
  // management API's NamedValueContractProperties.displayName): other `{{...}}` text is no reference.
  it("substitutes names of up to 256 characters and leaves other braces as written", () => {
    const longest = "n".repeat(256);
    const tooLong = "n".repeat(257);
    const code = `@("{{${longest}}}" + "{{${tooLong}}}" + "{{a b}}")`;
    const result = substituteNamedValues(code, { [longest]: "x", [tooLong]: "y", "a b": "z" });
    expect(result.text).toBe(`@("x" + "{{${tooLong}}}" + "{{a b}}")`);
    expect(result.unknown).toEqual([]);
  });

  it("maps across a value that spans lines", () => {
    const code = "@({{v}} + y)";
    const result = substituteNamedValues(code, { v: "(1 +\n 2)" });
    expect(result.toOriginal({ line: 2, column: 7 })).toEqual({ line: 1, column: 11 });
  });
});
