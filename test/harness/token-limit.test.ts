// llm-token-limit and azure-openai-token-limit on the virtual clock (llm-token-limit-policy.md,
// azure-openai-token-limit-policy.md): tokens counted from the backend's usage section once it
// answers, tokens-per-minute (429, a one-minute window), token-quota per UTC-truncated period
// (403), the retry, remaining and consumed headers and variables, and the refusals where the pages
// are silent (the prompt estimator, streaming, an answer without usage, Weekly).
import { describe, expect, it } from "vitest";
import {
  azureOpenAiTokenLimit,
  base,
  forwardRequest,
  llmTokenLimit,
  retry,
  policy,
  setHeader,
  type TokenLimitOptions,
} from "apim-ts";
import { chatCompletionsBackend, createGateway, type GatewayOptions } from "apim-ts/harness";

const CHAT = JSON.stringify({ messages: [{ role: "user", content: "Hi" }] });

describe.each([
  ["llm-token-limit", llmTokenLimit],
  ["azure-openai-token-limit", azureOpenAiTokenLimit],
] as const)("%s", (element, tokenLimit) => {
  const limited = (options: Partial<TokenLimitOptions>) =>
    tokenLimit({
      counterKey: (context) => context.Request.IpAddress,
      estimatePromptTokens: false,
      ...options,
    });

  function gateway(
    options: Partial<TokenLimitOptions>,
    tokens: { promptTokens?: number; completionTokens?: number } = {},
    extra: GatewayOptions = {},
  ) {
    return createGateway({
      clock: { instant: "2030-01-01T10:00:00Z" },
      policies: { operation: policy({ inbound: [limited(options)], backend: [base()] }) },
      backend: chatCompletionsBackend({ promptTokens: 100, completionTokens: 150, ...tokens }),
      ...extra,
    });
  }
  const chat = (ipAddress = "192.0.2.1") => ({ method: "POST", body: CHAT, ipAddress });

  it("tokens-per-minute: lets requests through while under the limit, counting the usage the backend reports, then 429 with Retry-After", async () => {
    const apim = gateway({ tokensPerMinute: 500 });
    expect(await apim.send(chat())).toRespondWith(200);
    apim.clock.advance({ seconds: 10 });
    expect(await apim.send(chat())).toRespondWith(200);
    apim.clock.advance({ seconds: 10 });
    // 500 counted: the third request is let through only below the limit.
    const third = await apim.send(chat());
    expect(third.status).toBe(429);
    expect(third.reason).toBe("Too Many Requests");
    expect(third.header("Retry-After")).toBe("40");
    expect(third).not.toHaveReachedBackend();
    expect(third.lastError).toMatchObject({ Source: element, Section: "inbound" });
    expect(third.warnings.join("\n")).toMatch(/429 and its retry header only/);
  });

  it("a prompt that goes over the limit is detected in the response: it passes, the next requests are blocked until the window frees up", async () => {
    const apim = gateway({ tokensPerMinute: 1000 }, { promptTokens: 900, completionTokens: 600 });
    expect((await apim.send(chat())).status).toBe(200);
    apim.clock.advance({ seconds: 59 });
    const blocked = await apim.send(chat());
    expect(blocked.status).toBe(429);
    expect(blocked.header("Retry-After")).toBe("1");
    apim.clock.advance({ seconds: 1 });
    expect((await apim.send(chat())).status).toBe(200);
  });

  it("counter-key: one counter per key value; another caller has its own minute", async () => {
    const apim = gateway({ tokensPerMinute: 250 });
    expect((await apim.send(chat("192.0.2.1"))).status).toBe(200);
    expect((await apim.send(chat("192.0.2.1"))).status).toBe(429);
    expect((await apim.send(chat("192.0.2.2"))).status).toBe(200);
  });

  it("retry-after-header-name replaces Retry-After; retry-after-variable-name holds the seconds (int)", async () => {
    const apim = gateway({
      tokensPerMinute: 250,
      retryAfterHeaderName: "X-Retry-In",
      retryAfterVariableName: "retryIn",
    });
    await apim.send(chat());
    apim.clock.advance({ seconds: 15 });
    const blocked = await apim.send(chat());
    expect(blocked.header("X-Retry-In")).toBe("45");
    expect(blocked.header("Retry-After")).toBeNull();
    expect(blocked.variables.retryIn).toEqual({ type: "int", value: 45 });
  });

  it("remaining-tokens-header-name and -variable-name: the minute's limit minus the tokens counted, after each policy execution", async () => {
    const apim = gateway({
      tokensPerMinute: 1000,
      remainingTokensHeaderName: "X-Remaining-Tokens",
      remainingTokensVariableName: "remainingTokens",
    });
    const first = await apim.send(chat());
    expect(first.header("X-Remaining-Tokens")).toBe("1000");
    expect(first.variables.remainingTokens).toEqual({ type: "int", value: 1000 });
    const second = await apim.send(chat());
    expect(second.header("X-Remaining-Tokens")).toBe("750");
    expect(second.variables.remainingTokens).toEqual({ type: "int", value: 750 });
  });

  it("tokens-consumed-header-name: added to the response once the backend answered, with its total tokens; outbound sees it", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [limited({ tokensPerMinute: 5000, tokensConsumedHeaderName: "X-Tokens" })],
          backend: [base()],
          outbound: [
            setHeader("X-Seen", (context) =>
              context.Response.Headers.GetValueOrDefault("X-Tokens", "none"),
            ),
          ],
        }),
      },
      backend: chatCompletionsBackend({ promptTokens: 12, completionTokens: 30 }),
    });
    const result = await apim.send(chat());
    expect(result.header("X-Tokens")).toBe("42");
    expect(result.header("X-Seen")).toBe("42");
  });

  it("tokens-consumed-variable-name: 0 in the backend section, then the reported count; unset when the backend is never reached", async () => {
    const answered = await gateway(
      { tokensPerMinute: 5000, tokensConsumedVariableName: "consumed" },
      { promptTokens: 7, completionTokens: 8 },
    ).send(chat());
    expect(answered.variables.consumed).toEqual({ type: "int", value: 15 });
    const unreachable = await gateway(
      { tokensPerMinute: 5000, tokensConsumedVariableName: "consumed" },
      {},
      {
        backend: () => {
          throw new Error("connection refused");
        },
      },
    ).send(chat());
    expect(unreachable.status).toBe(500);
    expect(unreachable.variables.consumed).toEqual({ type: "int", value: 0 });
    const limitedOut = gateway({ tokensPerMinute: 1, tokensConsumedVariableName: "consumed" });
    await limitedOut.send(chat());
    expect((await limitedOut.send(chat())).variables.consumed).toBeUndefined();
  });

  it("token-quota per Hourly period: 403 Forbidden with Retry-After until the next UTC hour, then it resets", async () => {
    const apim = gateway(
      {
        tokenQuota: 300,
        tokenQuotaPeriod: "Hourly",
        remainingQuotaTokensHeaderName: "X-Quota-Left",
        remainingQuotaTokensVariableName: "quotaLeft",
      },
      {},
      { clock: { instant: "2030-01-01T10:20:00Z" } },
    );
    const first = await apim.send(chat());
    expect(first.header("X-Quota-Left")).toBe("300");
    expect(first.variables.quotaLeft).toEqual({ type: "long", value: 300 });
    const second = await apim.send(chat());
    expect(second.header("X-Quota-Left")).toBe("50");
    apim.clock.advance({ minutes: 30 });
    const over = await apim.send(chat());
    expect(over.status).toBe(403);
    expect(over.reason).toBe("Forbidden");
    expect(over.header("Retry-After")).toBe("600");
    expect(over).not.toHaveReachedBackend();
    // Reason: project's choice (docs/project-choices.md), reported in the warnings.
    expect(over.lastError).toMatchObject({ Source: element, Reason: "QuotaExceeded" });
    expect(over.warnings.join("\n")).toMatch(/403 and its retry header only/);
    apim.clock.advance({ minutes: 10 });
    expect((await apim.send(chat())).header("X-Quota-Left")).toBe("300");
  });

  it("token-quota-period: Daily, Monthly and Yearly windows start at the UTC day, month and year", async () => {
    const cases = [
      ["Daily", "2030-03-15T23:00:00Z", 3600],
      ["Monthly", "2030-02-28T00:00:00Z", 86_400],
      ["Yearly", "2030-12-31T12:00:00Z", 43_200],
    ] as const;
    for (const [period, instant, seconds] of cases) {
      const apim = gateway(
        { tokenQuota: 250, tokenQuotaPeriod: period, retryAfterVariableName: "wait" },
        {},
        { clock: { instant } },
      );
      await apim.send(chat());
      const over = await apim.send(chat());
      expect(over.status, period).toBe(403);
      expect(over.header("Retry-After"), period).toBe(String(seconds));
      expect(over.variables.wait, period).toEqual({ type: "int", value: seconds });
      apim.clock.advance({ seconds });
      expect((await apim.send(chat())).status, period).toBe(200);
    }
  });

  // Project's choice (docs/project-choices.md): the pages do not order the two checks.
  it("retry-after-header-name also replaces Retry-After on the quota's 403", async () => {
    const apim = gateway(
      { tokenQuota: 250, tokenQuotaPeriod: "Hourly", retryAfterHeaderName: "X-Retry-In" },
      {},
      { clock: { instant: "2030-01-01T10:59:30Z" } },
    );
    await apim.send(chat());
    const over = await apim.send(chat());
    expect(over.status).toBe(403);
    expect(over.header("X-Retry-In")).toBe("30");
    expect(over.header("Retry-After")).toBeNull();
  });

  // Project's choice (docs/project-choices.md): each policy adds the usage it sees to the shared
  // counter, as rate-limit-by-key counts once per policy.
  it("one counter per key for every scope: the same key at API and operation scope counts the usage twice", async () => {
    const apim = createGateway({
      policies: {
        api: policy({
          inbound: [limited({ counterKey: "shared", tokensPerMinute: 1000 })],
          backend: [base()],
        }),
        operation: policy({
          inbound: [base(), limited({ counterKey: "shared", tokensPerMinute: 1000 })],
          backend: [base()],
        }),
      },
      backend: chatCompletionsBackend({ promptTokens: 100, completionTokens: 150 }),
    });
    await apim.send(chat());
    const second = await apim.send(chat());
    expect(second.status).toBe(200);
    expect((await apim.send(chat())).status).toBe(429);
  });

  // Project's choice (docs/project-choices.md): a key's Hourly and Daily quotas are two windows.
  it("the same key with an Hourly and a Daily quota keeps one counter per period", async () => {
    const apim = createGateway({
      clock: { instant: "2030-01-01T10:00:00Z" },
      policies: {
        operation: policy({
          inbound: [
            limited({ counterKey: "k", tokenQuota: 500, tokenQuotaPeriod: "Hourly" }),
            limited({ counterKey: "k", tokenQuota: 600, tokenQuotaPeriod: "Daily" }),
          ],
          backend: [base()],
        }),
      },
      backend: chatCompletionsBackend({ promptTokens: 100, completionTokens: 150 }),
    });
    await apim.send(chat());
    await apim.send(chat());
    expect((await apim.send(chat())).header("Retry-After")).toBe("3600");
    apim.clock.advance({ hours: 1 });
    expect((await apim.send(chat())).status).toBe(200);
    const daily = await apim.send(chat());
    expect(daily.status).toBe(403);
    expect(daily.header("Retry-After")).toBe(String(13 * 3600));
  });

  it("a rate and a quota together: the quota's 403 comes first once both are used up", async () => {
    const apim = gateway({ tokensPerMinute: 250, tokenQuota: 250, tokenQuotaPeriod: "Daily" });
    await apim.send(chat());
    expect((await apim.send(chat())).status).toBe(403);
  });

  it("expressions for tokens-per-minute, token-quota and token-quota-period are evaluated per request", async () => {
    const apim = gateway({
      tokensPerMinute: (context) => (context.Request.IpAddress === "192.0.2.9" ? 1000 : 250),
      tokenQuota: (context) => context.Request.Url.Port * 10,
      tokenQuotaPeriod: (context) => (context.Request.Url.Port === 443 ? "Daily" : "Hourly"),
    });
    await apim.send(chat("192.0.2.9"));
    expect((await apim.send(chat("192.0.2.9"))).status).toBe(200);
    await apim.send(chat("192.0.2.1"));
    expect((await apim.send(chat("192.0.2.1"))).status).toBe(429);
  });

  it("refuses what the pages leave undefined: the prompt estimator, an omitted estimate-prompt-tokens, streaming, Weekly, an answer without usage", async () => {
    const estimating = createGateway({
      policies: {
        operation: policy({
          inbound: [
            tokenLimit({ counterKey: "k", tokensPerMinute: 10, estimatePromptTokens: true }),
          ],
        }),
      },
    });
    await expect(estimating.send(chat())).rejects.toThrow(/no page defines that estimator/);
    const omitted = createGateway({
      policies: {
        operation: policy({ inbound: [tokenLimit({ counterKey: "k", tokensPerMinute: 10 })] }),
      },
    });
    await expect(omitted.send(chat())).rejects.toThrow(/estimate-prompt-tokens is omitted/);
    const streamed = gateway({ tokensPerMinute: 1000 });
    await expect(
      streamed.send({ method: "POST", body: JSON.stringify({ messages: [], stream: true }) }),
    ).rejects.toThrow(/"stream": true/);
    const weekly = gateway({ tokenQuota: 1000, tokenQuotaPeriod: "Weekly" });
    await expect(weekly.send(chat())).rejects.toThrow(/which day a week starts/);
    const plain = gateway({ tokensPerMinute: 1000 }, {}, { backend: () => ({ body: "{}" }) });
    await expect(plain.send(chat())).rejects.toThrow(/no usage section/);
  });
});

describe("the token limits and retry", () => {
  it("count every answer of a retried forward-request; tokens-consumed holds the last one", async () => {
    let calls = 0;
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            llmTokenLimit({
              counterKey: "k",
              tokensPerMinute: 100,
              estimatePromptTokens: false,
              tokensConsumedVariableName: "consumed",
            }),
          ],
          backend: [
            retry(
              {
                condition: (context) => context.Response.StatusCode === 200,
                count: 1,
                interval: 1,
              },
              [forwardRequest({ bufferRequestBody: true })],
            ),
          ],
        }),
      },
      backend: chatCompletionsBackend({
        usage: () => ({ promptTokens: 10, completionTokens: ++calls * 20 }),
      }),
    });
    const result = await apim.send({ method: "POST", body: CHAT });
    expect(result.backendCalls).toHaveLength(2);
    expect(result.variables.consumed).toEqual({ type: "int", value: 50 });
    // 30 + 50 counted: the next request is still under 100, the one after is not.
    expect((await apim.send({ method: "POST", body: CHAT })).status).toBe(200);
    expect((await apim.send({ method: "POST", body: CHAT })).status).toBe(429);
  });
});

describe("the two token limit policies", () => {
  it("keep their own counters for the same key", async () => {
    const apim = createGateway({
      policies: {
        operation: policy({
          inbound: [
            llmTokenLimit({ counterKey: "k", tokensPerMinute: 30, estimatePromptTokens: false }),
            azureOpenAiTokenLimit({
              counterKey: "k",
              tokensPerMinute: 60,
              estimatePromptTokens: false,
            }),
          ],
          backend: [base()],
        }),
      },
      backend: chatCompletionsBackend(),
    });
    expect((await apim.send({ method: "POST", body: CHAT })).status).toBe(200);
    const second = await apim.send({ method: "POST", body: CHAT });
    expect(second.status).toBe(429);
    expect(second.lastError?.Source).toBe("llm-token-limit");
  });
});
