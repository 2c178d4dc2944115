// Where `{{name}}` tokens stand in a policy expression's C#: the kind of literal decides how C#
// reads the text APIM pastes there (src/csharp-syntax/named-value-sites.ts).
import { describe, expect, it } from "vitest";
import { namedValueSites } from "../../src/csharp-syntax/named-value-sites.ts";

const sites = (code: string) => namedValueSites(code).map((s) => [s.name, s.site, s.offset]);

describe("namedValueSites", () => {
  it.each([
    ['@("{{a}}")', [["a", "regular", 3]]],
    ['@(@"{{a}}")', [["a", "verbatim", 4]]],
    ["@({{a}} && true)", [["a", "code", 2]]],
    ["@('{' + \"{{a}}\")", [["a", "regular", 9]]],
    ['@($"x{{a}}")', [["a", "interpolated-text", 5]]],
    ['@($"[{"{{a}}"}]")', [["a", "regular", 7]]],
    [
      '@($@"{"{{a}}"}{@"{{b}}"}")',
      [
        ["a", "regular", 7],
        ["b", "verbatim", 17],
      ],
    ],
    [
      '@($"{({{a}} ? "{{b}}" : $"{"{{c}}"}")}")',
      [
        ["a", "code", 6],
        ["b", "regular", 15],
        ["c", "regular", 28],
      ],
    ],
    [
      '@("a\\"{{b}}" + {{c}})',
      [
        ["b", "regular", 6],
        ["c", "code", 15],
      ],
    ],
    [
      '@(@"a""{{b}}""" + {{c}})',
      [
        ["b", "verbatim", 7],
        ["c", "code", 18],
      ],
    ],
    ["@{ var s = new[] { {{a}} }; return s; }", [["a", "code", 19]]],
    ["@({{{a}}})", []],
    // A name is 1 to 256 letters, digits, '.', '-' or '_' (src/model/named-value.ts).
    [`@("{{${"n".repeat(256)}}}")`, [["n".repeat(256), "regular", 3]]],
    [`@("{{${"n".repeat(257)}}}" + "{{a b}}")`, []],
  ])("%s", (code, expected) => {
    expect(sites(code)).toEqual(expected);
  });
});
