// The import entries of the AI gateway policies: llm-token-limit, azure-openai-token-limit,
// llm-emit-token-metric and azure-openai-emit-token-metric. Each mirrors its policy's `toXml`
// (src/policies/token-limit-attributes.ts, token-metric-attributes.ts): the same attributes, the
// dimensions as children, the same slot kinds. What the builder does not write leaves the element
// as rawXml(...).
import {
  arrayOf,
  callArguments,
  objectLiteral,
  readChild,
  Unmappable,
  withId,
  type ElementImport,
} from "./policy-import-helpers.ts";
import type { ElementInput } from "./element-input.ts";

/** The header and variable names (literal only), option key and attribute. */
const TOKEN_LIMIT_NAMES = [
  ["retryAfterHeaderName", "retry-after-header-name"],
  ["retryAfterVariableName", "retry-after-variable-name"],
  ["remainingQuotaTokensHeaderName", "remaining-quota-tokens-header-name"],
  ["remainingQuotaTokensVariableName", "remaining-quota-tokens-variable-name"],
  ["remainingTokensHeaderName", "remaining-tokens-header-name"],
  ["remainingTokensVariableName", "remaining-tokens-variable-name"],
  ["tokensConsumedHeaderName", "tokens-consumed-header-name"],
  ["tokensConsumedVariableName", "tokens-consumed-variable-name"],
] as const;

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

/** The <dimension name value/> children, as emit-metric's import reads them. */
function dimensions(input: ElementInput): string {
  const read = input.children("dimension").map((d) =>
    readChild(input, d, (entry) =>
      objectLiteral([
        ["name", entry.required("name", "value")],
        ["value", entry.attribute("value", "value")],
      ]),
    ),
  );
  // token-metric-attributes.ts: at least one dimension (the builder refuses none).
  if (read.length === 0) throw new Unmappable(`<${input.element.name}> has no <dimension>`);
  return arrayOf(read)!;
}

export const AI_IMPORTS: Readonly<Record<string, ElementImport>> = {
  "llm-token-limit": tokenLimit("llmTokenLimit"),
  "azure-openai-token-limit": tokenLimit("azureOpenAiTokenLimit"),
  "llm-emit-token-metric": (input) =>
    `llmEmitTokenMetric(${callArguments([
      dimensions(input),
      withId(input, [["namespace", input.attribute("namespace", "literal")]]),
    ])})`,
  "azure-openai-emit-token-metric": (input) =>
    `azureOpenAiEmitTokenMetric(${callArguments([
      dimensions(input),
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
