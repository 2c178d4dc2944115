// chatCompletionsBackend: the OpenAI-shaped chat completion the AI gateway tests answer with, its
// usage section (total = prompt + completion), per-request counts, and the refusal of streaming.
import { describe, expect, it } from "vitest";
import { base, policy } from "apim-ts";
import { chatCompletionsBackend, createGateway, type OutgoingRequest } from "apim-ts/harness";

const request = (body: string): OutgoingRequest => ({
  method: "POST",
  url: "https://backend.example.net/chat/completions",
  headers: {},
  body,
  clientCertificate: null,
});

describe("chatCompletionsBackend", () => {
  it("answers a chat.completion whose usage sums prompt and completion tokens, numbering its answers", () => {
    const backend = chatCompletionsBackend({ promptTokens: 3, completionTokens: 4, content: "Hi" });
    const first = backend(request(JSON.stringify({ model: "gpt-4.1", messages: [] })));
    const second = backend(request(""));
    if ("then" in first || "then" in second) throw new Error("answers synchronously");
    expect(first.status).toBe(200);
    expect(JSON.parse(first.body!)).toEqual({
      id: "chatcmpl-1",
      object: "chat.completion",
      created: 0,
      model: "gpt-4.1",
      choices: [{ index: 0, message: { role: "assistant", content: "Hi" }, finish_reason: "stop" }],
      usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 },
    });
    expect(JSON.parse(second.body!)).toMatchObject({ id: "chatcmpl-2", model: "gpt-4o" });
  });

  it("computes the counts per request with `usage`, and refuses counts that are not token counts", () => {
    const backend = chatCompletionsBackend({
      usage: (_, body) => ({
        promptTokens: JSON.stringify(body).length,
        completionTokens: 1,
      }),
    });
    const answer = backend(request('{"messages":[]}'));
    if ("then" in answer) throw new Error("answers synchronously");
    expect(JSON.parse(answer.body!).usage).toEqual({
      prompt_tokens: 15,
      completion_tokens: 1,
      total_tokens: 16,
    });
    expect(() => chatCompletionsBackend({ promptTokens: -1 })(request("{}"))).toThrow(TypeError);
  });

  it("refuses a streamed request through the gateway (not a connection failure)", async () => {
    const apim = createGateway({
      policies: { operation: policy({ backend: [base()] }) },
      backend: chatCompletionsBackend(),
    });
    await expect(
      apim.send({ method: "POST", body: JSON.stringify({ messages: [], stream: true }) }),
    ).rejects.toThrow(/chatCompletionsBackend: the request asks for a streamed answer/);
  });
});
