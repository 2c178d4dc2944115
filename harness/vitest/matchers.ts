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

// A reason is one CamelCase word such as ClientCertificateExpired or RateLimitExceeded.
const REASON_WORD = /\b[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+\b/g;

/**
 * The reasons a result gives for a rejection, wherever the policies put them: context.LastError.Reason
 * (APIM's error path), response header values that are one word (on-error copying the reason to a
 * header), and CamelCase words in trace messages and metadata (policies that trace the reason and
 * answer a plain 401). A rejection matches when its status is right and its reason is among these.
 */
export function rejectionReasons(result: SendResult): string[] {
  const reasons = new Set<string>();
  if (result.lastError) reasons.add(result.lastError.Reason);
  for (const values of Object.values(result.headers))
    for (const value of values) if (/^[A-Za-z]+$/.test(value)) reasons.add(value);
  for (const trace of result.traces) {
    for (const text of [trace.message, ...Object.values(trace.metadata)])
      for (const word of text.match(REASON_WORD) ?? []) reasons.add(word);
  }
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
  /** The response has this status and (LastError, a header or a trace) gives this reason. */
  toBeRejectedWith(received: unknown, status: number, reason?: string): MatcherResult {
    if (!isResult(received)) return notAResult("toBeRejectedWith", received);
    const reasons = rejectionReasons(received);
    const pass = received.status === status && (reason === undefined || reasons.includes(reason));
    return {
      pass,
      message: () =>
        `expected ${pass ? "not " : ""}to be rejected with ${status}${reason ? ` ${reason}` : ""}; ` +
        `got ${received.status} with reasons [${reasons.join(", ")}]\n${summary(received)}`,
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
  /** The response has this status and gives this reason (LastError.Reason, a response header, or a trace). */
  toBeRejectedWith(status: number, reason?: string): R;
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
