// XDocument.Parse and XElement.Parse's twin (harness/dotnet/xml/parse.ts): what LoadOptions.None
// keeps (white space between elements dropped, `<a></a>` read as empty text, comments and
// processing instructions kept around the root by XDocument, dropped by XElement) and .NET's
// XmlException texts with XmlTextReader's line and position (System.Xml's resource strings, as
// .NET Framework's reference source and mono print them). Every expected value was printed by
// mono's System.Xml.Linq, with "\n" for Environment.NewLine.
import { describe, expect, it } from "vitest";
import { ArgumentNullException } from "../../harness/dotnet/exceptions.ts";
import {
  XDocumentStatics as XDocument,
  XElementStatics as XElement,
  XmlException,
} from "../../harness/dotnet/xml/index.ts";

const lines = (text: string) => text.replaceAll("\r\n", "\n");

describe("XDocument.Parse keeps what LoadOptions.None keeps", () => {
  it.each([
    ["<a>&amp;&lt;&gt;&quot;&apos;&#65;&#x42;</a>", "<a>&amp;&lt;&gt;\"'AB</a>", "&<>\"'AB", false],
    ["<a><!-- c --></a>", "<a>\n  <!-- c -->\n</a>", "", false],
    ["<?xml version='1.0'?>\n<a/>", "<a />", "", true],
    ["<a> <b/> </a>", "<a>\n  <b />\n</a>", "", false],
    ["<a>&#32;<b/>&#x9;</a>", "<a>\n  <b />\n</a>", "", false],
    ["<a> t <b/></a>", "<a> t <b /></a>", " t ", false],
    ["<a><![CDATA[ ]]></a>", "<a><![CDATA[ ]]></a>", " ", false],
    ["<?pi data?><a/><!--after-->", "<?pi data?>\n<a />\n<!--after-->", "", true],
    ["<a>\r\n</a>", "<a></a>", "", false],
    ["<a>  </a>", "<a></a>", "", false],
    ["<a></a>", "<a></a>", "", false],
    ["<a><b></b></a>", "<a>\n  <b></b>\n</a>", "", false],
    ["<a/>  ", "<a />", "", true],
  ])("reads %j", (text, printed, value, empty) => {
    const document = XDocument.Parse(text);
    expect(lines(document.ToString())).toBe(printed);
    expect(document.Root!.Value).toBe(value);
    expect(document.Root!.IsEmpty).toBe(empty);
  });

  it("reads line breaks in text as \\n and a character reference in an attribute as itself", () => {
    const text = XDocument.Parse("<a>x\r\ny</a>").Root!;
    expect(text.Value).toBe("x\ny");
    const attribute = XElement.Parse("<a x='a&#10;b'/>");
    expect(attribute.ToString()).toBe('<a x="a&#xA;b" />');
    expect(attribute.Attribute("x")!.Value).toBe("a\nb");
  });

  it("names attributes by namespace: declarations in xmlns's namespace, xml: in xml's", () => {
    const element = XElement.Parse("<a xmlns:p='u'><p:b p:x='1' xmlns:q='v' q:y='2'/></a>");
    const attributes = [element, ...element.Descendants()].flatMap((e) => [
      ...e.Attributes().Select((a) => `${a.Name}=${a.Value}${a.IsNamespaceDeclaration ? "!" : ""}`),
    ]);
    expect(attributes).toEqual([
      "{http://www.w3.org/2000/xmlns/}p=u!",
      "{u}x=1",
      "{http://www.w3.org/2000/xmlns/}q=v!",
      "{v}y=2",
    ]);
    expect(lines(element.ToString())).toBe(
      '<a xmlns:p="u">\n  <p:b p:x="1" xmlns:q="v" q:y="2" />\n</a>',
    );
    const defaults = XElement.Parse("<a xmlns='u'><b xmlns=''/></a>");
    expect(
      [defaults, ...defaults.Descendants()].flatMap((e) => [
        ...e.Attributes().Select((a) => `${a.Name}=${a.Value}`),
      ]),
    ).toEqual(["xmlns=u", "xmlns="]);
    expect(
      XElement.Parse("<a xml:lang='en'/>").Attribute("{http://www.w3.org/XML/1998/namespace}lang")!
        .Value,
    ).toBe("en");
  });

  it("XElement.Parse drops what is around the root", () => {
    const element = XElement.Parse("<!--c--><?p?><a/><!--d-->");
    expect(element.ToString()).toBe("<a />");
    expect(element.Parent).toBeNull();
  });

  it("throws ArgumentNullException for null (StringReader's parameter s)", () => {
    for (const parse of [() => XDocument.Parse(null), () => XElement.Parse(null)]) {
      expect(parse).toThrow(ArgumentNullException);
      expect(parse).toThrow("Value cannot be null.\nParameter name: s");
    }
  });
});

describe("XmlException texts and positions", () => {
  it.each([
    ["", "Root element is missing."],
    [" ", "Root element is missing."],
    ["<!--c-->", "Root element is missing."],
    ["<a/><b/>", "There are multiple root elements. Line 1, position 6."],
    ["<a/>\n<b/>", "There are multiple root elements. Line 2, position 2."],
    ["<a/>t", "Data at the root level is invalid. Line 1, position 5."],
    ["t<a/>", "Data at the root level is invalid. Line 1, position 1."],
    ["tt<a/>", "Data at the root level is invalid. Line 1, position 1."],
    ["<a/> t", "Data at the root level is invalid. Line 1, position 6."],
    ["<a/>\n\n  x", "Data at the root level is invalid. Line 3, position 3."],
    ["<a/><!--c-->t", "Data at the root level is invalid. Line 1, position 13."],
    ["<?xml version='1.0'?> t<a/>", "Data at the root level is invalid. Line 1, position 23."],
    ["<?p?>\n t<a/>", "Data at the root level is invalid. Line 2, position 2."],
    ["<?p x?>t<a/>", "Data at the root level is invalid. Line 1, position 8."],
    [
      "<a></b>",
      "The 'a' start tag on line 1 position 2 does not match the end tag of 'b'. Line 1, position 6.",
    ],
    [
      "<a></b >",
      "The 'a' start tag on line 1 position 2 does not match the end tag of 'b'. Line 1, position 6.",
    ],
    [
      "<a><b></a>",
      "The 'b' start tag on line 1 position 5 does not match the end tag of 'a'. Line 1, position 9.",
    ],
    [
      "<a>\n<b>\n</c></b></a>",
      "The 'b' start tag on line 2 position 2 does not match the end tag of 'c'. Line 3, position 3.",
    ],
    [
      "\n  <a>\n\r\n <b></c></b></a>",
      "The 'b' start tag on line 4 position 3 does not match the end tag of 'c'. Line 4, position 7.",
    ],
    [
      "<a>\r<b>\r\n</c></b></a>",
      "The 'b' start tag on line 2 position 2 does not match the end tag of 'c'. Line 3, position 3.",
    ],
    [
      "<a>&#x1F600;<b></c></b></a>",
      "The 'b' start tag on line 1 position 14 does not match the end tag of 'c'. Line 1, position 18.",
    ],
    [
      "<p:a xmlns:p='u'></p:b>",
      "The 'p:a' start tag on line 1 position 2 does not match the end tag of 'p:b'. Line 1, position 20.",
    ],
    ["<p:a/>", "'p' is an undeclared prefix. Line 1, position 2."],
    ["<a p:x='1'/>", "'p' is an undeclared prefix. Line 1, position 4."],
    ["<p:a q:x='1'/>", "'p' is an undeclared prefix. Line 1, position 2."],
    ["<a q:x='1' p:y='2'/>", "'q' is an undeclared prefix. Line 1, position 4."],
    ["<a b=' q:x=' q:y='1'/>", "'q' is an undeclared prefix. Line 1, position 14."],
    ["<p:a></p:b>", "'p' is an undeclared prefix. Line 1, position 2."],
    ["<a>&nbsp;</a>", "Reference to undeclared entity 'nbsp'. Line 1, position 5."],
    ["<a>&b;</a>", "Reference to undeclared entity 'b'. Line 1, position 5."],
    ["<a x='&nbsp;'/>", "Reference to undeclared entity 'nbsp'. Line 1, position 8."],
    ["<a x='1' x='2'/>", "'x' is a duplicate attribute name. Line 1, position 10."],
    ["<a x='1' y='2' x='3'/>", "'x' is a duplicate attribute name. Line 1, position 16."],
    ["<a\n x='1'\n x='2'/>", "'x' is a duplicate attribute name. Line 3, position 2."],
    ["<a>]]></a>", "']]>' is not allowed in character data. Line 1, position 4."],
    ["<a/></a>", "Unexpected end tag. Line 1, position 7."],
    [
      "<a></p:b>",
      "The 'a' start tag on line 1 position 2 does not match the end tag of 'p:b'. Line 1, position 6.",
    ],
    [
      "<a><b></c>",
      "The 'b' start tag on line 1 position 5 does not match the end tag of 'c'. Line 1, position 9.",
    ],
    [
      "<a>\n</b>",
      "The 'a' start tag on line 1 position 2 does not match the end tag of 'b'. Line 2, position 3.",
    ],
    ["<a>\r\n]]></a>", "']]>' is not allowed in character data. Line 2, position 1."],
  ])("%j: %s", (text, message) => {
    expect(() => XDocument.Parse(text)).toThrow(XmlException);
    let thrown: Error | undefined;
    try {
      XDocument.Parse(text);
    } catch (error) {
      thrown = error as Error;
    }
    expect(thrown!.message).toBe(message);
  });
});
