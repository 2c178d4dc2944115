// Which statements each section may hold, derived from the one list of policies
// (src/policies/index.ts): a policy is in a section's union exactly when its definition lists
// that section. The unions are recursive through the containers `choose`, `retry` and
// `limit-concurrency` (and `wait`, which
// no on-error section holds), so one is accepted in a section only when every statement in it is.
import type { Choose } from "../policies/choose.ts";
import type { Retry } from "../policies/retry.ts";
import type { LimitConcurrency } from "../policies/limit-concurrency.ts";
import type { Wait } from "../policies/wait.ts";
import type { AllowedIn, StatementOf } from "../policies/define-policy.ts";
import type { POLICIES } from "../policies/index.ts";
import type { SectionName } from "./scope.ts";

export type { SectionName } from "./scope.ts";

type Definition = (typeof POLICIES)[number];

/** The containers, whose type parameter carries the statements they hold. */
type Container = { readonly kind: "choose" | "retry" | "limit-concurrency" | "wait" };

/** The statements (other than the containers) APIM allows in a section. */
type Plain<Section extends SectionName> = Exclude<AllowedIn<Definition, Section>, Container>;

/** Statements APIM allows in every section (the containers are added per section, below). */
export type CommonStatement = Definition extends infer D
  ? D extends { readonly sections: readonly (infer Sec)[] }
    ? SectionName extends Sec
      ? Exclude<StatementOf<D>, Container>
      : never
    : never
  : never;

export type InboundStatement =
  | Plain<"inbound">
  | Choose<InboundStatement>
  | Retry<InboundStatement>
  | LimitConcurrency<InboundStatement>
  | Wait<InboundStatement>;

export type BackendStatement =
  | Plain<"backend">
  | Choose<BackendStatement>
  | Retry<BackendStatement>
  | LimitConcurrency<BackendStatement>
  | Wait<BackendStatement>;

export type OutboundStatement =
  | Plain<"outbound">
  | Choose<OutboundStatement>
  | Retry<OutboundStatement>
  | LimitConcurrency<OutboundStatement>
  | Wait<OutboundStatement>;

export type OnErrorStatement =
  | Plain<"on-error">
  | Choose<OnErrorStatement>
  | Retry<OnErrorStatement>
  | LimitConcurrency<OnErrorStatement>;

/** Any statement of any section (fragments may be included anywhere). */
export type Statement = InboundStatement | BackendStatement | OutboundStatement | OnErrorStatement;
