// <llm-emit-token-metric> (llm-emit-token-metric-policy.md), simulated by emit-token-metric.ts (the
// semantics it shares with the other token metric policy): the dimensions are evaluated in inbound,
// as emit-metric's; once the backend answers, Total Tokens, Prompt Tokens and Completion Tokens
// from its usage section are recorded in the result's metrics, in `namespace` (default "API
// Management"). A request that never reaches the backend sends none. Refused where the page is
// silent: a streamed request, an answer without usage, a default dimension the harness has no value
// for.
import type { LlmEmitTokenMetric } from "../../../src/policies/llm-emit-token-metric.ts";
import type { PolicyHandler } from "../policy-run.ts";
import { runEmitTokenMetric } from "./emit-token-metric.ts";

export const runLlmEmitTokenMetric: PolicyHandler<LlmEmitTokenMetric> = runEmitTokenMetric;
