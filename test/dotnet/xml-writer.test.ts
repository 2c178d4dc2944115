// XNode.ToString()'s twin (harness/dotnet/xml/writer.ts): System.Xml.Linq's ElementWriter over an
// XmlWriter with Indent = true and OmitXmlDeclaration = true (XNode.GetXmlString, .NET Framework's
// reference source): indentation and mixed content, escapes, line breaks, namespace prefixes and
// the declarations a printed subtree needs, and the ArgumentException texts of characters XML 1.0
// forbids (section 2.2, Char) and of lone surrogates (System.Xml's XmlConvert). Every expected
// value was printed by mono's System.Xml.Linq (.NET Framework's source), "\n" standing for
// Environment.NewLine ("\r\n" on APIM's Windows hosts, which the twin writes).
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { ArgumentException } from "../../harness/dotnet/exceptions.ts";
import {
  XAttributeStatics as XAttribute,
  XDocumentStatics as XDocument,
  XElementStatics as XElement,
  XmlException,
  XNamespaceStatics as XNamespace,
} from "../../harness/dotnet/xml/index.ts";

const u = XNamespace.Get("urn:u");
/** XNamespace.Xmlns and XNamespace.Xml (Namespaces in XML 1.0, section 3). */
const xmlns = XNamespace.Get("http://www.w3.org/2000/xmlns/");
const xml = XNamespace.Get("http://www.w3.org/XML/1998/namespace");
const lines = (text: string) => text.replaceAll("\r\n", "\n");

describe("ToString", () => {
  it.each<[string, () => { ToString(): string } | string, string]>([
    [
      "text escapes",
      () => new XElement("a", "<&>\"'\t x\r\ny\rz\n"),
      "<a>&lt;&amp;&gt;\"'\t x\ny\nz\n</a>",
    ],
    [
      "attr escapes",
      () => new XElement("a", new XAttribute("x", "<&>\"'\t\r\n")),
      '<a x="&lt;&amp;&gt;&quot;\'&#x9;&#xD;&#xA;" />',
    ],
    ["cdata", () => XElement.Parse("<a><![CDATA[x\ny]]></a>"), "<a><![CDATA[x\ny]]></a>"],
    ["comment nl", () => XElement.Parse("<a><!--x\ny--></a>"), "<a>\n  <!--x\ny-->\n</a>"],
    ["pi nl", () => XElement.Parse("<a><?p x\ny?></a>"), "<a>\n  <?p x\ny?>\n</a>"],
    ["pi empty", () => XElement.Parse("<a><?p?></a>"), "<a>\n  <?p?>\n</a>"],
    ["valid pair", () => new XElement("a", "a\uD83D\uDE00b"), "<a>a\ud83d\ude00b</a>"],
    [
      "valid edges",
      () => new XElement("a", "\t\n\r\u0020\uD7FF\uE000\uFFFD"),
      "<a>\t\n\n \ud7ff\ue000\ufffd</a>",
    ],
    [
      "mixed nested",
      () => new XElement("a", "t", new XElement("b", new XElement("c")), new XElement("d")),
      "<a>t<b><c /></b><d /></a>",
    ],
    [
      "mixed after",
      () => new XElement("a", new XElement("b"), "t", new XElement("c", new XElement("d"))),
      "<a>\n  <b />t<c><d /></c></a>",
    ],
    [
      "empty text child",
      () => new XElement("a", new XElement("b", ""), new XElement("c", new XElement("d", ""))),
      "<a>\n  <b></b>\n  <c>\n    <d></d>\n  </c>\n</a>",
    ],
    [
      "empty text mixed",
      () => new XElement("a", "", new XElement("b", new XElement("c"))),
      "<a>\n  <b>\n    <c />\n  </b>\n</a>",
    ],
    [
      "cdata then elements",
      () => XElement.Parse("<a><![CDATA[x]]><b><c/></b></a>"),
      "<a><![CDATA[x]]><b><c /></b></a>",
    ],
    ["comment after text", () => XElement.Parse("<a>t<!--c--><b/></a>"), "<a>t<!--c--><b /></a>"],
    [
      "nested indent",
      () => XElement.Parse("<a><b><c><d/></c></b><e/></a>"),
      "<a>\n  <b>\n    <c>\n      <d />\n    </c>\n  </b>\n  <e />\n</a>",
    ],
    [
      "end tag after comment",
      () => XElement.Parse("<a><b><!--c--></b></a>"),
      "<a>\n  <b>\n    <!--c-->\n  </b>\n</a>",
    ],
    [
      "doc comment pi",
      () => XDocument.Parse("<!--c--><?p d?><a><b/></a><!--e-->"),
      "<!--c-->\n<?p d?>\n<a>\n  <b />\n</a>\n<!--e-->",
    ],
    [
      "default ns",
      () => XElement.Parse("<a xmlns='urn:d'><b><c xmlns='urn:e'/></b></a>"),
      '<a xmlns="urn:d">\n  <b>\n    <c xmlns="urn:e" />\n  </b>\n</a>',
    ],
    [
      "prefixed",
      () => XElement.Parse("<p:a xmlns:p='urn:p'><p:b p:x='1'/><c/></p:a>"),
      '<p:a xmlns:p="urn:p">\n  <p:b p:x="1" />\n  <c />\n</p:a>',
    ],
    [
      "no ns under default",
      () => {
        const e = XElement.Parse("<a xmlns='d'><b/></a>");
        e.Element(XNamespace.Get("d").GetName("b"))!.Add(new XElement("plain"));
        return e;
      },
      '<a xmlns="d">\n  <b>\n    <plain xmlns="" />\n  </b>\n</a>',
    ],
    [
      "new with ns",
      () => new XElement(u.GetName("a"), new XElement(u.GetName("b"))),
      '<a xmlns="urn:u">\n  <b />\n</a>',
    ],
    [
      "new with ns and decl",
      () =>
        new XElement(
          u.GetName("a"),
          new XAttribute(xmlns.GetName("p"), "urn:u"),
          new XElement(u.GetName("b"), new XAttribute(u.GetName("x"), "1")),
        ),
      '<p:a xmlns:p="urn:u">\n  <p:b p:x="1" />\n</p:a>',
    ],
    [
      "new default decl",
      () =>
        new XElement(
          u.GetName("a"),
          new XAttribute("xmlns", "urn:u"),
          new XElement(u.GetName("b")),
        ),
      '<a xmlns="urn:u">\n  <b />\n</a>',
    ],
    [
      "xml attr",
      () => new XElement("a", new XAttribute(xml.GetName("lang"), "en")),
      '<a xml:lang="en" />',
    ],
    [
      "xml attr ToString",
      () => new XAttribute(xml.GetName("lang"), "en").ToString(),
      'xml:lang="en"',
    ],
    [
      "xmlns attr ToString",
      () =>
        new XAttribute(xmlns.GetName("p"), "urn:<").ToString() +
        "|" +
        new XAttribute("xmlns", "d&").ToString(),
      'xmlns:p="urn:&lt;"|xmlns="d&amp;"',
    ],
    [
      "attr ns ToString",
      () =>
        XElement.Parse("<a xmlns:p='u'><b p:x='1'/></a>")
          .Element("b")!
          .Attribute(XNamespace.Get("u").GetName("x"))!
          .ToString(),
      'p:x="1"',
    ],
    [
      "attr ns ToString inner wins",
      () =>
        XElement.Parse("<a xmlns:p='u'><b xmlns:q='u' p:x='1'/></a>")
          .Element("b")!
          .Attribute(XNamespace.Get("u").GetName("x"))!
          .ToString(),
      'q:x="1"',
    ],
    [
      "attr ns hidden prefix",
      () =>
        XElement.Parse("<a xmlns:p='u'><b xmlns:p='v' xmlns:q='u' q:x='1'/></a>")
          .Element("b")!
          .Attribute(XNamespace.Get("u").GetName("x"))!
          .ToString(),
      'q:x="1"',
    ],
    [
      "attr ToString default not used",
      () =>
        XElement.Parse("<a xmlns='u' xmlns:p='u' p:x='1'/>")
          .Attribute(XNamespace.Get("u").GetName("x"))!
          .ToString(),
      'p:x="1"',
    ],
    [
      "attr escapes ToString",
      () => new XAttribute("x", '<&>"\t\n\r').ToString(),
      'x="&lt;&amp;&gt;&quot;&#x9;&#xA;&#xD;"',
    ],
    [
      "subtree decl",
      () =>
        XElement.Parse("<a xmlns:p='u' xmlns='d'><p:b><c p:y='2'/></p:b></a>")
          .Elements()
          .First()
          .ToString(),
      '<p:b xmlns:p="u">\n  <c p:y="2" xmlns="d" />\n</p:b>',
    ],
    [
      "subtree default",
      () => XElement.Parse("<a xmlns='d'><b><c/></b></a>").Elements().First().ToString(),
      '<b xmlns="d">\n  <c />\n</b>',
    ],
    [
      "subtree hidden",
      () =>
        XElement.Parse("<a xmlns:p='u'><b xmlns:p='v'><p:c/></b></a>")
          .Descendants()
          .ToArray()[1]!
          .ToString(),
      '<p:c xmlns:p="v" />',
    ],
    [
      "attr prefix from ancestor",
      () => XElement.Parse("<a xmlns:p='u'><b p:x='1'/></a>").ToString(),
      '<a xmlns:p="u">\n  <b p:x="1" />\n</a>',
    ],
    [
      "same prefix redeclared",
      () => XElement.Parse("<a xmlns:p='u'><b xmlns:p='u'/></a>").ToString(),
      '<a xmlns:p="u">\n  <b xmlns:p="u" />\n</a>',
    ],
    ["element xml ns", () => new XElement(xml.GetName("a")), "<xml:a />"],
    [
      "attr default-ns prefix",
      () => XElement.Parse("<a xmlns='u' xmlns:p='u'><b p:x='1'/></a>").ToString(),
      '<p:a xmlns="u" xmlns:p="u">\n  <p:b p:x="1" />\n</p:a>',
    ],
    [
      "two prefixes same uri",
      () => XElement.Parse("<a xmlns:p='u' xmlns:q='u'><q:b/><p:c/></a>").ToString(),
      '<a xmlns:p="u" xmlns:q="u">\n  <q:b />\n  <q:c />\n</a>',
    ],
    [
      "implied order",
      () =>
        XElement.Parse("<r xmlns:p='u' xmlns:q='v' xmlns='w'><p:b q:x='1' z='2'/></r>")
          .Elements()
          .First()
          .ToString(),
      '<p:b q:x="1" z="2" xmlns:q="v" xmlns:p="u" />',
    ],
    ["doc mixed root-level", () => XDocument.Parse("<?p?><a>t</a>"), "<?p?>\n<a>t</a>"],
    [
      "empty then text",
      () => {
        const e = new XElement("a", new XElement("b"));
        e.Add("");
        return e;
      },
      "<a>\n  <b />\n</a>",
    ],
    [
      "comment in mixed",
      () => XElement.Parse("<a>t<b><!--c--><d/></b></a>"),
      "<a>t<b><!--c--><d /></b></a>",
    ],
    [
      "attr value escapes in decl",
      () => new XElement(XNamespace.Get("urn:a&b").GetName("x")),
      '<x xmlns="urn:a&amp;b" />',
    ],
  ])("%s", (_label, build, printed) => {
    const built = build();
    const text = typeof built === "string" ? built : built.ToString();
    expect(lines(text)).toBe(printed);
    // Lines end with Environment.NewLine alone: no bare "\n" is left.
    expect(text.replaceAll("\r\n", "")).not.toMatch(/\n/);
  });
});

describe("characters the writer refuses (ArgumentException)", () => {
  it.each<[string, () => { ToString(): string } | string, string]>([
    [
      "invalid text",
      () => new XElement("a", "x\u0001"),
      "'\u0001', hexadecimal value 0x01, is an invalid character.",
    ],
    [
      "invalid text 0B",
      () => new XElement("a", "\u000B"),
      "'\u000b', hexadecimal value 0x0B, is an invalid character.",
    ],
    [
      "invalid text 1F",
      () => new XElement("a", "\u001F"),
      "'\u001f', hexadecimal value 0x1F, is an invalid character.",
    ],
    [
      "invalid FFFE",
      () => new XElement("a", "\uFFFE"),
      "'\ufffe', hexadecimal value 0xFFFE, is an invalid character.",
    ],
    [
      "invalid FFFF",
      () => new XElement("a", "\uFFFF"),
      "'\uffff', hexadecimal value 0xFFFF, is an invalid character.",
    ],
    [
      "invalid lone high",
      () => new XElement("a", "a\uD800b"),
      "The surrogate pair (0xD800, 0x62) is invalid. A high surrogate character (0xD800 - 0xDBFF) must always be paired with a low surrogate character (0xDC00 - 0xDFFF).",
    ],
    [
      "invalid lone low",
      () => new XElement("a", "a\uDC00b"),
      "Invalid high surrogate character (0xDC00). A high surrogate character must have a value from range (0xD800 - 0xDBFF).",
    ],
    [
      "invalid attr",
      () => new XElement("a", new XAttribute("x", "\u0002")),
      "'\u0002', hexadecimal value 0x02, is an invalid character.",
    ],
    [
      "invalid attr ToString",
      () => new XAttribute("x", "\u0002").ToString(),
      "'\u0002', hexadecimal value 0x02, is an invalid character.",
    ],
    [
      "a lone high surrogate at the end",
      () => new XElement("a", "a\uD800"),
      "The surrogate pair is invalid. Missing a low surrogate character.",
    ],
    [
      "a high surrogate before a high one",
      () => new XElement("a", "\uD800\uD801"),
      "The surrogate pair (0xD800, 0xD801) is invalid. A high surrogate character (0xD800 - 0xDBFF) must always be paired with a low surrogate character (0xDC00 - 0xDFFF).",
    ],
    [
      "a high surrogate before a control character",
      () => new XElement("a", "\uD800\u0001"),
      "The surrogate pair (0xD800, 0x1) is invalid. A high surrogate character (0xD800 - 0xDBFF) must always be paired with a low surrogate character (0xDC00 - 0xDFFF).",
    ],
    [
      "the first bad character wins",
      () => new XElement("a", "\u0001\uD800"),
      "'\u0001', hexadecimal value 0x01, is an invalid character.",
    ],
    [
      "a lone surrogate in an attribute",
      () => new XElement("a", new XAttribute("x", "a\uD800b")),
      "The surrogate pair (0xD800, 0x62) is invalid. A high surrogate character (0xD800 - 0xDBFF) must always be paired with a low surrogate character (0xDC00 - 0xDFFF).",
    ],
    [
      "XAttribute.ToString of a lone high surrogate",
      () => new XAttribute("x", "\uD800"),
      "The surrogate pair is invalid. Missing a low surrogate character.",
    ],
    [
      "XAttribute.ToString of a lone low surrogate",
      () => new XAttribute("x", "\uDC00"),
      "Invalid high surrogate character (0xDC00). A high surrogate character must have a value from range (0xD800 - 0xDBFF).",
    ],
    [
      "the last high surrogate, alone",
      () => new XElement("a", "\uDBFF"),
      "The surrogate pair is invalid. Missing a low surrogate character.",
    ],
    [
      "the last low surrogate, alone",
      () => new XElement("a", "\uDFFF"),
      "Invalid high surrogate character (0xDFFF). A high surrogate character must have a value from range (0xD800 - 0xDBFF).",
    ],
    [
      "U+0000, shown as '.'",
      () => new XElement("a", "\u0000"),
      "'.', hexadecimal value 0x00, is an invalid character.",
    ],
    [
      "attributes before text",
      () => new XElement("a", new XAttribute("x", "\u0001"), "\u0002"),
      "'\u0001', hexadecimal value 0x01, is an invalid character.",
    ],
  ])("%s", (_label, build, message) => {
    const print = () => {
      const built = build();
      return typeof built === "string" ? built : built.ToString();
    };
    expect(print).toThrow(ArgumentException);
    expect(print).toThrow(message);
  });
});

describe("namespace prefixes the writer chooses, declares or refuses", () => {
  it.each<[string, () => { ToString(): string } | string, string]>([
    // The innermost declaration of the namespace names an element, default included; an
    // attribute takes a prefix, never the default namespace.
    [
      "a default declared after a prefix",
      () => XElement.Parse("<a xmlns:p='u' xmlns='u' p:x='1'/>"),
      '<a xmlns:p="u" xmlns="u" p:x="1" />',
    ],
    [
      "the attribute of that element",
      () =>
        XElement.Parse("<a xmlns:p='u' xmlns='u' p:x='1'/>").Attributes().ToArray()[2]!.ToString(),
      'p:x="1"',
    ],
    [
      "an attribute whose value is a namespace's URI",
      () => XElement.Parse("<a xmlns:p='u'><p:b x='u'/></a>"),
      '<a xmlns:p="u">\n  <p:b x="u" />\n</a>',
    ],
    [
      "a subtree whose attributes share an ancestor's prefix",
      () => XElement.Parse("<a xmlns:p='u'><b p:x='1' p:y='2'/></a>").Element("b")!,
      '<b p:x="1" p:y="2" xmlns:p="u" />',
    ],
    [
      "a subtree whose element and attribute share it",
      () => XElement.Parse("<a xmlns:p='u'><p:b p:x='1'/></a>").Elements().First(),
      '<p:b p:x="1" xmlns:p="u" />',
    ],
    [
      "a default the writer adds beside the element's own prefix",
      () => new XElement(u.GetName("a"), new XAttribute(xmlns.GetName("p"), "v")),
      '<a xmlns:p="v" xmlns="urn:u" />',
    ],
    [
      "two prefixes of one namespace: the last declared",
      () =>
        new XElement(
          u.GetName("a"),
          new XAttribute(xmlns.GetName("p"), "urn:u"),
          new XAttribute(xmlns.GetName("q"), "urn:u"),
          new XAttribute(u.GetName("x"), "1"),
        ),
      '<q:a xmlns:p="urn:u" xmlns:q="urn:u" q:x="1" />',
    ],
  ])("%s", (_label, build, printed) => {
    const built = build();
    expect(lines(typeof built === "string" ? built : built.ToString())).toBe(printed);
  });

  it("throws .NET's exceptions for a redefined prefix and for xmlns's namespace", () => {
    expect(() =>
      new XElement(u.GetName("a"), new XAttribute("xmlns", "urn:other")).ToString(),
    ).toThrow(
      new XmlException(
        "The prefix '' cannot be redefined from 'urn:u' to 'urn:other' within the same start element tag.",
      ),
    );
    const q = XNamespace.Get("urn:q");
    const nested = new XElement(
      q.GetName("a"),
      new XAttribute(xmlns.GetName("p"), "urn:q"),
      new XElement(q.GetName("b"), new XAttribute(xmlns.GetName("p"), "urn:r")),
    );
    expect(() => nested.ToString()).toThrow(XmlException);
    expect(() => nested.ToString()).toThrow(
      "The prefix 'p' cannot be redefined from 'urn:q' to 'urn:r' within the same start element tag.",
    );
    expect(() => new XElement("a", new XAttribute("xmlns", "u")).ToString()).toThrow(
      "The prefix '' cannot be redefined from '' to 'u' within the same start element tag.",
    );
    expect(() => new XElement(xmlns.GetName("a")).ToString()).toThrow(ArgumentException);
    expect(() => new XElement(xmlns.GetName("a")).ToString()).toThrow(
      'Prefix "xmlns" is reserved for use by XML.',
    );
  });

  it("refuses an attribute namespace no declaration names: .NET makes up p1 (element) or p0 (XAttribute.ToString)", () => {
    expect(() =>
      new XElement(u.GetName("a"), new XAttribute(u.GetName("x"), "1")).ToString(),
    ).toThrow(/makes up a prefix/);
    expect(() =>
      new XElement(u.GetName("a"), new XAttribute(u.GetName("x"), "1")).ToString(),
    ).toThrow(HarnessRefusal);
    expect(() => new XAttribute(u.GetName("x"), "1").ToString()).toThrow(HarnessRefusal);
    // mono: <b p2:x="1" xmlns:p2="urn:u" />, never the default namespace the writer declared above.
    expect(() =>
      new XElement(
        u.GetName("a"),
        new XElement(u.GetName("b"), new XAttribute(u.GetName("x"), "1")),
      ).ToString(),
    ).toThrow(HarnessRefusal);
    expect(() =>
      new XElement("a", new XAttribute(u.GetName("x"), "1")).Attributes().First().ToString(),
    ).toThrow(/makes up a prefix/);
  });
});
