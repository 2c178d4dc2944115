// <llm-token-limit>: limits the language-model tokens a key may consume, per minute (429 when
// exceeded) and/or per quota period (403 when exceeded) (llm-token-limit-policy.md). The
// attributes, their XML and their rules are the ones azure-openai-token-limit shares
// (token-limit-attributes.ts). Inbound only.
import { definePolicy } from "./define-policy.ts";
import { checked } from "./rules.ts";
import type { StatementBase } from "./statement-base.ts";
import {
  checkTokenLimit,
  tokenLimitXml,
  type TokenLimitOptions,
} from "./token-limit-attributes.ts";
import type { XmlNode } from "../emit/xml-tree.ts";

export interface LlmTokenLimit extends StatementBase<"llm-token-limit">, TokenLimitOptions {}

/** `<llm-token-limit>`: tokens per minute and/or a token quota per key, counted from the backend's usage. */
export function llmTokenLimit(options: TokenLimitOptions): LlmTokenLimit {
  return checked(llmTokenLimitPolicy, { kind: "llm-token-limit", ...options });
}

export const llmTokenLimitPolicy = definePolicy({
  element: "llm-token-limit",
  sections: ["inbound"],
  builders: ["llmTokenLimit"],
  reference: "https://learn.microsoft.com/azure/api-management/llm-token-limit-policy",
  summary: "Limits an LLM API's tokens per key: per minute (429) and/or a quota per period (403).",
  toXml: (statement: LlmTokenLimit): XmlNode => tokenLimitXml("llm-token-limit", statement),
  validate: (statement, check): void => checkTokenLimit("llm-token-limit", statement, check),
});
