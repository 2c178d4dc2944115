// <llm-emit-token-metric namespace><dimension name value/>...</llm-emit-token-metric>: sends the
// token counts of an LLM API call to Application Insights (llm-emit-token-metric-policy.md):
// "Token count metrics include: Total Tokens, Prompt Tokens, and Completion Tokens", read from
// "the usage section of the response from the LLM API". At most 5 dimensions (Usage notes, page of
// 05/27/2026); "Backend ID" joins the default dimensions. Inbound only.
import { DEFAULT_METRIC_DIMENSIONS, type MetricDimension } from "./emit-metric.ts";
import { definePolicy } from "./define-policy.ts";
import { checked } from "./rules.ts";
import type { StatementBase } from "./statement-base.ts";
import {
  checkTokenMetric,
  tokenMetricXml,
  type TokenMetricLimits,
  type TokenMetricOptions,
} from "./token-metric-attributes.ts";
import type { XmlNode } from "../emit/xml-tree.ts";

/** The llm page's limits: 5 dimensions; the defaults of emit-metric and "Backend ID". */
export const LLM_TOKEN_METRIC_LIMITS: TokenMetricLimits = {
  maxDimensions: 5,
  defaultDimensions: [...DEFAULT_METRIC_DIMENSIONS, "Backend ID"],
};

export interface LlmEmitTokenMetric
  extends StatementBase<"llm-emit-token-metric">, TokenMetricOptions {
  readonly dimensions: readonly MetricDimension[];
}

/** `<llm-emit-token-metric>`: the backend's reported token usage as metrics, with dimensions. */
export function llmEmitTokenMetric(
  dimensions: readonly MetricDimension[],
  options: TokenMetricOptions = {},
): LlmEmitTokenMetric {
  return checked(llmEmitTokenMetricPolicy, {
    kind: "llm-emit-token-metric",
    dimensions,
    ...options,
  });
}

export const llmEmitTokenMetricPolicy = definePolicy({
  element: "llm-emit-token-metric",
  sections: ["inbound"],
  builders: ["llmEmitTokenMetric"],
  reference: "https://learn.microsoft.com/azure/api-management/llm-emit-token-metric-policy",
  summary: "Sends an LLM API call's total, prompt and completion token counts as metrics.",
  toXml: (statement: LlmEmitTokenMetric): XmlNode =>
    tokenMetricXml("llm-emit-token-metric", statement),
  validate: (statement, check): void =>
    checkTokenMetric("llm-emit-token-metric", statement, LLM_TOKEN_METRIC_LIMITS, check),
});
