// <set-body>: replaces the body of the message in scope with text; the new body is readable again
// even when an expression consumed the old one (As<T>() without preserveContent). With
// template="liquid" the text is a Liquid template rendered over the message (liquid-template.ts).
import type { SetBody } from "../../../src/policies/set-body.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import { renderLiquid } from "../liquid-template.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runSetBody: PolicyHandler<SetBody> = (run) => {
  const { statement, frame, execution } = run;
  if (statement.template === "liquid") {
    // set-body-policy.md: inside return-response a template "will receive an empty string as its input".
    const inReturnResponse =
      frame.target !== execution.request && frame.target !== execution.response;
    const rendered = renderLiquid(
      // The template is the literal text (the builder requires a string): `{{...}}` is Liquid
      // output here, so the named-value substitution of other slots does not apply.
      statement.body as string,
      frame.target,
      inReturnResponse,
      run.context,
      execution.request,
      execution.response,
    );
    frame.target.body.replace(rendered);
    run.note(`set-body liquid (${rendered.length} characters)`);
    return;
  }
  const body = run.text(statement.body, "body");
  // The page sets the body "as text"; what APIM does with an expression giving null is not
  // documented (docs/project-choices.md).
  if (body === null)
    throw new HarnessRefusal(
      'set-body: the expression gave null; the reference page does not say what APIM does (return "" for an empty body)',
    );
  frame.target.body.replace(body);
  run.note(`set-body (${body.length} characters)`);
};
