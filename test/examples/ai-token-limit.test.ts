// policy-src/examples/ai-token-limit: a per-subscription token rate and daily token quota with
// token metrics, through the simulated gateway on the virtual clock with the chat completions
// backend, then every recorded expression evaluation replayed through the emitted C# (mono) with
// zero divergences.
import { expect, it } from "vitest";
import { chatCompletionsBackend, createGateway } from "apim-ts/harness";
import aiTokenLimit from "../../policy-src/examples/ai-token-limit.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

/** Every call costs 500 prompt and 1000 completion tokens: 1500 of the minute's 2000. */
function gateway() {
  return createGateway({
    clock: { instant: "2030-01-01T08:00:00Z" },
    api: { id: "azure-openai" },
    policies: { operation: aiTokenLimit },
    backend: chatCompletionsBackend({ promptTokens: 500, completionTokens: 1000 }),
  });
}

const chat = (subscriptionId = "contoso", ipAddress = "203.0.113.5") => ({
  method: "POST",
  url: "https://apim.example.net/openai/deployments/gpt-4o/chat/completions",
  body: JSON.stringify({ messages: [{ role: "user", content: "Summarise the report" }] }),
  subscriptionId,
  ipAddress,
});

const recorder = new ReplayRecorder();
const record = <T extends Parameters<ReplayRecorder["add"]>[0]>(result: T, name: string): T => {
  recorder.add(result, name, "ai-token-limit");
  return result;
};

describeWithCSharp("example: an AI token limit with metrics", (toolchain) => {
  it("answers with the tokens left this minute, consumed by the call and left today, and sends the three token metrics", async () => {
    const apim = gateway();
    const first = record(await apim.send(chat()), "first call");
    expect(first).toHaveReachedBackend();
    expect(first.status).toBe(200);
    expect(first.header("x-ratelimit-remaining-tokens")).toBe("2000");
    expect(first.header("x-tokens-consumed")).toBe("1500");
    expect(first.header("x-quota-remaining-tokens")).toBe("18500");
    expect(first.metrics.map(({ name, namespace, value }) => [name, namespace, value])).toEqual([
      ["Total Tokens", "openai", 1500],
      ["Prompt Tokens", "openai", 500],
      ["Completion Tokens", "openai", 1000],
    ]);
    expect(first.metrics[0]!.dimensions).toEqual({
      "Subscription ID": "contoso",
      "API ID": "azure-openai",
      "Client IP": "203.0.113.5",
    });
    apim.clock.advance({ seconds: 20 });
    const second = record(await apim.send(chat()), "second call in the minute");
    expect(second.header("x-ratelimit-remaining-tokens")).toBe("500");
    expect(second.header("x-quota-remaining-tokens")).toBe("17000");
  });

  it("over the minute: 429 with Retry-After, the reason and the wait in on-error's headers, no metrics; free again once the minute has passed", async () => {
    const apim = gateway();
    record(await apim.send(chat()), "uses 1500");
    apim.clock.advance({ seconds: 10 });
    record(await apim.send(chat()), "uses 3000, over 2000 once answered");
    apim.clock.advance({ seconds: 10 });
    const throttled = record(await apim.send(chat()), "throttled by the minute");
    expect(throttled.status).toBe(429);
    expect(throttled.header("Retry-After")).toBe("40");
    expect(throttled.header("x-retry-after-seconds")).toBe("40");
    // The reason: project's choice (docs/project-choices.md); the 429 and Retry-After: the page.
    expect(throttled.header("x-throttled-by")).toBe("RateLimitExceeded");
    expect(throttled).not.toHaveReachedBackend();
    expect(throttled.metrics).toEqual([]);
    const other = record(await apim.send(chat("fabrikam")), "another subscription");
    expect(other.status).toBe(200);
    apim.clock.advance({ seconds: 40 });
    const later = record(await apim.send(chat()), "after the minute");
    expect(later.status).toBe(200);
    expect(later.header("x-ratelimit-remaining-tokens")).toBe("500");
  });

  it("over the day: 403 with Retry-After until midnight UTC, the quota renews the next day", async () => {
    const apim = gateway();
    for (let call = 1; call <= 14; call++) {
      const result = record(await apim.send(chat()), `call ${call} of the day`);
      expect(result.status, `call ${call}`).toBe(200);
      apim.clock.advance({ minutes: 1 });
    }
    const over = record(await apim.send(chat()), "over the daily quota");
    expect(over.status).toBe(403);
    expect(over.header("Retry-After")).toBe(String(15 * 3600 + 46 * 60));
    // The reason: project's choice (docs/project-choices.md); the 403 and Retry-After: the page.
    expect(over.header("x-throttled-by")).toBe("QuotaExceeded");
    expect(over.header("x-retry-after-seconds")).toBe("56760");
    apim.clock.advance({ hours: 16 });
    const tomorrow = record(await apim.send(chat()), "the next day");
    expect(tomorrow.status).toBe(200);
    expect(tomorrow.header("x-quota-remaining-tokens")).toBe("18500");
  });

  replayAfterAll(recorder, toolchain, { minimum: 81 });
});
