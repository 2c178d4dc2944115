// <include-fragment fragment-id>: inlines a policy fragment (literal id, no expressions).
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, literalOnly } from "./rules.ts";
import type { StatementBase } from "./statement-base.ts";

const FRAGMENT_ID = /^[A-Za-z0-9_-]{1,80}$/;

export interface IncludeFragment extends StatementBase<"include-fragment"> {
  readonly fragmentId: string;
}

/** `<include-fragment fragment-id="..." />`: runs the named fragment's statements here. */
export function includeFragment(fragmentId: string): IncludeFragment {
  return checked(includeFragmentPolicy, { kind: "include-fragment", fragmentId });
}

export const includeFragmentPolicy = definePolicy({
  element: "include-fragment",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["includeFragment"],
  reference: "https://learn.microsoft.com/azure/api-management/include-fragment-policy",
  summary: "Runs a policy fragment's statements in place.",
  toXml: (statement: IncludeFragment): XmlNode =>
    element("include-fragment", { "fragment-id": statement.fragmentId }),
  // include-fragment-policy.md, Attributes: `fragment-id` is required and takes no policy
  // expression; fragment ids are letters, digits, '_' and '-' (the portal's rule, at most 80).
  validate: (statement, check): void => {
    if (
      literalOnly(check, statement.fragmentId, "include-fragment fragment-id") &&
      !FRAGMENT_ID.test(String(statement.fragmentId))
    )
      check.error(
        `include-fragment fragment-id '${String(statement.fragmentId)}' is not a valid fragment id (letters, digits, '_', '-')`,
      );
  },
});
