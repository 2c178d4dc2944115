// APIM refuses to save a policy whose expressions use types or members outside its allow-list;
// the cross-check reads each compiled expression's IL and names the offending member.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  checkReferences,
  compileExpressions,
  harnessCodes,
  type CompileResult,
} from "../../harness/crosscheck/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";

describe("checkReferences", () => {
  it("allows listed members, nested types of allowed types and the context model", () => {
    expect(
      checkReferences([
        "System.String::IsNullOrEmpty",
        "System.Collections.Generic.List.Enumerator::MoveNext",
        "ApimModel.IRequest::get_Headers",
        "ApimModel.ApimTime::get_Now",
        "System.Linq.Enumerable::Any",
      ]),
    ).toEqual([]);
  });

  it("names refused members in C# spelling and bare types only without member findings", () => {
    expect(
      checkReferences([
        "System.DateTime",
        "System.DateTime::get_Kind",
        "System.IO.File",
        "System.IO.File::ReadAllText",
        "System.Type",
      ]).map((v) => v.name),
    ).toEqual(["System.DateTime.Kind", "System.IO.File.ReadAllText", "System.Type"]);
  });
});

describeWithCSharp("allow-list check of compiled expressions", () => {
  let result: CompileResult;
  beforeAll(async () => {
    result = await compileExpressions(expressions);
  });
  afterAll(() => result?.compiled?.dispose());

  const expressions = [
    {
      id: "allowed",
      code: '@(context.Request.Headers.Any(h => h.Key == "a") ? DateTime.Now.AddDays(1).ToString("o") : "")',
    },
    { id: "file", code: '@(System.IO.File.ReadAllText("x"))' },
    { id: "kind", code: "@{\n  var now = DateTime.UtcNow;\n  return now.Kind.ToString();\n}" },
    {
      id: "in-lambda",
      code: "@(context.Variables.Any(v => Environment.GetEnvironmentVariable(v.Key) != null))",
    },
    { id: "harness-internals", code: "@(ApimModel.ApimRuntime.UtcNow)" },
    { id: "reflection", code: "@(typeof(string).Name)" },
  ];
  const at = (id: string, word: string) =>
    expressions.find((e) => e.id === id)!.code.indexOf(word) + 1;

  it("fails the batch and names each refused member at its place in the expression", () => {
    expect(result.ok).toBe(false);
    const found = result.diagnostics.map((d) => [
      d.id,
      d.code,
      d.line,
      d.column,
      d.message.split("'")[1],
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        [
          "file",
          harnessCodes.notAllowed,
          1,
          at("file", "ReadAllText"),
          "System.IO.File.ReadAllText",
        ],
        ["kind", harnessCodes.notAllowed, 3, 14, "System.DateTime.Kind"],
        [
          "in-lambda",
          harnessCodes.notAllowed,
          1,
          at("in-lambda", "GetEnvironmentVariable"),
          "System.Environment.GetEnvironmentVariable",
        ],
        [
          "harness-internals",
          harnessCodes.notAllowed,
          1,
          at("harness-internals", "UtcNow"),
          "ApimModel.ApimRuntime.UtcNow",
        ],
        ["reflection", harnessCodes.notAllowed, 1, 3, "System.Type.GetTypeFromHandle"],
        [
          "reflection",
          harnessCodes.notAllowed,
          1,
          at("reflection", "Name"),
          "System.Reflection.MemberInfo.Name",
        ],
      ]),
    );
    expect(result.diagnostics.map((d) => d.id)).not.toContain("allowed");
  });
});
