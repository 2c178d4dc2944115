// The token counts the AI gateway policies read from the backend's answer. The pages say where
// they come from and no more: "values in the usage section of the response from the LLM API are
// used to determine token usage" / "token metrics" (Usage notes of llm-token-limit,
// azure-openai-token-limit, llm-emit-token-metric, azure-openai-emit-token-metric), i.e. the
// OpenAI-shaped `usage` object: prompt_tokens, completion_tokens, total_tokens. Where it is not
// "available" APIM estimates, and for a request with `"stream": true` "prompt tokens are always
// estimated" (and completion tokens too, on the Azure OpenAI page); no page defines the estimator,
// so the harness refuses both rather than invent counts.
import { HarnessRefusal } from "../harness-refusal.ts";
import type { RequestState, ResponseState } from "../messages.ts";

/** The usage section of a chat completions (or embeddings) answer. */
export interface TokenUsage {
  readonly promptTokens?: number;
  readonly completionTokens?: number;
  readonly totalTokens: number;
}

const count = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Refuses a request that asks for a streamed answer (`"stream": true` in its JSON body). */
export function refuseStreaming(policy: string, request: RequestState): void {
  const body = parsed(request.body.content);
  if (typeof body === "object" && body !== null && (body as { stream?: unknown }).stream === true)
    throw new HarnessRefusal(
      `${policy}: the request asks for a streamed answer ("stream": true); the page says APIM then estimates the tokens, and no page defines the estimator`,
    );
}

/** The usage the backend reported; refused when its answer has none (APIM would estimate). */
export function reportedUsage(policy: string, response: ResponseState): TokenUsage {
  const body = parsed(response.body.content);
  const usage =
    typeof body === "object" && body !== null ? (body as { usage?: unknown }).usage : undefined;
  const fields =
    typeof usage === "object" && usage !== null ? (usage as Record<string, unknown>) : undefined;
  if (!fields || !count(fields.total_tokens))
    throw new HarnessRefusal(
      `${policy}: the backend's ${response.statusCode} answer has no usage section with total_tokens; the page says APIM then estimates the tokens, and no page defines the estimator (answer with a usage section: chatCompletionsBackend does)`,
    );
  for (const name of ["prompt_tokens", "completion_tokens"])
    if (fields[name] !== undefined && !count(fields[name]))
      throw new HarnessRefusal(
        `${policy}: the backend's usage.${name} '${String(fields[name])}' is not a token count`,
      );
  return {
    totalTokens: fields.total_tokens,
    ...(fields.prompt_tokens !== undefined && { promptTokens: fields.prompt_tokens as number }),
    ...(fields.completion_tokens !== undefined && {
      completionTokens: fields.completion_tokens as number,
    }),
  };
}
