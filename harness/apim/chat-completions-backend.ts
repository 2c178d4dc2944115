// A chat completions backend for tests of the AI gateway policies: answers each request the way
// the OpenAI Chat Completions API (and Azure OpenAI's) shapes a non-streamed answer, a
// `chat.completion` object whose `usage` reports prompt_tokens, completion_tokens and total_tokens
// (their sum), the section the token policies read (token-usage.ts). The token counts are the
// test's: fixed, or computed per request. A request with `"stream": true` is refused: the token
// policies' pages say APIM estimates the tokens of streamed answers without defining how.
import { HarnessRefusal } from "./harness-refusal.ts";
import type { MockHandler, OutgoingRequest } from "./gateway-options.ts";

/** The token counts of one answer. */
export interface ChatCompletionUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
}

export interface ChatCompletionsOptions {
  /** Default 10, or per request with `usage`. */
  readonly promptTokens?: number;
  /** Default 20, or per request with `usage`. */
  readonly completionTokens?: number;
  /** The counts of each request (overrides promptTokens and completionTokens). */
  readonly usage?: (request: OutgoingRequest, body: unknown) => ChatCompletionUsage;
  /** The answer's `model` when the request names none. Default "gpt-4o". */
  readonly model?: string;
  /** The assistant message's content. Default "Hello!". */
  readonly content?: string;
}

function tokenCount(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new TypeError(`chatCompletionsBackend ${name}: ${value} is not a token count`);
  return value;
}

/**
 * A backend (GatewayOptions.backend) answering 200 with an OpenAI-shaped chat completion and its
 * usage. Its `id` counts the answers (chatcmpl-1, chatcmpl-2, ...); `created` is 0 (no wall clock).
 */
export function chatCompletionsBackend(options: ChatCompletionsOptions = {}): MockHandler {
  let answers = 0;
  return (request) => {
    let body: unknown;
    try {
      body = request.body === "" ? {} : (JSON.parse(request.body) as unknown);
    } catch {
      body = {};
    }
    const fields =
      typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
    if (fields.stream === true)
      throw new HarnessRefusal(
        'chatCompletionsBackend: the request asks for a streamed answer ("stream": true); the token policies\' pages say APIM estimates streamed tokens without defining how',
      );
    const usage = options.usage?.(request, body) ?? {
      promptTokens: options.promptTokens ?? 10,
      completionTokens: options.completionTokens ?? 20,
    };
    const prompt = tokenCount(usage.promptTokens, "promptTokens");
    const completion = tokenCount(usage.completionTokens, "completionTokens");
    return {
      status: 200,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        id: `chatcmpl-${++answers}`,
        object: "chat.completion",
        created: 0,
        model: typeof fields.model === "string" ? fields.model : (options.model ?? "gpt-4o"),
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: options.content ?? "Hello!" },
            finish_reason: "stop",
          },
        ],
        usage: {
          prompt_tokens: prompt,
          completion_tokens: completion,
          total_tokens: prompt + completion,
        },
      }),
    };
  };
}
