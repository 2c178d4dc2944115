// <find-and-replace> (find-and-replace-policy.md): "finds a request or response substring and
// replaces it with a different substring", in the body ("Find and replace string in body"): the
// request's in inbound and backend, the response's in outbound and on-error (the message the
// section works on). Chosen where the page is silent (docs/project-choices.md): every occurrence is
// replaced, compared ordinally (case-sensitive), as .NET's String.Replace(string, string) does; a
// message without a body is left without one. Refused: `from` or `to` giving null, an empty `from`,
// and a body an expression already consumed (As<T>() without preserveContent), which the page
// does not describe.
import type { FindAndReplace } from "../../../src/policies/find-and-replace.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runFindAndReplace: PolicyHandler<FindAndReplace> = (run) => {
  const from = run.text(run.statement.from, "from");
  const to = run.text(run.statement.to, "to");
  if (from === null || from === "" || to === null)
    throw new HarnessRefusal(
      `find-and-replace: from '${String(from)}', to '${String(to)}': the page does not say what APIM does with a null or empty search string or a null replacement`,
    );
  const body = run.frame.target.body;
  if (!body.present) {
    run.note("find-and-replace: the message has no body; nothing to replace");
    return;
  }
  if (body.consumed)
    throw new HarnessRefusal(
      "find-and-replace: the body was already read without preserveContent; the page does not say what APIM replaces then",
    );
  const content = body.content;
  const pieces = content.split(from);
  const count = pieces.length - 1;
  body.replace(pieces.join(to));
  run.note(`find-and-replace '${from}' → '${to}': ${count} occurrence${count === 1 ? "" : "s"}`);
};
