// llm-token-limit and azure-openai-token-limit at their edges (harness/apim/policies/token-limit.ts,
// token-usage.ts): the 403's answer, the counters each element and period keeps, what the log
// says, and the refusals where the pages (llm-token-limit-policy.md,
// azure-openai-token-limit-policy.md) are silent: limits outside their range, a quota period that
// is not one of the five, a null counter key, usage that is not a token count.
import { describe, expect, it } from "vitest";
import { azureOpenAiTokenLimit, base, csharp, llmTokenLimit, policy } from "apim-ts";
import type { TokenLimitOptions } from "apim-ts";
import { chatCompletionsBackend, createGateway, type GatewayOptions } from "apim-ts/harness";

const CHAT = JSON.stringify({ messages: [{ role: "user", content: "Hi" }] });
const chat = { method: "POST", body: CHAT };

describe.each([
  ["llm-token-limit", llmTokenLimit],
  ["azure-openai-token-limit", azureOpenAiTokenLimit],
] as const)("%s", (element, tokenLimit) => {
  const limited = (options: Partial<TokenLimitOptions>) =>
    tokenLimit({ counterKey: "k", estimatePromptTokens: false, ...options });
  const gateway = (options: Partial<TokenLimitOptions>[], extra: GatewayOptions = {}) =>
    createGateway({
      clock: { instant: "2030-01-01T10:50:00Z" },
      policies: { operation: policy({ inbound: options.map(limited), backend: [base()] }) },
      backend: chatCompletionsBackend({ promptTokens: 100, completionTokens: 150 }),
      ...extra,
    });

  // The quota's 403 is the harness's choice in the quota policies' form (docs/project-choices.md):
  // QuotaExceeded, "Out of ... quota. Quota will be replenished in <TimeSpan>." and a JSON body.
  it("the quota's 403: QuotaExceeded, the wait as a TimeSpan in the message and the JSON body", async () => {
    const apim = gateway([{ tokenQuota: 200, tokenQuotaPeriod: "Hourly" }]);
    await apim.send(chat);
    const over = await apim.send(chat);
    const message = "Out of token quota. Quota will be replenished in 00:10:00.";
    expect(over.status).toBe(403);
    expect(over.lastError).toMatchObject({ Reason: "QuotaExceeded", Message: message });
    expect(JSON.parse(over.body)).toEqual({ statusCode: 403, message });
    expect(over.warnings).toContain(
      `${element}: the page documents the 403 and its retry header only; QuotaExceeded, the message and the body are the harness's choice`,
    );
    // No retry-after-variable-name: no variable is set.
    expect(Object.keys(over.variables)).toEqual([]);
  });

  it("the rate's 429 warns that its reason, message and body are rate-limit's", async () => {
    const apim = gateway([{ tokensPerMinute: 200 }]);
    await apim.send(chat);
    expect((await apim.send(chat)).warnings).toContain(
      `${element}: the page documents the 429 and its retry header only; RateLimitExceeded, the message and the body are rate-limit's, the harness's choice`,
    );
  });

  it("logs the counts before the call and the usage the backend reported", async () => {
    const apim = gateway([{ tokensPerMinute: 1000, tokenQuota: 5000, tokenQuotaPeriod: "Daily" }]);
    await apim.send(chat);
    const second = await apim.send(chat);
    expect(second.logText).toContain(
      `${element} 'k': 250/1000 tokens this minute 250/5000 tokens this Daily period`,
    );
    expect(second.logText).toContain(`${element} 'k': the backend reported 250 tokens`);
    const rateOnly = await gateway([{ tokensPerMinute: 1000 }]).send(chat);
    expect(rateOnly.logText).toContain(`${element} 'k': 0/1000 tokens this minute\n`);
    const quotaOnly = await gateway([{ tokenQuota: 900, tokenQuotaPeriod: "Yearly" }]).send(chat);
    expect(quotaOnly.logText).toContain(`${element} 'k': 0/900 tokens this Yearly period\n`);
  });

  it("a policy with a quota only does not count into the minute of a policy with a rate only", async () => {
    // "For each key value, a single counter is used for all scopes at which the policy is
    // configured" (counter-key): the minute counts what the rate's own policy sees.
    const apim = gateway([
      { tokenQuota: 10_000, tokenQuotaPeriod: "Daily" },
      { tokensPerMinute: 600 },
    ]);
    await apim.send(chat);
    await apim.send(chat);
    // 500 counted once; counted twice (1000) the third request would be refused.
    expect((await apim.send(chat)).status).toBe(200);
    expect((await apim.send(chat)).status).toBe(429);
  });

  it("remaining-tokens-header-name says nothing on a policy without tokens-per-minute", async () => {
    // "the number of remaining tokens corresponding to tokens-per-minute" (Attributes)
    const result = await gateway([
      { tokenQuota: 900, tokenQuotaPeriod: "Daily", remainingTokensHeaderName: "X-Left" },
    ]).send(chat);
    expect(result.status).toBe(200);
    expect(result.header("X-Left")).toBeNull();
  });

  it("tokens-consumed-header-name is not added without the attribute; the variable not set", async () => {
    const result = await gateway([{ tokensPerMinute: 1000 }]).send(chat);
    expect(result.header("X-Tokens")).toBeNull();
    expect(Object.keys(result.variables)).toEqual([]);
  });

  it("refuses limits outside 1 to int.MaxValue (tokens-per-minute) and below 1 (token-quota)", async () => {
    // Literals out of range are rejected when the policy is built; expressions reach the harness.
    const int = (n: number) => csharp(`@(${n}L)`, () => n);
    for (const n of [0, -5, 2_147_483_648])
      await expect(gateway([{ tokensPerMinute: int(n) }]).send(chat)).rejects.toThrow(
        `${element} tokens-per-minute: ${n} is outside 1-2147483647; the page does not say what APIM does`,
      );
    expect((await gateway([{ tokensPerMinute: int(2_147_483_647) }]).send(chat)).status).toBe(200);
    expect((await gateway([{ tokensPerMinute: int(1) }]).send(chat)).status).toBe(200);
    await expect(
      gateway([{ tokenQuota: int(0), tokenQuotaPeriod: "Daily" }]).send(chat),
    ).rejects.toThrow(`${element} token-quota: 0 is outside 1-9007199254740991`);
    const one = await gateway([{ tokenQuota: int(1), tokenQuotaPeriod: "Daily" }]).send(chat);
    expect(one.status).toBe(200);
  });

  it("refuses a quota period expression that is not one of the five, and a null counter key", async () => {
    await expect(
      gateway([
        {
          tokenQuota: 10,
          tokenQuotaPeriod: csharp('@("Fortnightly")', () => "Fortnightly" as "Daily"),
        },
      ]).send(chat),
    ).rejects.toThrow(
      `${element} token-quota-period: 'Fortnightly' is not one of Hourly, Daily, Weekly, Monthly, Yearly`,
    );
    await expect(
      gateway([
        {
          tokensPerMinute: 10,
          counterKey: csharp("@((string)null)", () => null as unknown as string),
        },
      ]).send(chat),
    ).rejects.toThrow(`${element} counter-key: the expression gave null`);
  });

  it("refuses usage whose counts are not token counts, and lets stream: false through", async () => {
    const answering = (usage: unknown) =>
      gateway([{ tokensPerMinute: 1000 }], {
        backend: () => ({ body: JSON.stringify({ usage }) }),
      });
    for (const total of [-1, 1.5, "42", null])
      await expect(answering({ total_tokens: total }).send(chat)).rejects.toThrow(
        `${element}: the backend's 200 answer has no usage section with total_tokens`,
      );
    for (const usage of [null, 5, "usage"])
      await expect(answering(usage).send(chat)).rejects.toThrow(/no usage section/);
    await expect(answering({ total_tokens: 5, prompt_tokens: -1 }).send(chat)).rejects.toThrow(
      `${element}: the backend's usage.prompt_tokens '-1' is not a token count`,
    );
    await expect(answering({ total_tokens: 5, completion_tokens: 2.5 }).send(chat)).rejects.toThrow(
      `${element}: the backend's usage.completion_tokens '2.5' is not a token count`,
    );
    const nullBody = gateway([{ tokensPerMinute: 1000 }], { backend: () => ({ body: "null" }) });
    await expect(nullBody.send(chat)).rejects.toThrow(/no usage section/);
    expect((await answering({ total_tokens: 0 }).send(chat)).status).toBe(200);
    const notStreamed = { method: "POST", body: JSON.stringify({ messages: [], stream: false }) };
    expect((await gateway([{ tokensPerMinute: 1000 }]).send(notStreamed)).status).toBe(200);
    const notJson = { method: "POST", body: "stream: true" };
    expect((await gateway([{ tokensPerMinute: 1000 }]).send(notJson)).status).toBe(200);
    const arrayBody = { method: "POST", body: "[]" };
    expect((await gateway([{ tokensPerMinute: 1000 }]).send(arrayBody)).status).toBe(200);
  });
});

describe("the two token limit policies", () => {
  // Each element keeps its own counters (token-limit.ts): with shared ones the first policy would
  // see the second one's usage too and refuse first.
  const both = (options: (llm: boolean) => Partial<TokenLimitOptions>) =>
    createGateway({
      policies: {
        operation: policy({
          inbound: [
            llmTokenLimit({ counterKey: "k", estimatePromptTokens: false, ...options(true) }),
            azureOpenAiTokenLimit({
              counterKey: "k",
              estimatePromptTokens: false,
              ...options(false),
            }),
          ],
          backend: [base()],
        }),
      },
      backend: chatCompletionsBackend(),
    });

  it("keep their own minutes for the same key", async () => {
    const apim = both((llm) => ({ tokensPerMinute: llm ? 60 : 30 }));
    expect((await apim.send(chat)).status).toBe(200);
    const second = await apim.send(chat);
    expect(second.status).toBe(429);
    expect(second.lastError?.Source).toBe("azure-openai-token-limit");
  });

  it("keep their own quotas for the same key", async () => {
    const apim = both((llm) => ({ tokenQuota: llm ? 60 : 30, tokenQuotaPeriod: "Daily" }));
    expect((await apim.send(chat)).status).toBe(200);
    const second = await apim.send(chat);
    expect(second.status).toBe(403);
    expect(second.lastError?.Source).toBe("azure-openai-token-limit");
  });
});
