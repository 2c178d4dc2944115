// Named values: {{name}} in literals, namedValue()/namedBoolean() in expressions; missing ones are
// refused. Inside an expression APIM pastes the text into the C# literal "{{name}}", so the
// expression sees it as C# reads it (harness/apim/named-value-reading.ts); the C# replay of the
// same values is test/replay/named-values-replay.test.ts.
import { describe, expect, it } from "vitest";
import {
  choose,
  csharp,
  namedBoolean,
  namedValue,
  policy,
  returnResponse,
  setHeader,
  setVariable,
  when,
} from "apim-ts";
import { createGateway, HarnessRefusal } from "apim-ts/harness";
import { echoGateway, flagGateway, verbatimPolicy } from "../support/named-value-echo.ts";

describe("named values", () => {
  it("substitutes {{name}} in literal attributes", async () => {
    const result = await createGateway({
      namedValues: { environment: "dev" },
      policies: { operation: policy({ inbound: [setVariable("env", "env-{{environment}}")] }) },
    }).send();
    expect(result.variables.env).toEqual({ type: "string", value: "env-dev" });
  });

  it("resolves namedValue() and namedBoolean() inside expressions", async () => {
    const gateway = (validate: string) =>
      createGateway({
        namedValues: { "validate-certificate-chain": validate, greeting: "hello" },
        policies: {
          operation: policy({
            inbound: [
              returnResponse([
                setHeader("X-Chain", () =>
                  namedBoolean("validate-certificate-chain") ? "on" : "off",
                ),
                setHeader("X-Greeting", () => namedValue("greeting")),
              ]),
            ],
          }),
        },
      });
    const on = await gateway("true").send();
    expect([on.header("X-Chain"), on.header("X-Greeting")]).toEqual(["on", "hello"]);
    expect((await gateway("false").send()).header("X-Chain")).toBe("off");
  });

  it("refuses a named value that is not configured", async () => {
    const gateway = createGateway({
      policies: {
        operation: policy({ inbound: [choose(when(() => namedBoolean("absent"), []))] }),
      },
    });
    await expect(gateway.send()).rejects.toThrow(/Named value 'absent' is not configured/);
  });

  it.each([
    ["\\n", String.raw`a\nb`, "a\nb"],
    ["\\\\", String.raw`C:\\temp`, "C:\\temp"],
    ["\\t (a Windows path written with one backslash)", String.raw`C:\temp`, "C:\temp"],
    ['\\"', String.raw`say \"hi\"`, 'say "hi"'],
    ["\\u, \\U and \\x", String.raw`\u0041\U0001F600\x41z`, "A\u{1F600}Az"],
    ["braces (inside a literal, not interpolation text)", "{x} }{", "{x} }{"],
  ])(
    "reads %s as C# does in a named value used inside an expression",
    async (_what, text, seen) => {
      const result = await echoGateway(text).send();
      expect(result.variables.text).toEqual({ type: "string", value: seen });
      expect(result.variables.template).toEqual({ type: "string", value: `[${seen}]` });
    },
  );

  it('reads a raw C# verbatim string @"{{name}}" as C# does: backslashes as they are, "" one quote', async () => {
    const result = await echoGateway(String.raw`C:\temp\n ""x""`, verbatimPolicy).send();
    expect(result.variables.text).toEqual({ type: "string", value: String.raw`C:\temp\n "x"` });
    await expect(echoGateway('say "hi"', verbatimPolicy).send()).rejects.toThrow(
      /ends the C# string literal @"\{\{text\}\}".*Write it as ""/,
    );
  });

  it.each([
    [
      "an interpolated string's text",
      '@($"id-{{text}}")',
      /stands in an interpolated string's text/,
    ],
    [
      "two kinds of place",
      '@("{{text}}" + @"{{text}}")',
      /has \{\{text\}\} in a string "..." and in a verbatim string/,
    ],
    ["no place at all", '@("text")', /does not reference \{\{text\}\}/],
  ])(
    "refuses namedValue() in a raw C# twin whose C# has the name in %s",
    async (_what, code, message) => {
      const operation = policy({
        inbound: [
          setVariable(
            "text",
            csharp(code, () => namedValue("text")),
          ),
        ],
      });
      await expect(echoGateway("plain", operation).send()).rejects.toThrow(message);
    },
  );

  // APIM documents {{name}} with a named value's display name (api-management-howto-properties,
  // "Use a named value"; the name's characters: azure-rest-api-specs NamedValueContractProperties
  // .displayName, ^[A-Za-z0-9-._]+$). What it does with other braced text, such as spaces inside
  // the braces, is not documented, so the harness refuses it rather than guess.
  it.each(["{{ environment }}", "{{env ironment}}", `{{${"n".repeat(257)}}}`])(
    "refuses %s in a literal attribute, which is no named value reference",
    async (token) => {
      const send = createGateway({
        namedValues: { environment: "dev" },
        policies: { operation: policy({ inbound: [setVariable("env", `env-${token}`)] }) },
      }).send();
      await expect(send).rejects.toThrow(HarnessRefusal);
      await expect(send).rejects.toThrow(`'${token}' is not a named value reference`);
    },
  );

  it("keeps the text as it is in a literal attribute", async () => {
    const result = await createGateway({
      namedValues: { path: String.raw`C:\\temp\n` },
      policies: { operation: policy({ inbound: [setVariable("path", "{{path}}")] }) },
    }).send();
    expect(result.variables.path).toEqual({ type: "string", value: String.raw`C:\\temp\n` });
  });

  it.each([
    [
      "a bare quote",
      'say "hi"',
      /holds a '"' at character 5, which ends the C# string literal "\{\{text\}\}".*Write it as \\"/,
    ],
    [
      "a line break",
      "line one\nline two",
      /holds a line break \(U\+000A\) at character 9.*Write \\n/,
    ],
    [
      "a lone trailing backslash",
      "C:\\temp\\",
      /ends with a lone backslash.*Write \\\\ for a backslash/,
    ],
    [
      "an unknown escape",
      "C:\\data",
      /holds '\\d' at character 3, which is not a C# escape sequence/,
    ],
    ["a \\U escape past U+10FFFF", "\\U00110000", /holds '\\U00110000'/],
  ])(
    "refuses a named value with %s, naming it and the expression",
    async (_what, text, message) => {
      const send = echoGateway(text).send();
      await expect(send).rejects.toThrow(message);
      await expect(send).rejects.toThrow(
        /Named value 'text', read by namedValue\(\) in the set-variable value expression \(inbound @ operation/,
      );
    },
  );

  describe("namedBoolean(): the text written bare into the C#", () => {
    it("reads true or false with C# white space around it", async () => {
      expect((await flagGateway(" true\r\n").send()).variables.flag?.value).toBe("on");
      expect((await flagGateway("\tfalse ").send()).variables.flag?.value).toBe("off");
    });

    it.each(["True", "1", "yes", "", "true false"])(
      "refuses %j, which is no C# boolean literal",
      async (text) => {
        await expect(flagGateway(text).send()).rejects.toThrow(
          /Named value 'flag', read by namedBoolean\(\) in the set-variable value expression .*, holds ".*", which is not the C# boolean literal true or false/,
        );
      },
    );
  });
});
