// Distinguished names in .NET's format (X500DistinguishedName.Name, X509Certificate2.Subject):
// RDNs in reverse of their encoded order joined by ", ", multi-valued RDNs joined by " + ",
// Windows' short names (S= for state, E= for e-mail, OID.x.y= for unknown types), and values that
// contain separators or edge spaces wrapped in double quotes with inner quotes doubled.
import * as asn1js from "asn1js";

/** One attribute of an RDN: its OID and decoded string value. */
export interface NameAttribute {
  readonly oid: string;
  readonly value: string;
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

function attributeValue(value: asn1js.AsnType): string {
  const block = (value as { valueBlock?: { value?: unknown } }).valueBlock;
  if (block !== undefined && typeof block.value === "string") return block.value;
  // Not a string type: Windows prints the DER as #hex.
  return "#" + Buffer.from(value.toBER(false)).toString("hex").toUpperCase();
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
      return { oid: type.valueBlock.toString(), value: attributeValue(value) };
    });
  });
}

function quote(value: string): string {
  const needs = value === "" || /[,+="\n<>#;]/.test(value) || /^\s|\s$/.test(value);
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Formats a Name as .NET's X500DistinguishedName.Name (Reversed, ", " separator, quoting). */
export function formatName(name: ParsedName): string {
  return [...name]
    .reverse()
    .map((rdn) =>
      rdn.map((a) => `${SHORT_NAMES[a.oid] ?? `OID.${a.oid}`}=${quote(a.value)}`).join(" + "),
    )
    .join(", ");
}

/** The value of the last attribute with `oid` (the most specific one in the usual root-first order). */
export function lastAttribute(name: ParsedName, oid: string): string | undefined {
  let found: string | undefined;
  for (const rdn of name) for (const a of rdn) if (a.oid === oid) found = a.value;
  return found;
}
