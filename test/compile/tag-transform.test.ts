import { describe, expect, it } from "vitest";
import ts from "../../src/compile/typescript.js";
import { createTagTransformer, freeIdentifiers } from "../../src/compile/tag-transform.ts";

function transpile(source: string): string {
  return ts.transpileModule(source, {
    fileName: "/virtual/policy.ts",
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    transformers: { before: [createTagTransformer({ tagModule: "tag-module" })] },
  }).outputText;
}

function firstFunction(source: string): ts.ArrowFunction {
  const file = ts.createSourceFile("x.ts", source, ts.ScriptTarget.ES2022, true);
  let found: ts.ArrowFunction | undefined;
  const visit = (node: ts.Node): void => {
    if (!found && ts.isArrowFunction(node)) found = node;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found!;
}

describe("tagging transform", () => {
  it("lists free variables, not parameters, locals or property names", () => {
    const fn = firstFunction(
      "const f = (context) => { const local = header; return context.Request.Headers.GetValueOrDefault(local) + suffix + obj.prop; };",
    );
    expect(freeIdentifiers(fn)).toEqual(["header", "obj", "suffix"]);
  });

  it("wraps arrow functions with their file, start offset and lazy captures", () => {
    const out = transpile(
      'const prefix = "p";\nexport const f = (context) => prefix + context.RequestId;\n',
    );
    expect(out).toContain(
      'import { tagFunction as __apimTag, integerOperation as __apimInteger } from "tag-module"',
    );
    expect(out).toMatch(
      /__apimTag\(\(context\) => __apimInteger\("\+", prefix, context\.RequestId, "\/virtual\/policy\.ts", 57\), "\/virtual\/policy\.ts", 37, \{ "prefix": \(\) => prefix \}\)/,
    );
  });

  it("tags function declarations before other statements, since they are hoisted", () => {
    const out = transpile("use(helper);\nfunction helper(s) { return s.length > limit; }\n");
    expect(out.indexOf('__apimTag(helper, "/virtual/policy.ts"')).toBeLessThan(
      out.indexOf("use(helper)"),
    );
    expect(out).toContain('"limit": () => limit');
  });

  it("passes the written type argument of GetValueOrDefault<T> to the runtime", () => {
    const out = transpile(
      'const f = (context) => context.Variables.GetValueOrDefault<bytes>("cert");',
    );
    expect(out).toContain('context.Variables.__typedGetValueOrDefault("byte[]", "cert")');
  });

  it("turns `as T` for a C# type into C#'s cast at run time, and leaves other assertions alone", () => {
    const out = transpile(
      'const f = (context) => (context.Variables["n"] as int) + (context.Variables["s"] as string | null).length + (x as int | null) + (y as unknown as Foo);',
    );
    expect(out).toContain(
      'import { tagFunction as __apimTag, castValue as __apimCast, integerOperation as __apimInteger, elementRead as __apimRead } from "tag-module"',
    );
    expect(out).toContain('__apimCast(__apimRead(context.Variables, "n"), "int")');
    expect(out).toContain('__apimCast(__apimRead(context.Variables, "s"), "string")');
    expect(out).toContain('__apimCast(x, "int?")');
    expect(out).toContain('__apimInteger("+", __apimInteger("+", __apimInteger("+", (__apimCast(');
    expect(out).toMatch(/\(__apimCast\(x, "int\?"\)\), "\/virtual\/policy\.ts", 106\), y, /);
    expect(transpile("const g = (s) => s as const;")).not.toContain("__apimCast");
  });

  it("routes operators inside functions through integerOperation with the operator's offset, and leaves module code and enums alone", () => {
    const out = transpile(
      "const top = 1 + 2;\nenum E { A = 1 << 2 }\nfunction g(a, b) { return -a + ~b * 3 - -1; }\n",
    );
    expect(out).toContain("const top = 1 + 2;");
    expect(out).toContain('E[E["A"] = 4] = "A"');
    // Offsets: `-` of `-a` at 67, `~` at 72, `*` at 75, `+` at 70, the binary `-` at 79; a
    // negative literal stays a literal.
    expect(out).toContain(
      'return __apimInteger("-", __apimInteger("+", __apimInteger("neg", a, void 0, "/virtual/policy.ts", 67), __apimInteger("*", __apimInteger("~", b, void 0, "/virtual/policy.ts", 72), 3, "/virtual/policy.ts", 75), "/virtual/policy.ts", 70), -1, "/virtual/policy.ts", 79);',
    );
  });

  it("routes element reads and `=` writes inside functions through elementRead and elementWrite", () => {
    const out = transpile(
      'const top = o[k];\nconst f = (context, k) => { const v = context.Variables[k]; o[k] = JToken.Parse(s)["a"]; return v; };\n',
    );
    expect(out).toContain(
      'import { tagFunction as __apimTag, elementRead as __apimRead, elementWrite as __apimWrite } from "tag-module"',
    );
    expect(out).toContain("const top = o[k];");
    expect(out).toContain("const v = __apimRead(context.Variables, k);");
    expect(out).toContain('__apimWrite(o, k, __apimRead(JToken.Parse(s), "a"));');
  });

  it("leaves to JavaScript the element accesses C# has no indexer call for", () => {
    const body = [
      "a[0]",
      "o[k]()",
      "(o[k])!()",
      "o[k] += 1",
      "o[k]++",
      "delete o[k]",
      "[o[k]] = pair",
      "({ x: o[k] } = pair)",
      "[o[k] = 1] = pair",
      "for (o[k] of list) ;",
      "a?.b?.[0]",
      "a?.b[k](x)",
      "(a?.b[k])()",
      "a.m?.()[k]",
      "a?.b.As<int>()[k]",
      "delete a?.b[k]",
    ];
    const out = transpile(`const f = (a, o, k, pair, list, x) => { ${body.join("; ")}; };`);
    expect(out).not.toMatch(/__apimRead|__apimWrite/);
    const inClass = transpile("class B extends A { m(k) { return super[k]; } }");
    expect(inClass).toContain("return super[k];");
    // Outside a destructuring pattern the same shapes are rewritten.
    const plain = transpile("const g = (o, k) => [o[k] = 1, { x: o[k] }];");
    expect(plain).toContain("[__apimWrite(o, k, 1), { x: __apimRead(o, k) }]");
  });

  it("rewrites an element read in an optional chain with the tail after its last `?.`, evaluating the head once", () => {
    const out = transpile(
      "const f = (a, k) => [a?.b[k], a?.[k].c, a?.b[k]?.c[k], a?.b.m(k)[k], a?.b[k]!.c];",
    );
    const tail = (n: number, body: string) =>
      `(chained_${n} => chained_${n} == null ? void 0 : ${body})`;
    expect(out).toContain(`${tail(1, "__apimRead(chained_1.b, k)")}(a)`);
    expect(out).toContain(`${tail(2, "__apimRead(chained_2, k).c")}(a)`);
    // `?.c[k]` is a segment of its own over `a?.b[k]`, which is rewritten first.
    expect(out).toContain(
      `${tail(3, "__apimRead(chained_3.c, k)")}(${tail(4, "__apimRead(chained_4.b, k)")}(a))`,
    );
    expect(out).toContain(`${tail(5, "__apimRead(chained_5.b.m(k), k)")}(a)`);
    expect(out).toContain(`${tail(6, "__apimRead(chained_6.b, k).c")}(a)`);
  });
});
