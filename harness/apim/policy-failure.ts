// A policy's runtime error: what APIM reports as context.LastError plus the response the caller
// gets when on-error does not change it. Policy handlers and the expression evaluator throw it;
// the statement runner (policy-run.ts) catches it at the statement boundary and turns it into an
// error outcome. Throwing keeps the 17 handlers free of result plumbing around every evaluation.
import type { LastErrorRecord } from "./records.ts";

/** The response an error produces before on-error runs. */
export interface ErrorResponse {
  readonly status: number;
  readonly reason: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Default: APIM's JSON error body `{ "statusCode": ..., "message": ... }`; null: no body. */
  readonly body?: string | null;
}

export class PolicyFailure {
  constructor(
    /** LastError.Source: the policy element (e.g. "validate-client-certificate"). */
    readonly source: string,
    readonly reason: string,
    readonly message: string,
    readonly response: ErrorResponse,
    /** Appended to the statement's path (a `when` condition fails inside `choose[1]\when[2]`). */
    readonly pathSuffix: readonly string[] = [],
  ) {}
}

/** APIM's response to an error it does not explain to the caller. */
export const INTERNAL_SERVER_ERROR: ErrorResponse = {
  status: 500,
  reason: "Internal Server Error",
};

/** Outcome of running statements: go on, the pipeline ended (return-response), or an error. */
export type Outcome =
  "continue" | "return" | { readonly error: LastErrorRecord; readonly response: ErrorResponse };

export function defaultErrorBody(status: number, message: string, requestId: string): string {
  return JSON.stringify({ statusCode: status, message, activityId: requestId }, null, 2);
}
