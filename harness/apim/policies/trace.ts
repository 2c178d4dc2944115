// <trace>: recorded with source, severity (default verbose), message and metadata. Every trace is
// recorded; `delivered` says whether it passes the configured severity threshold.
import type { Trace } from "../../../src/policies/trace.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runTrace: PolicyHandler<Trace> = (run) => {
  const { statement } = run;
  const message = run.text(statement.message, "message") ?? "";
  const metadata: Record<string, string> = {};
  for (const entry of statement.metadata)
    metadata[entry.name] = run.text(entry.value, `metadata ${entry.name}`) ?? "";
  run.execution.trace(
    statement.source,
    statement.severity ?? "verbose",
    message,
    metadata,
    run.frame,
  );
};
