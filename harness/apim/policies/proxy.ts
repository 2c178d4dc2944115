// <proxy>: the requests forward-request sends afterwards go through this HTTP proxy
// (proxy-policy.md: "route requests forwarded to backends via an HTTP proxy"). The harness has no
// network: it records the proxy on each forwarded request (OutgoingRequest.proxy), or, inside
// send-request, on that call's request ("To route the send-request via HTTP proxy, you must place
// the `proxy` policy inside the `send-request` policy block"), for tests to
// assert, and refuses what it cannot stand for: a URL not of the form http://host:port ("Only
// HTTP (not HTTPS) is supported between the gateway and the proxy"; what APIM does with one at
// run time is not documented), and a URL, username or password an expression gives as null.
import { proxyUrlProblem, type ProxyStatement } from "../../../src/policies/proxy.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { OutgoingRequestState } from "../messages.ts";
import { attributeText } from "./attribute-text.ts";

export const runProxy: PolicyHandler<ProxyStatement> = (run) => {
  const { statement } = run;
  const url = attributeText(run, statement.url, "url");
  const problem = proxyUrlProblem(url);
  if (problem) throw new HarnessRefusal(`${run.segment}: ${problem}`);
  const username =
    statement.username === undefined ? null : attributeText(run, statement.username, "username");
  const password =
    statement.password === undefined ? null : attributeText(run, statement.password, "password");
  const settings = {
    url,
    ...(username === null ? {} : { username }),
    ...(password === null ? {} : { password }),
  };
  // Inside send-request (its target is the request it builds) the proxy is that call's only.
  const target = run.frame.target;
  if (target instanceof OutgoingRequestState) target.proxy = settings;
  else run.execution.proxy = settings;
  run.note(`proxy ${url}${username === null ? "" : ` as ${username}`}`);
};
