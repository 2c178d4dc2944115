// XNamespace and XName's twins: atomized as .NET atomizes them (one object per URI and per
// expanded name, so `===` compares as C#'s `==` does), with .NET's checks on a name's text:
// XName.Get("{uri}local") splits the expanded form; an empty name or an unclosed "{" is
// ArgumentException "'<text>' is an invalid expanded name."; a local name that is not an XML
// NCName is XmlException "The ' ' character, hexadecimal value 0x20, cannot be included in a
// name." (XmlConvert.VerifyNCName; texts observed on mono, test/dotnet/xml.test.ts).
import { ArgumentException, ArgumentNullException } from "../exceptions.ts";
import { HarnessRefusal } from "../../apim/harness-refusal.ts";
import { XmlException } from "./exceptions.ts";

/** The URIs of the prefixes xml and xmlns (Namespaces in XML 1.0, section 3). */
export const XML_URI = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_URI = "http://www.w3.org/2000/xmlns/";

const namespaces = new Map<string, XNamespaceValue>();

export class XNamespaceValue {
  readonly NamespaceName: string;
  readonly #names = new Map<string, XNameValue>();

  private constructor(uri: string) {
    this.NamespaceName = uri;
  }

  /** XNamespace.Get (and C#'s implicit conversion from string). */
  static Get(namespaceName: string | null): XNamespaceValue {
    if (namespaceName === null || namespaceName === undefined)
      throw new ArgumentNullException("namespaceName");
    let found = namespaces.get(namespaceName);
    if (!found) namespaces.set(namespaceName, (found = new XNamespaceValue(namespaceName)));
    return found;
  }

  static get None(): XNamespaceValue {
    return XNamespaceValue.Get("");
  }

  GetName(localName: string | null): XNameValue {
    if (localName === null || localName === undefined) throw new ArgumentNullException("localName");
    let found = this.#names.get(localName);
    if (!found) {
      verifyNCName(localName);
      this.#names.set(localName, (found = new XNameValue(this, localName)));
    }
    return found;
  }

  ToString(): string {
    return this.NamespaceName;
  }

  toString(): string {
    return this.ToString();
  }
}

export class XNameValue {
  readonly Namespace: XNamespaceValue;
  readonly LocalName: string;

  constructor(namespace: XNamespaceValue, localName: string) {
    this.Namespace = namespace;
    this.LocalName = localName;
  }

  get NamespaceName(): string {
    return this.Namespace.NamespaceName;
  }

  /** XName.Get(expandedName) or XName.Get(localName, namespaceName). */
  static Get(name: string | null, namespaceName?: string | null): XNameValue {
    if (namespaceName !== undefined) {
      if (namespaceName === null) throw new ArgumentNullException("namespaceName");
      if (name === null) throw new ArgumentNullException("localName");
      return XNamespaceValue.Get(namespaceName).GetName(name);
    }
    if (name === null || name === undefined) throw new ArgumentNullException("expandedName");
    if (name.length === 0) throw new ArgumentException(`'${name}' is an invalid expanded name.`);
    if (name[0] === "{") {
      const close = name.lastIndexOf("}");
      if (close <= 1 || close === name.length - 1)
        throw new ArgumentException(`'${name}' is an invalid expanded name.`);
      return XNamespaceValue.Get(name.slice(1, close)).GetName(name.slice(close + 1));
    }
    return XNamespaceValue.None.GetName(name);
  }

  ToString(): string {
    return this.NamespaceName === "" ? this.LocalName : `{${this.NamespaceName}}${this.LocalName}`;
  }

  toString(): string {
    return this.ToString();
  }
}

/** C#'s implicit conversion of a name argument: an XName, or a string read as XName.Get. */
export function toXName(
  name: XNameValue | string | null | undefined,
  parameter = "name",
): XNameValue {
  if (name instanceof XNameValue) return name;
  if (name === null || name === undefined) throw new ArgumentNullException(parameter);
  return XNameValue.Get(name);
}

// XML 1.0's NameStartChar and NameChar without ":" (Namespaces in XML's NCName), fifth edition.
// .NET Framework's tables are the fourth edition's (referencesource System.Xml XmlCharType, built
// without XML10_FIFTH_EDITION: Appendix B's BaseChar, Ideographic, CombiningChar, Digit and
// Extender), a subset of the fifth's: a character the fifth edition refuses, .NET refuses too.
// Both agree on Latin-1 (U+0000-U+00FF) and on the CJK ideographs U+4E00-U+9FA5 (the fourth's
// Ideographic); any other character the fifth edition accepts may not be a name character on
// .NET (mono: U+037F, U+2070, U+3001, U+F900 are not), so it is refused (HarnessRefusal).
const NAME_START =
  "A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
const NAME_REST = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
const START = new RegExp(`^[${NAME_START}]$`);
const REST = new RegExp(`^[${NAME_REST}]$`);
/** Where the fourth and fifth editions agree (see above). */
const BOTH_EDITIONS = /^[\u0000-\u00FF\u4E00-\u9FA5]$/;

function hex(char: string): string {
  return `0x${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}

/**
 * XmlConvert.VerifyNCName's checks and messages: the first character that is not a name
 * character; at index 0 "Name cannot begin with ...", whatever the character
 * (XmlConvert.CreateInvalidNameCharException: `index == 0 ? Xml_BadStartNameChar : Xml_BadNameChar`).
 */
export function verifyNCName(name: string): void {
  // XmlConvert.VerifyNCName throws ArgumentNullException for "" (with this message).
  if (name.length === 0)
    throw new ArgumentException(
      "The empty string '' is not a valid local name.\nParameter name: name",
      "System.ArgumentNullException",
    );
  [...name].forEach((char, index) => {
    const valid = (index === 0 ? START : REST).test(char);
    // A pair of surrogates (a character beyond U+FFFF) is a name character in the fifth edition
    // only; .NET Framework's message then shows both halves: neither is simulated.
    if (char.length > 1 || (valid && !BOTH_EDITIONS.test(char)))
      throw new HarnessRefusal(
        `the name '${name}' has '${char}': .NET Framework's name characters beyond Latin-1 and the CJK ideographs U+4E00-U+9FA5 follow XML 1.0 fourth edition's tables, not simulated`,
      );
    if (!valid)
      throw new XmlException(
        index === 0
          ? `Name cannot begin with the '${char}' character, hexadecimal value ${hex(char)}.`
          : `The '${char}' character, hexadecimal value ${hex(char)}, cannot be included in a name.`,
      );
  });
}
