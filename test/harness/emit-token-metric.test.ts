// llm-emit-token-metric and azure-openai-emit-token-metric (llm-emit-token-metric-policy.md,
// azure-openai-emit-token-metric-policy.md): Total Tokens, Prompt Tokens and Completion Tokens
// from the backend's usage section, in the namespace (default "API Management"), with the
// dimensions evaluated in inbound; nothing without a backend answer; refusals where the pages are
// silent.
import { describe, expect, it } from "vitest";
import {
  azureOpenAiEmitTokenMetric,
  base,
  llmEmitTokenMetric,
  policy,
  returnResponse,
  setStatus,
  type InboundStatement,
} from "apim-ts";
import { chatCompletionsBackend, createGateway, type GatewayOptions } from "apim-ts/harness";

const CHAT = JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] });

const gatewayWith = (inbound: InboundStatement[], extra: GatewayOptions = {}) =>
  createGateway({
    api: { id: "chat-api" },
    operation: { id: "chat-completions" },
    product: { id: "ai" },
    subscription: { id: "sub-7" },
    deployment: { region: "West Europe", gatewayId: "managed" },
    policies: { operation: policy({ inbound, backend: [base()] }) },
    backend: chatCompletionsBackend({ promptTokens: 12, completionTokens: 30 }),
    ...extra,
  });

describe.each([
  ["llm-emit-token-metric", llmEmitTokenMetric],
  ["azure-openai-emit-token-metric", azureOpenAiEmitTokenMetric],
] as const)("%s", (element, emitTokenMetric) => {
  it("the page's example: Total, Prompt and Completion Tokens with User ID, Client IP and API ID", async () => {
    const result = await gatewayWith([
      emitTokenMetric(
        [
          { name: "User ID" },
          { name: "Client IP", value: (context) => context.Request.IpAddress },
          { name: "API ID" },
        ],
        { namespace: "MyLLM" },
      ),
    ]).send({ method: "POST", body: CHAT, ipAddress: "198.51.100.7" });
    const dimensions = { "User ID": "1", "Client IP": "198.51.100.7", "API ID": "chat-api" };
    expect(result.metrics.map(({ name, namespace, value }) => [name, namespace, value])).toEqual([
      ["Total Tokens", "MyLLM", 42],
      ["Prompt Tokens", "MyLLM", 12],
      ["Completion Tokens", "MyLLM", 30],
    ]);
    for (const metric of result.metrics) {
      expect(metric.dimensions).toEqual(dimensions);
      expect(metric.location).toMatchObject({ scope: "operation", section: "inbound" });
    }
  });

  it("namespace defaults to 'API Management'; the default dimensions take the request's values", async () => {
    const result = await gatewayWith([
      emitTokenMetric([
        { name: "Operation ID" },
        { name: "Product ID" },
        { name: "Subscription ID" },
        { name: "Location" },
        { name: "Gateway ID" },
      ]),
    ]).send({ method: "POST", body: CHAT });
    expect(result.metrics[0]).toMatchObject({
      namespace: "API Management",
      dimensions: {
        "Operation ID": "chat-completions",
        "Product ID": "ai",
        "Subscription ID": "sub-7",
        Location: "West Europe",
        "Gateway ID": "managed",
      },
    });
  });

  it("sends nothing when the backend is never reached; an answer without completion_tokens sends the two counts it has", async () => {
    const returned = await createGateway({
      policies: {
        operation: policy({
          inbound: [emitTokenMetric([{ name: "API ID" }]), returnResponse([setStatus(204)])],
        }),
      },
    }).send({ method: "POST", body: CHAT });
    expect(returned.metrics).toEqual([]);
    const embeddings = await gatewayWith([emitTokenMetric([{ name: "API ID" }])], {
      backend: () => ({ body: JSON.stringify({ usage: { prompt_tokens: 8, total_tokens: 8 } }) }),
    }).send({ method: "POST", body: JSON.stringify({ input: "hello" }) });
    expect(embeddings.metrics.map((metric) => [metric.name, metric.value])).toEqual([
      ["Total Tokens", 8],
      ["Prompt Tokens", 8],
    ]);
  });

  it("refuses a streamed request and an answer without usage (APIM estimates, undefined)", async () => {
    const apim = gatewayWith([emitTokenMetric([{ name: "API ID" }])]);
    await expect(
      apim.send({ method: "POST", body: JSON.stringify({ messages: [], stream: true }) }),
    ).rejects.toThrow(new RegExp(`${element}: the request asks for a streamed answer`));
    const noUsage = gatewayWith([emitTokenMetric([{ name: "API ID" }])], {
      backend: () => ({ status: 500, body: "oops" }),
    });
    await expect(noUsage.send({ method: "POST", body: CHAT })).rejects.toThrow(
      /500 answer has no usage section/,
    );
  });
});

describe("llm-emit-token-metric's Backend ID and azure-openai-emit-token-metric's value", () => {
  it("are refused: the harness has no backend id, and value's effect on token counts is not documented", async () => {
    await expect(
      gatewayWith([llmEmitTokenMetric([{ name: "Backend ID" }])]).send({
        method: "POST",
        body: CHAT,
      }),
    ).rejects.toThrow(
      /'Backend ID' has no value and is not a default dimension the harness provides/,
    );
    await expect(
      gatewayWith([azureOpenAiEmitTokenMetric([{ name: "API ID" }], { value: 2 })]).send({
        method: "POST",
        body: CHAT,
      }),
    ).rejects.toThrow(/does not say what it does to the token counts/);
  });
});

describe("the token metric policies' log and location", () => {
  it("log the namespace while waiting and the total once the backend answered", async () => {
    const result = await gatewayWith([
      llmEmitTokenMetric([{ name: "API ID" }], { namespace: "MyLLM" }),
    ]).send({ method: "POST", body: CHAT });
    expect(result.logText).toContain(
      "llm-emit-token-metric MyLLM: waiting for the backend's usage",
    );
    expect(result.logText).toContain("llm-emit-token-metric MyLLM: 42 total tokens");
    expect(result.metrics[0]!.location).toEqual({
      scope: "operation",
      section: "inbound",
      path: [],
    });
  });

  it("azure-openai-emit-token-metric without value counts the tokens; with one it is refused", async () => {
    const result = await gatewayWith([azureOpenAiEmitTokenMetric([{ name: "API ID" }])]).send({
      method: "POST",
      body: CHAT,
    });
    expect(result.metrics.map((metric) => metric.value)).toEqual([42, 12, 30]);
    await expect(
      gatewayWith([azureOpenAiEmitTokenMetric([{ name: "API ID" }], { value: 1 })]).send({
        method: "POST",
        body: CHAT,
      }),
    ).rejects.toThrow(
      'azure-openai-emit-token-metric value: the page lists it ("Value of metric expressed as a double") but does not say what it does to the token counts; leave it out',
    );
  });
});
