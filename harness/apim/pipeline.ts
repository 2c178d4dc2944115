// APIM's pipeline for one request: inbound, backend, outbound in order; `<base/>` runs the parent
// scope's same section exactly where it stands; return-response ends everything; an error skips
// the rest and runs on-error with context.LastError set, starting from the error's response
// (500 for expression failures, the policy's own status otherwise), which is what the caller
// gets when on-error leaves it alone.
import type { PolicyDocument } from "../../src/model/document.ts";
import type { SectionName, Statement } from "../../src/model/statement.ts";
import { base } from "../../src/policies/base.ts";
import { forwardRequest } from "../../src/policies/forward-request.ts";
import { SCOPES, type ScopePolicies, type ScopeName } from "./gateway-options.ts";
import { HarnessRefusal } from "./harness-refusal.ts";
import { ResponseState } from "./messages.ts";
import {
  defaultErrorBody,
  INTERNAL_SERVER_ERROR,
  type ErrorResponse,
  type Outcome,
} from "./policy-failure.ts";
import type { Execution } from "./execution.ts";
import { runStatements, type Frame, type RunEnvironment } from "./policy-run.ts";
import { isPromiseLike, type MaybePromise } from "./sync-first.ts";

const SECTION_KEYS: Readonly<Record<SectionName, keyof Omit<PolicyDocument, "kind">>> = {
  inbound: "inbound",
  backend: "backend",
  outbound: "outbound",
  "on-error": "onError",
};

// The global scope's defaults on a new instance: forward-request in backend, nothing elsewhere.
const DEFAULT_GLOBAL_BACKEND: readonly Statement[] = [forwardRequest()];
const INHERIT: readonly Statement[] = [base()];
const NOTHING: readonly Statement[] = [];

/** A scope's statements for a section; an unconfigured scope inherits everything (`<base/>`). */
export function scopeSection(
  policies: ScopePolicies,
  scope: ScopeName,
  section: SectionName,
): readonly Statement[] {
  const document = policies[scope];
  if (document) return document[SECTION_KEYS[section]] as readonly Statement[];
  if (scope === "global") return section === "backend" ? DEFAULT_GLOBAL_BACKEND : NOTHING;
  return INHERIT;
}

/** `<base/>`: the next outer scope's same section, with the same target message. */
export function runParentScope(
  policies: ScopePolicies,
  frame: Frame,
  environment: RunEnvironment,
): MaybePromise<Outcome> {
  const parentIndex = SCOPES.indexOf(frame.scope) - 1;
  if (parentIndex < 0)
    throw new HarnessRefusal(
      "<base/> in the global scope: there is no parent scope (APIM rejects it)",
    );
  const parent = SCOPES[parentIndex]!;
  // Unconfigured scopes only pass <base/> on: the log names the scopes that hold policies.
  if (policies[parent] || parent === "global")
    environment.execution.note(frame, `base → ${parent}`);
  return runStatements(
    scopeSection(policies, parent, frame.section),
    { ...frame, scope: parent, path: [] },
    environment,
  );
}

function errorResponse(error: ErrorResponse, message: string, requestId: string): ResponseState {
  const response = new ResponseState(error.status, error.reason, error.headers);
  if (error.body !== null)
    response.body.replace(error.body ?? defaultErrorBody(error.status, message, requestId));
  return response;
}

const MAIN_SECTIONS: readonly SectionName[] = ["inbound", "backend", "outbound"];

function runSection(
  policies: ScopePolicies,
  environment: RunEnvironment,
  name: SectionName,
): MaybePromise<Outcome> {
  const execution = environment.execution;
  const onResponse = name === "outbound" || name === "on-error";
  const frame: Frame = {
    scope: "operation",
    section: name,
    path: [],
    target: onResponse ? execution.response : execution.request,
    targetResponse: onResponse ? execution.response : undefined,
  };
  return runStatements(scopeSection(policies, "operation", name), frame, environment);
}

/**
 * Runs the whole pipeline for the request in `environment.execution`: synchronously unless a
 * statement waits (sync-first.ts), in which case the result is a promise.
 */
export function runPipeline(
  policies: ScopePolicies,
  environment: RunEnvironment,
  requestId: () => string,
  from = 0,
): MaybePromise<void> {
  for (let index = from; index < MAIN_SECTIONS.length; index++) {
    const outcome = runSection(policies, environment, MAIN_SECTIONS[index]!);
    if (isPromiseLike(outcome)) {
      return outcome.then((settled) =>
        settled === "continue"
          ? runPipeline(policies, environment, requestId, index + 1)
          : afterMainSections(policies, environment, requestId, settled),
      );
    }
    if (outcome !== "continue") return afterMainSections(policies, environment, requestId, outcome);
  }
}

/** An outcome that ended inbound/backend/outbound early: return-response, or an error for on-error. */
function afterMainSections(
  policies: ScopePolicies,
  environment: RunEnvironment,
  requestId: () => string,
  outcome: Exclude<Outcome, "continue">,
): MaybePromise<void> {
  if (outcome === "return") return;
  const execution = environment.execution;
  execution.lastError = outcome.error;
  const publicMessage =
    outcome.response === INTERNAL_SERVER_ERROR ? "Internal server error" : outcome.error.Message;
  execution.response = errorResponse(outcome.response, publicMessage, requestId());
  const onError = runSection(policies, environment, "on-error");
  if (isPromiseLike(onError))
    return onError.then((settled) => afterOnError(execution, requestId, settled));
  afterOnError(execution, requestId, onError);
}

function afterOnError(execution: Execution, requestId: () => string, onError: Outcome): void {
  if (typeof onError === "object") {
    // An error inside on-error: APIM gives up with a 500.
    execution.lastError = onError.error;
    execution.response = errorResponse(INTERNAL_SERVER_ERROR, "Internal server error", requestId());
  }
}
