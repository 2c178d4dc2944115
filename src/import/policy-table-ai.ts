// The import entries of the AI gateway policies: llm-token-limit, azure-openai-token-limit,
// llm-emit-token-metric and azure-openai-emit-token-metric. Each mirrors its policy's `toXml`
// (src/policies/token-limit-attributes.ts, token-metric-attributes.ts): the same attributes, the
// dimensions as children, the same slot kinds. What the builder does not write leaves the element
// as rawXml(...).
import { callArguments, withId, type ElementImport } from "./policy-import-helpers.ts";
import { metricDimensions } from "./policy-table-messages.ts";
import { TOKEN_LIMIT_NAMES } from "../policies/token-limit-attributes.ts";

const tokenLimit =
  (builder: string): ElementImport =>
  (input) =>
    `${builder}(${withId(input, [
      ["counterKey", input.required("counter-key", "value")],
      ["tokensPerMinute", input.attribute("tokens-per-minute", "int")],
      ["tokenQuota", input.attribute("token-quota", "int")],
      ["tokenQuotaPeriod", input.attribute("token-quota-period", "value")],
      ["estimatePromptTokens", input.attribute("estimate-prompt-tokens", "literalBool")],
      ...TOKEN_LIMIT_NAMES.map(([key, name]) => [key, input.attribute(name, "literal")] as const),
    ])})`;

export const AI_IMPORTS: Readonly<Record<string, ElementImport>> = {
  "llm-token-limit": tokenLimit("llmTokenLimit"),
  "azure-openai-token-limit": tokenLimit("azureOpenAiTokenLimit"),
  "llm-emit-token-metric": (input) =>
    `llmEmitTokenMetric(${callArguments([
      metricDimensions(input),
      withId(input, [["namespace", input.attribute("namespace", "literal")]]),
    ])})`,
  "azure-openai-emit-token-metric": (input) =>
    `azureOpenAiEmitTokenMetric(${callArguments([
      metricDimensions(input),
      withId(input, [
        ["namespace", input.attribute("namespace", "literal")],
        ["value", input.attribute("value", "double")],
      ]),
    ])})`,
};

export const AI_BUILDERS: Readonly<Record<string, string>> = {
  "llm-token-limit": "llmTokenLimit",
  "azure-openai-token-limit": "azureOpenAiTokenLimit",
  "llm-emit-token-metric": "llmEmitTokenMetric",
  "azure-openai-emit-token-metric": "azureOpenAiEmitTokenMetric",
};
