// An open-redirect guard for a login callback, as teams write it when the sign-in page hands the
// user back with `?returnUrl=...`: the URL is parsed with Uri.TryCreate (absolute only), must use
// https and name a host of the allow-list held in a named value (comma-separated, compared
// case-insensitively), else the caller gets 400 and the backend is never called. An accepted URL
// reaches the backend rebuilt from its parsed parts (scheme and host lower-case as .NET gives
// them, the default port dropped, fragment left out), with its host in `X-Return-Host`.
import {
  base,
  choose,
  namedValue,
  otherwise,
  policy,
  returnResponse,
  setBody,
  setHeader,
  setQueryParameter,
  setStatus,
  setVariable,
  string,
  StringComparison,
  Uri,
  UriKind,
  when,
} from "apim-ts";

/** Named value holding the hosts a login may return to: "app.contoso.com,portal.contoso.com". */
const ALLOWED_HOSTS = "return-url-hosts";
/** The query parameter the sign-in page sends back. */
const PARAMETER = "returnUrl";
/** Variable holding the normalised return URL, or "" when it is refused. */
const RETURN_URL = "checkedReturnUrl";

export default policy({
  inbound: [
    base(),
    setVariable(RETURN_URL, (context) => {
      const text = context.Request.Url.Query.GetValueOrDefault(PARAMETER, "");
      // A login never needs a relative or scheme-relative target, credentials ("@", whose left
      // side browsers show but do not visit) or backslashes (read as "/" by browsers): refused
      // before parsing, so the host checked below is the one a browser would visit.
      if (!text.includes("://") || text.includes("@") || text.includes("\\")) return "";
      const [ok, uri] = Uri.TryCreate(text, UriKind.Absolute);
      if (!ok || uri!.Scheme !== "https") return "";
      const host = uri!.Host;
      const allowed = namedValue(ALLOWED_HOSTS)
        .split(",")
        .some((entry) => string.Equals(entry.trim(), host, StringComparison.OrdinalIgnoreCase));
      if (!allowed) return "";
      return "https://" + host + (uri!.Port === 443 ? "" : ":" + uri!.Port) + uri!.PathAndQuery;
    }),
    choose(
      when(
        (context) => context.Variables.GetValueOrDefault<string>(RETURN_URL, "") === "",
        [
          returnResponse([
            setStatus(400, "Bad Request"),
            setBody("returnUrl must be an absolute https URL on an allowed host."),
          ]),
        ],
      ),
      otherwise([
        setQueryParameter(PARAMETER, (context) =>
          context.Variables.GetValueOrDefault<string>(RETURN_URL, ""),
        ),
        setHeader(
          "X-Return-Host",
          (context) => new Uri(context.Variables.GetValueOrDefault<string>(RETURN_URL, "")).Host,
        ),
      ]),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
