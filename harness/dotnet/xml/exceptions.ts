// System.Xml.XmlException, compared by the cross-check by its full .NET name.
import { DotnetException } from "../exceptions.ts";

/** System.Xml.XmlException: malformed XML text, or a name that is not an XML name. */
export class XmlException extends DotnetException {
  constructor(message: string) {
    super("System.Xml.XmlException", message);
  }
}
