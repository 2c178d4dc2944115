// <set-method>: the request continues with the given HTTP method; context.Request.Method and the
// backend see it (set-method-policy.md). In on-error, where the page also allows it, it changes
// context.Request.Method for the policies after it. A value that is not an HTTP token (null, empty,
// "GE T") is something the page does not describe: the harness refuses it rather than guess.
import { HTTP_METHOD_TOKEN, type SetMethod } from "../../../src/policies/set-method.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runSetMethod: PolicyHandler<SetMethod> = (run) => {
  const method = run.text(run.statement.method, "value");
  if (method === null || !HTTP_METHOD_TOKEN.test(method)) {
    throw new HarnessRefusal(
      `set-method: '${String(method)}' is not an HTTP method; Microsoft's reference page does not say what APIM does with it`,
    );
  }
  const previous = run.execution.request.method;
  run.execution.request.method = method;
  run.note(`set-method ${previous} → ${method}`);
};
