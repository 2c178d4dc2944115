// <azure-openai-emit-token-metric namespace value><dimension name value/>...
// </azure-openai-emit-token-metric>: sends the token counts of an Azure OpenAI call to
// Application Insights (azure-openai-emit-token-metric-policy.md): "Token count metrics include:
// Total Tokens, Prompt Tokens, and Completion Tokens", read from "the usage section of the
// response". At most 10 dimensions (Usage notes), the seven default dimensions of emit-metric.
// The page's Attributes table also lists `value` ("Value of metric expressed as a double. Policy
// expressions are allowed", default 1) without saying what it does to token counts: the builder
// writes it, the harness refuses it. Inbound only.
import type { double } from "../dotnet/types.ts";
import type { Value } from "../model/expression.ts";
import { isExpressionSlot } from "../model/expression.ts";
import {
  DEFAULT_METRIC_DIMENSIONS,
  MAX_METRIC_DIMENSIONS,
  type MetricDimension,
} from "./emit-metric.ts";
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

/** The Azure OpenAI page's limits: 10 dimensions; the defaults of emit-metric. */
export const AZURE_OPENAI_TOKEN_METRIC_LIMITS: TokenMetricLimits = {
  maxDimensions: MAX_METRIC_DIMENSIONS,
  defaultDimensions: DEFAULT_METRIC_DIMENSIONS,
};

export interface AzureOpenAiEmitTokenMetricOptions extends TokenMetricOptions {
  /** The page's `value` (a double, default 1); its effect on token metrics is not documented. */
  readonly value?: Value<double>;
}

export interface AzureOpenAiEmitTokenMetric
  extends StatementBase<"azure-openai-emit-token-metric">, AzureOpenAiEmitTokenMetricOptions {
  readonly dimensions: readonly MetricDimension[];
}

/** `<azure-openai-emit-token-metric>`: Azure OpenAI's reported token usage as metrics. */
export function azureOpenAiEmitTokenMetric(
  dimensions: readonly MetricDimension[],
  options: AzureOpenAiEmitTokenMetricOptions = {},
): AzureOpenAiEmitTokenMetric {
  return checked(azureOpenAiEmitTokenMetricPolicy, {
    kind: "azure-openai-emit-token-metric",
    dimensions,
    ...options,
  });
}

export const azureOpenAiEmitTokenMetricPolicy = definePolicy({
  element: "azure-openai-emit-token-metric",
  sections: ["inbound"],
  builders: ["azureOpenAiEmitTokenMetric"],
  reference:
    "https://learn.microsoft.com/azure/api-management/azure-openai-emit-token-metric-policy",
  summary: "Sends an Azure OpenAI call's total, prompt and completion token counts as metrics.",
  toXml: (statement: AzureOpenAiEmitTokenMetric): XmlNode =>
    tokenMetricXml("azure-openai-emit-token-metric", statement),
  validate: (statement, check): void => {
    checkTokenMetric(
      "azure-openai-emit-token-metric",
      statement,
      AZURE_OPENAI_TOKEN_METRIC_LIMITS,
      check,
    );
    const value: unknown = statement.value;
    if (
      value !== undefined &&
      !isExpressionSlot(value) &&
      !(typeof value === "number" && Number.isFinite(value))
    )
      check.error(
        `azure-openai-emit-token-metric value must be a number (a double), got ${String(value)}`,
      );
  },
});
