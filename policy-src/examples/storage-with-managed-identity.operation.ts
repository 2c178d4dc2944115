// A backend called with the service's managed identity (issue 15): the operation serves blobs from
// Azure Storage, which accepts the user-assigned identity's Entra ID token instead of a shared
// key. authentication-managed-identity gets the token (cached by APIM until it expires) and sets
// `Authorization: Bearer`; Storage's REST API also wants its version, and its logs pick up the
// request id as the client request id. An
// audit lookup in Key Vault uses the same identity through send-request, and its failure is
// tolerated (ignore-error): the blob is served either way.
import { authenticationManagedIdentity, base, policy, sendRequest, setHeader } from "apim-ts";

/** The user-assigned identity's client id (Entra ID), granted "Storage Blob Data Reader". */
const IDENTITY = "6f1a3c2e-0000-4000-8000-00000000beef";

export default policy({
  inbound: [
    base(),
    authenticationManagedIdentity({ resource: "https://storage.azure.com/", clientId: IDENTITY }),
    setHeader("x-ms-version", "2021-08-06", { existsAction: "override" }),
    setHeader("x-ms-client-request-id", (context) => context.RequestId.ToString(), {
      existsAction: "override",
    }),
    sendRequest({
      mode: "new",
      responseVariableName: "auditPolicy",
      timeout: 10,
      ignoreError: true,
      url: (context) =>
        "https://contoso-vault.vault.azure.net/secrets/audit-" +
        context.Api.Id +
        "?api-version=7.4",
      method: "GET",
      authenticationManagedIdentity: authenticationManagedIdentity({
        resource: "https://vault.azure.net",
        clientId: IDENTITY,
      }),
    }),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
