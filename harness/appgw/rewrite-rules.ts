// Rewrite rule sets: checked once when the gateway is created (placeholders and condition variables
// must name things the gateway knows), then applied per request. Rules run in ascending
// `ruleSequence`; a rule's conditions AND together; conditions read the request as it arrived.
// A header set to an empty value is removed: that is how the seed's HTTPS listener strips a forged
// X-Client-Certificate, and why `{var_client_certificate}` without a certificate removes it too.
// "You can rewrite all headers in requests and responses, except for the Connection and Upgrade
// headers" ("Rewrite HTTP headers and URL with Application Gateway"): a rule on either is refused
// when the gateway is created (field report 13). Azure's own error name for it is not documented;
// the code below is the harness's.
import { HeaderMap } from "../apim/header-map.ts";
import type {
  HeaderConfiguration,
  RewriteRule,
  RewriteRuleCondition,
  RewriteRuleSetProperties,
} from "./configuration.ts";
import type { ProblemList } from "./configuration-error.ts";
import { isServerVariable, SERVER_VARIABLES, type ServerVariables } from "./server-variables.ts";

/** A checked rewrite rule. */
export interface CompiledRewriteRule {
  readonly name: string;
  readonly ruleSequence: number;
  readonly conditions: readonly CompiledCondition[];
  readonly requestHeaders: readonly HeaderConfiguration[];
  readonly responseHeaders: readonly HeaderConfiguration[];
}

interface CompiledCondition {
  readonly variable: string;
  readonly pattern: RegExp;
  readonly negate: boolean;
}

/** The request and response a rule set reads from. */
export interface RewriteInput {
  readonly variables: ServerVariables;
  /** Request headers as the client sent them (conditions and `{http_req_...}` read these). */
  readonly requestHeaders: HeaderMap;
  /** Response headers as the backend answered (only when rewriting the response). */
  readonly responseHeaders?: HeaderMap;
}

const PLACEHOLDER = /\{(var|http_req|http_resp)_([A-Za-z0-9_-]+)\}/g;

function checkVariable(
  kind: string,
  name: string,
  path: string,
  response: boolean,
  problems: ProblemList,
): void {
  if (kind === "var" && !isServerVariable(name)) {
    problems.add(
      path,
      "UnknownServerVariable",
      `'var_${name}' is not a server variable the simulation knows (known: ${SERVER_VARIABLES.join(", ")})`,
    );
  } else if (kind === "http_resp" && !response) {
    problems.add(
      path,
      "InvalidServerVariable",
      `'http_resp_${name}' cannot be used when rewriting the request`,
    );
  }
}

function checkValue(value: unknown, path: string, response: boolean, problems: ProblemList): void {
  if (typeof value !== "string") {
    problems.add(
      path,
      "InvalidHeaderValue",
      "headerValue must be a string (an empty string removes the header)",
    );
    return;
  }
  for (const match of value.matchAll(PLACEHOLDER))
    checkVariable(match[1]!, match[2]!, path, response, problems);
  const unknown = value.replace(PLACEHOLDER, "").match(/\{[^}]*\}/);
  if (unknown)
    problems.add(
      path,
      "UnknownServerVariable",
      `'${unknown[0]}' is not a {var_...}, {http_req_...} or {http_resp_...} placeholder`,
    );
}

/** Connection and Upgrade cannot be rewritten (rewrite-http-headers-url article, intro). */
function checkHeaderName(name: unknown, path: string, problems: ProblemList): void {
  if (typeof name !== "string" || name === "") {
    problems.add(path, "InvalidHeaderName", "headerName must be a non-empty string");
    return;
  }
  if (/^(connection|upgrade)$/i.test(name))
    problems.add(
      path,
      "HeaderNotRewritable",
      `'${name}' cannot be rewritten: "You can rewrite all headers in requests and responses, except for the ` +
        'Connection and Upgrade headers" (Rewrite HTTP headers and URL with Application Gateway)',
    );
}

function compileCondition(
  condition: RewriteRuleCondition,
  path: string,
  problems: ProblemList,
): CompiledCondition | undefined {
  const match = /^(var|http_req|http_resp)_(.+)$/.exec(condition.variable ?? "");
  if (!match) {
    problems.add(
      `${path}.variable`,
      "UnknownServerVariable",
      `'${String(condition.variable)}' must be var_<server variable>, http_req_<header> or http_resp_<header>`,
    );
    return undefined;
  }
  checkVariable(match[1]!, match[2]!, `${path}.variable`, true, problems);
  try {
    // Azure's conditions are case-insensitive unless ignoreCase is false.
    const pattern = new RegExp(condition.pattern, condition.ignoreCase === false ? "" : "i");
    return { variable: condition.variable, pattern, negate: condition.negate === true };
  } catch (error) {
    problems.add(`${path}.pattern`, "InvalidRewriteRuleConditionPattern", (error as Error).message);
    return undefined;
  }
}

/** Checks a rule set (`path` is the set's `properties`) and returns its rules in execution order. */
export function compileRewriteRuleSet(
  properties: RewriteRuleSetProperties,
  path: string,
  problems: ProblemList,
): CompiledRewriteRule[] {
  const rules: CompiledRewriteRule[] = [];
  const sequences = new Set<number>();
  (properties.rewriteRules ?? []).forEach((rule: RewriteRule, index) => {
    const rulePath = `${path}.rewriteRules[${index}]`;
    if (!Number.isInteger(rule.ruleSequence))
      problems.add(
        `${rulePath}.ruleSequence`,
        "InvalidRuleSequence",
        "ruleSequence must be an integer",
      );
    else if (sequences.has(rule.ruleSequence))
      problems.add(
        `${rulePath}.ruleSequence`,
        "DuplicateRuleSequence",
        `another rule of the set already has ruleSequence ${rule.ruleSequence}`,
      );
    sequences.add(rule.ruleSequence);
    const actionSet = rule.actionSet ?? {};
    if (actionSet.urlConfiguration !== undefined)
      problems.add(
        `${rulePath}.actionSet.urlConfiguration`,
        "NotSimulated",
        "URL rewrites are not simulated",
      );
    const conditions = (rule.conditions ?? []).flatMap(
      (condition, i) => compileCondition(condition, `${rulePath}.conditions[${i}]`, problems) ?? [],
    );
    const requestHeaders = actionSet.requestHeaderConfigurations ?? [];
    const responseHeaders = actionSet.responseHeaderConfigurations ?? [];
    requestHeaders.forEach((header, i) =>
      checkHeaderName(
        header.headerName,
        `${rulePath}.actionSet.requestHeaderConfigurations[${i}].headerName`,
        problems,
      ),
    );
    responseHeaders.forEach((header, i) =>
      checkHeaderName(
        header.headerName,
        `${rulePath}.actionSet.responseHeaderConfigurations[${i}].headerName`,
        problems,
      ),
    );
    requestHeaders.forEach((header, i) =>
      checkValue(
        header.headerValue,
        `${rulePath}.actionSet.requestHeaderConfigurations[${i}].headerValue`,
        false,
        problems,
      ),
    );
    responseHeaders.forEach((header, i) =>
      checkValue(
        header.headerValue,
        `${rulePath}.actionSet.responseHeaderConfigurations[${i}].headerValue`,
        true,
        problems,
      ),
    );
    rules.push({
      name: rule.name,
      ruleSequence: rule.ruleSequence,
      conditions,
      requestHeaders,
      responseHeaders,
    });
  });
  return rules.sort((a, b) => a.ruleSequence - b.ruleSequence);
}

function lookup(kind: string, name: string, input: RewriteInput): string {
  if (kind === "var") return input.variables[name as keyof ServerVariables] ?? "";
  const headers = kind === "http_req" ? input.requestHeaders : input.responseHeaders;
  // Header names in variables use underscores for dashes (http_req_X_Client_Certificate), as in Azure.
  return (
    headers?.GetValueOrDefault(name) ?? headers?.GetValueOrDefault(name.replace(/_/g, "-")) ?? ""
  );
}

function substitute(value: string, input: RewriteInput): string {
  return value.replace(PLACEHOLDER, (_match, kind: string, name: string) =>
    lookup(kind, name, input),
  );
}

function matches(rule: CompiledRewriteRule, input: RewriteInput): boolean {
  return rule.conditions.every((condition) => {
    const [, kind, name] = /^(var|http_req|http_resp)_(.+)$/.exec(condition.variable)!;
    return condition.pattern.test(lookup(kind!, name!, input)) !== condition.negate;
  });
}

/** A record of one rule that ran. */
export interface AppliedRewrite {
  readonly rule: string;
  readonly header: string;
  /** The value set, or null when the header was removed. */
  readonly value: string | null;
}

/** Applies the rules' request (or response) header configurations to `target`; returns what was done. */
export function applyRewriteRules(
  rules: readonly CompiledRewriteRule[],
  input: RewriteInput,
  target: HeaderMap,
  side: "request" | "response",
): AppliedRewrite[] {
  const applied: AppliedRewrite[] = [];
  for (const rule of rules) {
    if (!matches(rule, input)) continue;
    for (const header of side === "request" ? rule.requestHeaders : rule.responseHeaders) {
      const value = substitute(header.headerValue, input);
      if (value === "") target.delete(header.headerName);
      else target.set(header.headerName, [value]);
      applied.push({
        rule: rule.name,
        header: header.headerName,
        value: value === "" ? null : value,
      });
    }
  }
  return applied;
}
