// The import direction covers the one list of policies (src/policies/index.ts): every policy but
// the raw-xml escape hatch has an entry in src/import/policy-table.ts, and each entry calls one of
// the builders its definition lists, so a policy added to POLICIES without an import entry fails
// here rather than silently importing as rawXml.
import { describe, expect, it } from "vitest";
import { BUILDER_OF, POLICY_IMPORTS } from "../../src/import/policy-table.ts";
import { POLICIES } from "../../src/policies/index.ts";

describe("import table", () => {
  it.each(POLICIES.filter((p) => p.element !== "raw-xml").map((p) => [p.element, p] as const))(
    "imports <%s> with one of its builders",
    (element, definition) => {
      expect(Object.hasOwn(POLICY_IMPORTS, element)).toBe(true);
      expect(definition.builders).toContain(BUILDER_OF[element]);
    },
  );

  it("has no entry for an element that is not a policy of the list", () => {
    const elements = new Set<string>(POLICIES.map((p) => p.element));
    expect(Object.keys(POLICY_IMPORTS).filter((e) => !elements.has(e))).toEqual([]);
  });
});
