// Conformance cases: System.Xml.Linq (src/dotnet/xml.ts) on generated XML texts (xml-texts.ts),
// run through the harness's twin (harness/dotnet/xml) and through System.Xml.Linq on mono.
// ToString() is compared with "\r\n" read as "\n": APIM's Windows hosts end lines with "\r\n",
// mono on Linux with "\n" (XmlWriterSettings.NewLineChars is Environment.NewLine; the twin
// follows APIM). Malformed texts give XmlException on both sides.
import fc from "fast-check";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import type { ContextDescription } from "../../../harness/crosscheck/context-description.ts";
import { CHARS, LOCALS, NAMESPACES, xmlTexts } from "./xml-texts.ts";

const N = 300;
const texts = (seed: number, malformed = true) => xmlTexts(N, seed, malformed).map((t) => [t]);
const lines = '.replaceAll("\\r\\n", "\\n")';
const c = (
  id: string,
  source: string,
  inputs?: unknown[][],
  contexts?: ContextDescription[],
): SnippetSpec => ({
  id: `xml.${id}`,
  source,
  ...(inputs ? { inputs } : {}),
  ...(contexts ? { contexts } : {}),
});

/** Names to look up: in each generated namespace and none, some absent. */
const names = fc.sample(
  fc.tuple(fc.integer({ min: -1, max: 2 }), fc.constantFrom(...LOCALS, "missing")),
  {
    numRuns: N,
    seed: 1307,
  },
);
const withNames = (seed: number) =>
  xmlTexts(N, seed, false).map((t, i) => {
    const [ns, local] = names[i]!;
    return [t, ns < 0 ? "" : NAMESPACES[ns]!, local];
  });

/** Text for new content: escapes, line breaks, non-ASCII, "" (empty text: `<a></a>`). */
const values = fc.sample(
  fc.oneof(
    fc.constant(""),
    fc
      .array(fc.constantFrom(...CHARS, "\r\n", "\r", "]]>"), {
        maxLength: 6,
      })
      .map((c) => c.join("")),
  ),
  { numRuns: N, seed: 1308 },
);
const withValues = (seed: number) => xmlTexts(N, seed, false).map((t, i) => [t, values[i]!]);

const EXPANDED = [
  "a",
  "{urn:x}a",
  "{urn:x}",
  "{}a",
  "",
  "a b",
  "1a",
  "{urn:x}é",
  "{a",
  "x:y",
  "{http://s/}Body",
];

const bodies: ContextDescription[] = xmlTexts(120, 1309, false).map((body) => ({
  now: "2030-06-15T12:00:00Z",
  request: { method: "POST", body },
}));

export const xmlCases: SnippetSpec[] = [
  c(
    "XDocument.Parse.ToString",
    `(s: string) => XDocument.Parse(s).ToString()${lines}`,
    texts(1301),
  ),
  c("XElement.Parse.ToString", `(s: string) => XElement.Parse(s).ToString()${lines}`, texts(1302)),
  c(
    "Root.Elements.ToString",
    `(s: string) => XDocument.Parse(s).Root!.Elements().Select((e) => e.ToString()${lines}).ToArray()`,
    texts(1303, false),
  ),
  c(
    "Descendants.names",
    '(s: string) => XDocument.Parse(s).Descendants().Select((e) => e.Name.ToString() + "|" + e.Name.LocalName + "|" + e.Name.NamespaceName + "|" + e.Name.Namespace.ToString()).ToArray()',
    texts(1304, false),
  ),
  c("Element.Value", "(s: string) => XElement.Parse(s).Value", texts(1305)),
  c(
    "Element.by-name",
    '(s: string, uri: string, local: string) => { const d = XDocument.Parse(s); const e = d.Root!.Element(XNamespace.Get(uri).GetName(local)); return e == null ? "missing" : e.Value + "|" + (e.HasElements ? "elements" : "") + "|" + (e.HasAttributes ? "attributes" : "") + "|" + (e.IsEmpty ? "empty" : ""); }',
    withNames(1306),
  ),
  c(
    "Descendants.by-name",
    '(s: string, uri: string, local: string) => { const d = XDocument.Parse(s); const n = XNamespace.Get(uri).GetName(local); return d.Descendants(n).Count() + "/" + d.Root!.Elements(n).Count() + "/" + (d.Element(n)?.Name.ToString() ?? "none"); }',
    withNames(1310),
  ),
  c(
    "Element.by-string",
    '(s: string, uri: string, local: string) => XElement.Parse(s).Descendants(uri === "" ? local : "{" + uri + "}" + local).Select((e) => e.Parent?.Name.LocalName ?? "root").ToArray()',
    withNames(1311),
  ),
  c(
    "Attributes",
    '(s: string) => XDocument.Parse(s).Descendants().Select((e) => e.Attributes().Select((a) => a.ToString() + "|" + a.Name.ToString() + "|" + a.Value + "|" + (a.IsNamespaceDeclaration ? "xmlns" : "") + "|" + a.Parent!.Name.LocalName).ToArray().join(";")).ToArray()',
    texts(1312, false),
  ),
  c(
    "Attribute.by-name",
    '(s: string, uri: string, local: string) => { const e = XElement.Parse(s); const a = e.Attribute("id") ?? e.Attribute(XNamespace.Get(uri).GetName(local)); return a == null ? "none" : a.Value; }',
    withNames(1313),
  ),
  c(
    "SetValue",
    `(s: string, v: string) => { const d = XDocument.Parse(s); const e = d.Descendants().Skip(d.Descendants().Count() - 1).First(); e.SetValue(v); return d.ToString()${lines} + "#" + e.Value + "#" + (e.IsEmpty ? "empty" : ""); }`,
    withValues(1314),
  ),
  c(
    "Attribute.SetValue.Remove",
    `(s: string, v: string) => { const e = XElement.Parse(s); for (const a of e.Attributes().ToArray()) { if (a.IsNamespaceDeclaration) continue; if (a.Name.LocalName === "id") a.Remove(); else a.SetValue(v); } return e.ToString()${lines}; }`,
    withValues(1315),
  ),
  c(
    "Add",
    `(s: string, v: string) => { const d = XDocument.Parse(s); const root = d.Root!; const ns = root.Name.Namespace; root.Add(new XElement(ns.GetName("added"), new XAttribute("k", v), v), v, new XElement("plain", new XElement(XNamespace.Get("urn:orders").GetName("in")))); root.Elements().First().Add(new XAttribute(XNamespace.None.GetName("k2"), v)); return d.ToString()${lines}; }`,
    withValues(1316),
  ),
  c(
    "Add.copies-parented",
    `(s: string) => { const root = XElement.Parse(s); const first = root.Elements().FirstOrDefault(); if (first == null) return "none"; root.Add(first, XElement.Parse(s).Elements()); return root.ToString()${lines} + "#" + root.Elements().Count(); }`,
    texts(1317, false),
  ),
  c(
    "Remove",
    `(s: string) => { const d = XDocument.Parse(s); const root = d.Root!; if (!root.HasElements) { root.Remove(); return "root"; } root.Descendants().First().Remove(); const rest = root.Descendants(); if (rest.Any()) rest.Skip(rest.Count() - 1).First().Remove(); return d.ToString()${lines}; }`,
    texts(1318, false),
  ),
  c(
    "Remove.detached",
    `(s: string) => { const e = XElement.Parse(s); (e.Elements().FirstOrDefault() ?? e).Remove(); return e.ToString()${lines}; }`,
    texts(1320, false).slice(0, 60),
  ),
  c(
    "Add.duplicate-attribute",
    `(s: string) => { const e = XElement.Parse(s); e.Add(new XAttribute("id", "1")); return e.ToString()${lines}; }`,
    texts(1319, false).slice(0, 80),
  ),
  c(
    "new XElement",
    `(v: string, local: string) => new XElement(local, new XAttribute("a", v), v, new XElement("c"), new XElement("d", ""), v).ToString()${lines}`,
    values.map((v, i) => [v, i % 9 === 0 ? "a b" : LOCALS[i % LOCALS.length]!]),
  ),
  c(
    "XName.Get",
    '(s: string) => { const n = XName.Get(s); return n.ToString() + "|" + n.LocalName + "|" + n.NamespaceName; }',
    EXPANDED.map((e) => [e]),
  ),
  c(
    "XName.Get.two",
    '(local: string, uri: string) => XName.Get(local, uri).ToString() + "|" + XNamespace.Get(uri).NamespaceName',
    EXPANDED.flatMap((e, i) => [
      [e, NAMESPACES[i % 3]!],
      [e, ""],
    ]),
  ),
  c(
    "Body.As<XDocument>",
    `(context: Context) => { const d = context.Request.Body!.As<XDocument>(true); const e = context.Request.Body!.As<XElement>(); return d.Root!.Name.ToString() + "#" + e.ToString()${lines}; }`,
    undefined,
    bodies,
  ),
];
