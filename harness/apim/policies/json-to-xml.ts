// <json-to-xml> (json-to-xml-policy.md): converts the body of the message its section works on
// (the request in inbound, the response in outbound and on-error) from JSON to XML, with the
// conversion json-to-xml-conversion.ts documents. When it applies (Attributes):
// - apply="content-type-json": "convert only if ... Content-Type header indicates presence of
//   JSON": chosen, a media type application/json or ending in +json, of the message converted;
// - consider-accept-header (default true): "apply conversion if XML is requested in request
//   Accept header": chosen, an Accept media type application/xml, text/xml or ending in +xml.
// Otherwise the body is left as it is (noted in the log). Chosen: after converting, the message's
// Content-Type is application/xml (the page does not name it). Refused: a body an expression
// consumed, a message without a body, and what the conversion does not document.
import type { JsonToXml } from "../../../src/policies/json-to-xml.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { convertJsonToXml } from "./json-to-xml-conversion.ts";

const JSON_TYPE = /^\s*(application\/json|[\w.+-]+\/[\w.-]+\+json)\s*(;|$)/i;
const XML_TYPE = /^\s*(application\/xml|text\/xml|[\w.+-]+\/[\w.-]+\+xml)\s*(;|$)/i;

export const runJsonToXml: PolicyHandler<JsonToXml> = (run) => {
  const { statement } = run;
  const apply = run.text(statement.apply, "apply");
  if (apply !== "always" && apply !== "content-type-json")
    throw new HarnessRefusal(
      `json-to-xml apply: '${String(apply)}' is neither 'always' nor 'content-type-json'`,
    );
  const considerAccept =
    statement.considerAcceptHeader === undefined
      ? true
      : run.boolean(statement.considerAcceptHeader, "consider-accept-header");
  // Attributes: namespace-separator defaults to an underscore; namespace-prefix and
  // attribute-block-name are unset without the attribute (an expression giving null too).
  const namespaceSeparator =
    statement.namespaceSeparator === undefined
      ? "_"
      : run.text(statement.namespaceSeparator, "namespace-separator");
  if (namespaceSeparator === null || [...namespaceSeparator].length !== 1)
    throw new HarnessRefusal(
      `json-to-xml namespace-separator: '${String(namespaceSeparator)}' is not one character`,
    );
  const settings = {
    parseDate: statement.parseDate ?? true,
    namespaceSeparator,
    namespacePrefix: run.text(statement.namespacePrefix, "namespace-prefix"),
    attributeBlockName: run.text(statement.attributeBlockName, "attribute-block-name"),
  };
  const message = run.frame.target;
  if (considerAccept) {
    const accept = run.execution.request.headers.get("Accept") ?? [];
    const wantsXml = accept.flatMap((value) => value.split(",")).some((t) => XML_TYPE.test(t));
    if (!wantsXml) {
      run.note("json-to-xml: the request's Accept header asks for no XML; not converted");
      return;
    }
  }
  if (apply === "content-type-json") {
    const contentType = (message.headers.get("Content-Type") ?? []).join(",");
    if (!JSON_TYPE.test(contentType)) {
      run.note(`json-to-xml: Content-Type '${contentType}' is not JSON; not converted`);
      return;
    }
  }
  if (!message.body.present)
    throw new HarnessRefusal(
      "json-to-xml: the message has no body; the page does not say what APIM does then",
    );
  if (message.body.consumed)
    throw new HarnessRefusal(
      "json-to-xml: the body was already read without preserveContent; the page does not say what APIM converts then",
    );
  const xml = convertJsonToXml(message.body.content, settings);
  message.body.replace(xml);
  message.headers.set("Content-Type", ["application/xml"]);
  run.note(`json-to-xml: converted (${xml.length} characters)`);
};
