// Import entries of the message and telemetry policies: mock-response, send-one-way-request,
// log-to-eventhub, emit-metric, find-and-replace, limit-concurrency and wait (containers, like
// retry), proxy, json-to-xml and xml-to-json. Each mirrors its policy's `toXml` (src/policies/<element>.ts): the
// same attributes, children in the same order, the same slot kinds. What the builder does not
// write leaves the element as rawXml(...).
import {
  arrayOf,
  callArguments,
  inOrder,
  nested,
  objectLiteral,
  readChild,
  Unmappable,
  withId,
  type ElementImport,
} from "./policy-import-helpers.ts";
import type { ElementInput } from "./element-input.ts";

/** send-one-way-request.ts writes its children in this order. */
const ONE_WAY_CHILDREN = [
  "set-url",
  "set-method",
  "set-header",
  "set-body",
  "authentication-certificate",
];

/**
 * The <dimension name value/> children of emit-metric and the token metric policies, as an array
 * literal; unmappable without one (emit-metric.ts: the builders refuse no dimension).
 */
export function metricDimensions(input: ElementInput): string {
  const dimensions = input.children("dimension").map((d) =>
    readChild(input, d, (entry) =>
      objectLiteral([
        ["name", entry.required("name", "value")],
        ["value", entry.attribute("value", "value")],
      ]),
    ),
  );
  if (dimensions.length === 0) throw new Unmappable(`<${input.element.name}> has no <dimension>`);
  return arrayOf(dimensions)!;
}

export const MESSAGE_IMPORTS: Readonly<Record<string, ElementImport>> = {
  "mock-response": (input) =>
    `mockResponse(${withId(input, [
      ["statusCode", input.attribute("status-code", "literalInt")],
      ["contentType", input.attribute("content-type", "literal")],
    ])})`,
  "send-one-way-request": (input, statements) => {
    inOrder(input, ONE_WAY_CHILDREN);
    const url = input.child("set-url");
    const method = input.child("set-method");
    const body = input.child("set-body");
    const certificate = input.child("authentication-certificate");
    const headers = input.children("set-header").map((h) => nested(input, h, statements));
    return `sendOneWayRequest(${withId(input, [
      ["mode", input.attribute("mode", "value")],
      ["timeout", input.attribute("timeout", "int")],
      ["url", url && input.text("value", url)],
      // send-one-way-request.ts: set-method is literal only.
      ["method", method && input.text("literal", method)],
      ["headers", headers.length ? arrayOf(headers) : undefined],
      ["body", body && nested(input, body, statements)],
      ["authenticationCertificate", certificate && nested(input, certificate, statements)],
    ])})`;
  },
  "log-to-eventhub": (input) => {
    const message = input.text("value");
    return `logToEventhub(${callArguments([
      message,
      withId(input, [
        ["loggerId", input.required("logger-id", "literal")],
        ["partitionId", input.attribute("partition-id", "literalInt")],
        ["partitionKey", input.attribute("partition-key", "value")],
      ]),
    ])})`;
  },
  "emit-metric": (input) =>
    `emitMetric(${callArguments([
      input.required("name", "literal"),
      metricDimensions(input),
      withId(input, [
        ["namespace", input.attribute("namespace", "literal")],
        ["value", input.attribute("value", "double")],
      ]),
    ])})`,
  "find-and-replace": (input) =>
    `findAndReplace(${callArguments([
      input.required("from", "value"),
      input.required("to", "value"),
      withId(input),
    ])})`,
  "limit-concurrency": (input, statements) => {
    const options = withId(input, [
      ["key", input.required("key", "value")],
      ["maxCount", input.required("max-count", "literalInt")],
    ]);
    input.takeAllChildren();
    return `limitConcurrency(${options}, [${statements(input.element.children)}])`;
  },
  // proxy.ts: url required, username and password optional, all three slots accept expressions.
  proxy: (input) =>
    `proxy(${withId(input, [
      ["url", input.required("url", "value")],
      ["username", input.attribute("username", "value")],
      ["password", input.attribute("password", "value")],
    ])})`,
  // wait.ts: a container of send-request, cache-lookup-value and choose; for is optional.
  wait: (input, statements) => {
    const options = withId(input, [["for", input.attribute("for", "value")]]);
    input.takeAllChildren();
    return `wait(${callArguments([`[${statements(input.element.children)}]`, options])})`;
  },
  "json-to-xml": (input) =>
    `jsonToXml(${withId(input, [
      ["apply", input.required("apply", "value")],
      ["considerAcceptHeader", input.attribute("consider-accept-header", "bool")],
      ["parseDate", input.attribute("parse-date", "literalBool")],
      ["namespaceSeparator", input.attribute("namespace-separator", "value")],
      ["namespacePrefix", input.attribute("namespace-prefix", "value")],
      ["attributeBlockName", input.attribute("attribute-block-name", "value")],
    ])})`,
  "xml-to-json": (input) =>
    `xmlToJson(${callArguments([
      input.required("kind", "value"),
      withId(input, [
        ["apply", input.required("apply", "value")],
        ["considerAcceptHeader", input.attribute("consider-accept-header", "bool")],
        ["alwaysArrayChildElements", input.attribute("always-array-child-elements", "bool")],
      ]),
    ])})`,
};

export const MESSAGE_BUILDERS: Readonly<Record<string, string>> = {
  "mock-response": "mockResponse",
  "send-one-way-request": "sendOneWayRequest",
  "log-to-eventhub": "logToEventhub",
  "emit-metric": "emitMetric",
  "find-and-replace": "findAndReplace",
  "limit-concurrency": "limitConcurrency",
  "json-to-xml": "jsonToXml",
  "xml-to-json": "xmlToJson",
  proxy: "proxy",
  wait: "wait",
};
