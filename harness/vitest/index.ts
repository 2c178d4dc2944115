// The vitest side of the harness: matchers and the scenario table helper. Importing it (or
// "apim-ts/harness") inside vitest registers the matchers.
import { expect } from "vitest";
import { apimMatchers } from "./matchers.ts";

export { apimMatchers, rejectionReason, rejectionReasons } from "./matchers.ts";
export type { TraceExpectation, BackendExpectation, ReasonPlace } from "./matchers.ts";
export { scenarios } from "./scenarios.ts";
export type { ScenarioRow } from "./scenarios.ts";

/** Registers the apim-ts matchers with vitest's expect (done on import; idempotent). */
export function installApimMatchers(): void {
  expect.extend(apimMatchers);
}

if (process.env.VITEST) installApimMatchers();
