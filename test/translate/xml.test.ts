// System.Xml.Linq in expressions (src/dotnet/xml.ts): the C# the translator prints for a SOAP
// read (1:1 .NET names, Body.As<XDocument> with its type argument) and its refusals: C#'s
// `ns + "local"` (APIM1120: JavaScript would join text) and Body.As<T> of a type the harness does
// not read a body as. The generated cases against mono are test/conformance/cases/xml.ts.
import { describeConformance } from "../../harness/conformance/index.ts";

describeConformance("System.Xml.Linq: mapping and refusals", (t) => {
  t.expression(
    '(s: string) => XDocument.Parse(s).Root!.Element(XNamespace.Get("urn:x").GetName("v"))?.Value ?? "none"',
  )
    .withInputs(['<a xmlns:p="urn:x"><p:v>1</p:v></a>'], ["<a><v>2</v></a>"], ["<a>"])
    .expectCSharp(
      '@(XDocument.Parse(s).Root.Element(XNamespace.Get("urn:x").GetName("v"))?.Value ?? "none")',
    )
    .expectSameInCSharp();
  t.expression(
    '(context: Context) => context.Request.Body!.As<XElement>(true).Descendants("id").Count()',
  ).expectTranslation('@(context.Request.Body.As<XElement>(true).Descendants("id").Count())');
  t.expression(
    '(s: string) => XDocument.Parse(s).Root!.Element(XNamespace.Get("urn:x") + "v")',
  ).expectDiagnostic("APIM1120", "joins text in JavaScript");
  t.expression("(context: Context) => context.Request.Body!.As<XAttribute>()").expectDiagnostic(
    "APIM1014",
    "XDocument or XElement",
  );
});
