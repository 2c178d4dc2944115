// The shipped policies as a user deploys them: every C# expression compiles with a real C#
// compiler against APIM's context model, the `xml` format parses with a strict XML parser, and
// its expressions, unescaped, are exactly the `rawxml` ones.
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { build, type BuildResult } from "../../src/compile/build.ts";
import { compileExpressions } from "../../harness/crosscheck/index.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";

const root = path.resolve(import.meta.dirname, "../..");
const options = {
  root,
  sourceDir: path.join(root, "policy-src"),
  outDir: path.join(root, "dist-policies"),
  check: true,
};

/** Every attribute value and text that is a policy expression, in document order. */
function expressionsOf(xmlText: string): string[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
    trimValues: false,
    processEntities: true,
    htmlEntities: true,
  });
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      if (/^@[({]/.test(value)) found.push(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      // With preserveOrder an element is { name: children, ":@": attributes }: attributes first.
      const { ":@": attributes, ...children } = value as Record<string, unknown>;
      if (attributes) visit(attributes);
      Object.values(children).forEach(visit);
    }
  };
  visit(parser.parse(xmlText));
  return found;
}

let rawxml: BuildResult;
let xml: BuildResult;

beforeAll(async () => {
  [rawxml, xml] = [
    await build({ ...options, format: "rawxml" }),
    await build({ ...options, format: "xml" }),
  ];
});

describe("dist-policies", () => {
  it("is up to date and builds without diagnostics", () => {
    expect(rawxml.diagnostics).toEqual([]);
    expect(rawxml.outputs.filter((o) => o.status !== "unchanged")).toEqual([]);
    expect(rawxml.outputs.length).toBeGreaterThanOrEqual(5);
  });

  it("writes well-formed XML in the xml format, with the rawxml expressions unchanged", () => {
    for (const output of xml.outputs) {
      expect(XMLValidator.validate(output.text!), output.output).toBe(true);
      const expressions = expressionsOf(output.text!);
      const raw = rawxml.outputs.find((o) => o.source === output.source)!.text!;
      expect(expressions.length).toBe(output.expressions);
      let at = 0;
      for (const expression of expressions) {
        const found = raw.indexOf(expression, at);
        expect(found, `${path.basename(output.output)}: ${expression}`).toBeGreaterThanOrEqual(0);
        at = found + expression.length;
      }
    }
  });

  it("keeps multi-line blocks on one attribute line in the xml format (newlines as &#xA;)", () => {
    const text = xml.outputs.find((o) =>
      o.source.endsWith("validate-from-agw.operation.ts"),
    )!.text!;
    expect(text).toMatch(/value="@\{&#xA; {12}var bytes = /);
    expect(text).not.toMatch(/value="@\{\n/);
  });
});

describeWithCSharp("dist-policies C#", () => {
  it("compiles every expression with mcs against APIM's context model and allow-list", async () => {
    const expressions = xml.outputs.flatMap((output) =>
      expressionsOf(output.text!).map((code, i) => ({
        id: `${path.basename(output.output)}#${i + 1}`,
        code,
      })),
    );
    expect(expressions.length).toBeGreaterThan(10);
    const result = await compileExpressions(expressions, {
      namedValues: {
        "validate-certificate-chain": "true",
        "protected-api-url": "https://protected.example",
        // The named values the hmac-request-signing and ip-range-check examples read.
        "backend-signing-key": "YSBzaGFyZWQgc2VjcmV0IG9mIDMyIGJ5dGVzLi4uLi4=",
        "backend-client-id": "contoso",
        "allowed-network": "10.20.0.0/16",
        // The basic-credentials-check example's client credentials.
        "orders-client-user": "orders-app",
        "orders-client-password": "secret",
        // The return-url-guard example's allow-list of login return hosts.
        "return-url-hosts": "app.contoso.com,portal.contoso.com",
        // The storage-sas-token example's account key (base64, as the portal shows it).
        "reports-account-key": "YSBzaGFyZWQgc2VjcmV0IG9mIDMyIGJ5dGVzLi4uLi4=",
        // The webhook-signature-check example's signing secret.
        "webhook-signing-secret": "8f742231b10e8888abcd99yyyzzz85a5",
      },
    });
    await result.compiled?.dispose();
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
