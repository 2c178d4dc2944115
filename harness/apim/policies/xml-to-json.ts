// <xml-to-json> (xml-to-json-policy.md): converts the body of the message its section works on
// (the request in inbound, the response in outbound and on-error) from XML to JSON, with the
// conversion xml-to-json-conversion.ts documents (kind="direct"; "javascript-friendly" is refused:
// neither the page nor an observed report shows its form). When it applies (Attributes):
// - apply="content-type-xml": "convert only if ... Content-Type header indicates presence of XML":
//   chosen, a media type application/xml, text/xml or ending in +xml, of the message converted;
// - consider-accept-header (default true): "apply conversion if JSON is requested in request
//   Accept header": chosen, an Accept media type application/json or ending in +json.
// Otherwise the body is left as it is (noted in the log). Chosen: after converting, the message's
// Content-Type is application/json. Refused: a message without a body, a consumed body.
import type { XmlToJson } from "../../../src/policies/xml-to-json.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { convertXmlToJson } from "./xml-to-json-conversion.ts";

const JSON_TYPE = /^\s*(application\/json|[\w.+-]+\/[\w.-]+\+json)\s*(;|$)/i;
const XML_TYPE = /^\s*(application\/xml|text\/xml|[\w.+-]+\/[\w.-]+\+xml)\s*(;|$)/i;

export const runXmlToJson: PolicyHandler<XmlToJson> = (run) => {
  const { statement } = run;
  const kind = run.text(statement.jsonKind, "kind");
  const apply = run.text(statement.apply, "apply");
  if (kind !== "direct" && kind !== "javascript-friendly")
    throw new HarnessRefusal(
      `xml-to-json kind: '${String(kind)}' is neither 'javascript-friendly' nor 'direct'`,
    );
  if (apply !== "always" && apply !== "content-type-xml")
    throw new HarnessRefusal(
      `xml-to-json apply: '${String(apply)}' is neither 'always' nor 'content-type-xml'`,
    );
  const considerAccept =
    statement.considerAcceptHeader === undefined
      ? true
      : run.boolean(statement.considerAcceptHeader, "consider-accept-header");
  const alwaysArray =
    statement.alwaysArrayChildElements === undefined
      ? false
      : run.boolean(statement.alwaysArrayChildElements, "always-array-child-elements");
  const message = run.frame.target;
  if (considerAccept) {
    const accept = run.execution.request.headers.get("Accept") ?? [];
    if (!accept.flatMap((value) => value.split(",")).some((type) => JSON_TYPE.test(type))) {
      run.note("xml-to-json: the request's Accept header asks for no JSON; not converted");
      return;
    }
  }
  if (apply === "content-type-xml") {
    const contentType = (message.headers.get("Content-Type") ?? []).join(",");
    if (!XML_TYPE.test(contentType)) {
      run.note(`xml-to-json: Content-Type '${contentType}' is not XML; not converted`);
      return;
    }
  }
  if (kind === "javascript-friendly")
    throw new HarnessRefusal(
      "xml-to-json kind='javascript-friendly': the page does not show its JSON form and no observed conversion does; the harness converts kind='direct' only",
    );
  if (!message.body.present)
    throw new HarnessRefusal(
      "xml-to-json: the message has no body; the page does not say what APIM does then",
    );
  if (message.body.consumed)
    throw new HarnessRefusal(
      "xml-to-json: the body was already read without preserveContent; the page does not say what APIM converts then",
    );
  const json = convertXmlToJson(message.body.content, alwaysArray);
  message.body.replace(json);
  message.headers.set("Content-Type", ["application/json"]);
  run.note(`xml-to-json: converted (${json.length} characters)`);
};
