// Tenant and version routing with a regular expression, as teams write it for a multi-tenant API
// published as /{tenant}/v{version}/...: the tenant and the version are read from the path with
// named groups (Regex.Match, Groups["tenant"]), checked (a path of another shape gets 404, a
// version the backend does not serve 400), forwarded as headers, and the path is rewritten to the
// backend's /v{version}/tenants/{tenant}/... layout with Regex.Replace and ${name} substitutions.
// The tenant is matched case-insensitively (RegexOptions.IgnoreCase) and sent as the caller wrote
// it (the backend's tenant ids are case-insensitive): lower-casing it with toLowerCase() would be
// ToLowerInvariant in C#, which APIM1022 flags for non-ASCII text.
import {
  base,
  choose,
  int,
  policy,
  Regex,
  RegexOptions,
  returnResponse,
  rewriteUri,
  setBody,
  setHeader,
  setStatus,
  setVariable,
  when,
  type Context,
} from "apim-ts";

/** /{tenant}/v{version} then the rest of the path (named groups only: both engines number them alike). */
const ROUTE = "^/(?<tenant>[a-z][a-z0-9-]{1,30})/v(?<version>[0-9]{1,3})(?<rest>/[^?]*)?$";
/** The newest API version the backend serves. */
const NEWEST_VERSION = 3;

const path = (context: Context) => context.Request.OriginalUrl.Path;

export default policy({
  inbound: [
    base(),
    choose(
      when(
        (context) => !Regex.IsMatch(path(context), ROUTE, RegexOptions.IgnoreCase),
        [
          returnResponse([
            setStatus(404, "Not Found"),
            setBody("Expected /{tenant}/v{version}/..."),
          ]),
        ],
      ),
    ),
    setVariable(
      "tenant",
      (context) =>
        Regex.Match(path(context), ROUTE, RegexOptions.IgnoreCase).Groups["tenant"]!.Value,
    ),
    setVariable("version", (context) =>
      int.Parse(
        Regex.Match(path(context), ROUTE, RegexOptions.IgnoreCase).Groups["version"]!.Value,
      ),
    ),
    choose(
      when(
        (context) => {
          const version = context.Variables.GetValueOrDefault<int>("version", 0);
          return version < 1 || version > NEWEST_VERSION;
        },
        [returnResponse([setStatus(400, "Bad Request"), setBody("Unsupported API version.")])],
      ),
    ),
    setHeader("X-Tenant", (context) => context.Variables.GetValueOrDefault<string>("tenant", "")),
    setHeader(
      "X-Api-Version",
      (context) => "" + context.Variables.GetValueOrDefault<int>("version", 0),
    ),
    rewriteUri((context) =>
      Regex.Replace(
        path(context),
        ROUTE,
        "/v${version}/tenants/" +
          context.Variables.GetValueOrDefault<string>("tenant", "") +
          "${rest}",
        RegexOptions.IgnoreCase,
      ),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
