// <include-fragment fragment-id>: inlines a policy fragment (literal id, no expressions).
import { element, type XmlElement } from "../emit/xml-tree.ts";
import type { StatementBase } from "./statement-base.ts";

export interface IncludeFragment extends StatementBase<"include-fragment"> {
  readonly fragmentId: string;
}

/** `<include-fragment fragment-id="..." />`: runs the named fragment's statements here. */
export function includeFragment(fragmentId: string): IncludeFragment {
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(fragmentId)) {
    throw new Error(`includeFragment(): '${fragmentId}' is not a valid fragment id (letters, digits, '_', '-')`);
  }
  return { kind: "include-fragment", fragmentId };
}

export function includeFragmentToXml(statement: IncludeFragment): XmlElement {
  return element("include-fragment", { "fragment-id": statement.fragmentId });
}
