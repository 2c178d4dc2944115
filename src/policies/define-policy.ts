// The shape of one policy's single registration: its element, the sections APIM allows it in,
// its XML mapping, its validation rules and its reference page. Every policy module exports one
// definition; src/policies/index.ts lists them, and the statement unions, the XML dispatch, the
// run-time validation, the docs and the harness check all derive from that list.
import type { XmlNode } from "../emit/xml-tree.ts";
import type { ScopeName, SectionName } from "../model/scope.ts";

/** Any statement, as a definition sees its children (the section unions live in model/statement.ts). */
export interface AnyStatement {
  readonly kind: string;
  readonly id?: string;
}

/** Maps a child statement to XML (the dispatch over the list, handed to container policies). */
export type ChildToXml = (child: AnyStatement) => XmlNode;

/**
 * Statements nested in a policy. `inSection`: they run in the enclosing section and obey its
 * rules (choose's branches); otherwise they are the policy's own children (return-response's
 * set-status), checked by their rules but not against the section.
 */
export interface NestedStatements {
  readonly statements: readonly AnyStatement[];
  /** Path segments below the policy, e.g. ["when[1]"]. */
  readonly path: readonly string[];
  readonly inSection: boolean;
}

/** What a policy's `validate` reports problems through. */
export interface PolicyCheck {
  /** One problem with the statement; the message says what APIM refuses and what to write. */
  error(message: string): void;
}

export interface PolicyDefinition<
  S extends AnyStatement = AnyStatement,
  Sec extends SectionName = SectionName,
> {
  /** The statement kind: APIM's element name (`raw-xml` for the escape hatch). */
  readonly element: S["kind"];
  /** The sections APIM allows this policy in (its reference page's "Policy sections"). */
  readonly sections: readonly Sec[];
  /**
   * The scopes APIM allows it at, when its reference page restricts them ("Policy scopes");
   * omitted: every scope. Checked where the scope is known (the harness; the build for
   * `name.<scope>.ts` files).
   */
  readonly scopes?: readonly ScopeName[];
  /**
   * The reference page's "This policy can only be used once in a policy section": a second one
   * among the same list of statements is refused.
   */
  readonly oncePerSection?: boolean;
  /** The builder functions `apim-ts` exports for it (checked by test/policies/policy-list.test.ts). */
  readonly builders: readonly string[];
  /** Microsoft's reference page. */
  readonly reference: string;
  /** One line for the docs. */
  readonly summary: string;
  readonly toXml: (statement: S, childToXml: ChildToXml) => XmlNode;
  /**
   * The rules the types enforce, again at run time (the harness and the build both call it, so
   * a document built around the types, e.g. from JavaScript or with a cast, is refused alike).
   */
  readonly validate?: (statement: S, check: PolicyCheck) => void;
  /** Statements nested in it (choose's branches, return-response's children). */
  readonly nested?: (statement: S) => readonly NestedStatements[];
  /** Type-level only: the statement type (never set at run time). */
  readonly statementType?: S;
}

/**
 * Declares a policy. The statement type is inferred from `toXml`'s parameter annotation and the
 * sections from the array, so the derived unions admit the policy exactly where it is listed.
 * Write the return types of `toXml`, `validate` and `nested` (`: XmlNode`, `: void`,
 * `: readonly NestedStatements[]`): every program that checks a policy document resolves the
 * section unions, hence the type of every definition, and without them TypeScript infers each
 * function's return type from its body, which was 40 % of checking a one-policy module (about
 * 0.3 of 0.8 s per build warm, measured on the 2-core machine).
 */
export function definePolicy<S extends AnyStatement, const Sec extends SectionName>(
  definition: Omit<PolicyDefinition<S, Sec>, "statementType">,
): PolicyDefinition<S, Sec> {
  return definition;
}

/** The statement type of a definition. */
export type StatementOf<D> = D extends { readonly statementType?: infer S }
  ? Exclude<S, undefined>
  : never;

/** The statements of the definitions in `D` that APIM allows in `Section`. */
export type AllowedIn<D, Section extends SectionName> = D extends {
  readonly sections: readonly (infer Sec)[];
  readonly statementType?: infer S;
}
  ? Section extends Sec
    ? Exclude<S, undefined>
    : never
  : never;
