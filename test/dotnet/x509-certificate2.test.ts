// X509Certificate2 in the harness (harness/dotnet/x509-certificate2.ts, x509-name.ts) on
// certificates built field by field and signed with the committed keys (support/x509-builder.ts).
// Expected values: Microsoft's pages (X509Certificate2 members; CertNameToStr, whose format
// X500DistinguishedName.Name and Subject print on Windows; CertGetNameString, behind GetNameInfo),
// .NET Framework's reference source (X509Certificate.ToString(true), Equals, the empty instance),
// and mono 6.8, run by hand on the same certificates (mcs), which agrees on every value here except
// where the comments say it does not.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { X509Certificate2Value } from "../../harness/dotnet/x509-certificate2.ts";
import { X509NameType } from "../../harness/dotnet/x509-name-type.ts";
import { CryptographicException } from "../../harness/dotnet/exceptions.ts";
import { runInDotnetEnvironment, UNIX_EPOCH_TICKS } from "../../harness/dotnet/environment.ts";
import { clearChainValidationMemo } from "../../harness/dotnet/chain-validation.ts";
import { stopChainValidationWorker } from "../../harness/dotnet/chain-validation-worker.ts";
import { certs } from "../../src/certificates/index.ts";
import {
  altNames,
  buildCertificate,
  KEYS,
  nameDer,
  OID,
  type CertificateSpec,
  type Name,
} from "./support/x509-builder.ts";

const cert = (spec: CertificateSpec) => new X509Certificate2Value(buildCertificate(spec));

// Encoded root-first, as issuers write names; .NET prints them in reverse.
const FULL_SUBJECT: Name = [
  [[OID.C, "US", "printable"]],
  [[OID.S, "Washington"]],
  [[OID.L, "Redmond"]],
  [[OID.O, "Contoso, Ltd"]],
  [[OID.OU, " edge "]],
  [
    [OID.CN, "Alice"],
    [OID.E, "alice@contoso.example", "ia5"],
  ],
];
const FULL_ISSUER: Name = [[[OID.DC, "example", "ia5"]], [[OID.CN, "Issuer CA"]]];
const SAN = altNames([
  { uri: "https://contoso.example/alice" },
  { email: "a@san.example" },
  { upn: "alice@contoso.example" },
  { dns: "alice.contoso.example" },
  { dns: "second.example" },
]);
const IAN = altNames([{ dns: "issuer.example" }, { email: "ca@issuer.example" }], OID.IAN);
const full = cert({ subject: FULL_SUBJECT, issuer: FULL_ISSUER, extensions: [SAN, IAN] });

describe("distinguished names (CertNameToStr with CERT_X500_NAME_STR | CERT_NAME_STR_REVERSE_FLAG)", () => {
  it("prints RDNs last-encoded first, joined by ', ', with Windows' short names", () => {
    // CertNameToStr, CERT_X500_NAME_STR: "OIDs are converted to their X.500 key names";
    // "Multiple attributes in a CERT_RDN are separated by a plus sign enclosed within spaces
    // ( + )" (mono joins them with ", "); quoted values: see the next test.
    expect(full.Subject).toBe(
      'CN=Alice + E=alice@contoso.example, OU=" edge ", O="Contoso, Ltd", L=Redmond, S=Washington, C=US',
    );
    expect(full.Issuer).toBe("CN=Issuer CA, DC=example");
    expect(full.SubjectName.Name).toBe(full.Subject);
    expect(full.IssuerName.Name).toBe("CN=Issuer CA, DC=example");
    const others = cert({
      subject: [
        [["2.5.4.4", "Surname"]],
        [["2.5.4.42", "Given"]],
        [["2.5.4.12", "Title"]],
        [["2.5.4.5", "1234", "printable"]],
        [["2.5.4.9", "Street"]],
        [["2.5.4.43", "In"]],
        [["0.9.2342.19200300.100.1.1", "uid1"]],
        [["1.2.3.4", "custom"]],
      ],
    });
    // "If the OID does not have a corresponding X.500 name, the OID is used with an OID prefix."
    expect(others.Subject).toBe(
      "OID.1.2.3.4=custom, UID=uid1, I=In, STREET=Street, SERIALNUMBER=1234, T=Title, G=Given, SN=Surname",
    );
  });

  it("quotes values as CertNameToStr's remarks list, doubling inner quotes", () => {
    // "The RDN value is quoted if it contains leading or trailing white space or one of the
    // following characters: , + = " \n < > # ;" and "If the RDN value contains an inch mark, it
    // is enclosed in quotation marks ("")"; "Empty strings are quoted" (Windows CE's CertNameToStr).
    // Mono leaves "", "#hash" and "<lt>" bare and drops inner quotes: it differs from Windows here.
    const quoted = cert({
      subject: [
        [[OID.O, 'Say "hi"']],
        [[OID.OU, "a+b"]],
        [[OID.OU, "x=y"]],
        [[OID.OU, "semi;colon"]],
        [[OID.OU, "<lt>"]],
        [[OID.OU, "gt>"]],
        [[OID.OU, "#hash"]],
        [[OID.OU, "mid#hash"]],
        [[OID.OU, ""]],
        [[OID.OU, "two  spaces"]],
        [[OID.OU, "tail\t"]],
        [[OID.CN, "line\nbreak"]],
      ],
    });
    expect(quoted.Subject).toBe(
      'CN="line\nbreak", OU="tail\t", OU=two  spaces, OU="", OU="mid#hash", OU="#hash", OU="gt>", ' +
        'OU="<lt>", OU="semi;colon", OU="x=y", OU="a+b", O="Say ""hi"""',
    );
  });

  it("refuses to print a value that is not a string", () => {
    // CertNameToStr (Windows CE): "RDN values of type CERT_RDN_ENCODED_BLOB or
    // CERT_RDN_OCTET_STRING are formatted in hexadecimal", not how; mono cannot load it.
    const octets = cert({ subject: [[["2.5.4.97", "0a0b", "octet"]], [[OID.CN, "Hex"]]] });
    expect(() => octets.Subject).toThrow(HarnessRefusal);
    expect(() => octets.Subject).toThrow(/OID\.2\.5\.4\.97 value is not a string \(#04020A0B\)/);
    expect(octets.GetNameInfo(X509NameType.SimpleName, false)).toBe("Hex");
    const country = cert({ subject: [[[OID.C, "0a0b", "octet"]]] });
    expect(() => country.Issuer).toThrow(/whose C value/);
  });

  it("X500DistinguishedName: RawData is the encoded Name (a copy), ToString() the type name", () => {
    const raw = full.SubjectName.RawData;
    expect(Buffer.from(raw).equals(Buffer.from(nameDer(FULL_SUBJECT).toBER(false)))).toBe(true);
    raw.fill(0);
    expect(full.SubjectName.RawData[0]).toBe(0x30);
    expect(Buffer.from(full.IssuerName.RawData)).toEqual(
      Buffer.from(nameDer(FULL_ISSUER).toBER(false)),
    );
    // Object.ToString(): "the fully qualified name of the type of the Object".
    expect(String(full.SubjectName)).toBe(
      "System.Security.Cryptography.X509Certificates.X500DistinguishedName",
    );
  });
});

describe("GetNameInfo (CertGetNameString)", () => {
  const { SimpleName, EmailName, UpnName, DnsName, DnsFromAlternativeName, UrlName } = X509NameType;
  const info = (c: X509Certificate2Value, forIssuer = false) =>
    [SimpleName, EmailName, UpnName, DnsName, DnsFromAlternativeName, UrlName].map((t) =>
      c.GetNameInfo(t, forIssuer),
    );

  it("reads the subject's CN and its alternative names, the issuer's from issuerAltName", () => {
    // CertGetNameString: SIMPLE_DISPLAY the CN first; EMAIL the first rfc822Name of the
    // alternative name; UPN the otherName szOID_NT_PRINCIPAL_NAME; DNS the first dNSName, else
    // the CN; URL the first uniformResourceIdentifier. Mono gives the same six values.
    expect(info(full)).toEqual([
      "Alice",
      "a@san.example",
      "alice@contoso.example",
      "alice.contoso.example",
      "alice.contoso.example",
      "https://contoso.example/alice",
    ]);
    expect(info(full, true)).toEqual([
      "Issuer CA",
      "ca@issuer.example",
      "",
      "issuer.example",
      "issuer.example",
      "",
    ]);
  });

  it("without a CN: OU, then O, then the e-mail attribute, then the first printed RDN", () => {
    // CERT_NAME_SIMPLE_DISPLAY_TYPE: "szOID_COMMON_NAME, szOID_ORGANIZATIONAL_UNIT_NAME,
    // szOID_ORGANIZATION_NAME, szOID_RSA_emailAddr"; mono agrees on each.
    const simple = (subject: Name) => cert({ subject }).GetNameInfo(SimpleName, false);
    expect(simple([[[OID.O, "Org"]], [[OID.OU, "Unit"]]])).toBe("Unit");
    expect(simple([[[OID.C, "US", "printable"]], [[OID.O, "Org"]]])).toBe("Org");
    expect(simple([[[OID.O, "Org"]], [[OID.C, "US", "printable"]]])).toBe("Org");
    expect(simple([[[OID.E, "e@x.example", "ia5"]], [[OID.C, "NL", "printable"]]])).toBe(
      "e@x.example",
    );
    expect(simple([[[OID.C, "US", "printable"]], [[OID.L, "Town"]]])).toBe("Town");
    // Several CNs: the last encoded, the most specific.
    expect(simple([[[OID.CN, "Outer"]], [[OID.CN, "Inner"]]])).toBe("Inner");
    expect(simple([])).toBe("");
  });

  it("without alternative names: the e-mail attribute, the CN as DNS name, nothing else", () => {
    const plain = cert({
      subject: [
        [
          [OID.CN, "NoSan"],
          [OID.OU, "Multi"],
        ],
        [[OID.E, "subj@x.example", "ia5"]],
      ],
    });
    expect(info(plain)).toEqual(["NoSan", "subj@x.example", "", "NoSan", "", ""]);
    expect(info(cert({ subject: [[[OID.O, "Org"]]] }))).toEqual(["Org", "", "", "", "", ""]);
  });

  it("reads a UPN only from the UPN otherName, skipping other otherNames and IP addresses", () => {
    const other = cert({
      subject: [[[OID.CN, "Other"]]],
      extensions: [
        altNames([
          { otherName: "1.2.3.4.5", utf8: "not-upn" },
          { ip: [10, 0, 0, 1] },
          { upn: "u@x" },
        ]),
      ],
    });
    expect(info(other)).toEqual(["Other", "", "u@x", "Other", "", ""]);
    const noUpn = cert({
      subject: [[[OID.CN, "Other"]]],
      extensions: [altNames([{ otherName: "1.2.3.4.5", utf8: "not-upn" }])],
    });
    expect(noUpn.GetNameInfo(UpnName, false)).toBe("");
  });
});

describe("identity members", () => {
  const v1 = cert({ subject: [[[OID.CN, "Version One"]]], version: 0, serial: "00FF01" });
  const der = buildCertificate({
    subject: [[[OID.CN, "Version One"]]],
    version: 0,
    serial: "00FF01",
  });

  it("Thumbprint is the upper-case SHA-1 of the DER; serial keeps its leading zero byte", () => {
    // X509Certificate2.Thumbprint: "the SHA-1 hash of the certificate"; SerialNumber: "the serial
    // number of a certificate as a big-endian hexadecimal string" (mono: 00FF01).
    const sha1 = createHash("sha1").update(der).digest("hex").toUpperCase();
    expect(v1.Thumbprint).toBe(sha1);
    expect(v1.GetCertHashString()).toBe(sha1);
    expect(v1.SerialNumber).toBe("00FF01");
    expect(v1.GetSerialNumberString()).toBe("00FF01");
    expect(v1.Version).toBe(1);
    expect(full.Version).toBe(3);
    expect(v1.HasPrivateKey).toBe(false);
    // RSACertificateExtensions.GetRSAPublicKey: the subject's RSA key, read again the same way.
    expect(String(v1.GetRSAPublicKey())).toBe("System.Security.Cryptography.RSACng");
    expect(v1.GetRSAPublicKey()).not.toBeNull();
    expect(v1.GetRSAPrivateKey()).toBeNull();
  });

  it("RawData and GetRawCertData are fresh copies of the DER", () => {
    const raw = v1.RawData;
    expect(Buffer.from(raw).equals(Buffer.from(der))).toBe(true);
    raw.fill(0);
    expect(Buffer.from(v1.GetRawCertData()).equals(Buffer.from(der))).toBe(true);
    // The thumbprint is unchanged by the caller's edit.
    expect(v1.Thumbprint).toBe(createHash("sha1").update(der).digest("hex").toUpperCase());
  });

  it("lists the extensions with OID, criticality and value", () => {
    const critical = cert({
      subject: [[[OID.CN, "Ext"]]],
      extensions: [{ ...SAN, critical: true }, IAN],
    });
    const extensions = critical.Extensions.map((e) => [
      e.Oid.Value,
      e.Critical,
      Buffer.from(e.RawData).toString("hex"),
    ]);
    expect(extensions).toEqual([
      [OID.SAN, true, Buffer.from(SAN.value).toString("hex")],
      [OID.IAN, false, Buffer.from(IAN.value).toString("hex")],
    ]);
    expect(v1.Extensions).toEqual([]);
  });

  it("NotBefore / NotAfter are local times of the gateway's zone (UTC without one)", () => {
    // X509Certificate2.NotBefore: "the date in local time on which a certificate becomes valid".
    const window = cert({
      subject: [[[OID.CN, "Window"]]],
      notBefore: new Date("2026-03-01T10:00:00Z"),
      notAfter: new Date("2050-01-01T00:00:00Z"),
    });
    const ticks = (iso: string) => UNIX_EPOCH_TICKS + BigInt(Date.parse(iso)) * 10_000n;
    expect(window.NotBefore.ticks).toBe(ticks("2026-03-01T10:00:00Z"));
    expect(window.NotBefore.Kind).toBe("Local");
    // GeneralizedTime from 2050 (RFC 5280 section 4.1.2.5).
    expect(window.NotAfter.ticks).toBe(ticks("2050-01-01T00:00:00Z"));
    runInDotnetEnvironment({ instant: 0, timeZone: "+02:00" }, () => {
      expect(window.NotBefore.ticks).toBe(ticks("2026-03-01T12:00:00Z"));
      expect(window.NotAfter.ticks).toBe(ticks("2050-01-01T02:00:00Z"));
      expect(window.NotAfter.Kind).toBe("Local");
    });
  });

  it("ToString() is X509Certificate.ToString(true)'s listing with Windows line breaks", () => {
    // .NET Framework, X509Certificate.ToString(bool fVerbose): "[Subject]", "[Issuer]", "[Serial
    // Number]", "[Not Before]", "[Not After]", "[Thumbprint]", each followed by NewLine and two
    // spaces; dates by DateTime.ToString() (invariant "G"). Mono prints the same with "\n".
    const nl = "\r\n";
    expect(v1.ToString()).toBe(
      `[Subject]${nl}  CN=Version One${nl}${nl}[Issuer]${nl}  CN=Version One${nl}${nl}` +
        `[Serial Number]${nl}  00FF01${nl}${nl}[Not Before]${nl}  01/01/2026 00:00:00${nl}${nl}` +
        `[Not After]${nl}  01/01/2036 00:00:00${nl}${nl}[Thumbprint]${nl}  ${v1.Thumbprint}${nl}`,
    );
    expect(String(v1)).toBe(v1.ToString());
  });

  it("Equals compares Issuer and SerialNumber (X509Certificate.Equals)", () => {
    expect(v1.Equals(new X509Certificate2Value(der))).toBe(true);
    // Same issuer and serial, another subject: equal for .NET Framework.
    const sameSerial = cert({
      subject: [[[OID.CN, "Someone Else"]]],
      issuer: [[[OID.CN, "Version One"]]],
      serial: "00FF01",
    });
    expect(v1.Equals(sameSerial)).toBe(true);
    expect(v1.Equals(cert({ subject: [[[OID.CN, "Version One"]]], serial: "00FF02" }))).toBe(false);
    expect(v1.Equals(full)).toBe(false);
    // The same serial from another issuer: not equal.
    const otherIssuer = cert({
      subject: [[[OID.CN, "Version One"]]],
      issuer: [[[OID.CN, "Another CA"]]],
      serial: "00FF01",
    });
    expect(v1.Equals(otherIssuer)).toBe(false);
    expect(v1.Equals(v1.Thumbprint)).toBe(false);
    expect(v1.Equals(null)).toBe(false);
  });
});

describe("input bytes", () => {
  const der = certs.validClient.der;

  it("accepts DER and PEM text, ignoring bytes after the certificate", () => {
    const pem = new X509Certificate2Value(new TextEncoder().encode(certs.validClient.pem));
    expect(pem.Thumbprint).toBe(certs.validClient.thumbprint);
    // PEM inside other text and without line breaks.
    const body = Buffer.from(der).toString("base64");
    const framed = `junk\n-----BEGIN CERTIFICATE-----${body}-----END CERTIFICATE-----\nmore`;
    expect(new X509Certificate2Value(new TextEncoder().encode(framed)).Thumbprint).toBe(
      certs.validClient.thumbprint,
    );
    const trailing = new Uint8Array([...der, 0x30, 0x03, 0x02, 0x01, 0x00]);
    const withTail = new X509Certificate2Value(trailing);
    expect(withTail.Thumbprint).toBe(certs.validClient.thumbprint);
    expect(withTail.RawData.length).toBe(der.length);
  });

  it("throws CryptographicException for bytes that are not a certificate", () => {
    // Mono's message ("Unable to decode certificate."); Windows reports CryptQueryObject's error.
    const body = Buffer.from(der).toString("base64");
    const pem = (inner: string) =>
      new TextEncoder().encode(`-----BEGIN CERTIFICATE-----\n${inner}\n-----END CERTIFICATE-----`);
    for (const bad of [
      new Uint8Array([1, 2, 3]),
      new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]), // a SEQUENCE, not a certificate
      new Uint8Array([0x31, 0x00]), // a SET
      new Uint8Array([0x30, 0x82]), // truncated
      new TextEncoder().encode(`-----BEGIN CERTIFICATE-----\n${body}`), // no END line
      new TextEncoder().encode(`${body}\n-----END CERTIFICATE-----`), // no BEGIN line
      pem(body.slice(1)), // not a whole number of base64 quanta
      pem(`${body.slice(0, -4)}!!!!`), // not base64
      pem("MAMCAQA="), // base64 of a SEQUENCE that is not a certificate
    ]) {
      expect(() => new X509Certificate2Value(bad)).toThrow(CryptographicException);
      expect(() => new X509Certificate2Value(bad)).toThrow("Unable to decode certificate.");
    }
  });

  it("an empty array or null gives an empty instance whose members throw", () => {
    // .NET Framework: the X509Certificate(byte[]) constructor loads nothing for no bytes; members
    // then throw CryptographicException(Cryptography_InvalidHandle, "m_safeCertContext").
    for (const empty of [
      new X509Certificate2Value(new Uint8Array(0)),
      new X509Certificate2Value(null),
    ]) {
      const members: (() => unknown)[] = [
        () => empty.Thumbprint,
        () => empty.Subject,
        () => empty.Issuer,
        () => empty.SubjectName,
        () => empty.IssuerName,
        () => empty.SerialNumber,
        () => empty.NotBefore,
        () => empty.NotAfter,
        () => empty.Version,
        () => empty.HasPrivateKey,
        () => empty.GetRSAPublicKey(),
        () => empty.GetRSAPrivateKey(),
        () => empty.RawData,
        () => empty.Extensions,
        () => empty.GetNameInfo(X509NameType.SimpleName, false),
        () => empty.VerifyNoRevocation(),
        () => runInDotnetEnvironment({ instant: 0 }, () => empty.Verify()),
      ];
      for (const member of members)
        expect(member).toThrow("m_safeCertContext is an invalid handle.");
      // ToString() of an empty instance is the type's name (X509Certificate.ToString(true)).
      expect(empty.ToString()).toBe(
        "System.Security.Cryptography.X509Certificates.X509Certificate2",
      );
      // Equals: an empty instance equals another empty one; a full one reads the other's Issuer.
      expect(empty.Equals(new X509Certificate2Value(new Uint8Array(0)))).toBe(true);
      expect(empty.Equals(full)).toBe(false);
      expect(() => full.Equals(empty)).toThrow(CryptographicException);
    }
  });

  it("instances over the same bytes share one parse but not their arrays", () => {
    const a = new X509Certificate2Value(der);
    const b = new X509Certificate2Value(new Uint8Array(der));
    expect(a.Thumbprint).toBe(b.Thumbprint);
    const raw = a.GetRawCertData();
    raw[raw.length - 1] ^= 0xff;
    expect(b.GetRawCertData()[raw.length - 1]).toBe(der[der.length - 1]);
  });
});

describe("Verify and VerifyNoRevocation", () => {
  const trusted = [certs.rootCa.der, certs.devIntermediateCa.der];
  const client = new X509Certificate2Value(certs.validClient.der);
  // The committed tree's window: SEED_NOW (2026-06-01) for fifty years.
  const inside = Date.parse("2026-07-01T00:00:00Z");

  it("chains to the uploaded CA certificates at the virtual clock's instant", () => {
    runInDotnetEnvironment({ instant: inside, trustedCaCertificates: trusted }, () => {
      expect(client.VerifyNoRevocation()).toBe(true);
      expect(client.validateChain()).toEqual({ valid: true, code: 0, message: "" });
    });
    runInDotnetEnvironment({ instant: inside, trustedCaCertificates: [certs.rootCa.der] }, () =>
      expect(client.VerifyNoRevocation()).toBe(false),
    );
    runInDotnetEnvironment({ instant: inside }, () =>
      expect(client.VerifyNoRevocation()).toBe(false),
    );
  });

  it("reads the instant to the millisecond: the last valid one passes, the next fails", () => {
    // RFC 5280 section 4.1.2.5: the validity period includes notAfter.
    const late = buildCertificate({
      subject: [[[OID.CN, "Short-lived"]]],
      issuer: [[[OID.CN, "APIM Sample Root CA"]]],
      subjectKey: KEYS.leaf(),
      signingKey: KEYS.root(),
      notBefore: new Date("2026-06-02T00:00:00Z"),
      notAfter: new Date("2026-06-03T00:00:00Z"),
    });
    const leaf = new X509Certificate2Value(late);
    const at = (iso: string, delta: number) =>
      runInDotnetEnvironment(
        { instant: Date.parse(iso) + delta, trustedCaCertificates: [certs.rootCa.der] },
        () => leaf.VerifyNoRevocation(),
      );
    expect(at("2026-06-03T00:00:00Z", 0)).toBe(true);
    expect(at("2026-06-03T00:00:00Z", 1)).toBe(false);
    expect(at("2026-06-02T00:00:00Z", 0)).toBe(true);
    expect(at("2026-06-02T00:00:00Z", -1)).toBe(false);
  });

  it("Verify() is false without reachable revocation information, else the chain's answer", () => {
    // X509Certificate2.Verify: "performs a X.509 chain validation using basic validation policy"
    // (revocation included); an offline check fails with RevocationStatusUnknown.
    runInDotnetEnvironment({ instant: inside, trustedCaCertificates: trusted }, () =>
      expect(client.Verify()).toBe(false),
    );
    runInDotnetEnvironment(
      { instant: inside, trustedCaCertificates: trusted, revocationReachable: true },
      () => expect(client.Verify()).toBe(true),
    );
    runInDotnetEnvironment(
      { instant: inside, trustedCaCertificates: [], revocationReachable: true },
      () => expect(client.Verify()).toBe(false),
    );
  });

  it("blocks on a worker thread for the answer, starting a new one after a stop", async () => {
    const run = () =>
      runInDotnetEnvironment({ instant: inside, trustedCaCertificates: trusted }, () =>
        client.validateChain(),
      );
    clearChainValidationMemo();
    await stopChainValidationWorker();
    const first = run();
    expect(first).toEqual({ valid: true, code: 0, message: "" });
    // The second answer comes from the memo: the same object.
    expect(run()).toBe(first);
    await stopChainValidationWorker();
    await stopChainValidationWorker();
    clearChainValidationMemo();
    const again = run();
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
