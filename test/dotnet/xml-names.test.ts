// XName and XNamespace's twins (harness/dotnet/xml/names.ts): the expanded form "{uri}local",
// atomization, null arguments and the local-name checks of XmlConvert.VerifyNCName. Sources:
// XName.Get's page ("Get(String)": expandedName in the form {namespace}localname; ArgumentNullException)
// and .NET Framework's reference source (System.Xml.Linq XName.cs and XNamespace.cs; System.Xml
// XmlConvert.CreateInvalidNameCharException: a bad first character is always "Name cannot begin
// with", XmlCharType built without XML10_FIFTH_EDITION: XML 1.0 fourth edition's name tables).
// Every expected value was printed by mono's System.Xml.Linq (.NET Framework's source).
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { ArgumentException, ArgumentNullException } from "../../harness/dotnet/exceptions.ts";
import {
  XAttributeStatics as XAttribute,
  XElementStatics as XElement,
  XmlException,
  XNamespaceStatics as XNamespace,
  XNameStatics as XName,
} from "../../harness/dotnet/xml/index.ts";

const nullText = (parameter: string) => `Value cannot be null.\nParameter name: ${parameter}`;

/** The name's three parts as `ToString|LocalName|NamespaceName`. */
const parts = (expanded: string) => {
  const name = XName.Get(expanded);
  return `${name.ToString()}|${name.LocalName}|${name.NamespaceName}`;
};

describe("XName.Get and XNamespace.Get", () => {
  it("throw ArgumentNullException naming .NET's parameter", () => {
    const cases: [() => unknown, string][] = [
      [() => XNamespace.Get(null), "namespaceName"],
      [() => XNamespace.Get("u").GetName(null), "localName"],
      [() => XName.Get(null), "expandedName"],
      [() => XName.Get("a", null), "namespaceName"],
      [() => XName.Get(null, "u"), "localName"],
      [() => new XAttribute(null as never, "v"), "name"],
      [() => new XElement(null as never), "name"],
    ];
    for (const [call, parameter] of cases) {
      expect(call).toThrow(ArgumentNullException);
      expect(call).toThrow(nullText(parameter));
    }
  });

  it.each(["", "{a", "{}a", "{u}", "{", "{}"])(
    "refuses the expanded name %j (ArgumentException)",
    (expanded) => {
      expect(() => XName.Get(expanded)).toThrow(ArgumentException);
      expect(() => XName.Get(expanded)).toThrow(`'${expanded}' is an invalid expanded name.`);
    },
  );

  it("splits the expanded name at the last '}'", () => {
    expect(parts("{u}a")).toBe("{u}a|a|u");
    expect(parts("{u}}a")).toBe("{u}}a|a|u}");
    expect(parts("{u{v}a")).toBe("{u{v}a|a|u{v");
    expect(parts("{a}b}c")).toBe("{a}b}c|c|a}b");
    expect(parts("a")).toBe("a|a|");
    expect(() => XName.Get("}")).toThrow(
      new XmlException("Name cannot begin with the '}' character, hexadecimal value 0x7D."),
    );
    expect(() => XName.Get("a}")).toThrow(
      new XmlException("The '}' character, hexadecimal value 0x7D, cannot be included in a name."),
    );
  });

  it("prints namespaces and names as .NET does, also where C# concatenates them", () => {
    expect(XNamespace.Get("urn:x").ToString()).toBe("urn:x");
    expect(XNamespace.None.ToString()).toBe("");
    expect(XName.Get("{urn:x}a").ToString()).toBe("{urn:x}a");
    expect(XName.Get("{urn:x}a").NamespaceName).toBe("urn:x");
    expect(`${XNamespace.Get("urn:y")}|${XName.Get("{urn:y}b")}`).toBe("urn:y|{urn:y}b");
  });

  it("atomizes the two-argument form with the expanded one", () => {
    expect(XName.Get("a", "urn:x").ToString()).toBe("{urn:x}a");
    expect(XName.Get("a", "urn:x")).toBe(XName.Get("{urn:x}a"));
    expect(XName.Get("a", "")).toBe(XName.Get("a"));
    expect(new XElement("{u}a").Name.Namespace.NamespaceName).toBe("u");
    expect(() => XName.Get("a b", "urn:x")).toThrow(
      new XmlException("The ' ' character, hexadecimal value 0x20, cannot be included in a name."),
    );
  });
});

describe("local names (XmlConvert.VerifyNCName)", () => {
  it.each([
    ["1a", "1", "0x31"],
    ["-a", "-", "0x2D"],
    [".a", ".", "0x2E"],
    ["\u00B7a", "\u00B7", "0xB7"],
    [":a", ":", "0x3A"],
    ["\ta", "\t", "0x09"],
    ["\u00D7", "\u00D7", "0xD7"],
    ["\u0300a", "\u0300", "0x300"],
    ["\u037E", "\u037E", "0x37E"],
    ["\u203Fa", "\u203F", "0x203F"],
    ["\u2190", "\u2190", "0x2190"],
    ["@", "@", "0x40"],
    ["[", "[", "0x5B"],
    ["`", "`", "0x60"],
    ["{x", "{", "0x7B"],
  ])("refuses %j: a name cannot begin with %j", (name, char, hex) => {
    expect(() => XNamespace.None.GetName(name)).toThrow(
      new XmlException(`Name cannot begin with the '${char}' character, hexadecimal value ${hex}.`),
    );
  });

  it.each([
    ["a:b", ":", "0x3A"],
    ["a b", " ", "0x20"],
    ["a\t", "\t", "0x09"],
    ["a\u00D7", "\u00D7", "0xD7"],
    ["a\u00F7", "\u00F7", "0xF7"],
    ["a/", "/", "0x2F"],
    ["a:", ":", "0x3A"],
  ])("refuses %j: %j cannot be in a name", (name, char, hex) => {
    expect(() => XNamespace.None.GetName(name)).toThrow(
      new XmlException(
        `The '${char}' character, hexadecimal value ${hex}, cannot be included in a name.`,
      ),
    );
  });

  it.each([
    "\u00E0",
    "\u00E9",
    "\u4E2D\u6587",
    "_x",
    "a-b.c_d9",
    "\u00C0\u00D6\u00D8\u00F6\u00F8\u00FF",
    "A",
    "Z",
    "z",
    "a0",
    "a9",
    "a\u00B7",
  ])("accepts %j", (name) => {
    expect(XNamespace.None.GetName(name).LocalName).toBe(name);
  });

  it("throws ArgumentNullException with XmlConvert's text for an empty local name", () => {
    expect(() => XNamespace.None.GetName("")).toThrow(
      "The empty string '' is not a valid local name.\nParameter name: name",
    );
    try {
      XNamespace.None.GetName("");
    } catch (error) {
      expect((error as { dotnetType?: string }).dotnetType).toBe("System.ArgumentNullException");
    }
  });

  it.each([
    "\u037F",
    "\u2070",
    "\u2C00",
    "\u3001",
    "\uF900",
    "\uFDF0",
    "\uFFFD",
    "\u200C",
    "a\u0346",
    "ab\u2040",
    "a\u{10000}",
    "\u{10000}",
  ])(
    "refuses %j: a name character in XML 1.0 fifth edition, maybe not in .NET Framework's fourth-edition tables",
    (name) => {
      expect(() => XNamespace.None.GetName(name)).toThrow(HarnessRefusal);
      expect(() => XNamespace.None.GetName(name)).toThrow(/fourth edition/);
    },
  );
});
