// <rewrite-uri>: replaces the path and query of the request (relative to the API's URL suffix, so
// forward-request sends it to the service URL + template) (rewrite-uri-policy.md).
// - A literal template's `{name}`s are the operation URL template's parameters, from its path and
//   its query (`/get?a={b}` names the value of query parameter `a` `b`). The usage notes: "You can't
//   add extra template path parameters in the rewritten URL", so an unknown name is refused.
// - An expression template is used as it is (the page: "the whole value must be an expression");
//   one that still holds `{name}` is refused, the page does not say whether APIM substitutes it.
// - copy-unmatched-params (default true): query parameters of the incoming request that are not in
//   the operation's URL template are added after the template's own (examples 2 and 3: request
//   /get?a=b&c=d, operation /get?a={b}, template /put gives /put?c=d, or /put with false).
// - A trailing `/` of the template reaches the backend: the page says nothing of trailing slashes,
//   but the API Management FAQ ("How does API Management handle trailing slashes when calling
//   backend services?") gives rewrite-uri as the way "to ensure a trailing slash is always added
//   to the outbound backend call" (forwardUrl keeps it for a rewritten path).
// Chosen where the page is silent: substituted values are percent-encoded as path data; a copied
// parameter whose name the template's query already has is not copied again; "incoming" means the
// request as the policies before rewrite-uri left it.
import type { RewriteUri } from "../../../src/policies/rewrite-uri.ts";
import { isExpressionSlot } from "../../../src/model/expression.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";

const PARAMETER = /\{\*?([^{}]+)\}/g;
const HAS_PARAMETER = /\{[^{}]+\}/;

/** The query part of the operation URL template: query name → template parameter name. */
function templateQuery(urlTemplate: string): Map<string, string | undefined> {
  const mapped = new Map<string, string | undefined>();
  const query = urlTemplate.split("?")[1];
  if (!query) return mapped;
  for (const part of query.split("&")) {
    const [name, value] = part.split("=");
    // A value that is one whole {parameter} names it; a fixed value names none (undefined).
    const parameter = /^\{([^{}]+)\}$/.exec(value ?? "");
    if (name) mapped.set(name.toLowerCase(), parameter?.[1]);
  }
  return mapped;
}

export const runRewriteUri: PolicyHandler<RewriteUri> = (run) => {
  const { statement, execution, context } = run;
  const template = run.text(statement.template, "template");
  if (template === null || template.trim() === "") {
    throw new HarnessRefusal(
      `rewrite-uri: the template evaluated to '${String(template)}'; the reference page does not say what APIM does`,
    );
  }
  const copyUnmatched =
    statement.copyUnmatchedParams === undefined
      ? true
      : run.boolean(statement.copyUnmatchedParams, "copy-unmatched-params");
  const urlTemplate = context.Operation.UrlTemplate;
  const queryParameters = templateQuery(urlTemplate);
  const request = execution.request;

  let rewritten = template;
  if (isExpressionSlot(statement.template)) {
    if (HAS_PARAMETER.test(template)) {
      throw new HarnessRefusal(
        `rewrite-uri: the expression gave '${template}', which holds a {parameter}; the reference page does not say whether APIM substitutes it in an expression's value`,
      );
    }
  } else {
    const fromQuery = new Map<string, string>();
    for (const [query, parameter] of queryParameters) {
      const value = [...request.originalUrl.searchParams].find(
        ([name]) => name.toLowerCase() === query,
      )?.[1];
      if (parameter && value !== undefined) fromQuery.set(parameter.toLowerCase(), value);
    }
    rewritten = template.replace(PARAMETER, (_token, name: string) => {
      const value =
        context.Request.MatchedParameters.GetValueOrDefault(name) ??
        fromQuery.get(name.toLowerCase());
      if (value === undefined) {
        throw new HarnessRefusal(
          `rewrite-uri: '{${name}}' is not a parameter of the operation's URL template '${urlTemplate}'; APIM refuses extra template parameters in the rewritten URL`,
        );
      }
      return encodeURIComponent(value);
    });
  }

  const [pathPart, queryPart = ""] = rewritten.split(/\?(.*)/s, 2);
  const pairs: [string, string][] = [...new URLSearchParams(queryPart)];
  if (copyUnmatched) {
    const present = new Set(pairs.map(([name]) => name.toLowerCase()));
    for (const [name, value] of request.url.searchParams) {
      if (queryParameters.has(name.toLowerCase()) || present.has(name.toLowerCase())) continue;
      pairs.push([name, value]);
    }
  }
  // The gateway keeps the API's URL suffix without leading or trailing slashes (gateway.ts).
  const apiPath = context.Api.Path;
  const path = `${apiPath ? `/${apiPath}` : ""}${pathPart!.startsWith("/") ? "" : "/"}${pathPart}`;
  const url = new URL(request.url.href);
  url.pathname = path;
  url.search = new URLSearchParams(pairs).toString();
  const before = request.url.pathname + request.url.search;
  request.url = url;
  request.pathRewritten = true;
  run.note(`rewrite-uri ${before} → ${url.pathname}${url.search}`);
};
