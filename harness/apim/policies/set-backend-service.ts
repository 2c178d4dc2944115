// <set-backend-service>: where forward-request sends the request, by base URL or configured backend id.
// A backend id is resolved by forward-request at each call (backends/backend-router.ts: pools,
// priorities, weights, circuit breakers), so a retry around forward-request can reach another
// pool member. An unknown backend id fails with BackendNotFound: a reason the harness chose, as
// neither Microsoft's "Predefined errors for policies" table nor the set-backend-service reference
// names one.
// Refused (docs/project-choices.md): a base-url or backend-id expression giving null or "" (the
// page does not say what APIM does), and a base-url once a backend-id is set: the page's usage
// notes say a backend-id set in a base policy "can only be overridden with a policy using the
// backend-id attribute, not the base-url attribute", without saying what the base-url then does.
import type { SetBackendService } from "../../../src/policies/set-backend-service.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler, PolicyRun } from "../policy-run.ts";

function attribute(run: PolicyRun<SetBackendService>, slot: string, name: string): string {
  const value = run.text(slot, name);
  if (value === null || value === "")
    throw new HarnessRefusal(
      `set-backend-service ${name}: the expression gave ${value === null ? "null" : "''"}; the reference page does not say what APIM does`,
    );
  return value;
}

export const runSetBackendService: PolicyHandler<SetBackendService> = (run) => {
  const statement = run.statement as Partial<Record<"baseUrl" | "backendId", string>>;
  const { execution } = run;
  if (statement.baseUrl !== undefined) {
    if (execution.backendId !== undefined)
      throw new HarnessRefusal(
        `set-backend-service base-url after backend-id '${execution.backendId}': the reference page's usage notes say a ` +
          "backend-id can only be overridden with backend-id, not base-url, and not what APIM does with the base-url",
      );
    execution.backendBaseUrl = attribute(run, statement.baseUrl, "base-url");
    run.note(`set-backend-service ${execution.backendBaseUrl}`);
    return;
  }
  const id = attribute(run, statement.backendId!, "backend-id");
  if (!run.gateway.backends.has(id)) {
    return run.fail("BackendNotFound", `Backend '${id}' is not configured`, {
      status: 500,
      reason: "Internal Server Error",
    });
  }
  execution.backendId = id;
  run.note(`set-backend-service backend '${id}'`);
};
