// APIM's `BasicAuthCredentials` and its string extensions `AsBasic()` and `TryParseBasic(out
// BasicAuthCredentials)`, as Microsoft's expression reference lists them
// (api-management-policy-expressions.md, the context's types: rows `BasicAuthCredentials
// AsBasic(input: this string)`, `bool TryParseBasic(input: this string, result: out
// BasicAuthCredentials)`, `BasicAuthCredentials` with `Password` and `UserId`). The input is an
// Authorization header's value ("Basic dXNlcjpwYXNz"); teams read it with
// `context.Request.Headers.GetValueOrDefault("Authorization", "").AsBasic()`.

/** The user id and password of an HTTP Basic `Authorization` value (RFC 7617). */
export interface BasicAuthCredentials {
  /** The text before the first ':' of the decoded credentials. */
  readonly UserId: string;
  /** The text after the first ':' (may be empty, may hold further ':'). */
  readonly Password: string;
}

declare global {
  interface String {
    /**
     * APIM's `AsBasic()`: the credentials when the string is a valid Basic authorization value
     * (`Basic <base64 of user-id:password>`), otherwise null.
     */
    AsBasic(): BasicAuthCredentials | null;
    /**
     * APIM's `TryParseBasic(out BasicAuthCredentials result)`, written
     * `const [ok, credentials] = value.TryParseBasic()`: `ok` false and `credentials` null when
     * the string is not a valid Basic authorization value.
     */
    TryParseBasic(): [ok: boolean, result: BasicAuthCredentials | null];
  }
}
