// Runs statements: one handler per statement kind (policies/index.ts), container paths for
// LastError.Path, the message set-header/set-body act on, literal vs expression slots with
// named-value substitution, and the boundary where a PolicyFailure becomes an error outcome.
// LastError.Path (chosen; Microsoft documents only examples like `choose\otherwise\choose[3]\when[2]`):
// the containers from the section down to the failing policy, each with its 1-based index among
// same-named siblings, `otherwise` unindexed, the failing policy itself left out (Source names it);
// a `when` condition that throws fails its choose at `choose[n]\when[k]`; fragments are transparent.
import type { Context } from "../../src/context/context.ts";
import { isExpressionSlot, type Value } from "../../src/model/expression.ts";
import { isNamedValueName, NAMED_VALUE_NAME_RULE } from "../../src/model/named-value.ts";
import type { Statement } from "../../src/model/statement.ts";
import { typeValue, toCSharpString, type TypedValue } from "./csharp-values.ts";
import type { Execution } from "./execution.ts";
import { evaluateExpression } from "./expression-evaluator.ts";
import type { GatewayRuntime } from "./gateway-runtime.ts";
import { HarnessRefusal } from "./harness-refusal.ts";
import type { Message, ResponseState } from "./messages.ts";
import { PolicyFailure, type ErrorResponse, type Outcome } from "./policy-failure.ts";
import { pathText, type Location } from "./records.ts";
import { isPromiseLike, type MaybePromise } from "./sync-first.ts";

/** Where statements run: scope, section, container path and the message they shape. */
export interface Frame extends Location {
  /** What set-header and set-body change here (request, response, a returned or outgoing message). */
  readonly target: Message;
  /** Set when the target is a response (set-status acts on it). */
  readonly targetResponse?: ResponseState;
}

/** Runs the parent scope's same section (what `<base/>` does); supplied by the pipeline. */
export type RunBase = (frame: Frame) => MaybePromise<Outcome>;

/** The shared pieces every statement run needs. */
export interface RunEnvironment {
  readonly gateway: GatewayRuntime;
  readonly execution: Execution;
  readonly context: Context;
  readonly runBase: RunBase;
}

/** A policy handler: the semantics of one statement kind (synchronous unless it must wait). */
export type PolicyHandler<S extends { readonly kind: string; readonly id?: string }> = (
  run: PolicyRun<S>,
) => Outcome | void | PromiseLike<Outcome | void>;

// Every `{{...}}` of a literal: a valid name is a named value reference; any other text there
// names none (src/model/named-value.ts), and the docs do not say what APIM does with it.
const BRACED = /\{\{([^{}]+)\}\}/g;

/** One statement being run, with the helpers its handler uses. */
export class PolicyRun<S extends { readonly kind: string; readonly id?: string }> {
  constructor(
    readonly statement: S,
    readonly frame: Frame,
    /** This statement's path element, e.g. `choose[2]`. */
    readonly segment: string,
    readonly environment: RunEnvironment,
  ) {}

  get gateway(): GatewayRuntime {
    return this.environment.gateway;
  }

  get execution(): Execution {
    return this.environment.execution;
  }

  get context(): Context {
    return this.environment.context;
  }

  /** A slot's value: a literal (strings with `{{named values}}` substituted) or an expression's result. */
  value(slot: Value<unknown>, slotName: string, pathSuffix: readonly string[] = []): unknown {
    return this.evaluate(slot, slotName, pathSuffix).value;
  }

  /** A slot's value with its C# type (set-variable stores it so). */
  typed(slot: Value<unknown>, slotName: string): TypedValue {
    // A literal is attribute text: value="20" (or a TypeScript 20 / true) is the string "20" / "true".
    if (!isExpressionSlot(slot))
      return { type: "string", value: String(this.literal(slot, slotName)) };
    const evaluated = this.evaluate(slot, slotName, []);
    return typeValue(evaluated.value, evaluated.resultType, `${this.statement.kind} ${slotName}`);
  }

  /** A slot as attribute text (an expression's value as C#'s ToString() prints it); null for null. */
  text(slot: Value<unknown>, slotName: string): string | null {
    if (!isExpressionSlot(slot))
      return slot === undefined || slot === null ? null : String(this.literal(slot, slotName));
    const value = this.value(slot, slotName);
    return value === null || value === undefined ? null : toCSharpString(value);
  }

  /** A slot that must be an integer (status codes, counts). */
  integer(slot: Value<unknown>, slotName: string): number {
    const value = this.value(slot, slotName);
    const number = typeof value === "string" ? Number(value.trim()) : value;
    if (typeof number !== "number" || !Number.isInteger(number)) {
      throw new HarnessRefusal(
        `${this.statement.kind} ${slotName}: '${String(value)}' is not an integer; APIM would reject the policy`,
      );
    }
    return number;
  }

  /** A slot that must be a boolean (literal "true"/"false" or a bool expression). */
  boolean(slot: Value<unknown>, slotName: string): boolean {
    const value = this.value(slot, slotName);
    if (typeof value === "boolean") return value;
    if (typeof value === "string" && /^(true|false)$/i.test(value.trim()))
      return value.trim().toLowerCase() === "true";
    throw new HarnessRefusal(
      `${this.statement.kind} ${slotName}: '${String(value)}' is not a boolean; APIM would reject the policy`,
    );
  }

  /** Raises a policy error (caught at this statement's boundary). */
  fail(reason: string, message: string, response: ErrorResponse): never {
    throw new PolicyFailure(this.statement.kind, reason, message, response);
  }

  /** Adds a line to the execution log at this statement. */
  note(text: string): void {
    this.execution.note(this.frame, text);
  }

  /** Runs nested statements (branches, fragments) one level down. */
  block(
    statements: readonly Statement[],
    pathSegments: readonly string[],
    target?: Partial<Pick<Frame, "target" | "targetResponse">>,
  ): MaybePromise<Outcome> {
    const frame: Frame = { ...this.frame, ...target, path: [...this.frame.path, ...pathSegments] };
    const execution = this.execution;
    execution.depth++;
    let outcome: MaybePromise<Outcome>;
    try {
      outcome = runStatements(statements, frame, this.environment);
    } catch (error) {
      execution.depth--;
      throw error;
    }
    if (!isPromiseLike(outcome)) {
      execution.depth--;
      return outcome;
    }
    // The depth stays raised until the nested statements finish, as the log indents them.
    return outcome.finally(() => {
      execution.depth--;
    });
  }

  /** Runs the parent scope's same section here. */
  runBase(): MaybePromise<Outcome> {
    return this.environment.runBase(this.frame);
  }

  private literal(slot: unknown, slotName: string): unknown {
    if (typeof slot !== "string" || !slot.includes("{{")) return slot;
    const substituted = slot.replace(BRACED, (token, name: string) => {
      if (!isNamedValueName(name))
        throw new HarnessRefusal(
          `${this.statement.kind} ${slotName}: '${token}' is not a named value reference (a name is ${NAMED_VALUE_NAME_RULE}), ` +
            "and what APIM does with it is not documented",
        );
      return this.gateway.namedValue(name);
    });
    if (/^@[({]/.test(substituted.trim())) {
      throw new HarnessRefusal(
        `${this.statement.kind} ${slotName}: named values in '${slot}' give the C# expression '${substituted}', ` +
          "which the harness cannot run; use namedValue()/namedBoolean() inside a TypeScript expression instead",
      );
    }
    return substituted;
  }

  private evaluate(slot: Value<unknown>, slotName: string, pathSuffix: readonly string[]) {
    if (!isExpressionSlot(slot))
      return { value: this.literal(slot, slotName), resultType: undefined };
    return evaluateExpression(
      slot,
      this.context,
      this.execution,
      {
        source: this.statement.kind,
        slot: `${this.statement.kind} ${slotName}`,
        location: this.frame,
        pathSuffix,
      },
      (name) => this.gateway.namedValue(name),
    );
  }
}

// The handler table is installed by policies/index.ts: the handlers import this module, so this
// module cannot import them without a load-time cycle.
let handlers: Readonly<Record<string, PolicyHandler<any>>> | undefined;
export function installHandlers(table: Readonly<Record<string, PolicyHandler<any>>>): void {
  handlers = table;
}

/**
 * A statement's path element (`choose[2]`: 1-based among same-named siblings). Counted in place
 * rather than with a Map per run or a cache keyed by the list: lists are short, and send-request
 * builds a new list per request, which a WeakMap cache would fill with entries.
 */
function segmentOf(statements: readonly Statement[], index: number): string {
  const kind = statements[index]!.kind;
  let position = 1;
  for (let earlier = 0; earlier < index; earlier++)
    if (statements[earlier]!.kind === kind) position++;
  return `${kind}[${position}]`;
}

/**
 * Runs statements in order; stops at the first outcome that is not "continue". Synchronous until a
 * statement returns a promise (sync-first.ts says why); the rest then runs after it.
 */
export function runStatements(
  statements: readonly Statement[],
  frame: Frame,
  environment: RunEnvironment,
  from = 0,
): MaybePromise<Outcome> {
  for (let index = from; index < statements.length; index++) {
    const segment = segmentOf(statements, index);
    const outcome = runStatement(statements[index]!, frame, segment, environment);
    if (isPromiseLike(outcome)) {
      return outcome.then((settled) =>
        settled === "continue" ? runStatements(statements, frame, environment, index + 1) : settled,
      );
    }
    if (outcome !== "continue") return outcome;
  }
  return "continue";
}

function runStatement(
  statement: Statement,
  frame: Frame,
  segment: string,
  environment: RunEnvironment,
): MaybePromise<Outcome> {
  const handler = handlers?.[statement.kind];
  if (!handler)
    throw new Error(`apim-ts harness bug: no handler for statement kind '${statement.kind}'`);
  environment.execution.currentLocation = frame;
  let result: Outcome | void | PromiseLike<Outcome | void>;
  try {
    result = handler(new PolicyRun(statement, frame, segment, environment));
  } catch (error) {
    return failedOutcome(error, statement, frame, segment, environment);
  }
  if (!isPromiseLike(result)) return result ?? "continue";
  return Promise.resolve(result).then(
    (settled) => settled ?? "continue",
    (error: unknown) => failedOutcome(error, statement, frame, segment, environment),
  );
}

/** The statement boundary: a PolicyFailure becomes an error outcome; anything else propagates. */
function failedOutcome(
  error: unknown,
  statement: Statement,
  frame: Frame,
  segment: string,
  environment: RunEnvironment,
): Outcome {
  if (!(error instanceof PolicyFailure)) throw error;
  const path = [...frame.path, ...error.pathSuffix];
  const lastError = {
    Source: error.source,
    Reason: error.reason,
    Message: error.message,
    Scope: frame.scope,
    Section: frame.section,
    Path: pathText(path),
    PolicyId: (statement as { id?: string }).id ?? "",
  };
  environment.execution.note(frame, `${segment} failed: ${error.reason}: ${error.message}`);
  return { error: lastError, response: error.response };
}
