// A JSON facade over an XML backend (issue 16's common pattern): callers send and receive JSON,
// the legacy backend speaks XML. Inbound, a JSON request body becomes XML (json-to-xml, only when
// the request says it is JSON) and the backend is asked for XML; outbound, an XML answer becomes
// JSON (xml-to-json, kind "direct": the only kind whose form Microsoft documents), and a backend
// fault (5xx) reaches the caller as 502 Bad Gateway, so that callers do not see the legacy
// service's own error pages as if they were the facade's.
import { base, choose, jsonToXml, policy, setHeader, setStatus, when, xmlToJson } from "apim-ts";

export default policy({
  inbound: [
    base(),
    jsonToXml({ apply: "content-type-json", considerAcceptHeader: false }),
    setHeader("Accept", "application/xml"),
  ],
  backend: [base()],
  outbound: [
    base(),
    choose(when((context) => context.Response.StatusCode >= 500, [setStatus(502, "Bad Gateway")])),
    xmlToJson("direct", { apply: "content-type-xml", considerAcceptHeader: false }),
  ],
  onError: [base()],
});
