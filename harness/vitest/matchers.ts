// vitest matchers over send() results: rejection with a status and reason, traces, backend reached.
// A failing matcher prints the execution log, so the test output says which statements ran.
import type { SendResult } from "../apim/result.ts";
import type { TraceRecord } from "../apim/records.ts";
import type { TraceSeverity } from "../../src/policies/trace.ts";

/** What toHaveTrace matches: every given field must match (message: exact text or a RegExp). */
export interface TraceExpectation {
  readonly source?: string;
  readonly severity?: TraceSeverity;
  readonly message?: string | RegExp;
  readonly metadata?: Readonly<Record<string, string | RegExp>>;
}

/** What toHaveReachedBackend can also check about the forwarded request. */
export interface BackendExpectation {
  /** Thumbprint of the client certificate APIM presented (null: none). */
  readonly clientCertificateThumbprint?: string | null;
  readonly url?: string | RegExp;
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Where toBeRejectedWith reads the reason. Default: `context.LastError.Reason`, APIM's error
 * path. A policy that answers with return-response has no LastError: name the place it puts
 * the reason instead, a context variable, a response header or a trace's metadata entry.
 */
export type ReasonPlace =
  | { readonly header: string }
  | { readonly variable: string }
  | { readonly traceMetadata: string; readonly source?: string };

/** The reason at exactly one place (see ReasonPlace), or undefined when that place is empty. */
export function rejectionReason(result: SendResult, place?: ReasonPlace): string | undefined {
  if (place === undefined) return result.lastError?.Reason;
  if ("variable" in place) {
    const value = result.variables[place.variable]?.value;
    return typeof value === "string" ? value : undefined;
  }
  if ("header" in place) {
    const entry = Object.entries(result.headers).find(
      ([name]) => name.toLowerCase() === place.header.toLowerCase(),
    );
    return entry?.[1].join(",");
  }
  const traces = result.traces.filter(
    (t) =>
      (place.source === undefined || t.source === place.source) &&
      place.traceMetadata in t.metadata,
  );
  return traces.at(-1)?.metadata[place.traceMetadata];
}

function describePlace(place?: ReasonPlace): string {
  if (place === undefined) return "LastError.Reason";
  if ("variable" in place) return `context.Variables["${place.variable}"]`;
  if ("header" in place) return `response header ${place.header}`;
  return `trace metadata ${place.traceMetadata}${place.source ? ` of source ${place.source}` : ""}`;
}

/**
 * Every reason-like value a result carries (LastError.Reason, one-word header values, trace
 * metadata values), for display in messages and tools only: matching reads one named place.
 */
export function rejectionReasons(result: SendResult): string[] {
  const reasons = new Set<string>();
  if (result.lastError) reasons.add(result.lastError.Reason);
  for (const values of Object.values(result.headers))
    for (const value of values) if (/^[A-Za-z]+$/.test(value)) reasons.add(value);
  for (const trace of result.traces)
    for (const value of Object.values(trace.metadata)) reasons.add(value);
  return [...reasons];
}

function matchesText(actual: string, expected: string | RegExp): boolean {
  return typeof expected === "string" ? actual === expected : expected.test(actual);
}

function traceMatches(trace: TraceRecord, expected: TraceExpectation): boolean {
  if (expected.source !== undefined && trace.source !== expected.source) return false;
  if (expected.severity !== undefined && trace.severity !== expected.severity) return false;
  if (expected.message !== undefined && !matchesText(trace.message, expected.message)) return false;
  for (const [name, value] of Object.entries(expected.metadata ?? {})) {
    const actual = trace.metadata[name];
    if (actual === undefined || !matchesText(actual, value)) return false;
  }
  return true;
}

function isResult(value: unknown): value is SendResult {
  return typeof value === "object" && value !== null && "status" in value && "logText" in value;
}

function summary(result: SendResult): string {
  const traces =
    result.traces.map((t) => `  ${t.source} (${t.severity}): ${t.message}`).join("\n") ||
    "  (none)";
  const lastError = result.lastError
    ? `${result.lastError.Source} ${result.lastError.Reason} at ${result.lastError.Scope}/${result.lastError.Section} "${result.lastError.Path}": ${result.lastError.Message}`
    : "none";
  return (
    `response: ${result.status} ${result.reason}\n` +
    `LastError: ${lastError}\n` +
    `backend called: ${result.backendCalls.length > 0 ? "yes" : "no"}\n` +
    `traces:\n${traces}\n` +
    `execution log:\n${result.logText}`
  );
}

type MatcherResult = { pass: boolean; message: () => string };

function notAResult(name: string, received: unknown): MatcherResult {
  return {
    pass: false,
    message: () => `${name} expects the result of gateway.send(), got ${String(received)}`,
  };
}

/** The matchers, as expect.extend() takes them. */
export const apimMatchers = {
  /**
   * The response has this status and, if given, this reason at one place: LastError.Reason by
   * default, or the header / trace metadata named by `place`.
   */
  toBeRejectedWith(
    received: unknown,
    status: number,
    reason?: string,
    place?: ReasonPlace,
  ): MatcherResult {
    if (!isResult(received)) return notAResult("toBeRejectedWith", received);
    const actual = rejectionReason(received, place);
    const pass = received.status === status && (reason === undefined || actual === reason);
    return {
      pass,
      message: () =>
        `expected ${pass ? "not " : ""}to be rejected with ${status}${reason ? ` ${reason} (${describePlace(place)})` : ""}; ` +
        `got ${received.status} with ${describePlace(place)} ${actual === undefined ? "absent" : JSON.stringify(actual)}\n${summary(received)}`,
    };
  },

  /** The response has this status (the log is printed when it has not). */
  toRespondWith(received: unknown, status: number): MatcherResult {
    if (!isResult(received)) return notAResult("toRespondWith", received);
    const pass = received.status === status;
    return {
      pass,
      message: () =>
        `expected ${pass ? "not " : ""}status ${status}, got ${received.status}\n${summary(received)}`,
    };
  },

  /** Some recorded trace matches every given field. */
  toHaveTrace(received: unknown, expected: TraceExpectation): MatcherResult {
    if (!isResult(received)) return notAResult("toHaveTrace", received);
    const pass = received.traces.some((trace) => traceMatches(trace, expected));
    return {
      pass,
      message: () =>
        `expected ${pass ? "no " : "a "}trace matching ${JSON.stringify(expected, (_k, v) => (v instanceof RegExp ? String(v) : v))}\n${summary(received)}`,
    };
  },

  /** forward-request called the backend (at least once; the last call must match `expected`). */
  toHaveReachedBackend(received: unknown, expected: BackendExpectation = {}): MatcherResult {
    if (!isResult(received)) return notAResult("toHaveReachedBackend", received);
    const call = received.backendCalls.at(-1);
    const problems: string[] = [];
    if (!call) problems.push("the backend was not called");
    else {
      if (expected.clientCertificateThumbprint !== undefined) {
        const actual = call.clientCertificate?.thumbprint ?? null;
        if (actual !== (expected.clientCertificateThumbprint?.toUpperCase() ?? null))
          problems.push(`client certificate ${actual}`);
      }
      if (expected.url !== undefined && !matchesText(call.url, expected.url))
        problems.push(`url ${call.url}`);
      if (expected.method !== undefined && call.method !== expected.method)
        problems.push(`method ${call.method}`);
      for (const [name, value] of Object.entries(expected.headers ?? {})) {
        const entry = Object.entries(call.headers).find(
          ([key]) => key.toLowerCase() === name.toLowerCase(),
        );
        if (entry?.[1].join(",") !== value)
          problems.push(`header ${name}: ${entry?.[1].join(",") ?? "(absent)"}`);
      }
    }
    const pass = problems.length === 0;
    return {
      pass,
      message: () =>
        pass
          ? `expected the backend not to be reached\n${summary(received)}`
          : `expected the backend to be reached: ${problems.join("; ")}\n${summary(received)}`,
    };
  },
};

interface ApimMatchers<R = unknown> {
  /** The response has this status and this reason in LastError.Reason (or at the named place). */
  toBeRejectedWith(status: number, reason?: string, place?: ReasonPlace): R;
  /** The response has this status. */
  toRespondWith(status: number): R;
  /** Some trace matches every given field. */
  toHaveTrace(expected: TraceExpectation): R;
  /** The backend was called (optionally: with this certificate, URL, method, headers). */
  toHaveReachedBackend(expected?: BackendExpectation): R;
}

declare module "vitest" {
  interface Matchers<T = any> extends ApimMatchers<T> {}
}
