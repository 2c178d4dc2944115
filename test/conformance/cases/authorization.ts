// Conformance cases: APIM's Authorization, the object get-authorization-context stores in its
// context variable (get-authorization-context-policy.md, "Authorization object"), read as the
// page's examples do: `((Authorization)context.Variables.GetValueOrDefault("auth-context"))
// ?.AccessToken`, apim-ts's `GetValueOrDefault<Authorization>(...)` and `as Authorization`. The
// variable holds an Authorization, null (ignore-error true, page's ignore-error row), or is absent.
import type { ContextDescription } from "../../../harness/crosscheck/context-description.ts";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";

const authorization = (accessToken: string): ContextDescription["variables"] => ({
  "auth-context": {
    type: "Authorization",
    accessToken,
    claims: { access_token: accessToken, token_type: "Bearer", expires_in: "3600" },
  },
});

const NOW = "2026-06-01T12:00:00Z";

const CONTEXTS: ContextDescription[] = [
  { now: NOW, variables: authorization("gho_16C7e42F292c6912E7710c838347Ae178B4a") },
  { now: NOW, variables: authorization("") },
  { now: NOW, variables: authorization('é ü, "quoted"') },
  { now: NOW, variables: { "auth-context": { type: "null" } } },
  { now: NOW, variables: {} },
];

export const authorizationCases: SnippetSpec[] = [
  {
    id: "Authorization.AccessToken.bearer",
    source: `(context: Context) => "Bearer " + (context.Variables.GetValueOrDefault<Authorization>("auth-context")?.AccessToken ?? "")`,
    contexts: CONTEXTS,
  },
  {
    id: "Authorization.AccessToken.cast",
    source: `(context: Context) => { const auth = context.Variables.GetValueOrDefault<Authorization>("auth-context"); return auth == null ? "none" : auth.AccessToken.length + ":" + auth.AccessToken; }`,
    contexts: CONTEXTS,
  },
];
