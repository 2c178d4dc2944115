// Distinguished names in .NET's format (X500DistinguishedName.Name, X509Certificate2.Subject):
// RDNs in reverse of their encoded order joined by ", ", multi-valued RDNs joined by " + ",
// Windows' short names (S= for state, E= for e-mail, OID.x.y= for unknown types), and values that
// contain separators or edge spaces wrapped in double quotes with inner quotes doubled.
import * as asn1js from "asn1js";
import { HarnessRefusal } from "../apim/harness-refusal.ts";

/** One attribute of an RDN: its OID and decoded string value. */
export interface NameAttribute {
  readonly oid: string;
  readonly value: string;
  /** The value is not a string type: `value` is "#" and the hex of its DER. */
  readonly encoded?: true;
}

/** A parsed Name: RDNs in encoded order, each a list of attributes. */
export type ParsedName = readonly (readonly NameAttribute[])[];

const SHORT_NAMES: Record<string, string> = {
  "2.5.4.3": "CN",
  "2.5.4.4": "SN",
  "2.5.4.5": "SERIALNUMBER",
  "2.5.4.6": "C",
  "2.5.4.7": "L",
  "2.5.4.8": "S",
  "2.5.4.9": "STREET",
  "2.5.4.10": "O",
  "2.5.4.11": "OU",
  "2.5.4.12": "T",
  "2.5.4.42": "G",
  "2.5.4.43": "I",
  "1.2.840.113549.1.9.1": "E",
  "0.9.2342.19200300.100.1.25": "DC",
  "0.9.2342.19200300.100.1.1": "UID",
};

function attribute(oid: string, value: asn1js.AsnType): NameAttribute {
  const block = (value as { valueBlock?: { value?: unknown } }).valueBlock;
  if (block !== undefined && typeof block.value === "string") return { oid, value: block.value };
  // Not a string type: RFC 4514 section 2.4's "#" and the hex of the DER.
  const hex = Buffer.from(value.toBER(false)).toString("hex").toUpperCase();
  return { oid, value: `#${hex}`, encoded: true };
}

/** Parses DER bytes of an X.501 Name. Throws a plain Error when malformed (callers map it). */
export function parseName(der: ArrayBuffer | Uint8Array): ParsedName {
  const bytes = der instanceof Uint8Array ? der : new Uint8Array(der);
  const parsed = asn1js.fromBER(bytes);
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.Sequence))
    throw new Error("Name is not a SEQUENCE");
  return parsed.result.valueBlock.value.map((rdn) => {
    if (!(rdn instanceof asn1js.Set)) throw new Error("RDN is not a SET");
    return rdn.valueBlock.value.map((pair) => {
      const [type, value] = (pair as asn1js.Sequence).valueBlock.value;
      if (!(type instanceof asn1js.ObjectIdentifier) || value === undefined)
        throw new Error("bad AttributeTypeAndValue");
      return attribute(type.valueBlock.toString(), value);
    });
  });
}

function quote(value: string): string {
  const needs = value === "" || /[,+="\n<>#;]/.test(value) || /^\s|\s$/.test(value);
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

// CertNameToStr formats an encoded or OCTET STRING value "in hexadecimal" (Windows CE's page)
// without saying whether Windows then quotes it as a value holding '#'; mono cannot load such a
// certificate. The harness refuses rather than guess (docs/project-choices.md).
function printed(a: NameAttribute): string {
  if (a.encoded)
    throw new HarnessRefusal(
      `a distinguished name whose ${SHORT_NAMES[a.oid] ?? `OID.${a.oid}`} value is not a string ` +
        `(${a.value}): CertNameToStr formats it "in hexadecimal" without saying how, and mono cannot load it`,
    );
  return quote(a.value);
}

/** Formats a Name as .NET's X500DistinguishedName.Name (Reversed, ", " separator, quoting). */
export function formatName(name: ParsedName): string {
  return [...name]
    .reverse()
    .map((rdn) =>
      rdn.map((a) => `${SHORT_NAMES[a.oid] ?? `OID.${a.oid}`}=${printed(a)}`).join(" + "),
    )
    .join(", ");
}

/** The value of the last attribute with `oid` (the most specific one in the usual root-first order). */
export function lastAttribute(name: ParsedName, oid: string): string | undefined {
  let found: string | undefined;
  for (const rdn of name) for (const a of rdn) if (a.oid === oid) found = a.value;
  return found;
}
