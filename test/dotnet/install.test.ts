// installDotnet binds every declared .NET value, and the runtime twin has every member the
// declarations in src/dotnet/ list (member-for-member, read from the declaration files with the
// TypeScript compiler API so the two cannot drift apart silently).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "../../src/compile/typescript.js";
import { describe, expect, it } from "vitest";
import { hasDotnetRuntime } from "../../src/dotnet/runtime.ts";
import { DateTime, TimeSpan } from "../../src/dotnet/date-time.ts";
import { Convert, WebUtility } from "../../src/dotnet/text.ts";
import { X509Certificate2, X509NameType } from "../../src/dotnet/x509-certificate2.ts";
import {
  dotnetImplementations,
  installDotnet,
  runInDotnetEnvironment,
} from "../../harness/dotnet/index.ts";

const DECLARATIONS = join(import.meta.dirname, "../../src/dotnet");

function interfaceMembers(): Map<string, string[]> {
  const members = new Map<string, string[]>();
  const heritage = new Map<string, string[]>();
  for (const file of readdirSync(DECLARATIONS).filter((f) => f.endsWith(".ts"))) {
    const source = ts.createSourceFile(
      file,
      readFileSync(join(DECLARATIONS, file), "utf8"),
      ts.ScriptTarget.ES2022,
    );
    source.forEachChild((node) => {
      if (!ts.isInterfaceDeclaration(node)) return;
      const names = node.members
        .map((m) =>
          m.name && (ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))
            ? m.name.text
            : undefined,
        )
        .filter((n): n is string => n !== undefined);
      members.set(node.name.text, names);
      const bases =
        node.heritageClauses?.flatMap((clause) =>
          clause.types.map((t) => t.expression.getText(source)),
        ) ?? [];
      if (bases.length) heritage.set(node.name.text, bases);
    });
  }
  // Members inherited from a declared base interface (NumberStatic<T> of int, long and double).
  for (const [name, bases] of heritage)
    members.set(name, [...members.get(name)!, ...bases.flatMap((base) => members.get(base) ?? [])]);
  return members;
}

// Declared value name → [interface of its statics, interface of its instances, a sample instance].
const SAMPLES: Record<string, [string, string | undefined, () => object | undefined]> = {
  DateTime: [
    "DateTimeStatic",
    "DateTime",
    () => new (dotnetImplementations.DateTime as new (...a: number[]) => object)(2026, 1, 1),
  ],
  TimeSpan: [
    "TimeSpanStatic",
    "TimeSpan",
    () => (dotnetImplementations.TimeSpan as { Zero: object }).Zero,
  ],
  X509NameType: ["X509NameTypeStatic", undefined, () => undefined],
  String: ["StringStatic", undefined, () => undefined],
  Convert: ["ConvertStatic", undefined, () => undefined],
  WebUtility: ["WebUtilityStatic", undefined, () => undefined],
  Encoding: [
    "EncodingStatic",
    "Encoding",
    () => (dotnetImplementations.Encoding as { UTF8: object }).UTF8,
  ],
  Math: ["MathStatic", undefined, () => undefined],
  Guid: ["GuidStatic", "Guid", () => (dotnetImplementations.Guid as { Empty: object }).Empty],
  Regex: ["RegexStatic", undefined, () => undefined],
  Int32: ["Int32Static", undefined, () => undefined],
  Int64: ["Int64Static", undefined, () => undefined],
  Double: ["DoubleStatic", undefined, () => undefined],
  X509Certificate2: ["X509Certificate2Constructor", "X509Certificate2", () => undefined],
};

// Declared only so the translator can refuse them by name with what to write instead (APIM1041:
// not on APIM's allow-list, test/translate/time.test.ts); no expression that uses them runs.
const REFUSED_BY_TRANSLATOR = new Set(["DateTime.TryParse", "DateTime.ParseExact"]);

describe("installDotnet", () => {
  it("binds every declared value name and is idempotent", () => {
    installDotnet();
    installDotnet();
    for (const name of Object.keys(SAMPLES)) expect(hasDotnetRuntime(name), name).toBe(true);
  });

  it("implements every declared member", () => {
    const declared = interfaceMembers();
    const missing: string[] = [];
    for (const [value, [staticInterface, instanceInterface, sample]] of Object.entries(SAMPLES)) {
      const implementation = dotnetImplementations[value] as Record<string, unknown>;
      for (const member of declared.get(staticInterface) ?? [])
        if (!(member in implementation) && !REFUSED_BY_TRANSLATOR.has(`${value}.${member}`))
          missing.push(`${value}.${member}`);
      const instance = sample();
      const prototype =
        value === "X509Certificate2"
          ? (implementation as unknown as { prototype: object }).prototype
          : instance;
      if (instanceInterface !== undefined && prototype !== undefined) {
        for (const member of declared.get(instanceInterface) ?? [])
          if (!(member in prototype)) missing.push(`${instanceInterface}#${member}`);
      }
    }
    expect(missing).toEqual([]);
    // The exceptions stay declared (a stale entry would hide a missing twin).
    for (const refused of REFUSED_BY_TRANSLATOR) {
      const [value, member] = refused.split(".");
      expect(declared.get(SAMPLES[value!]![0])).toContain(member);
    }
  });

  it("makes the authoring declarations work inside the harness", () => {
    installDotnet();
    runInDotnetEnvironment({ instant: Date.parse("2026-11-01T00:00:00Z"), timeZone: "UTC" }, () => {
      expect(DateTime.UtcNow.ToString("o")).toBe("2026-11-01T00:00:00.0000000Z");
      expect(DateTime.Now.AddDays(1) > DateTime.UtcNow).toBe(true);
      expect(TimeSpan.FromHours(2).TotalMinutes).toBe(120);
      expect(WebUtility.UrlDecode("a+b")).toBe("a b");
      expect(() => new X509Certificate2(Convert.FromBase64String("AAAA")).Thumbprint).toThrow(
        /Unable to decode/,
      );
      expect(String(X509NameType.DnsName)).toBe("DnsName");
    });
  });
});
