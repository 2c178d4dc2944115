// The gateway's answer to a CORS preflight (cors-policy.md). "Only the cors policy is evaluated on
// the OPTIONS request during preflight. Remaining configured policies are evaluated on the
// approved request" (Usage notes): so a preflight runs no pipeline, only the cors policies that
// are direct children of the effective inbound section (each scope's inbound, `<base/>` expanded
// in place), in order. The first that matches answers; an unmatched one with
// terminate-unmatched-request true ends with an empty 200 OK, with false hands over to the next
// cors; none left: an empty 200 OK (Attributes, terminate-unmatched-request). An API operation
// whose method is OPTIONS takes the request instead ("such operations can be used to implement
// custom preflight processing logic", 'cors policy scenarios'): the pipeline then runs as usual.
import type { Statement } from "../../src/model/statement.ts";
import type { Cors } from "../../src/policies/cors.ts";
import { SCOPES, type ScopeName, type ScopePolicies } from "./gateway-options.ts";
import { HarnessRefusal } from "./harness-refusal.ts";
import { ResponseState } from "./messages.ts";
import { scopeSection } from "./pipeline.ts";
import { PolicyFailure } from "./policy-failure.ts";
import { preflightAnswer } from "./policies/cors.ts";
import { PolicyRun, type RunEnvironment } from "./policy-run.ts";

interface Placed {
  readonly statement: Cors;
  readonly scope: ScopeName;
}

/** Whether a statement holds a cors below it (in choose branches or a fragment). */
function holdsCors(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsCors);
  if (value === null || typeof value !== "object") return false;
  if ((value as { kind?: unknown }).kind === "cors") return true;
  return Object.values(value).some(holdsCors);
}

/** The cors policies that are direct children of the effective inbound, outermost `<base/>` first. */
function effectiveCors(
  policies: ScopePolicies,
  scope: ScopeName,
  environment: RunEnvironment,
): Placed[] {
  const placed: Placed[] = [];
  for (const statement of scopeSection(policies, scope, "inbound") as readonly Statement[]) {
    if (statement.kind === "cors") placed.push({ statement, scope });
    else if (statement.kind === "base") {
      const parent = SCOPES[SCOPES.indexOf(scope) - 1];
      if (parent) placed.push(...effectiveCors(policies, parent, environment));
    } else if (
      holdsCors(statement) ||
      (statement.kind === "include-fragment" &&
        holdsCors(environment.gateway.fragment(statement.fragmentId)))
    ) {
      throw new HarnessRefusal(
        `cors inside <${statement.kind}> at the ${scope} scope: cors-policy.md only says how cors ` +
          "policies that are direct children of inbound answer a preflight",
      );
    }
  }
  return placed;
}

/** Whether the request is a CORS preflight: OPTIONS with Origin and Access-Control-Request-Method. */
export function isPreflight(environment: RunEnvironment, operationMethod: string): boolean {
  const request = environment.execution.request;
  return (
    request.method === "OPTIONS" &&
    operationMethod.toUpperCase() !== "OPTIONS" &&
    request.headers.has("Origin") &&
    request.headers.has("Access-Control-Request-Method")
  );
}

/**
 * Answers a preflight from the cors policies; false when there are none (the request then goes
 * through the pipeline like any other).
 */
export function answerPreflight(policies: ScopePolicies, environment: RunEnvironment): boolean {
  const placed = effectiveCors(policies, "operation", environment);
  if (placed.length === 0) return false;
  const execution = environment.execution;
  for (const { statement, scope } of placed) {
    const frame = {
      scope,
      section: "inbound" as const,
      path: [],
      target: execution.request,
    };
    execution.currentLocation = frame;
    let answer;
    try {
      answer = preflightAnswer(new PolicyRun(statement, frame, "cors[1]", environment));
    } catch (error) {
      if (error instanceof PolicyFailure)
        throw new HarnessRefusal(
          `cors at the ${scope} scope failed on a preflight (${error.reason}: ${error.message}); ` +
            "cors-policy.md does not say what APIM answers then",
        );
      throw error;
    }
    if (answer.matched) {
      execution.note(frame, "cors: preflight allowed");
      execution.response = answer.response;
      return true;
    }
    execution.note(frame, `cors: preflight not allowed (${answer.why})`);
    if (answer.terminate) break;
  }
  execution.note({ scope: "operation", section: "inbound", path: [] }, "cors: empty 200 OK");
  execution.response = new ResponseState(200);
  return true;
}
