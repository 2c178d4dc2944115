// A scenario table helper: one row per case, one vitest test per row, so a matrix like
// docs/scenarios.md is a table in the test file rather than 40 copies of a test.
import { describe, it } from "vitest";

/** A row: its `name` titles the test (default: the row's fields); `skip` gives a reason to skip it. */
export interface ScenarioRow {
  readonly name?: string;
  readonly skip?: string | false;
}

function title(row: ScenarioRow): string {
  if (row.name) return row.name;
  return Object.entries(row)
    .filter(
      ([key, value]) => key !== "skip" && typeof value !== "object" && typeof value !== "function",
    )
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(", ");
}

/**
 * Declares a describe block with one test per row.
 * ```ts
 * scenarios("direct mTLS", [
 *   { name: "valid", certificate: certs.validClient, status: 200 },
 *   { name: "expired", certificate: certs.expiredClient, status: 401, reason: "ClientCertificateExpired" },
 * ], async (row) => { ... });
 * ```
 */
export function scenarios<R extends ScenarioRow>(
  name: string,
  rows: readonly R[],
  test: (row: R) => Promise<void> | void,
): void {
  describe(name, () => {
    for (const row of rows) {
      if (row.skip) it.skip(`${title(row)} (skipped: ${row.skip})`, () => test(row));
      else it(title(row), () => test(row));
    }
  });
}
