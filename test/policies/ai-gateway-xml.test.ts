// The XML of the AI gateway policies: llm-token-limit, azure-openai-token-limit,
// llm-emit-token-metric and azure-openai-emit-token-metric. Each reference page's examples authored
// in TypeScript emit the page's XML (modulo formatting), every documented attribute is written in
// the policy statement's order, and the builders refuse what the pages rule out.
import { describe, expect, it } from "vitest";
import { sectionPrinter } from "../support/emitted-xml.ts";
import * as apim from "../../src/index.ts";

const xmlOf = sectionPrinter(import.meta.filename);
const inbound = (...statements: apim.InboundStatement[]) =>
  xmlOf(apim.policy({ inbound: statements }));

describe("llm-token-limit (llm-token-limit-policy.md)", () => {
  it("the page's Token rate limit example", () => {
    expect(
      inbound(
        apim.llmTokenLimit({
          counterKey: (context) => context.Request.IpAddress,
          tokensPerMinute: 5000,
          estimatePromptTokens: false,
          remainingTokensVariableName: "remainingTokens",
        }),
      ),
    ).toBe(
      '<llm-token-limit counter-key="@(context.Request.IpAddress)" tokens-per-minute="5000" estimate-prompt-tokens="false" remaining-tokens-variable-name="remainingTokens" />',
    );
  });

  it("the page's Token quota example (which omits estimate-prompt-tokens)", () => {
    expect(
      inbound(
        apim.llmTokenLimit({
          counterKey: (context) => context.Subscription.Id,
          tokenQuota: 10000,
          tokenQuotaPeriod: "Daily",
          remainingQuotaTokensVariableName: "remainingQuotaTokens",
        }),
      ),
    ).toBe(
      '<llm-token-limit counter-key="@(context.Subscription.Id)" token-quota="10000" token-quota-period="Daily" remaining-quota-tokens-variable-name="remainingQuotaTokens" />',
    );
  });
});

describe("azure-openai-token-limit (azure-openai-token-limit-policy.md)", () => {
  it("the page's example", () => {
    expect(
      inbound(
        apim.azureOpenAiTokenLimit({
          counterKey: (context) => context.Request.IpAddress,
          tokensPerMinute: 5000,
          estimatePromptTokens: false,
          remainingTokensVariableName: "remainingTokens",
        }),
      ),
    ).toBe(
      '<azure-openai-token-limit counter-key="@(context.Request.IpAddress)" tokens-per-minute="5000" estimate-prompt-tokens="false" remaining-tokens-variable-name="remainingTokens" />',
    );
  });
});

describe.each([
  ["llm-token-limit", apim.llmTokenLimit],
  ["azure-openai-token-limit", apim.azureOpenAiTokenLimit],
] as const)("%s attributes", (element, tokenLimit) => {
  it("writes every attribute in the policy statement's order", () => {
    expect(
      inbound(
        tokenLimit({
          id: "tokens",
          counterKey: "team-a",
          tokensPerMinute: 1000,
          tokenQuota: 50000,
          tokenQuotaPeriod: "Monthly",
          estimatePromptTokens: false,
          retryAfterHeaderName: "X-Retry",
          retryAfterVariableName: "retry",
          remainingQuotaTokensHeaderName: "X-Quota",
          remainingQuotaTokensVariableName: "quota",
          remainingTokensHeaderName: "X-Tokens",
          remainingTokensVariableName: "tokens",
          tokensConsumedHeaderName: "X-Consumed",
          tokensConsumedVariableName: "consumed",
        }),
      ),
    ).toBe(
      `<${element} id="tokens" counter-key="team-a" tokens-per-minute="1000" token-quota="50000" token-quota-period="Monthly" estimate-prompt-tokens="false" retry-after-header-name="X-Retry" retry-after-variable-name="retry" remaining-quota-tokens-header-name="X-Quota" remaining-quota-tokens-variable-name="quota" remaining-tokens-header-name="X-Tokens" remaining-tokens-variable-name="tokens" tokens-consumed-header-name="X-Consumed" tokens-consumed-variable-name="consumed" />`,
    );
  });

  it("the limits and the period as expressions", () => {
    expect(
      inbound(
        tokenLimit({
          counterKey: "k",
          tokensPerMinute: (context) => context.Request.Url.Port,
          tokenQuota: (context) => context.Request.Url.Port * 100,
          tokenQuotaPeriod: (context) => (context.Request.Url.Port === 443 ? "Daily" : "Hourly"),
          estimatePromptTokens: true,
        }),
      ),
    ).toBe(
      `<${element} counter-key="k" tokens-per-minute="@(context.Request.Url.Port)" token-quota="@(context.Request.Url.Port * 100)" token-quota-period="@(context.Request.Url.Port == 443 ? "Daily" : "Hourly")" estimate-prompt-tokens="true" />`,
    );
  });

  it("refuses what the Attributes table rules out", () => {
    expect(() => tokenLimit({ counterKey: "k" })).toThrow(/needs tokens-per-minute, a token-quota/);
    expect(() => tokenLimit({ counterKey: "k", tokenQuota: 10 })).toThrow(/go together/);
    expect(() => tokenLimit({ counterKey: "k", tokenQuotaPeriod: "Daily" })).toThrow(/go together/);
    expect(() =>
      tokenLimit({ counterKey: "k", tokenQuota: 10, tokenQuotaPeriod: "Minutely" as never }),
    ).toThrow(/'Minutely' is not one of 'Hourly', 'Daily', 'Weekly', 'Monthly', 'Yearly'/);
    expect(() => tokenLimit({ counterKey: "", tokensPerMinute: 1 })).toThrow(/counter-key/);
    expect(() => tokenLimit({ counterKey: "k", tokensPerMinute: 0 })).toThrow(
      /tokens-per-minute must be an integer from 1/,
    );
    expect(() => tokenLimit({ counterKey: "k", tokensPerMinute: 2_147_483_648 })).toThrow(
      /tokens-per-minute/,
    );
    expect(() =>
      tokenLimit({ counterKey: "k", tokensPerMinute: 1, estimatePromptTokens: "no" as never }),
    ).toThrow(/estimate-prompt-tokens must be true or false/);
    expect(() =>
      tokenLimit({
        counterKey: "k",
        tokensPerMinute: 1,
        remainingTokensHeaderName: (() => "X") as never,
      }),
    ).toThrow(/remaining-tokens-header-name accepts no policy expression/);
    expect(() =>
      tokenLimit({ counterKey: "k", tokensPerMinute: 1, tokensConsumedVariableName: "" }),
    ).toThrow(/tokens-consumed-variable-name must be a non-empty string/);
  });
});

describe("llm-emit-token-metric (llm-emit-token-metric-policy.md)", () => {
  it("the page's example: namespace MyLLM with the API ID default dimension", () => {
    expect(inbound(apim.llmEmitTokenMetric([{ name: "API ID" }], { namespace: "MyLLM" }))).toBe(
      [
        '<llm-emit-token-metric namespace="MyLLM">',
        '    <dimension name="API ID" />',
        "</llm-emit-token-metric>",
      ].join("\n"),
    );
  });

  it("the earlier page's example: User ID, Client IP and API ID; Backend ID is a default dimension here", () => {
    expect(
      inbound(
        apim.llmEmitTokenMetric(
          [
            { name: "User ID" },
            { name: "Client IP", value: (context) => context.Request.IpAddress },
            { name: "API ID" },
            { name: "Backend ID" },
          ],
          { id: "metrics", namespace: "MyLLM" },
        ),
      ),
    ).toBe(
      [
        '<llm-emit-token-metric id="metrics" namespace="MyLLM">',
        '    <dimension name="User ID" />',
        '    <dimension name="Client IP" value="@(context.Request.IpAddress)" />',
        '    <dimension name="API ID" />',
        '    <dimension name="Backend ID" />',
        "</llm-emit-token-metric>",
      ].join("\n"),
    );
  });

  it("refuses no dimension, more than 5, a custom dimension without value, a namespace expression", () => {
    expect(() => apim.llmEmitTokenMetric([])).toThrow(/at least one dimension/);
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `d${i}`, value: "v" }));
    expect(() => apim.llmEmitTokenMetric(six)).toThrow(/6 dimensions; APIM allows at most 5/);
    expect(() => apim.llmEmitTokenMetric([{ name: "Client IP" }])).toThrow(
      /only the default dimensions/,
    );
    expect(() =>
      apim.llmEmitTokenMetric([{ name: "API ID" }], { namespace: (() => "n") as never }),
    ).toThrow(/namespace accepts no policy expression/);
  });
});

describe("azure-openai-emit-token-metric (azure-openai-emit-token-metric-policy.md)", () => {
  it("the page's example: namespace AzureOpenAI with User ID, Client IP and API ID", () => {
    expect(
      inbound(
        apim.azureOpenAiEmitTokenMetric(
          [
            { name: "User ID" },
            { name: "Client IP", value: (context) => context.Request.IpAddress },
            { name: "API ID" },
          ],
          { namespace: "AzureOpenAI" },
        ),
      ),
    ).toBe(
      [
        '<azure-openai-emit-token-metric namespace="AzureOpenAI">',
        '    <dimension name="User ID" />',
        '    <dimension name="Client IP" value="@(context.Request.IpAddress)" />',
        '    <dimension name="API ID" />',
        "</azure-openai-emit-token-metric>",
      ].join("\n"),
    );
  });

  it("writes the Attributes table's value (a double or an expression)", () => {
    expect(
      inbound(
        apim.azureOpenAiEmitTokenMetric([{ name: "API ID" }], {
          value: (context) => context.Request.Url.Port * 0.5,
        }),
      ),
    ).toBe(
      [
        '<azure-openai-emit-token-metric value="@(context.Request.Url.Port * 0.5)">',
        '    <dimension name="API ID" />',
        "</azure-openai-emit-token-metric>",
      ].join("\n"),
    );
  });

  it("refuses more than 10 dimensions, Backend ID without value (not a default here), a value that is not a number", () => {
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `d${i}`, value: "v" }));
    expect(() => apim.azureOpenAiEmitTokenMetric(eleven)).toThrow(/at most 10/);
    expect(() => apim.azureOpenAiEmitTokenMetric([{ name: "Backend ID" }])).toThrow(
      /only the default dimensions/,
    );
    expect(() =>
      apim.azureOpenAiEmitTokenMetric([{ name: "API ID" }], { value: "1" as never }),
    ).toThrow(/value must be a number/);
  });
});
