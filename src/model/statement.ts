// Which statements each section may hold, derived from the one list of policies
// (src/policies/index.ts): a policy is in a section's union exactly when its definition lists
// that section. The unions are recursive through `choose`, so a `choose` is accepted in a
// section only when every statement in its branches is.
import type { Choose } from "../policies/choose.ts";
import type { AllowedIn, StatementOf } from "../policies/define-policy.ts";
import type { POLICIES } from "../policies/index.ts";
import type { SectionName } from "./scope.ts";

export type { SectionName } from "./scope.ts";

type Definition = (typeof POLICIES)[number];

/** The statements (other than choose) APIM allows in a section. */
type Plain<Section extends SectionName> = Exclude<
  AllowedIn<Definition, Section>,
  { readonly kind: "choose" }
>;

/** Statements APIM allows in every section (choose is added per section, see below). */
export type CommonStatement = Definition extends infer D
  ? D extends { readonly sections: readonly (infer Sec)[] }
    ? SectionName extends Sec
      ? Exclude<StatementOf<D>, { readonly kind: "choose" }>
      : never
    : never
  : never;

export type InboundStatement = Plain<"inbound"> | Choose<InboundStatement>;

export type BackendStatement = Plain<"backend"> | Choose<BackendStatement>;

export type OutboundStatement = Plain<"outbound"> | Choose<OutboundStatement>;

export type OnErrorStatement = Plain<"on-error"> | Choose<OnErrorStatement>;

/** Any statement of any section (fragments may be included anywhere). */
export type Statement = InboundStatement | BackendStatement | OutboundStatement | OnErrorStatement;
