// <llm-emit-token-metric> and <azure-openai-emit-token-metric> (llm-emit-token-metric-policy.md,
// azure-openai-emit-token-metric-policy.md): "Token count metrics include: Total Tokens, Prompt
// Tokens, and Completion Tokens", from "the usage section of the response" (token-usage.ts). The
// policy runs in inbound, where its dimensions are evaluated (as emit-metric's, emit-metric.ts);
// the metrics are recorded in the result's metrics, in that order, in `namespace` (default "API
// Management"), once the backend answers: a request that never reaches the backend sends none
// (chosen: there is no usage to report). A count the usage section lacks (an embeddings answer has
// no completion_tokens) is not sent (chosen: "Where available, values in the usage section ... are
// used"). Refused: a streamed request and an answer without usage (token-usage.ts), the Azure
// OpenAI page's `value` (its effect on token counts is not documented), and "Backend ID" without a
// value (the llm page's default dimension: the harness's context has no backend id).
import type { AzureOpenAiEmitTokenMetric } from "../../../src/policies/azure-openai-emit-token-metric.ts";
import type { LlmEmitTokenMetric } from "../../../src/policies/llm-emit-token-metric.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { DEFAULT_VALUES, metricDimensions } from "./emit-metric.ts";
import { refuseStreaming, reportedUsage, type TokenUsage } from "./token-usage.ts";

/** The metric names and where each count comes from, in the pages' order. */
const TOKEN_METRICS: readonly (readonly [string, keyof TokenUsage])[] = [
  ["Total Tokens", "totalTokens"],
  ["Prompt Tokens", "promptTokens"],
  ["Completion Tokens", "completionTokens"],
];

export const runEmitTokenMetric: PolicyHandler<LlmEmitTokenMetric | AzureOpenAiEmitTokenMetric> = (
  run,
) => {
  const { statement, execution } = run;
  if ("value" in statement && statement.value !== undefined)
    throw new HarnessRefusal(
      `${statement.kind} value: the page lists it ("Value of metric expressed as a double") but does not say what it does to the token counts; leave it out`,
    );
  refuseStreaming(statement.kind, execution.request);
  const dimensions = metricDimensions(run, statement.dimensions, DEFAULT_VALUES);
  const namespace = statement.namespace ?? "API Management";
  const location = { scope: run.frame.scope, section: run.frame.section, path: run.frame.path };
  execution.backendListeners.push({
    answered: (response) => {
      const usage = reportedUsage(statement.kind, response);
      for (const [name, field] of TOKEN_METRICS) {
        const value = usage[field];
        if (value === undefined) continue;
        execution.metrics.push({ name, namespace, value, dimensions, location });
      }
      run.note(`${statement.kind} ${namespace}: ${usage.totalTokens} total tokens`);
    },
  });
  run.note(`${statement.kind} ${namespace}: waiting for the backend's usage`);
};
