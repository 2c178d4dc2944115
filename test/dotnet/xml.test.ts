// System.Xml.Linq's twin (harness/dotnet/xml) where the conformance batch cannot reach: what it
// refuses instead of guessing (a DOCTYPE, xml:space, a namespace the writer would invent a prefix
// for, nodes added or removed during a lazy walk, a request body that is not XML), and the .NET
// texts of its errors. Output it simulates is compared with mono in test/conformance/cases/xml.ts;
// the expected strings here were printed by mono's System.Xml.Linq (with "\n" for "\r\n").
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { BodyStore } from "../../harness/apim/message-body.ts";
import { XmlException } from "../../harness/dotnet/xml/index.ts";
import {
  XAttributeStatics as XAttribute,
  XDocumentStatics as XDocument,
  XElementStatics as XElement,
  XNamespaceStatics as XNamespace,
  XNameStatics as XName,
} from "../../harness/dotnet/xml/index.ts";
import { TYPED_BODY_AS } from "../../src/compile/tag-names.ts";

const lines = (text: string) => text.replaceAll("\r\n", "\n");

describe("System.Xml.Linq twin", () => {
  it("prints as XmlWriter indents: one element per line, mixed content on one, no declaration", () => {
    const document = XDocument.Parse(
      "<?xml version='1.0'?><a><b/><c></c><d>t</d><e x='1'>mixed<f/>tail</e><!-- k --></a>",
    );
    expect(document.ToString()).toContain("\r\n");
    expect(lines(document.ToString())).toBe(
      '<a>\n  <b />\n  <c></c>\n  <d>t</d>\n  <e x="1">mixed<f />tail</e>\n  <!-- k -->\n</a>',
    );
  });

  it("declares on a printed subtree the prefixes its ancestors declared, the last needed first", () => {
    const root = XElement.Parse("<a xmlns:p='u' xmlns:q='v'><p:b q:x='1'><c/></p:b></a>");
    const b = root.Elements().First();
    expect(lines(b.ToString())).toBe('<p:b q:x="1" xmlns:q="v" xmlns:p="u">\n  <c />\n</p:b>');
    expect(b.Attributes().First().ToString()).toBe('q:x="1"');
  });

  it('gives an element without a namespace under a default one xmlns=""', () => {
    const root = XElement.Parse("<a xmlns='d'><b/></a>");
    root.Add(new XElement("plain"));
    expect(lines(root.ToString())).toBe('<a xmlns="d">\n  <b />\n  <plain xmlns="" />\n</a>');
  });

  it("compares atomized names with ===, as C#'s == does", () => {
    const ns = XNamespace.Get("urn:x");
    expect(ns.GetName("a")).toBe(XName.Get("{urn:x}a"));
    expect(XElement.Parse("<a xmlns='urn:x'/>").Name).toBe(ns.GetName("a"));
    expect(XNamespace.None.GetName("a")).toBe(XName.Get("a"));
  });

  it("throws .NET's exceptions with .NET's texts", () => {
    expect(() => XDocument.Parse("")).toThrow(new XmlException("Root element is missing."));
    expect(() => XDocument.Parse("<a/><b/>")).toThrow(/^There are multiple root elements\. Line 1/);
    expect(() => XDocument.Parse("<p:a/>")).toThrow(/^'p' is an undeclared prefix\./);
    expect(() => XName.Get("a b")).toThrow(
      new XmlException("The ' ' character, hexadecimal value 0x20, cannot be included in a name."),
    );
    expect(() => new XElement("a").Remove()).toThrow("The parent is missing.");
    const element = XElement.Parse("<a x='1'/>");
    expect(() => element.Add(new XAttribute("x", "2"))).toThrow("Duplicate attribute.");
    const control = new XElement("a");
    control.SetValue("x\u0001");
    expect(() => control.ToString()).toThrow(
      "'\u0001', hexadecimal value 0x01, is an invalid character.",
    );
  });

  it.each([
    ["a DOCTYPE", "<!DOCTYPE a><a/>"],
    ["xml:space", "<a xml:space='preserve'> <b/> </a>"],
  ])("refuses %s, whose reading it does not simulate", (_name, text) => {
    expect(() => XDocument.Parse(text)).toThrow(HarnessRefusal);
  });

  it("refuses to print an attribute whose namespace no declaration names (the writer invents p1)", () => {
    const element = new XElement("a", new XAttribute(XName.Get("{urn:v}at"), "1"));
    expect(() => element.ToString()).toThrow(HarnessRefusal);
  });

  it("walks the live tree as mono does; an element removed from under the walk is refused", () => {
    let root = XElement.Parse("<r><a><x/></a><b/></r>");
    const names: string[] = [];
    for (const element of root.Descendants()) {
      names.push(element.Name.LocalName);
      if (element.Name.LocalName === "a") element.SetValue("text");
    }
    expect(names).toEqual(["a", "b"]);
    root = XElement.Parse("<r><a/><b/><c/></r>");
    names.length = 0;
    for (const element of root.Elements()) {
      names.push(element.Name.LocalName);
      if (element.Name.LocalName === "a") {
        root.Element("b")!.Remove();
        root.Add(new XElement("z"));
      }
    }
    expect(names).toEqual(["a", "c", "z"]);
    root = XElement.Parse("<r><a><x/></a><b><y/></b></r>");
    names.length = 0;
    for (const element of root.Descendants()) {
      names.push(element.Name.LocalName);
      if (element.Name.LocalName === "x") root.Element("b")!.Add(new XElement("w"));
    }
    expect(names).toEqual(["a", "x", "b", "y", "w"]);
    expect(() => {
      for (const element of root.Elements()) element.Remove();
    }).toThrow(HarnessRefusal);
    // A copy first (ToArray) is what an author writes to remove while walking.
    for (const element of root.Elements().ToArray()) element.Remove();
    expect(root.ToString()).toBe("<r />");
  });
});

describe("Body.As<XDocument>() and As<XElement>()", () => {
  it("reads the body as XML, kept with preserveContent and consumed without", () => {
    const body = new BodyStore("<a><b>1</b></a>");
    const document = body[TYPED_BODY_AS]("XDocument", true) as ReturnType<typeof XDocument.Parse>;
    expect(document.Root!.Element("b")!.Value).toBe("1");
    expect(body.consumed).toBe(false);
    const element = body[TYPED_BODY_AS]("XElement") as InstanceType<typeof XElement>;
    expect(element.Parent).toBeNull();
    expect(body.consumed).toBe(true);
  });

  it("refuses a body that is not XML: APIM does not document what it throws", () => {
    expect(() => new BodyStore("{}")[TYPED_BODY_AS]("XDocument")).toThrow(HarnessRefusal);
    expect(() => new BodyStore("")[TYPED_BODY_AS]("XElement")).toThrow(/not XML/);
  });
});
