// The statement shapes the translator accepts, each with the exact C# it prints and the same
// outcomes in both languages (src/translate/statements.ts, loops.ts, switch.ts): for loops
// counting down and stepping by an assignment, while with continue and break, a switch on an
// int, foreach over a sequence of the model, locals without an initializer or declared null, and
// helpers with statements inlined where they are called (their hoisted arguments first).
import { describeConformance } from "../../harness/conformance/index.ts";

/** JavaScript's trim() set, as the translator passes it to C#'s Trim (members/string.ts). */
const TRIM_CHARACTERS =
  '"\\t\\n\\u000B\\u000C\\r \\u00A0\\u1680\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF".ToCharArray()';

describeConformance("statement shapes", (t) => {
  t.declare(`
    function repeat(s: string, times: int): string {
      let out = "";
      for (let i = 0; i < times; i++) {
        out = out + s;
      }
      return out;
    }
    function classify(s: string): string {
      if (s === "") return "empty";
      return "other";
    }
    function check(s: string): void {
      if (s === "") {
        throw new Exception("empty: " + s);
      }
    }
  `);

  // i-- is written i = i - 1; an assignment increment is kept as written.
  const loops: [header: string, csharp: string, inputs: number[]][] = [
    ["let i = n; i > 0; i--", "var i = n; i > 0; i = i - 1", [0, 1, 3]],
    ["let i = 0; i < n; i = i + 2", "var i = 0; i < n; i = i + 2", [0, 1, 5]],
  ];
  for (const [header, csharp, inputs] of loops)
    t.expression(`(n: int) => { let t = ""; for (${header}) { t = t + i + ","; } return t; }`)
      .withInputs(...inputs.map((n) => [n]))
      .expectCSharp(
        [
          "@{",
          '    var t = "";',
          `    for (${csharp})`,
          "    {",
          '        t = t + i + ",";',
          "    }",
          "    return t;",
          "}",
        ].join("\n"),
      )
      .expectSameInCSharp();
  // while, continue and break as written; the stray `;` after the if is an empty statement, dropped.
  t.expression(
    '(n: int) => { let i = 0; let t = ""; while (true) { i = i + 1; if (i === 2) { continue; } if (i > n) { break; }; t = t + i + ","; } return t; }',
  )
    .withInputs([0], [2], [4])
    .expectCSharp(
      [
        "@{",
        "    var i = 0;",
        '    var t = "";',
        "    while (true)",
        "    {",
        "        i = i + 1;",
        "        if (i == 2)",
        "        {",
        "            continue;",
        "        }",
        "        if (i > n)",
        "        {",
        "            break;",
        "        }",
        '        t = t + i + ",";',
        "    }",
        "    return t;",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();
  t.expression(
    '(n: int) => { switch (n) { case 1: return "one"; case 2: case 3: return "few"; default: return "many"; } }',
  )
    .withInputs([1], [2], [3], [4], [-1])
    .expectCSharp(
      [
        "@{",
        "    switch (n)",
        "    {",
        "        case 1:",
        '            return "one";',
        "        case 2:",
        "        case 3:",
        '            return "few";',
        "        default:",
        '            return "many";',
        "    }",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();
  // An IEnumerable of the model (not an array): C#'s foreach over the same sequence.
  t.expression(
    '(s: string) => { const o = JObject.Parse(s); let out = ""; for (const p of o.Properties()) { out = out + p.Name + ";"; } return out; }',
  )
    .withInputs(['{"a":1,"b":[2]}'], ["{}"], ['{"z":null}'])
    .expectCSharp(
      [
        "@{",
        "    var o = JObject.Parse(s);",
        '    var out2 = "";',
        "    foreach (var p in o.Properties())",
        "    {",
        '        out2 = out2 + p.Name + ";";',
        "    }",
        "    return out2;",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();

  // Locals without an initializer get default(T), which C# needs and no path reads; a local
  // declared null gets its type.
  t.expression(
    '(s: string) => { let label: string; if (s === "") { label = "empty"; } else { label = "other"; } return label; }',
  )
    .withInputs([""], ["a"])
    .expectCSharp(
      [
        "@{",
        "    string label = default(string);",
        '    if (s == "")',
        "    {",
        '        label = "empty";',
        "    }",
        "    else",
        "    {",
        '        label = "other";',
        "    }",
        "    return label;",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();
  t.expression(
    '(s: string | null) => { let x: string | null = null; if (s !== null) { x = s + "!"; } return x ?? "none"; }',
  )
    .withInputs([null], ["a"])
    .expectCSharp(
      [
        "@{",
        "    string x = null;",
        "    if (s != null)",
        "    {",
        '        x = s + "!";',
        "    }",
        '    return x ?? "none";',
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();

  // Helpers with statements: a const takes the helper's returns as assignments; a hoisted
  // argument (s.trim()) is bound once, before the helper's statements, even around its loop.
  t.expression('(s: string) => { const r = classify(s); return r + "!"; }')
    .withInputs([""], ["a"])
    .expectCSharp(
      [
        "@{",
        "    string r;",
        '    if (s == "")',
        "    {",
        '        r = "empty";',
        "    }",
        "    else",
        "    {",
        '        r = "other";',
        "    }",
        '    return r + "!";',
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();
  t.expression("(s: string, n: int) => { const r = repeat(s.trim(), n); return r; }")
    .withInputs([" ab ", 2], ["x", 0], ["\tc", 3])
    .expectCSharp(
      [
        "@{",
        `    var s2 = s.Trim(${TRIM_CHARACTERS});`,
        "    string r;",
        '    var out2 = "";',
        "    for (var i = 0; i < n; i = i + 1)",
        "    {",
        "        out2 = out2 + s2;",
        "    }",
        "    r = out2;",
        "    return r;",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();
  // A helper called as a statement: its statements in place.
  t.expression("(s: string) => { check(s.trim()); return s; }")
    .withInputs([" "], ["a"], [""])
    .expectCSharp(
      [
        "@{",
        `    var s2 = s.Trim(${TRIM_CHARACTERS});`,
        '    if (s2 == "")',
        "    {",
        '        throw new Exception("empty: " + s2);',
        "    }",
        "    return s;",
        "}",
      ].join("\n"),
    )
    .expectSameInCSharp();
});
