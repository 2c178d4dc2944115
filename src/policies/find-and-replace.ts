// <find-and-replace from to/>: replaces a substring of the request or response body
// (find-and-replace-policy.md). Both attributes are required and accept policy expressions; `to`
// may be empty ("Specify a zero length replacement string to remove the search string"). All four
// sections: in inbound and backend it acts on the request, in outbound and on-error on the response.
import { isExpressionSlot, type Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, nonEmpty, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface FindAndReplace extends StatementBase<"find-and-replace"> {
  /** The string to search for (not empty). */
  readonly from: Value<string>;
  /** The replacement; "" removes what was found. */
  readonly to: Value<string>;
}

/** `<find-and-replace>`: every `from` in the body of the message in scope becomes `to`. */
export function findAndReplace(
  from: Value<string>,
  to: Value<string>,
  options: CommonOptions = {},
): FindAndReplace {
  return checked(findAndReplacePolicy, { kind: "find-and-replace", from, to, ...options });
}

export const findAndReplacePolicy = definePolicy({
  element: "find-and-replace",
  sections: ["inbound", "backend", "outbound", "on-error"],
  builders: ["findAndReplace"],
  reference: "https://learn.microsoft.com/azure/api-management/find-and-replace-policy",
  summary: "Replaces a string in the request or response body.",
  toXml: (statement: FindAndReplace): XmlNode =>
    element("find-and-replace", {
      id: statement.id,
      from: slot(statement.from),
      to: slot(statement.to),
    }),
  // find-and-replace-policy.md, Attributes: both required; an empty `to` removes the string. An
  // empty `from` has nothing to search for (.NET's String.Replace refuses an empty old value).
  validate: (statement, check): void => {
    if (required(check, statement.from, "find-and-replace from"))
      nonEmpty(check, statement.from, "find-and-replace from");
    const to: unknown = statement.to;
    if (
      required(check, to, "find-and-replace to") &&
      !isExpressionSlot(to) &&
      typeof to !== "string"
    )
      check.error(`find-and-replace to must be a string, got ${String(to)}`);
  },
});
