// What every policy statement shares: a `kind` naming its APIM element and the optional `id`
// attribute that APIM reports as context.LastError.PolicyId.
import type { Value } from "../model/expression.ts";
import type { XmlValue } from "../emit/xml-tree.ts";
import { isExpressionSlot } from "../model/expression.ts";

export interface StatementBase<K extends string> {
  readonly kind: K;
  /** The policy's `id` attribute (reported as context.LastError.PolicyId). */
  readonly id?: string;
}

/** Options every builder accepts. */
export interface CommonOptions {
  /** The policy's `id` attribute (reported as context.LastError.PolicyId). */
  readonly id?: string;
}

/** A literal or expression slot as an XML value; numbers and booleans print as C# spells them. */
export function slot(value: Value<unknown> | undefined): XmlValue | undefined {
  if (value === undefined) return undefined;
  if (isExpressionSlot(value)) return value;
  return String(value);
}
