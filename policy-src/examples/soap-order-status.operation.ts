// A SOAP value extracted from XML, as teams write it when a SOAP backend sits behind a REST API:
// the caller posts the backend's SOAP envelope; the inbound section reads the order id from the
// envelope's Body (namespace-qualified names, the body kept for the backend with
// preserveContent), forwards it as a header and answers 400 itself when the envelope has none.
// On the way back the SOAP answer becomes JSON: the order's status and last update, or, for a
// SOAP Fault, 502 with the fault's text. Names are read with XNamespace.Get(uri).GetName(local),
// the exact spelling of C#'s `ns + "local"`.
import {
  base,
  choose,
  Formatting,
  JObject,
  otherwise,
  policy,
  returnResponse,
  setBody,
  setHeader,
  setStatus,
  setVariable,
  when,
  XDocument,
  XNamespace,
} from "apim-ts";

/** SOAP 1.1's envelope namespace. */
const SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
/** The order service's namespace. */
const ORDERS = "urn:contoso:orders";

export default policy({
  inbound: [
    base(),
    setVariable("orderId", (context) => {
      const envelope = context.Request.Body?.As<XDocument>(true);
      const body = envelope?.Root?.Element(XNamespace.Get(SOAP).GetName("Body"));
      const id = body?.Descendants(XNamespace.Get(ORDERS).GetName("OrderId")).FirstOrDefault();
      return id?.Value ?? "";
    }),
    choose(
      when(
        (context) => context.Variables.GetValueOrDefault<string>("orderId", "") === "",
        [
          returnResponse([
            setStatus(400, "Bad Request"),
            setHeader("Content-Type", "application/json"),
            setBody('{"error":"the SOAP envelope names no OrderId"}'),
          ]),
        ],
      ),
    ),
    setHeader("X-Order-Id", (context) =>
      context.Variables.GetValueOrDefault<string>("orderId", ""),
    ),
  ],
  backend: [base()],
  outbound: [
    base(),
    choose(
      when(
        (context) =>
          context.Response.Body != null &&
          context.Response.Body.As<XDocument>(true)
            .Descendants(XNamespace.Get(SOAP).GetName("Fault"))
            .Any(),
        [
          setStatus(502, "Bad Gateway"),
          setBody((context) => {
            const fault = context.Response.Body!.As<XDocument>()
              .Descendants(XNamespace.Get(SOAP).GetName("Fault"))
              .First();
            const answer = JObject.Parse("{}");
            answer.Add("error", fault.Element("faultstring")?.Value ?? "SOAP fault");
            return answer.ToString(Formatting.None);
          }),
        ],
      ),
      otherwise([
        setBody((context) => {
          const orders = XNamespace.Get(ORDERS);
          const result = context.Response.Body!.As<XDocument>()
            .Descendants(orders.GetName("GetOrderStatusResponse"))
            .First();
          const answer = JObject.Parse("{}");
          answer.Add("orderId", context.Variables.GetValueOrDefault<string>("orderId", ""));
          answer.Add("status", result.Element(orders.GetName("Status"))?.Value ?? "unknown");
          answer.Add("updated", result.Element(orders.GetName("Updated"))?.Value ?? null);
          return answer.ToString(Formatting.None);
        }),
      ]),
    ),
    setHeader("Content-Type", "application/json"),
  ],
  onError: [base()],
});
