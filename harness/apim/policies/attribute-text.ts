// The text of a policy attribute or element that accepts expressions (check-header, ip-filter,
// cors, trace, proxy, send-request and send-one-way-request): an expression may give null, and
// none of their pages says what APIM does with a null header name, message, value, address,
// method, trace message or metadata value, proxy URL or credential, set-url or set-method, so the
// harness refuses, naming the attribute and the page, rather than invent a value (e.g. the empty
// string).
import type { Value } from "../../../src/model/expression.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyRun } from "../policy-run.ts";

export function attributeText<S extends { readonly kind: string; readonly id?: string }>(
  run: PolicyRun<S>,
  slot: Value<unknown>,
  slotName: string,
): string {
  const text = run.text(slot, slotName);
  if (text === null)
    throw new HarnessRefusal(
      `${run.statement.kind} ${slotName}: the expression gave null; ${run.statement.kind}-policy.md ` +
        "does not say what APIM does then",
    );
  return text;
}
