// The one rule for a named value's name (src/model/named-value.ts): a policy references a named
// value by its display name, which the management API limits to letters, digits, '.', '-' and
// '_', 1 to 256 characters (azure-rest-api-specs, Microsoft.ApiManagement stable/2022-08-01
// definitions.json, NamedValueContractProperties.displayName: pattern ^[A-Za-z0-9-._]+$,
// maxLength 256).
import { describe, expect, it } from "vitest";
import {
  isNamedValueName,
  namedBoolean,
  namedValue,
  namedValueReference,
  namedValueTokens,
  NAMED_VALUE_NAME_MAX_LENGTH,
} from "../../src/model/named-value.ts";

const longest = "n".repeat(256);
const tooLong = "n".repeat(257);

describe("named value names", () => {
  it("allows letters, digits, '.', '-' and '_', up to 256 characters", () => {
    expect(NAMED_VALUE_NAME_MAX_LENGTH).toBe(256);
    for (const name of ["a", "Z", "0", ".", "-", "_", "Contoso.Header-value_2", longest])
      expect(isNamedValueName(name), name).toBe(true);
    expect(namedValue(longest)).toBe(`{{${longest}}}`);
  });

  it.each([
    ["", "empty"],
    [tooLong, "257 characters"],
    ["a b", "a space"],
    ["a/b", "a slash"],
    ["a:b", "a colon"],
    ["café", "a letter outside A-Z"],
    ["a{b", "a brace"],
  ])("refuses %j (%s) in namedValue() and namedBoolean()", (name) => {
    expect(isNamedValueName(name)).toBe(false);
    const message = `namedValue(): '${name}' is not a valid named value name (1 to 256 letters, digits, '.', '-' or '_')`;
    expect(() => namedValue(name)).toThrow(message);
    expect(() => namedBoolean(name)).toThrow(message);
  });

  it("finds {{name}} tokens only around a valid name", () => {
    const text = `{{a.b}} {{a b}} {{${longest}}} {{${tooLong}}} {{}} {{x_1}}`;
    expect([...text.matchAll(namedValueTokens("g"))].map((m) => m[1])).toEqual([
      "a.b",
      longest,
      "x_1",
    ]);
    expect(namedValueReference(`{{${longest}}}`)).toBe(longest);
    expect(namedValueReference(`{{${tooLong}}}`)).toBeUndefined();
    expect(namedValueReference("{{a}}b")).toBeUndefined();
    expect(namedValueReference("{{ a }}")).toBeUndefined();
  });
});
