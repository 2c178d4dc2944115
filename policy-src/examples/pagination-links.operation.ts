// Pagination links: the backend is told the `Link` header to send back, built from the `page`
// query parameter. A page that is not a number is traced with .NET's own message and treated as
// the first page (try/catch around int.Parse, as teams write it instead of TryParse); the links
// are composed with string.Format.
import { base, Exception, int, policy, setHeader, string } from "apim-ts";

export default policy({
  inbound: [
    base(),
    setHeader("X-Page-Links", (context) => {
      const path = context.Request.Url.Path;
      let page: int;
      try {
        page = int.Parse(context.Request.Url.Query.GetValueOrDefault("page", "1"));
      } catch (e) {
        if (e instanceof Exception) {
          context.Trace("page is not a number: " + e.Message);
        }
        page = 1;
      }
      if (page < 1) {
        page = 1;
      }
      let links = string.Format('<{0}?page={1}>; rel="next"', path, page + 1);
      if (page > 1) {
        links = links + ", " + string.Format('<{0}?page={1}>; rel="prev"', path, page - 1);
      }
      return links;
    }),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
