// Pipeline semantics: section order, errors skipping the rest of the section, on-error with
// LastError (Source, Reason, Message, Scope, Section, Path, PolicyId), 500 without on-error.
import { describe, expect, it } from "vitest";
import {
  Convert,
  base,
  choose,
  policy,
  returnResponse,
  setHeader,
  setStatus,
  setVariable,
  trace,
  when,
  otherwise,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";

const mark = (source: string) => trace({ source, message: source });
// Throws System.FormatException when evaluated (translatable, unlike a JavaScript `throw`).
const failing = () => Convert.ToBase64String(Convert.FromBase64String("%%%"));
const sources = (result: { traces: readonly { source: string }[] }) =>
  result.traces.map((t) => t.source);

describe("pipeline", () => {
  it("runs inbound, backend, outbound in order and reaches the backend", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({ inbound: [mark("in")], backend: [base()], outbound: [mark("out")] }),
      },
      backend: () => ({ status: 201, body: "created" }),
    });
    const result = await gateway.send();
    expect(sources(result)).toEqual(["in", "out"]);
    expect(result.status).toBe(201);
    expect(result.body).toBe("created");
    expect(result.backendCalls).toHaveLength(1);
  });

  it("an expression exception skips the rest of the section and runs on-error with LastError", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({
          inbound: [
            choose(
              when(() => false, []),
              when(
                () => true,
                [
                  setVariable(
                    "boom",
                    (context) => context.Request.Headers.GetValueOrDefault("missing")!.length > 0,
                    {
                      id: "the-variable",
                    },
                  ),
                ],
              ),
            ),
            mark("skipped"),
          ],
          backend: [base()],
          onError: [
            setHeader("X-Source", (context) => context.LastError.Source),
            setHeader("X-Reason", (context) => context.LastError.Reason),
            setHeader("X-Scope", (context) => context.LastError.Scope),
            setHeader("X-Section", (context) => context.LastError.Section),
            setHeader("X-Path", (context) => context.LastError.Path),
            setHeader("X-PolicyId", (context) => context.LastError.PolicyId),
          ],
        }),
      },
    });
    const result = await gateway.send();
    expect(result.status).toBe(500);
    expect(result.backendCalls).toHaveLength(0);
    expect(sources(result)).toEqual([]);
    // Reason: Microsoft, "Error handling in API Management policies", Predefined errors for built-in steps (ExpressionValueEvaluationFailure); the
    // LastError properties: same page, LastError. The Path separator and the Message prefix
    // "Expression evaluation failed. " are the project's choices (docs/project-choices.md).
    expect(result.lastError).toMatchObject({
      Source: "set-variable",
      Reason: "ExpressionValueEvaluationFailure",
      Scope: "operation",
      Section: "inbound",
      Path: "choose[1]\\when[2]",
      PolicyId: "the-variable",
    });
    expect(result.lastError!.Message).toMatch(/^Expression evaluation failed\. /);
    expect(result.header("X-Path")).toBe("choose[1]\\when[2]");
    expect(result.header("X-Reason")).toBe("ExpressionValueEvaluationFailure");
    expect(result.header("X-Scope")).toBe("operation");
    expect(result.header("X-PolicyId")).toBe("the-variable");
    const failed = result.evaluations.find((e) => "exception" in e.outcome)!;
    expect(failed.outcome).toMatchObject({ exception: { type: "System.NullReferenceException" } });
  });

  it("paths index repeated containers from 1 and name otherwise; a failing condition is the choose's", async () => {
    const failingCondition = createGateway({
      policies: {
        operation: policy({
          inbound: [
            choose(when(() => true, [])),
            choose(
              when(() => false, []),
              otherwise([
                choose(
                  when(() => false, []),
                  when((c) => c.Request.Headers.GetValueOrDefault("x")!.length > 0, []),
                ),
              ]),
            ),
          ],
        }),
      },
    });
    const result = await failingCondition.send();
    expect(result.lastError).toMatchObject({
      Source: "choose",
      Path: "choose[2]\\otherwise\\choose[1]\\when[2]",
    });
  });

  it("reports the scope of the failing statement when it came through <base/>", async () => {
    const gateway = createGateway({
      policies: {
        api: policy({ inbound: [setVariable("x", failing)] }),
        operation: policy({ inbound: [base()] }),
      },
    });
    const result = await gateway.send();
    expect(result.lastError).toMatchObject({
      Scope: "api",
      Section: "inbound",
      Path: "",
      Message:
        "Expression evaluation failed. The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.",
    });
  });

  it("without on-error content the caller gets APIM's 500", async () => {
    const gateway = createGateway({
      policies: { operation: policy({ inbound: [setVariable("x", failing)] }) },
    });
    const result = await gateway.send();
    expect(result.status).toBe(500);
    // Project's choice (docs/project-choices.md, Messages and bodies): the 500 body APIM answers is not documented.
    expect(JSON.parse(result.body)).toMatchObject({
      statusCode: 500,
      message: "Internal server error",
    });
  });

  it("on-error inherits through <base/> and may return a response", async () => {
    const gateway = createGateway({
      policies: {
        api: policy({ onError: [returnResponse([setStatus(503, "Unavailable")])] }),
        operation: policy({
          inbound: [setVariable("x", failing)],
          onError: [mark("op-error"), base()],
        }),
      },
    });
    const result = await gateway.send();
    expect(result.status).toBe(503);
    expect(sources(result)).toEqual(["op-error"]);
  });

  it("an error in outbound runs on-error with Section outbound, after the backend was called", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({ backend: [base()], outbound: [setHeader("X", failing)], onError: [] }),
      },
    });
    const result = await gateway.send();
    expect(result.backendCalls).toHaveLength(1);
    expect(result.lastError).toMatchObject({ Section: "outbound", Source: "set-header" });
    expect(result.status).toBe(500);
  });

  it("the execution log shows which statements ran and which when matched", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({
          inbound: [
            choose(
              when(() => false, []),
              when(() => true, [mark("x")]),
            ),
          ],
        }),
      },
    });
    const result = await gateway.send();
    expect(result.logText).toContain("choose[1]: when[1] false");
    expect(result.logText).toContain("choose[1]: when[2] matched");
    expect(result.logText).toContain("[inbound @ operation]");
  });
});
