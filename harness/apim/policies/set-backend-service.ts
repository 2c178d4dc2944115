// <set-backend-service>: where forward-request sends the request, by base URL or configured backend id.
// A backend id is resolved by forward-request at each call (backends/backend-router.ts: pools,
// priorities, weights, circuit breakers), so a retry around forward-request can reach another
// pool member. An unknown backend id fails with BackendNotFound: a reason the harness chose, as
// neither Microsoft's "Predefined errors for policies" table nor the set-backend-service reference
// names one.
import type { SetBackendService } from "../../../src/policies/set-backend-service.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runSetBackendService: PolicyHandler<SetBackendService> = (run) => {
  const statement = run.statement as Partial<Record<"baseUrl" | "backendId", string>>;
  const { execution } = run;
  if (statement.baseUrl !== undefined) {
    execution.backendBaseUrl = run.text(statement.baseUrl, "base-url") ?? "";
    execution.backendId = undefined;
    run.note(`set-backend-service ${execution.backendBaseUrl}`);
    return;
  }
  const id = run.text(statement.backendId!, "backend-id") ?? "";
  if (!run.gateway.backends.has(id)) {
    return run.fail("BackendNotFound", `Backend '${id}' is not configured`, {
      status: 500,
      reason: "Internal Server Error",
    });
  }
  execution.backendId = id;
  run.note(`set-backend-service backend '${id}'`);
};
