// Shapes of throw and try/catch/finally (src/translate/exceptions.ts) beyond the mapping rows of
// exceptions.test.ts: a catch with no variable, a finally with no catch, a thrown local, a catch
// variable renamed away from a caller's local, and the refusals: anything but System.Exception
// thrown or tested (APIM's allow-list names no other exception type,
// api-management-policy-expressions.md, ".NET Framework types allowed in policy expressions"),
// and leaving a finally block (C# CS0157).
import { describe, expect, it } from "vitest";
import { describeConformance, runBatch } from "../../harness/conformance/index.ts";

const numbers = [["12"], ["x"], [""], ["-3"]];

describeConformance("exception shapes", (t) => {
  t.expression("(s: string) => { try { return int.Parse(s); } catch { return -1; } }")
    .withInputs(...numbers)
    .expectCSharp(
      "@{\n    try\n    {\n        return int.Parse(s);\n    }\n    catch (Exception)\n    {\n        return -1;\n    }\n}",
    )
    .expectSameInCSharp("a catch with no variable");
  t.expression(
    "(s: string) => { let n = -1; try { n = int.Parse(s); } catch (e) { n = -2; } finally { n = n * 2; } return n; }",
  )
    .withInputs(...numbers)
    .expectCSharp(
      "@{\n    var n = -1;\n    try\n    {\n        n = int.Parse(s);\n    }\n    catch (Exception e)\n    {\n        n = -2;\n    }\n    finally\n    {\n        n = n * 2;\n    }\n    return n;\n}",
    )
    .expectSameInCSharp("try, catch and finally, each reached");
  t.expression(
    '(s: string) => { const e = "<"; try { return e + int.Parse(s); } catch (e) { if (e instanceof Exception) return e.Message; throw e; } }',
  )
    .withInputs(...numbers)
    .expectCSharp(
      '@{\n    var e = "<";\n    try\n    {\n        return e + int.Parse(s);\n    }\n    catch (Exception e2)\n    {\n        if (e2 != null)\n        {\n            return e2.Message;\n        }\n        throw e2;\n    }\n}',
    )
    .expectSameInCSharp("a catch variable renamed away from a local");
  t.expression(
    '(s: string) => { if (s === "") { const failure = new Exception("empty: " + s.length); throw failure; } return s; }',
  )
    .withInputs(["a"], [""])
    .expectSameInCSharp("a thrown local holding an Exception");
  t.expression(
    '(s: string) => { try { try { return int.Parse(s); } catch (inner) { throw new Exception("inner"); } } catch (outer) { if (outer instanceof Exception) return outer.Message.length; return 0; } }',
  )
    .withInputs(...numbers)
    .expectSameInCSharp("a try inside a try");
  t.expression(
    '(s: string) => { if (s === "") throw new Error("empty"); return s; }',
  ).expectDiagnostic("APIM1071", "throwing 'Error'");
  t.expression('(s: string) => { if (s === "") throw new Uri(s); return s; }').expectDiagnostic(
    "APIM1071",
    "throwing 'Uri'",
  );
  t.expression(
    "(s: string) => { try { return int.Parse(s); } catch (e) { if (e instanceof Regex) return -1; throw e; } }",
  ).expectDiagnostic("APIM1071", "'instanceof Regex'");
  t.expression(
    "(s: string) => { try { return int.Parse(s); } catch (e) { if ((e) instanceof Exception) return -1; throw e; } }",
  )
    .withInputs(...numbers)
    .expectCSharp(
      "@{\n    try\n    {\n        return int.Parse(s);\n    }\n    catch (Exception e)\n    {\n        if (e != null)\n        {\n            return -1;\n        }\n        throw e;\n    }\n}",
    )
    .expectSameInCSharp("a parenthesized catch variable tested");
  t.expression(
    "(s: string) => { try { return int.Parse(s); } catch (e) { return -1; } finally { throw new Exception(s); } }",
  ).expectDiagnostic("APIM1070", "'throw new Exception(s);' in a finally block");
  t.expression(
    '(s: string) => { try { return int.Parse(s); } catch (e) { return -1; } finally { if (s === "") { return 0; } } }',
  ).expectDiagnostic("APIM1070", "'return 0;' in a finally block");
  // C# CS0157: a break or continue cannot leave a finally block either.
  t.expression(
    "(n: int) => { let r = 0; for (let i = 0; i < n; i++) { try { r = r + i; } finally { break; } } return r; }",
  ).expectDiagnostic("APIM1070", "'break;' in a finally block");
  t.expression(
    "(n: int) => { let r = 0; for (let i = 0; i < n; i++) { try { r = r + i; } finally { continue; } } return r; }",
  ).expectDiagnostic("APIM1070", "'continue;' in a finally block");
  t.expression(
    '(s: string) => { let r = 0; switch (s) { case "a": try { r = 1; } finally { break; } default: r = 2; } return r; }',
  ).expectDiagnostic("APIM1070", "'break;' in a finally block");
  t.expression(
    "(n: int) => { let r = 0; try { r = 1; } finally { for (let i = 0; i < n; i++) { if (i > 1) break; if (i > 0) continue; r = r + 10; } } return r; }",
  )
    .withInputs([0], [1], [3])
    .expectSameInCSharp("a loop inside finally with its own break and continue");
  t.expression(
    "(n: int) => { let r = 0; try { r = 1; } finally { switch (n) { case 1: r = 5; break; default: r = r + 1; } } return r; }",
  )
    .withInputs([1], [2])
    .expectSameInCSharp("a switch inside finally with its own break");
  t.expression(
    "(n: int) => { let r = 0; for (let i = 0; i < n; i++) { try { r = r + i; } finally { switch (i) { case 1: continue; default: r = r + 1; } } } return r; }",
  ).expectDiagnostic("APIM1070", "'continue;' in a finally block");
  t.expression(
    "(s: string) => { try { return int.Parse(s); } catch ([first]) { return -1; } }",
  ).expectDiagnostic("APIM1070", "destructured catch variable");
});

// Exactly one refusal per problem: a refused statement does not bring others after it.
describe("exception shapes: one diagnostic per problem", () => {
  const snippets = {
    lambdaInFinally:
      '(a: string[]) => { let n = 0; try { n = a.length; } finally { n = a.some((x) => { return x === ""; }) ? 1 : 2; } return n; }',
    thrownString: '(s: string) => { if (s === "") { throw "empty"; } return s; }',
  };
  it("reports a block lambda in finally once, as a lambda, not as leaving the finally", async () => {
    const report = await runBatch(
      "exception-shapes-codes",
      Object.entries(snippets).map(([id, source]) => ({ id, source })),
      {},
    );
    const codes = Object.fromEntries(report.results.map((r) => [r.id, r.codes]));
    expect(codes).toEqual({ lambdaInFinally: ["APIM1020"], thrownString: ["APIM1071"] });
  });
});
