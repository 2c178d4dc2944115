// Numeric limits from variables: the maximum page size is stored by set-variable as text (a
// literal or named value is always a string in APIM), so it is read with
// Convert.ToInt32 — the fix of field report 11 — and the caller's `pageSize` query parameter is
// parsed with int.TryParse. A page size that is not a number, not positive or over the limit is
// refused with 400; otherwise the backend gets the effective page size in a header.
import {
  base,
  choose,
  Convert,
  int,
  otherwise,
  policy,
  returnResponse,
  setHeader,
  setStatus,
  setVariable,
  when,
} from "apim-ts";

/** The limit as operators configure it: text, as a named value or literal set-variable stores it. */
const MAX_PAGE_SIZE = "50";

export default policy({
  inbound: [
    base(),
    setVariable("maxPageSize", MAX_PAGE_SIZE),
    setVariable("pageSize", (context) => {
      const [found, values] = context.Request.Url.Query.TryGetValue("pageSize");
      if (!found) {
        return Convert.ToInt32(context.Variables["maxPageSize"]);
      }
      const [ok, requested] = int.TryParse(values![0]!);
      return ok ? requested : -1;
    }),
    choose(
      when(
        (context) =>
          (context.Variables["pageSize"] as int) <= 0 ||
          (context.Variables["pageSize"] as int) >
            Convert.ToInt32(context.Variables["maxPageSize"]),
        [
          returnResponse([
            setStatus(400, "Bad Request"),
            setHeader("X-Error", "pageSize must be between 1 and the limit"),
          ]),
        ],
      ),
      otherwise([setHeader("X-Page-Size", (context) => `${context.Variables["pageSize"] as int}`)]),
    ),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
