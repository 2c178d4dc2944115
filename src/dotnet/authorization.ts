// APIM's `Authorization`, the object get-authorization-context stores in its context variable
// (get-authorization-context-policy.md, "Authorization object": `class Authorization { string
// AccessToken { get; } IReadOnlyDictionary<string, object> Claims { get; } }`). A policy reads it
// as the page's examples do, `context.Variables.GetValueOrDefault<Authorization>("auth-context")`
// (C#'s `(Authorization)context.Variables.GetValueOrDefault("auth-context")`), then
// `?.AccessToken`. `Claims` is not declared yet: its values are `object`, which expressions
// cannot type without a cast apim-ts does not translate.

/** The connection's authorization context: a bearer token for the backend. */
export interface Authorization {
  /** The bearer access token that authorizes a backend HTTP request. */
  readonly AccessToken: string;
}
