// Runs one expression slot: asks the translator first (an expression `build` would reject is
// refused, never run), installs the named-value resolver, runs the TypeScript function (or a raw
// C# slot's twin), records the evaluation with its inputs for the C# replay, and turns an
// exception into APIM's ExpressionValueEvaluationFailure.
import type { Context } from "../../src/context/context.ts";
import type { ExpressionOnly } from "../../src/model/expression.ts";
import { isRawCSharp } from "../../src/model/expression.ts";
import { setNamedValueResolver } from "../../src/model/named-value.ts";
import { sourceTagOf } from "../../src/model/source-tag.ts";
import { isDotnetException } from "../dotnet/exceptions.ts";
import { isMissingDotnetError, withExpressionDrawLog } from "./dotnet-bridge.ts";
import { newDrawLog } from "../dotnet/draw-log.ts";
import type { Execution } from "./execution.ts";
import { HarnessRefusal, witnessRefusals } from "./harness-refusal.ts";
import { namedValueReader } from "./named-value-reading.ts";
import { INTERNAL_SERVER_ERROR, PolicyFailure } from "./policy-failure.ts";
import {
  locationOf,
  type EvaluationRecord,
  type ExpressionException,
  type Location,
} from "./records.ts";
import { checkTranslation } from "./translation-check.ts";

export interface EvaluationSite {
  /** LastError.Source when it throws: the policy element name. */
  readonly source: string;
  /** e.g. `set-variable value`. */
  readonly slot: string;
  readonly location: Location;
  readonly pathSuffix?: readonly string[];
}

export interface Evaluated {
  readonly value: unknown;
  /** The translator's C# type of the value, when known. */
  readonly resultType: string | undefined;
}

function describeFunction(fn: Function): string {
  const tag = sourceTagOf(fn);
  return tag
    ? `${tag.file} (offset ${tag.start})`
    : `an untagged function: ${String(fn).slice(0, 80)}`;
}

/** The .NET view of a JavaScript exception thrown inside an expression. */
export function toExpressionException(error: unknown): ExpressionException {
  if (isDotnetException(error)) return { type: error.dotnetType, message: error.message, error };
  if (error instanceof TypeError && /null|undefined/.test(error.message)) {
    // Reading a member of null: what C# reports as NullReferenceException.
    return {
      type: "System.NullReferenceException",
      message: "Object reference not set to an instance of an object.",
      error,
    };
  }
  if (error instanceof RangeError)
    return { type: "System.OverflowException", message: error.message, error };
  const message = error instanceof Error ? error.message : String(error);
  return { type: "System.Exception", message, error };
}

/** What is known of an evaluation before its function runs. */
interface StartedEvaluation {
  readonly fn: Function;
  readonly csharp: string | undefined;
  readonly resultType: string | undefined;
  readonly site: EvaluationSite;
  readonly inputs: EvaluationRecord["inputs"];
  readonly tracesBefore: number;
}

// A function, not a closure per evaluation: this runs for every expression of every request.
function record(
  execution: Execution,
  started: StartedEvaluation,
  outcome: EvaluationRecord["outcome"],
): void {
  execution.evaluations.push({
    fn: started.fn,
    sourceTag: sourceTagOf(started.fn),
    csharp: started.csharp,
    resultType: started.resultType,
    slot: started.site.slot,
    location: locationOf(started.site.location),
    inputs: started.inputs,
    outcome,
    traces: execution.traces
      .slice(started.tracesBefore)
      .filter((trace) => trace.source === "context.Trace")
      .map((trace) => trace.message),
  });
}

export function evaluateExpression(
  slot: ExpressionOnly<unknown>,
  context: Context,
  execution: Execution,
  site: EvaluationSite,
  /** The configured text of a named value (refusing a missing one). */
  resolveNamedValue: (name: string) => string,
): Evaluated {
  const raw = isRawCSharp(slot);
  const fn: Function = raw ? slot.twin : (slot as Function);
  let csharp: string | undefined = raw ? slot.code : undefined;
  let resultType: string | undefined;
  if (!raw) {
    const verdict = checkTranslation(fn);
    if (!verdict.ok) {
      throw new HarnessRefusal(
        `The ${site.slot} expression cannot be translated to C#, so APIM could not run it and the harness will not:\n` +
          verdict.diagnostics,
      );
    }
    csharp = verdict.csharp;
    resultType = verdict.resultType;
  }

  // The state the expression is about to see (before it runs: it may consume a body, trace, ...).
  const draws = newDrawLog();
  const inputs = execution.recordInputs(csharp, draws);
  const tracesBefore = execution.traces.length;
  const started: StartedEvaluation = { fn, csharp, resultType, site, inputs, tracesBefore };

  setNamedValueResolver(
    namedValueReader(
      resolveNamedValue,
      csharp,
      // Built only for a refusal: this runs for every expression of every request.
      () =>
        `the ${site.slot} expression (${site.location.section} @ ${site.location.scope}, ${describeFunction(fn)})`,
    ),
  );
  let value: unknown;
  try {
    const run = witnessRefusals(() =>
      withExpressionDrawLog(draws, () => (fn as (context: Context) => unknown)(context)),
    );
    // A refusal the expression's own catch block swallowed still stops the run.
    if (run.refusal) throw run.refusal;
    if (!run.ok) throw run.error;
    value = run.value;
  } catch (error) {
    if (error instanceof HarnessRefusal || error instanceof PolicyFailure) throw error;
    if (isMissingDotnetError(error)) throw new HarnessRefusal((error as Error).message);
    const exception = toExpressionException(error);
    record(execution, started, { exception });
    execution.note(
      site.location,
      `${site.slot}: expression threw ${exception.type}: ${exception.message}`,
    );
    throw new PolicyFailure(
      site.source,
      "ExpressionValueEvaluationFailure",
      `Expression evaluation failed. ${exception.message}`,
      INTERNAL_SERVER_ERROR,
      site.pathSuffix,
    );
  } finally {
    setNamedValueResolver(undefined);
  }
  if (value instanceof Promise) {
    throw new HarnessRefusal(
      `The ${site.slot} expression (${describeFunction(fn)}) returned a Promise: expressions are synchronous C#.`,
    );
  }
  record(execution, started, { value });
  return { value, resultType };
}
