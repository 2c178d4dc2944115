// Conformance cases: every member of X509Certificate2, X500DistinguishedName and X509NameType,
// read from the client certificate of a context and from `new X509Certificate2(bytes)`, over
// every certificate of the committed certs/ tree (leaf, expired, not yet valid, untrusted,
// intermediate, root) and none.
import type { ContextDescription } from "../../../harness/crosscheck/context-description.ts";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { certs } from "../../../src/certificates/index.ts";

const NOW = "2026-06-15T08:00:00Z";
const handles = [
  certs.validClient,
  certs.expiredClient,
  certs.notYetValidClient,
  certs.untrustedClient,
  certs.unregisteredClient,
  certs.unprotectedApi,
  certs.devIntermediateCa,
  certs.rootCa,
];
const base64 = (der: Uint8Array) => Buffer.from(der).toString("base64");
const trusted = [base64(certs.rootCa.der), base64(certs.devIntermediateCa.der)];
const contexts: ContextDescription[] = [
  { now: NOW, request: { certificate: null } },
  ...handles.map((h): ContextDescription => ({
    now: NOW,
    request: { certificate: base64(h.der) },
    trustedCaCertificates: trusted,
  })),
];
const c = (id: string, source: string): SnippetSpec => ({ id, source, contexts });
const read = (body: string) =>
  `(context: Context) => { const c = context.Request.Certificate; if (c == null) { return "none"; } return ${body}; }`;

export const certificateCases: SnippetSpec[] = [
  c(
    "X509.names",
    read("`${c.Thumbprint}|${c.Subject}|${c.Issuer}|${c.SubjectName.Name}|${c.IssuerName.Name}`"),
  ),
  c(
    "X509.numbers",
    read(
      "`${c.SerialNumber}|${c.GetSerialNumberString()}|${c.Version}|${c.HasPrivateKey}|${c.GetCertHashString()}`",
    ),
  ),
  c("X509.dates", read('`${c.NotBefore.ToString("o")}|${c.NotAfter.ToString("o")}`')),
  c("X509.raw", read("Convert.ToBase64String(c.GetRawCertData())")),
  c(
    "X509.nameInfo",
    read(
      "`${c.GetNameInfo(X509NameType.SimpleName, false)}|${c.GetNameInfo(X509NameType.SimpleName, true)}|${c.GetNameInfo(X509NameType.EmailName, false)}|${c.GetNameInfo(X509NameType.UpnName, false)}|${c.GetNameInfo(X509NameType.DnsName, false)}|${c.GetNameInfo(X509NameType.UrlName, false)}`",
    ),
  ),
  // Verify, VerifyNoRevocation and ToString are pending, each for its reason (coverage.test.ts).
  {
    id: "X509.new",
    source: "(b: bytes) => new X509Certificate2(b).Thumbprint",
    inputs: [...handles.map((h) => [h.der]), [new Uint8Array([1, 2, 3])]],
  },
  // NewGuid: the harness's is a seeded sequence and the C# side returns the GUIDs the JavaScript
  // made, in order (harness/crosscheck/guid-rewrite.ts); the value and the number of calls compare.
  {
    id: "Guid.NewGuid",
    source:
      '(n: int) => (n > 0 ? Guid.NewGuid().ToString() + "|" + Guid.NewGuid().ToString() : Guid.NewGuid().ToString())',
    inputs: [[0], [1]],
  },
];
