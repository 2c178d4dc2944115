// The import direction of src/policies/: for each element apim-ts has a builder for, the builder
// call that writes it back (each entry mirrors that policy's `toXml`: the same attributes, the same
// children, the same slot kinds). Kept here, keyed by element name, so the policy modules stay
// unchanged; test/import/policy-table.test.ts checks that every policy of POLICIES but raw-xml has
// an entry. An element not listed, or holding something its builder does not write, is kept
// as rawXml(...). The caching, access-control and message families have their own files
// (policy-table-caching.ts, -security.ts, -messages.ts), merged into the one registry below.
import {
  arrayOf,
  BUILDERS,
  callArguments,
  ElementInput,
  IMPORTS,
  inOrder,
  nested,
  objectLiteral,
  oneOfAttribute,
  readChild,
  Unmappable,
  withId,
  type ElementImport,
} from "./policy-import-helpers.ts";
import { CACHING_BUILDERS, CACHING_IMPORTS } from "./policy-table-caching.ts";
import { MESSAGE_BUILDERS, MESSAGE_IMPORTS } from "./policy-table-messages.ts";
import { AI_BUILDERS, AI_IMPORTS } from "./policy-table-ai.ts";
import { SECURITY_BUILDERS, SECURITY_IMPORTS } from "./policy-table-security.ts";
import type { ReadElement } from "./xml-reader.ts";

export type { ElementImport, StatementList } from "./policy-import-helpers.ts";

/** A quota's limits (quota.ts QuotaLimits): literal integers. */
const quotaLimits = (input: ElementInput) =>
  [
    ["calls", input.attribute("calls", "literalInt")],
    ["bandwidth", input.attribute("bandwidth", "literalInt")],
    ["renewalPeriod", input.required("renewal-period", "literalInt")],
  ] as const;

/** The API or operation a quota's `<api>`/`<operation>` names (quota.ts: literal name, id). */
const quotaTarget = (input: ElementInput) =>
  [
    ["name", input.attribute("name", "literal")],
    ["id", input.attribute("id", "literal")],
  ] as const;

/**
 * `name`, `exists-action` and `<value>` children: set-header and set-query-parameter. A literal
 * `exists-action="delete"` without values is the policy's own delete builder (set-header.ts
 * deleteHeader, set-query-parameter.ts deleteQueryParameter), which writes the same XML.
 */
function nameAndValues(builder: string, deleter: string): ElementImport {
  return (input) => {
    const name = input.required("name", "value");
    const existsAction = input.attribute("exists-action", "value");
    const values = input.children("value").map((v) => input.text("value", v));
    if (existsAction === '"delete"' && values.length === 0)
      return `${deleter}(${callArguments([name, withId(input)])})`;
    const list = values.length === 1 ? values[0]! : `[${values.join(", ")}]`;
    return `${builder}(${callArguments([name, list, withId(input, [["existsAction", existsAction]])])})`;
  };
}

const RATE_HEADERS = [
  ["retryAfterHeaderName", "retry-after-header-name"],
  ["retryAfterVariableName", "retry-after-variable-name"],
  ["remainingCallsHeaderName", "remaining-calls-header-name"],
  ["remainingCallsVariableName", "remaining-calls-variable-name"],
  ["totalCallsHeaderName", "total-calls-header-name"],
] as const;

const IDENTITY = [
  ["thumbprint", "thumbprint"],
  ["serialNumber", "serial-number"],
  ["commonName", "common-name"],
  ["subject", "subject"],
  ["dnsName", "dns-name"],
  ["issuerSubject", "issuer-subject"],
  ["issuerThumbprint", "issuer-thumbprint"],
  ["issuerCertificateId", "issuer-certificate-id"],
] as const;

const CORE_IMPORTS: Readonly<Record<string, ElementImport>> = {
  base: () => "base()",
  "set-header": nameAndValues("setHeader", "deleteHeader"),
  "set-query-parameter": nameAndValues("setQueryParameter", "deleteQueryParameter"),
  "set-variable": (input) =>
    `setVariable(${callArguments([input.required("name", "literal"), input.required("value", "value"), withId(input)])})`,
  "set-method": (input) => `setMethod(${callArguments([input.text("value"), withId(input)])})`,
  "set-body": (input) => {
    // set-body.ts: template="liquid" makes the text a Liquid template, a literal taken verbatim
    // (its `{{body.x}}` are Liquid tags, not named values: chosen, docs/project-choices.md,
    // Liquid); xsi-nil is literal, blank or null.
    const template = oneOfAttribute(input, "template", "literal", ["liquid"]);
    const xsiNil = oneOfAttribute(input, "xsi-nil", "literal", ["blank", "null"]);
    const body = input.text(template ? "verbatim" : "value");
    const options = withId(input, [
      ["template", template],
      ["xsiNil", xsiNil],
    ]);
    return `setBody(${callArguments([body, options])})`;
  },
  "set-status": (input) =>
    `setStatus(${callArguments([input.required("code", "int"), input.attribute("reason", "value") ?? "", withId(input)])})`,
  "set-backend-service": (input) => {
    const baseUrl = input.attribute("base-url", "value");
    const backendId = input.attribute("backend-id", "value");
    const target = objectLiteral([
      ["baseUrl", baseUrl],
      ["backendId", backendId],
    ]);
    return `setBackendService(${callArguments([target, withId(input)])})`;
  },
  "rewrite-uri": (input) =>
    `rewriteUri(${callArguments([input.required("template", "value"), withId(input, [["copyUnmatchedParams", input.attribute("copy-unmatched-params", "bool")]])])})`,
  "include-fragment": (input) => `includeFragment(${input.required("fragment-id", "literal")})`,
  "forward-request": (input) =>
    `forwardRequest(${withId(input, [
      ["timeout", input.attribute("timeout", "int")],
      ["followRedirects", input.attribute("follow-redirects", "bool")],
      ["bufferRequestBody", input.attribute("buffer-request-body", "bool")],
      ["failOnErrorStatusCode", input.attribute("fail-on-error-status-code", "bool")],
    ])})`,
  "check-header": (input) =>
    `checkHeader(${withId(input, [
      ["name", input.required("name", "value")],
      ["failedCheckHttpCode", input.required("failed-check-httpcode", "int")],
      ["failedCheckErrorMessage", input.required("failed-check-error-message", "value")],
      ["ignoreCase", input.required("ignore-case", "bool")],
      [
        "values",
        `[${input
          .children("value")
          .map((v) => input.text("value", v))
          .join(", ")}]`,
      ],
    ])})`,
  "rate-limit": (input) =>
    `rateLimit(${withId(input, [
      ["calls", input.required("calls", "literalInt")],
      ["renewalPeriod", input.required("renewal-period", "literalInt")],
      ...RATE_HEADERS.map(([key, name]) => [key, input.attribute(name, "literal")] as const),
    ])})`,
  "rate-limit-by-key": (input) =>
    `rateLimitByKey(${withId(input, [
      ["calls", input.required("calls", "int")],
      ["renewalPeriod", input.required("renewal-period", "int")],
      ["counterKey", input.required("counter-key", "value")],
      ["incrementCondition", input.attribute("increment-condition", "bool")],
      ["incrementCount", input.attribute("increment-count", "int")],
      ...RATE_HEADERS.map(([key, name]) => [key, input.attribute(name, "literal")] as const),
    ])})`,
  quota: (input) => {
    // quota.ts writes <api> children, each with <operation> children; nothing else.
    const apis = input.children("api").map((api) =>
      readChild(input, api, (entry) => {
        const operations = entry
          .children("operation")
          .map((operation) =>
            readChild(entry, operation, (o) =>
              objectLiteral([...quotaTarget(o), ...quotaLimits(o)]),
            ),
          );
        return objectLiteral([
          ...quotaTarget(entry),
          ...quotaLimits(entry),
          ["operations", operations.length ? arrayOf(operations) : undefined],
        ]);
      }),
    );
    return `quota(${withId(input, [
      ...quotaLimits(input),
      ["apis", apis.length ? arrayOf(apis) : undefined],
    ])})`;
  },
  "quota-by-key": (input) =>
    `quotaByKey(${withId(input, [
      ["calls", input.attribute("calls", "literalInt")],
      ["bandwidth", input.attribute("bandwidth", "literalInt")],
      ["renewalPeriod", input.required("renewal-period", "literalInt")],
      ["counterKey", input.required("counter-key", "value")],
      ["incrementCondition", input.attribute("increment-condition", "bool")],
      ["firstPeriodStart", input.attribute("first-period-start", "literal")],
    ])})`,
  trace: (input) => {
    const message = input.child("message");
    if (!message) throw new Unmappable("<trace> has no <message>");
    const metadata = input.children("metadata").map((m) => {
      const entry = new ElementInput(m, input.context);
      const text = objectLiteral([
        ["name", entry.required("name", "literal")],
        ["value", entry.required("value", "value")],
      ]);
      entry.finish();
      return text;
    });
    return `trace(${withId(input, [
      ["source", input.required("source", "literal")],
      ["severity", input.attribute("severity", "literal")],
      ["message", input.text("value", message)],
      ["metadata", metadata.length ? `[${metadata.join(", ")}]` : undefined],
    ])})`;
  },
  "return-response": (input, statements) => {
    const children = input.element.children.filter((c): c is ReadElement => c.kind === "element");
    for (const child of children)
      if (!["set-status", "set-header", "set-body"].includes(child.name))
        throw new Unmappable(`<${child.name}> inside <return-response>`);
    const list = children.map((child) => nested(input, child, statements));
    input.takeAllChildren();
    const options = withId(input, [
      ["responseVariableName", input.attribute("response-variable-name", "literal")],
    ]);
    return `returnResponse(${callArguments([list.length || options ? `[${list.join(", ")}]` : "", options])})`;
  },
  "send-request": (input, statements) => {
    const url = input.child("set-url");
    if (!url) throw new Unmappable("<send-request> has no <set-url>");
    const method = input.child("set-method");
    const body = input.child("set-body");
    const certificate = input.child("authentication-certificate");
    const identity = input.child("authentication-managed-identity");
    const proxy = input.child("proxy");
    const headers = input.children("set-header").map((h) => nested(input, h, statements));
    // send-request.ts writes set-url, set-method, headers, body, certificate, managed identity,
    // proxy in that order.
    const order = input.element.children
      .filter((c): c is ReadElement => c.kind === "element")
      .map((c) => c.name);
    const expected = [
      "set-url",
      "set-method",
      "set-header",
      "set-body",
      "authentication-certificate",
      "authentication-managed-identity",
      "proxy",
    ];
    const ranks = order.map((n) => expected.indexOf(n));
    if (ranks.some((r, i) => i > 0 && r < ranks[i - 1]!))
      throw new Unmappable("<send-request>'s children are in an order its builder does not write");
    return `sendRequest(${withId(input, [
      ["mode", input.attribute("mode", "value")],
      ["responseVariableName", input.required("response-variable-name", "literal")],
      ["timeout", input.attribute("timeout", "int")],
      ["ignoreError", input.attribute("ignore-error", "literalBool")],
      ["url", input.text("value", url)],
      ["method", method && input.text("value", method)],
      ["headers", headers.length ? `[${headers.join(", ")}]` : undefined],
      ["body", body && nested(input, body, statements)],
      ["authenticationCertificate", certificate && nested(input, certificate, statements)],
      ["authenticationManagedIdentity", identity && nested(input, identity, statements)],
      ["proxy", proxy && nested(input, proxy, statements)],
    ])})`;
  },
  "authentication-certificate": (input) => {
    const reference = objectLiteral([
      ["thumbprint", input.attribute("thumbprint", "value")],
      ["certificateId", input.attribute("certificate-id", "value")],
      ["body", input.attribute("body", "expression")],
      ["password", input.attribute("password", "value")],
    ]);
    return `authenticationCertificate(${callArguments([reference, withId(input)])})`;
  },
  "ip-filter": (input) => {
    // ip-filter.ts's toXml writes every <address> before any <address-range>; a document in
    // another order is kept raw rather than silently reordered.
    inOrder(input, ["address", "address-range"]);
    const addresses = input.children("address").map((a) => input.text("value", a));
    const ranges = input.children("address-range").map((r) => {
      const range = new ElementInput(r, input.context);
      const text = objectLiteral([
        ["from", range.required("from", "literal")],
        ["to", range.required("to", "literal")],
      ]);
      range.finish();
      return text;
    });
    return `ipFilter(${withId(input, [
      ["action", input.required("action", "value")],
      ["addresses", addresses.length ? `[${addresses.join(", ")}]` : undefined],
      ["ranges", ranges.length ? `[${ranges.join(", ")}]` : undefined],
    ])})`;
  },
  "validate-client-certificate": (input) => {
    const identities = input.child("identities");
    const list = identities
      ? identities.children
          .filter((c): c is ReadElement => c.kind === "element")
          .map((i) => {
            if (i.name !== "identity") throw new Unmappable(`<${i.name}> inside <identities>`);
            const entry = new ElementInput(i, input.context);
            const text = objectLiteral(
              IDENTITY.map(([key, name]) => [key, entry.attribute(name, "literal")] as const),
            );
            entry.finish();
            return text;
          })
      : [];
    if (identities?.attributes.length) throw new Unmappable("<identities> has attributes");
    return `validateClientCertificate(${withId(input, [
      ["validateRevocation", input.attribute("validate-revocation", "flag")],
      ["validateTrust", input.attribute("validate-trust", "flag")],
      ["validateNotBefore", input.attribute("validate-not-before", "flag")],
      ["validateNotAfter", input.attribute("validate-not-after", "flag")],
      ["ignoreError", input.attribute("ignore-error", "flag")],
      ["identities", list.length ? `[${list.join(", ")}]` : undefined],
    ])})`;
  },
  choose: (input, statements) => {
    const branches = input.element.children.filter((c): c is ReadElement => c.kind === "element");
    const out = branches.map((branch, index) => {
      const entry = new ElementInput(branch, input.context);
      if (branch.name === "when") {
        const condition = entry.required("condition", "expression");
        entry.takeAllChildren();
        entry.finish();
        return `when(${condition}, [${statements(branch.children)}])`;
      }
      if (branch.name === "otherwise" && index === branches.length - 1) {
        entry.takeAllChildren();
        entry.finish();
        return `otherwise([${statements(branch.children)}])`;
      }
      throw new Unmappable(`<${branch.name}> inside <choose>`);
    });
    if (!branches.some((b) => b.name === "when")) throw new Unmappable("<choose> without <when>");
    input.takeAllChildren();
    input.context.use("when");
    if (branches.some((b) => b.name === "otherwise")) input.context.use("otherwise");
    return `choose(${out.join(", ")})`;
  },
  retry: (input, statements) => {
    const options = withId(input, [
      ["condition", input.required("condition", "bool")],
      ["count", input.required("count", "int")],
      ["interval", input.required("interval", "int")],
      ["maxInterval", input.attribute("max-interval", "int")],
      ["delta", input.attribute("delta", "int")],
      ["firstFastRetry", input.attribute("first-fast-retry", "bool")],
    ]);
    input.takeAllChildren();
    return `retry(${options}, [${statements(input.element.children)}])`;
  },
};

const CORE_BUILDERS: Readonly<Record<string, string>> = {
  base: "base",
  "set-header": "setHeader",
  "set-query-parameter": "setQueryParameter",
  "set-variable": "setVariable",
  "set-method": "setMethod",
  "set-body": "setBody",
  "set-status": "setStatus",
  "set-backend-service": "setBackendService",
  "rewrite-uri": "rewriteUri",
  "include-fragment": "includeFragment",
  "forward-request": "forwardRequest",
  "check-header": "checkHeader",
  "rate-limit": "rateLimit",
  "rate-limit-by-key": "rateLimitByKey",
  quota: "quota",
  "quota-by-key": "quotaByKey",
  trace: "trace",
  "return-response": "returnResponse",
  "send-request": "sendRequest",
  "authentication-certificate": "authenticationCertificate",
  "ip-filter": "ipFilter",
  "validate-client-certificate": "validateClientCertificate",
  choose: "choose",
  retry: "retry",
};

/** The import entry of each element, keyed by element name (the one registry). */
export const POLICY_IMPORTS: Readonly<Record<string, ElementImport>> = Object.assign(
  IMPORTS,
  CORE_IMPORTS,
  CACHING_IMPORTS,
  SECURITY_IMPORTS,
  MESSAGE_IMPORTS,
  AI_IMPORTS,
);

/** The builder function each entry calls (imported from "apim-ts"). */
export const BUILDER_OF: Readonly<Record<string, string>> = Object.assign(
  BUILDERS,
  CORE_BUILDERS,
  CACHING_BUILDERS,
  SECURITY_BUILDERS,
  MESSAGE_BUILDERS,
  AI_BUILDERS,
);
