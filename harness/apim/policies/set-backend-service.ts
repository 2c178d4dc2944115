// <set-backend-service>: where forward-request sends the request, by base URL or configured backend id.
// An unknown backend id fails with BackendNotFound: a reason the harness chose, as neither Microsoft's
// "Predefined errors for policies" table nor the set-backend-service reference names one.
import type { SetBackendService } from "../../../src/policies/set-backend-service.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runSetBackendService: PolicyHandler<SetBackendService> = (run) => {
  const statement = run.statement as Partial<Record<"baseUrl" | "backendId", string>>;
  if (statement.baseUrl !== undefined) {
    run.execution.backendBaseUrl = run.text(statement.baseUrl, "base-url") ?? "";
  } else {
    const id = run.text(statement.backendId!, "backend-id") ?? "";
    const url = run.gateway.backendUrl(id);
    if (url === undefined) {
      return run.fail("BackendNotFound", `Backend '${id}' is not configured`, {
        status: 500,
        reason: "Internal Server Error",
      });
    }
    run.execution.backendBaseUrl = url;
  }
  run.note(`set-backend-service ${run.execution.backendBaseUrl}`);
};
