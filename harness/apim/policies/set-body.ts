// <set-body>: replaces the body of the message in scope with text; the new body is readable again
// even when an expression consumed the old one (As<T>() without preserveContent).
import type { SetBody } from "../../../src/policies/set-body.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runSetBody: PolicyHandler<SetBody> = (run) => {
  const body = run.text(run.statement.body, "body") ?? "";
  run.frame.target.body.replace(body);
  run.note(`set-body (${body.length} characters)`);
};
