// Reading what send-request stored: context.Variables.GetValueOrDefault<Response>(...) is APIM's
// IResponse, in TypeScript, in the harness and in the C# the build emits.
import { describe, expect, it } from "vitest";
import {
  choose,
  policy,
  returnResponse,
  sendRequest,
  setHeader,
  setStatus,
  when,
  type Response,
} from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { emitDocument } from "../../src/emit/emit-document.ts";
import { testProgram } from "../support/test-program.ts";
import { compileExpressions } from "../../harness/crosscheck/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";

const document = policy({
  inbound: [
    sendRequest({ responseVariableName: "lookup", url: "https://lookup.example/x", method: "GET" }),
    choose(
      when(
        (context) => context.Variables.GetValueOrDefault<Response>("lookup")!.StatusCode !== 200,
        [
          returnResponse([
            setStatus(502, "Bad Gateway"),
            setHeader(
              "X-Lookup-Status",
              (context) => `${context.Variables.GetValueOrDefault<Response>("lookup")!.StatusCode}`,
            ),
          ]),
        ],
      ),
    ),
  ],
});

function gateway(status: number) {
  return createGateway({
    services: { "https://lookup.example": () => ({ status, body: "" }) },
    policies: { operation: document },
  });
}

describe("send-request response in expressions", () => {
  it("reads the stored IResponse's status code", async () => {
    const failed = await gateway(404).send();
    expect(failed).toRespondWith(502);
    expect(failed.header("X-Lookup-Status")).toBe("404");
    expect(await gateway(200).send()).toRespondWith(200);
  });
});

describeWithCSharp("send-request response in C#", () => {
  it("emits GetValueOrDefault<IResponse>, which compiles against APIM's context", async () => {
    const program = testProgram(import.meta.filename);
    const emitted = emitDocument(document, program, { format: "rawxml" });
    expect(emitted.diagnostics).toEqual([]);
    expect(emitted.text).toContain(
      '@(context.Variables.GetValueOrDefault<IResponse>("lookup").StatusCode != 200)',
    );
    const expressions = [...emitted.text!.matchAll(/"(@\(.*?\))"|>(@\(.*?\))</g)].map((m, i) => ({
      id: `e${i}`,
      code: m[1] ?? m[2]!,
    }));
    expect(expressions).toHaveLength(2);
    const compiled = await compileExpressions(expressions);
    await compiled.compiled?.dispose();
    expect(compiled.diagnostics).toEqual([]);
  });
});
