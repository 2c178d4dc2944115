// <azure-openai-token-limit> (azure-openai-token-limit-policy.md), simulated by token-limit.ts (the
// semantics it shares with the other token limit policy): tokens counted from the usage section of
// the backend's answer once it answers; tokens-per-minute in a sliding one-minute window (429 with
// Retry-After, or the header retry-after-header-name names); token-quota per Hourly, Daily, Monthly
// or Yearly window starting at the UTC time truncated to the unit (403 with Retry-After); the
// remaining-tokens-*, remaining-quota-tokens-*, retry-after-variable-name and tokens-consumed-*
// headers and variables; one counter per counter-key value. Refused where the page is silent:
// estimate-prompt-tokens "true" or omitted (no page defines the estimator), a streamed request, an
// answer without usage, Weekly (the page does not say which day a week starts).
import type { AzureOpenAiTokenLimit } from "../../../src/policies/azure-openai-token-limit.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { runTokenLimit } from "./token-limit.ts";

export const runAzureOpenAiTokenLimit: PolicyHandler<AzureOpenAiTokenLimit> = runTokenLimit;
