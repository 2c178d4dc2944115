// <authentication-basic>: "effectively sets the HTTP Authorization header to the value
// corresponding to the credentials provided in the policy" (authentication-basic-policy.md):
// `Basic ` and the Base64 of `username:password` (RFC 7617, section 2), replacing any
// Authorization the caller sent. The header is set when the policy runs, so later policies and
// expressions see it, as they would a set-header.
// Refused where neither the page nor RFC 7617 decides: a user name holding ':' (RFC 7617 forbids
// it, the page does not say what APIM does) and non-ASCII credentials (RFC 7617 leaves the
// character encoding to a `charset` the page does not mention).
import type { AuthenticationBasic } from "../../../src/policies/authentication-basic.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";

/** RFC 7617's credentials: Base64 of `user-id ":" password`. */
export function basicCredentials(username: string, password: string): string {
  if (username.includes(":"))
    throw new HarnessRefusal(
      `authentication-basic username '${username}' holds ':', which RFC 7617 (section 2) forbids ` +
        "in a user-id; authentication-basic-policy.md does not say what APIM sends then",
    );
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(username + password))
    throw new HarnessRefusal(
      "authentication-basic credentials with non-ASCII characters: authentication-basic-policy.md " +
        "does not say which character encoding APIM uses for them (RFC 7617, section 2.1)",
    );
  return Buffer.from(`${username}:${password}`, "utf8").toString("base64");
}

export const runAuthenticationBasic: PolicyHandler<AuthenticationBasic> = (run) => {
  const username = run.text(run.statement.username, "username");
  const password = run.text(run.statement.password, "password");
  if (username === null || password === null)
    throw new HarnessRefusal(
      `authentication-basic ${username === null ? "username" : "password"}: the expression gave ` +
        "null; authentication-basic-policy.md does not say what APIM does then",
    );
  run.frame.target.headers.set("Authorization", [`Basic ${basicCredentials(username, password)}`]);
  run.note(`authentication-basic as ${username}`);
};
