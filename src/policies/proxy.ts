// <proxy url username password>: routes the requests forwarded to the backend through an HTTP
// proxy (proxy-policy.md). Inbound only; every attribute accepts policy expressions ("Policy
// expressions: supported"); "Only HTTP (not HTTPS) is supported between the gateway and the proxy".
import type { Value } from "../model/expression.ts";
import { element, type XmlNode } from "../emit/xml-tree.ts";
import { definePolicy } from "./define-policy.ts";
import { checked, required } from "./rules.ts";
import { slot, type CommonOptions, type StatementBase } from "./statement-base.ts";

export interface ProxyOptions extends CommonOptions {
  /** Proxy URL "in the form of http://host:port". */
  readonly url: Value<string>;
  /** Username for authentication with the proxy (Basic or NTLM). */
  readonly username?: Value<string>;
  /** Password for authentication with the proxy. */
  readonly password?: Value<string>;
}

export type ProxyStatement = StatementBase<"proxy"> & ProxyOptions;

/** `<proxy>`: the requests forwarded to the backend go through this HTTP proxy. */
export function proxy(options: ProxyOptions): ProxyStatement {
  return checked(proxyPolicy, { kind: "proxy", ...options });
}

/** proxy-policy.md: "Proxy URL in the form of http://host:port"; HTTPS to the proxy is not supported. */
export function proxyUrlProblem(url: string): string | undefined {
  if (!/^http:\/\/[^/:?#\s]+(?::\d+)?\/?$/i.test(url))
    return `proxy url '${url}' is not of the form http://host:port (only HTTP, not HTTPS, is supported between the gateway and the proxy)`;
  return undefined;
}

export const proxyPolicy = definePolicy({
  element: "proxy",
  sections: ["inbound"],
  builders: ["proxy"],
  reference: "https://learn.microsoft.com/azure/api-management/proxy-policy",
  summary: "Routes the requests forwarded to the backend through an HTTP proxy.",
  toXml: (statement: ProxyStatement): XmlNode =>
    element("proxy", {
      id: statement.id,
      url: slot(statement.url),
      username: slot(statement.username),
      password: slot(statement.password),
    }),
  // proxy-policy.md, Attributes: url is required, "in the form of http://host:port"; username and
  // password are optional.
  validate: (statement, check): void => {
    if (required(check, statement.url, "proxy url") && typeof statement.url === "string") {
      const problem = proxyUrlProblem(statement.url);
      if (problem && !statement.url.includes("{{")) check.error(problem);
    }
  },
});
