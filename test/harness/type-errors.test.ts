// The harness refuses a policy whose module TypeScript refuses, as `apim-ts build` does, with the
// build's own APIM2001 diagnostics: a cast TypeScript rejects inside an expression, and a type
// error outside any expression (a wrong builder argument) in the module an expression is written
// in. The modules are fixtures outside tsconfig.json (fixtures/type-errors/README.md), imported by
// a computed path so that the project's own `tsc` does not check them.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { policy, setVariable } from "apim-ts";
import { createGateway, HarnessRefusal } from "apim-ts/harness";
import type { PolicyDocument } from "../../src/model/document.ts";
import { createPolicyProgram, ownDiagnostics } from "../../src/compile/program.ts";
import { formatDiagnostic } from "../../src/diagnostics/diagnostic.ts";
import { fromTypeScript } from "../../src/diagnostics/from-typescript.ts";

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "type-errors");

async function fixture(name: string): Promise<{ file: string; document: PolicyDocument }> {
  const file = path.join(FIXTURES, name);
  const module = (await import(file)) as { default: PolicyDocument };
  return { file, document: module.default };
}

/** What `apim-ts build` prints for the module's TypeScript errors (build.ts's own functions). */
function buildDiagnostics(file: string): string[] {
  const { program } = createPolicyProgram(process.cwd(), [file]);
  return ownDiagnostics(program, (source) => path.resolve(source.fileName) === file).map((d) =>
    formatDiagnostic(fromTypeScript(d)),
  );
}

async function refusalOf(document: PolicyDocument): Promise<unknown> {
  return createGateway({ policies: { operation: document } })
    .send({ method: "POST", body: '{"customer":"c-1"}' })
    .then(
      () => undefined,
      (error: unknown) => error,
    );
}

describe("TypeScript errors in a policy's module", () => {
  it("refuses a cast TypeScript rejects after narrowing (TS2352), with the build's APIM2001 text", async () => {
    const { file, document } = await fixture("cast-after-narrowing.ts");
    const expected = buildDiagnostics(file);
    expect(expected).toHaveLength(1);
    expect(expected[0]).toMatch(
      /^test\/harness\/fixtures\/type-errors\/cast-after-narrowing\.ts:11:37 error APIM2001: TS2352: Conversion of type 'JToken' to type 'string \| null' may be a mistake/,
    );
    // TypeScript's own advice (a cast through unknown) is refused by the translator: say what works.
    expect(expected[0]).toContain(
      'hint: cast the token before narrowing it (`const s = o["name"] as string | null`), or convert it (`t.ToObject<string>()`)',
    );
    const refusal = await refusalOf(document);
    expect(refusal).toBeInstanceOf(HarnessRefusal);
    expect((refusal as Error).message).toContain(expected[0]);
  });

  it("refuses a type error outside any expression (a wrong builder argument), as the build does", async () => {
    const { file, document } = await fixture("builder-argument.ts");
    const expected = buildDiagnostics(file);
    expect(expected).toHaveLength(1);
    expect(expected[0]).toMatch(
      /builder-argument\.ts:8:33 error APIM2001: TS2561: Object literal may only specify known properties, but .existAction. does not exist in type .SetHeaderOptions./,
    );
    expect(expected[0]).not.toContain("hint:");
    const refusal = await refusalOf(document);
    expect(refusal).toBeInstanceOf(HarnessRefusal);
    expect((refusal as Error).message).toContain(expected[0]);
  });

  it("still runs a policy TypeScript accepts", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({
          inbound: [setVariable("customer", (c) => c.Request.Body!.As<string>(true))],
        }),
      },
    });
    const response = await gateway.send({ method: "POST", body: "c-1" });
    expect(response.status).toBe(200);
    expect(response.variables.customer).toEqual({ type: "string", value: "c-1" });
  });
});
