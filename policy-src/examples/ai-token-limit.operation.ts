// An AI token limit with metrics (issue 16's common pattern), for a chat completions operation in
// front of Azure OpenAI: each subscription may consume 2000 tokens a minute and 20000 a day,
// counted from the usage the backend reports (estimate-prompt-tokens false: the gateway does not
// guess the prompt's size); over the minute the caller gets 429, over the day 403, each with
// Retry-After. Every answered call sends Total, Prompt and Completion Tokens to Application
// Insights by subscription, API and client IP. The caller sees what is left of the minute
// (x-ratelimit-remaining-tokens), what the call consumed and what is left of the day; a throttled
// caller also gets the reason and the wait in seconds as headers, written in on-error.
import {
  azureOpenAiEmitTokenMetric,
  azureOpenAiTokenLimit,
  base,
  choose,
  policy,
  setHeader,
  when,
  Math,
  type int,
  type long,
} from "apim-ts";

export default policy({
  inbound: [
    base(),
    azureOpenAiTokenLimit({
      counterKey: (context) => context.Subscription.Id,
      tokensPerMinute: 2000,
      tokenQuota: 20000,
      tokenQuotaPeriod: "Daily",
      estimatePromptTokens: false,
      retryAfterVariableName: "retryAfter",
      remainingTokensHeaderName: "x-ratelimit-remaining-tokens",
      remainingQuotaTokensVariableName: "remainingQuotaTokens",
      tokensConsumedVariableName: "tokensConsumed",
    }),
    azureOpenAiEmitTokenMetric(
      [
        { name: "Subscription ID" },
        { name: "API ID" },
        { name: "Client IP", value: (context) => context.Request.IpAddress },
      ],
      { namespace: "openai" },
    ),
  ],
  backend: [base()],
  outbound: [
    base(),
    setHeader(
      "x-tokens-consumed",
      (context) => `${context.Variables.GetValueOrDefault<int>("tokensConsumed", 0)}`,
    ),
    setHeader(
      "x-quota-remaining-tokens",
      (context) =>
        `${Math.Max(
          0,
          context.Variables.GetValueOrDefault<long>("remainingQuotaTokens", 0) -
            context.Variables.GetValueOrDefault<int>("tokensConsumed", 0),
        )}`,
    ),
  ],
  onError: [
    base(),
    choose(
      when(
        (context) => context.Variables.ContainsKey("retryAfter"),
        [
          setHeader("x-throttled-by", (context) => context.LastError.Reason),
          setHeader(
            "x-retry-after-seconds",
            (context) => `${context.Variables.GetValueOrDefault<int>("retryAfter", 0)}`,
          ),
        ],
      ),
    ),
  ],
});
