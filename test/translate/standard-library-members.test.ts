// Which JavaScript standard-library member a read or call refers to, and what the user is told
// when it has no mapping (src/translate/members/standard-library.ts). The owner is the lib.*.d.ts
// interface that declares the member: String maps to members/string.ts, Array, ReadonlyArray and
// Uint8Array to members/array.ts; `length` of those reads C#'s Length (String.Length and
// Array.Length, https://learn.microsoft.com/dotnet/api/system.string.length and
// .../system.array.length); anything else is refused with APIM1002 and a hint listing the members
// that are mapped for that owner. The registry MAPPING_TABLES (members/tables.ts) must name the
// same members the translator's hints list, so the member-coverage test checks what users get.
// DateTime.TryParse/ParseExact (members/time.ts) are refused once, by what to write instead.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createSnippetModule,
  type SnippetModule,
} from "../../harness/conformance/snippet-program.ts";
import { cs } from "../../src/csharp-syntax/syntax.ts";
import { printPolicyExpression } from "../../src/csharp-syntax/printer.ts";
import { findFunctionAt } from "../../src/translate/inline.ts";
import type { StringMethod } from "../../src/translate/members/string.ts";
import { MAPPING_TABLES } from "../../src/translate/members/tables.ts";
import {
  translateFunction,
  type TranslateOptions,
} from "../../src/translate/translate-function.ts";

const STRING_HINT =
  "length, startsWith, endsWith, includes, indexOf, toLowerCase, toUpperCase, trim, trimStart, trimEnd, replaceAll, replace, split, substring";
const ARRAY_HINT = "length, some, every, find, filter, map, includes, join";
const GENERAL_READ_HINT = "use the .NET members apim-ts declares (docs/translation.md lists them)";
const GENERAL_CALL_HINT = "use the .NET members apim-ts declares";

/** A parameter type whose members lib.*.d.ts declares on each registered owner. */
const PARAMETER_OF_OWNER: Readonly<Record<string, string>> = {
  String: "string",
  Array: "string[]",
  ReadonlyArray: "readonly string[]",
  Uint8Array: "Uint8Array",
};

const sources: string[] = [
  // length: String, Array, ReadonlyArray, Uint8Array read C#'s Length.
  "(s: string) => s.length",
  "(a: string[]) => a.length",
  "(a: readonly string[]) => a.length",
  "(b: Uint8Array) => b.length",
  '(s: string) => s.split(",").length',
  // ?.length would be an int? in C#.
  "(s: string | null) => s?.length",
  "(a: string[] | null) => a?.length",
  // length of other standard-library interfaces has no C# Length to read.
  "(a: ArrayLike<string>) => a.length",
  "(a: Int32Array) => a.length",
  // Other reads: the hint lists what the owner's table maps.
  "(s: string) => s.trim",
  "(a: string[]) => a.join",
  "(b: Uint8Array) => b.byteLength",
  "(s: string) => s.constructor",
  // Calls.
  '(s: string) => s.startsWith("a")',
  '(a: string[]) => a.includes("x")',
  "(b: Uint8Array) => b.includes(1)",
  '(s: string) => s.localeCompare("a")',
  "(a: string[]) => a.reverse()",
  '(a: string[]) => a.indexOf("x")',
  "(b: Uint8Array) => b.subarray(1)",
  "(a: Int32Array) => a.includes(1)",
  "(n: int) => n.toFixed(2)",
  '(s: string) => s.includes("a")',
  // DateTime statics APIM leaves out.
  "(s: string) => { const [ok, d] = DateTime.TryParse(s); return ok ? d.Ticks : 0; }",
  '(s: string) => DateTime.ParseExact(s, "yyyy", null)',
  "(s: string) => DateTime.TryParse(s)",
  // Tables: a member no table maps, read on each owner.
  ...Object.values(PARAMETER_OF_OWNER).map((type) => `(v: ${type}) => v.slice`),
  '(s: string) => s.replace("a", "b")',
];

let module: SnippetModule;
beforeAll(() => {
  module = createSnippetModule("standard-library-members", "", sources);
});

function translate(source: string, options: Omit<TranslateOptions, "parameters"> = {}) {
  const index = sources.indexOf(source);
  expect(index, `${source} is listed in sources`).toBeGreaterThanOrEqual(0);
  const node = findFunctionAt(module.program, module.file, module.ranges[index]!.start)!;
  const result = translateFunction(module.program, node, undefined, {
    ...options,
    parameters: "arguments",
  });
  return {
    csharp: result.expression && printPolicyExpression(result.expression),
    diagnostics: result.diagnostics.map((d) => [d.code, d.message, d.hint]),
  };
}

function refusedWith(source: string, code: string, message: string, hint: string): void {
  expect(translate(source)).toEqual({ csharp: undefined, diagnostics: [[code, message, hint]] });
}

describe("standard-library member reads", () => {
  it.each([
    ["(s: string) => s.length", "@(s.Length)"],
    ["(a: string[]) => a.length", "@(a.Length)"],
    ["(a: readonly string[]) => a.length", "@(a.Length)"],
    ["(b: Uint8Array) => b.length", "@(b.Length)"],
  ])("%s reads C#'s Length", (source, csharp) => {
    expect(translate(source)).toEqual({ csharp, diagnostics: [] });
  });

  it.each(["(s: string | null) => s?.length", "(a: string[] | null) => a?.length"])(
    "%s is refused: ?.Length is an int? in C#",
    (source) => {
      refusedWith(
        source,
        "APIM1015",
        "'?.length' gives a nullable int in C#",
        "test for null first",
      );
    },
  );

  it.each([
    ["(a: ArrayLike<string>) => a.length", "ArrayLike"],
    ["(a: Int32Array) => a.length", "Int32Array"],
  ])("%s is refused: %s has no mapped length", (source, owner) => {
    refusedWith(
      source,
      "APIM1002",
      `'${owner}.length' has no exact C# equivalent in a policy expression`,
      GENERAL_READ_HINT,
    );
  });

  it.each([
    ["(s: string) => s.trim", "String.trim", `supported string members: ${STRING_HINT}`],
    ["(a: string[]) => a.join", "Array.join", `supported array members: ${ARRAY_HINT}`],
    [
      "(b: Uint8Array) => b.byteLength",
      "Uint8Array.byteLength",
      `supported array members: ${ARRAY_HINT}`,
    ],
    ["(s: string) => s.constructor", "Object.constructor", GENERAL_READ_HINT],
  ])("%s is refused, naming %s and what is mapped", (source, member, hint) => {
    refusedWith(
      source,
      "APIM1002",
      `'${member}' has no exact C# equivalent in a policy expression`,
      hint,
    );
  });
});

describe("standard-library member calls", () => {
  it.each([
    ['(a: string[]) => a.includes("x")', '@(a.Contains("x"))'],
    ["(b: Uint8Array) => b.includes(1)", "@(b.Contains(1))"],
  ])("%s maps through the array table", (source, csharp) => {
    const result = translate(source);
    expect(result.diagnostics).toEqual([]);
    expect(result.csharp).toBe(csharp);
  });

  it.each([
    ['(s: string) => s.localeCompare("a")', "String", `supported: ${STRING_HINT.slice(8)}`],
    ["(a: string[]) => a.reverse()", "Array", `supported: ${ARRAY_HINT.slice(8)}`],
    // indexOf is mapped for strings only: an array's is not taken from the string table.
    ['(a: string[]) => a.indexOf("x")', "Array", `supported: ${ARRAY_HINT.slice(8)}`],
    ["(b: Uint8Array) => b.subarray(1)", "Uint8Array", `supported: ${ARRAY_HINT.slice(8)}`],
    // includes is mapped for String, Array, ReadonlyArray and Uint8Array only.
    ["(a: Int32Array) => a.includes(1)", "Int32Array", GENERAL_CALL_HINT],
    ["(n: int) => n.toFixed(2)", "Number", GENERAL_CALL_HINT],
  ])("%s is refused with the %s owner's mapped members", (source, owner, hint) => {
    const name = source.match(/\.(\w+)\(/)![1];
    refusedWith(
      source,
      "APIM1002",
      `'${owner}.prototype.${name}' has no exact C# equivalent in a policy expression`,
      hint,
    );
  });

  // The test-only seam (TranslateOptions.stringMethods) replaces string mappings only.
  const marker: StringMethod = (c) => cs.method(c.target, "Marked", []);
  it("a string mapping given through the seam replaces the shipped one, for strings only", () => {
    const options = { stringMethods: { includes: marker } };
    expect(translate('(s: string) => s.includes("a")', options).csharp).toBe("@(s.Marked())");
    expect(translate('(a: string[]) => a.includes("x")', options).csharp).not.toContain("Marked");
    expect(translate('(s: string) => s.includes("a")').csharp).not.toContain("Marked");
  });
});

describe("DateTime statics outside APIM's allow-list", () => {
  it("TryParse in a destructuring is refused once, naming DateTimeOffset.TryParse", () => {
    refusedWith(
      "(s: string) => { const [ok, d] = DateTime.TryParse(s); return ok ? d.Ticks : 0; }",
      "APIM1041",
      "DateTime.TryParse is not on APIM's allow-list (DateTime's members are listed one by one; DateTimeOffset's are all allowed)",
      "write const [ok, value] = DateTimeOffset.TryParse(s), then value.UtcDateTime",
    );
  });
  it.each([
    [
      '(s: string) => DateTime.ParseExact(s, "yyyy", null)',
      "ParseExact",
      "write DateTimeOffset.ParseExact(s, format, null), then .UtcDateTime or .DateTime",
    ],
    [
      "(s: string) => DateTime.TryParse(s)",
      "TryParse",
      "write const [ok, value] = DateTimeOffset.TryParse(s), then value.UtcDateTime",
    ],
  ])("%s is refused once, before the call is translated", (source, name, hint) => {
    refusedWith(
      source,
      "APIM1041",
      `DateTime.${name} is not on APIM's allow-list (DateTime's members are listed one by one; DateTimeOffset's are all allowed)`,
      hint,
    );
  });
});

// MAPPING_TABLES is what test/conformance/coverage.test.ts walks: it must list every owner the
// translator maps, under the name and with the members its hints give the user.
describe("the mapping-table registry matches the translator", () => {
  it.each(Object.entries(PARAMETER_OF_OWNER))(
    "%s's members are registered under the name and list the translator's hint gives",
    (owner, type) => {
      const table = MAPPING_TABLES.find((t) => t.owners.includes(owner));
      expect(table, `a mapping table for ${owner}`).toBeDefined();
      refusedWith(
        `(v: ${type}) => v.slice`,
        "APIM1002",
        `'${owner}.slice' has no exact C# equivalent in a policy expression`,
        `supported ${table!.name} members: ${table!.members.join(", ")}`,
      );
    },
  );

  it("every registered owner is one the translator maps", () => {
    const owners = MAPPING_TABLES.flatMap((t) => t.owners);
    expect([...owners].sort()).toEqual(Object.keys(PARAMETER_OF_OWNER).sort());
  });

  it("a member a table marks refused is in that table and the translator refuses it", () => {
    const string = MAPPING_TABLES.find((t) => t.owners.includes("String"))!;
    expect(string.refused).toEqual(["replace"]);
    for (const member of string.refused!) expect(string.members).toContain(member);
    const result = translate('(s: string) => s.replace("a", "b")');
    expect(result.csharp).toBeUndefined();
    expect(result.diagnostics.map((d) => d[2])).toEqual(["use 'replaceAll'"]);
  });
});
