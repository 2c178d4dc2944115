// The tree of System.Xml.Linq's twin (harness/dotnet/xml/nodes.ts): adding, copying, removing and
// reading content as .NET's XContainer, XElement and XAttribute do. Rules cited from "Valid
// content of XElement and XDocument objects" (learn.microsoft.com/dotnet/standard/linq/
// valid-content-xelement-xdocument-objects, "Valid types for the XElement constructor": a null
// adds nothing, a sequence is added item by item, content that already has a parent is cloned)
// and the members' reference pages; every expected value was printed by mono's System.Xml.Linq
// (.NET Framework's reference source), with "\n" for Environment.NewLine.
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import {
  ArgumentNullException,
  InvalidOperationException,
} from "../../harness/dotnet/exceptions.ts";
import {
  XAttributeStatics as XAttribute,
  XDocumentStatics as XDocument,
  XElementStatics as XElement,
} from "../../harness/dotnet/xml/index.ts";

const lines = (text: string) => text.replaceAll("\r\n", "\n");
const names = (elements: Iterable<{ Name: { LocalName: string } }>) =>
  [...elements].map((e) => e.Name.LocalName);
const NULL_VALUE = "Value cannot be null.\nParameter name: value";

describe("XAttribute", () => {
  it("refuses a null value (ArgumentNullException, XAttribute(XName, Object) and SetValue)", () => {
    expect(() => new XAttribute("a", null)).toThrow(ArgumentNullException);
    expect(() => new XAttribute("a", null)).toThrow(NULL_VALUE);
    // A JavaScript value left undefined is C#'s null too.
    expect(() => new XAttribute("a", undefined as never)).toThrow(NULL_VALUE);
    expect(() => new XAttribute("a", "1").SetValue(undefined as never)).toThrow(NULL_VALUE);
    expect(() => new XElement("a").SetValue(undefined as never)).toThrow(NULL_VALUE);
    const attribute = new XAttribute("a", "1");
    expect(() => attribute.SetValue(null)).toThrow(ArgumentNullException);
    expect(() => attribute.SetValue(null)).toThrow(NULL_VALUE);
  });

  it("removes itself from its element, wherever it stands; without a parent it throws", () => {
    let element = XElement.Parse("<a x='1' y='2' z='3'/>");
    const x = element.Attribute("x")!;
    expect(x.Parent).toBe(element);
    x.Remove();
    expect(element.ToString()).toBe('<a y="2" z="3" />');
    expect(x.Parent).toBeNull();
    expect(element.Attributes().Count()).toBe(2);
    element = XElement.Parse("<a x='1' y='2' z='3'/>");
    element.Attribute("y")!.Remove();
    expect(element.ToString()).toBe('<a x="1" z="3" />');
    // XAttribute.Remove without a parent: InvalidOperationException (System.Xml.Linq's
    // InvalidOperation_MissingParent, as mono prints it).
    expect(() => new XAttribute("a", "1").Remove()).toThrow(InvalidOperationException);
    expect(() => x.Remove()).toThrow("The parent is missing.");
  });

  it("is a namespace declaration only for xmlns and xmlns:p (IsNamespaceDeclaration)", () => {
    expect([
      ...XElement.Parse("<a xmlns:p='u' p:xmlns='1'/>")
        .Attributes()
        .Select((a) => `${a.Name}=${a.IsNamespaceDeclaration}`),
    ]).toEqual(["{http://www.w3.org/2000/xmlns/}p=true", "{u}xmlns=false"]);
    const element = XElement.Parse("<a xmlns='d' xmlns:p='u' x='1' p:y='2'/>");
    expect([
      ...element.Attributes().Select((a) => `${a.Name.LocalName}=${a.IsNamespaceDeclaration}`),
    ]).toEqual(["xmlns=true", "p=true", "x=false", "y=false"]);
  });

  it("changes its value in the tree (SetValue)", () => {
    const element = XElement.Parse("<a x='1'/>");
    element.Attribute("x")!.SetValue("2");
    expect(element.ToString()).toBe('<a x="2" />');
  });

  it('prints as name="value" where C# concatenates it with text', () => {
    const element = XElement.Parse("<a x='1'/>");
    expect(`${element}|${element.Attribute("x")}|${XDocument.Parse("<a/>")}`).toBe(
      '<a x="1" />|x="1"|<a />',
    );
  });
});

describe("XElement's content", () => {
  it("finds child elements only, never text, comments or grandchildren", () => {
    expect(XElement.Parse("<a>t<!--c--></a>").HasElements).toBe(false);
    const element = XElement.Parse("<a>t<b><d/></b>u<c/></a>");
    expect(element.HasElements).toBe(true);
    expect(element.Element("c")!.Name.LocalName).toBe("c");
    expect(element.Element("d")).toBeNull();
    expect(names(element.Elements())).toEqual(["b", "c"]);
    expect(new XElement("a").Element("b")).toBeNull();
    expect(new XElement("a").HasElements).toBe(false);
  });

  it("filters Elements, Descendants and Attributes by name", () => {
    const element = XElement.Parse("<a><b i='1'/><c/><b i='2'/></a>");
    expect([...element.Elements("b").Select((b) => b.Attribute("i")!.Value)]).toEqual(["1", "2"]);
    expect(element.Elements("z").Count()).toBe(0);
    const nested = XElement.Parse("<a><b><c/><b/></b><d><b/></d></a>");
    expect([...nested.Descendants("b").Select((b) => b.Parent!.Name.LocalName)]).toEqual([
      "a",
      "b",
      "d",
    ]);
    const attributes = XElement.Parse("<a x='1' y='2' xmlns:p='u' p:x='3'/>");
    expect([...attributes.Attributes("x").Select((a) => a.Value)]).toEqual(["1"]);
    expect(attributes.Attributes("{u}x").Single().Value).toBe("3");
    expect(attributes.Attributes().Count()).toBe(4);
    expect(attributes.Attribute("y")!.Value).toBe("2");
    expect(attributes.Attribute("z")).toBeNull();
  });

  it("walks every descendant element in document order, to the end", () => {
    expect(names(XElement.Parse("<a><b><c/>t</b><d><e/></d></a>").Descendants())).toEqual([
      "b",
      "c",
      "d",
      "e",
    ]);
    expect(names(XDocument.Parse("<!--c--><a><b/></a>").Descendants())).toEqual(["a", "b"]);
    expect(XElement.Parse("<a>t</a>").Descendants().Count()).toBe(0);
  });

  it("tells no content (IsEmpty) from empty text and from nodes", () => {
    expect(XElement.Parse("<a/>").IsEmpty).toBe(true);
    expect(XElement.Parse("<a></a>").IsEmpty).toBe(false);
    expect(XElement.Parse("<a>t</a>").IsEmpty).toBe(false);
    expect(XElement.Parse("<a><!--c--></a>").IsEmpty).toBe(false);
    const empty = new XElement("a", "");
    expect(empty.ToString()).toBe("<a></a>");
    expect(empty.IsEmpty).toBe(false);
    expect(new XElement("b").IsEmpty).toBe(true);
  });

  it("counts namespace declarations as attributes (HasAttributes)", () => {
    expect(XElement.Parse("<a x='1'/>").HasAttributes).toBe(true);
    expect(XElement.Parse("<a/>").HasAttributes).toBe(false);
    expect(XElement.Parse("<a xmlns='u'/>").HasAttributes).toBe(true);
  });

  it("reads Value as the text of the element and its descendants, without comments or PIs", () => {
    expect(XElement.Parse("<a>x<!--c-->y<b>z<c>w</c></b><?p d?><![CDATA[v]]></a>").Value).toBe(
      "xyzwv",
    );
  });

  it("appends text to text, never into CDATA", () => {
    const cdata = XElement.Parse("<a><![CDATA[x]]></a>");
    cdata.Add("y");
    cdata.Add("z");
    expect(cdata.ToString()).toBe("<a><![CDATA[x]]>yz</a>");
    expect(cdata.Value).toBe("xyz");
    const text = new XElement("a", "x");
    text.Add("y");
    expect(text.ToString()).toBe("<a>xy</a>");
    // One text node: a CR ending one Add and the LF starting the next make one line break.
    const split = new XElement("a", "x\r");
    split.Add("\ny");
    expect(lines(split.ToString())).toBe("<a>x\ny</a>");
    expect(split.Value).toBe("x\r\ny");
    const set = new XElement("a");
    set.SetValue("x\r");
    set.Add("\ny");
    expect(lines(set.ToString())).toBe("<a>x\ny</a>");
  });
});

describe("Add and the XElement constructor", () => {
  it("attaches content without a parent, and clones content that has one", () => {
    const child = new XElement("b");
    const owner = new XElement("o", child);
    expect(owner.Element("b")).toBe(child);
    expect(child.Parent).toBe(owner);
    const attribute = new XAttribute("x", "1");
    const element = new XElement("e", attribute);
    expect(attribute.Parent).toBe(element);
    expect(element.Attribute("x")).toBe(attribute);

    const source = XElement.Parse("<a x='1'/>");
    const copy = new XElement("b", source.Attribute("x"));
    expect(`${source}|${copy}`).toBe('<a x="1" />|<b x="1" />');
    expect(copy.Attribute("x")).not.toBe(source.Attribute("x"));
    expect(copy.Attribute("x")!.Parent).toBe(copy);
  });

  it("copies a parented element deeply: attributes, text, CDATA, comments, PIs, empty text", () => {
    const root = XElement.Parse(
      "<r><b x='1'>t<![CDATA[c]]><!--k--><?p d?><?q?><i/></b><e></e><f/></r>",
    );
    const owner = new XElement("o", root.Elements());
    expect(lines(owner.ToString())).toBe(
      '<o>\n  <b x="1">t<![CDATA[c]]><!--k--><?p d?><?q?><i /></b>\n  <e></e>\n  <f />\n</o>',
    );
    expect(root.Elements().Count()).toBe(3);
    expect(owner.Element("b")).not.toBe(root.Element("b"));
    expect(owner.Element("b")!.Parent).toBe(owner);
    expect(owner.Element("e")!.IsEmpty).toBe(false);
    expect(owner.Element("f")!.IsEmpty).toBe(true);
  });

  it("skips nulls and adds a sequence item by item", () => {
    expect(new XElement("a", null, "x", undefined).ToString()).toBe("<a>x</a>");
    expect(
      lines(new XElement("a", [new XElement("b"), "t", new XAttribute("k", "v")]).ToString()),
    ).toBe('<a k="v">\n  <b />t</a>');
  });

  it("refuses content .NET would turn into text by ToString (not simulated)", () => {
    expect(() => new XElement("a", 5 as never)).toThrow(HarnessRefusal);
    expect(() => new XElement("a", 5 as never)).toThrow(/XElement\.Add of 5/);
  });
});

describe("SetValue and Remove", () => {
  it("SetValue refuses null and detaches the nodes it replaces", () => {
    expect(() => new XElement("a").SetValue(null)).toThrow(ArgumentNullException);
    expect(() => new XElement("a").SetValue(null)).toThrow(NULL_VALUE);
    const element = XElement.Parse("<a><b/></a>");
    const child = element.Element("b")!;
    element.SetValue("t");
    expect(child.Parent).toBeNull();
    expect(element.ToString()).toBe("<a>t</a>");
    expect(() => child.Remove()).toThrow("The parent is missing.");
  });

  it("removing the last child leaves no content", () => {
    const element = XElement.Parse("<a><b/></a>");
    element.Element("b")!.Remove();
    expect(element.ToString()).toBe("<a />");
    expect(element.IsEmpty).toBe(true);
  });

  it("gives the root element no parent (XDocument is not an XElement)", () => {
    const document = XDocument.Parse("<?p?><!--c--><a><b/></a>");
    expect(document.Root!.Name.LocalName).toBe("a");
    expect(document.Root!.Parent).toBeNull();
    expect(document.Root!.Element("b")!.Parent).toBe(document.Root);
  });

  it("refuses a walk whose element moved to another tree", () => {
    const root = XElement.Parse("<r><a/><b/></r>");
    const other = new XElement("o");
    expect(() => {
      for (const element of root.Elements()) {
        element.Remove();
        other.Add(element);
      }
    }).toThrow(/removed from the tree while Elements\(\)\/Descendants\(\) was walking it/);
  });
});
