// <azure-openai-token-limit>: limits the Azure OpenAI tokens a key may consume, per minute (429
// when exceeded) and/or per quota period (403 when exceeded) (azure-openai-token-limit-policy.md).
// The attributes, their XML and their rules are the ones llm-token-limit shares
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

export interface AzureOpenAiTokenLimit
  extends StatementBase<"azure-openai-token-limit">, TokenLimitOptions {}

/** `<azure-openai-token-limit>`: tokens per minute and/or a token quota per key, from Azure OpenAI's usage. */
export function azureOpenAiTokenLimit(options: TokenLimitOptions): AzureOpenAiTokenLimit {
  return checked(azureOpenAiTokenLimitPolicy, { kind: "azure-openai-token-limit", ...options });
}

export const azureOpenAiTokenLimitPolicy = definePolicy({
  element: "azure-openai-token-limit",
  sections: ["inbound"],
  builders: ["azureOpenAiTokenLimit"],
  reference: "https://learn.microsoft.com/azure/api-management/azure-openai-token-limit-policy",
  summary: "Limits Azure OpenAI tokens per key: per minute (429) and/or a quota per period (403).",
  toXml: (statement: AzureOpenAiTokenLimit): XmlNode =>
    tokenLimitXml("azure-openai-token-limit", statement),
  validate: (statement, check): void =>
    checkTokenLimit("azure-openai-token-limit", statement, check),
});
