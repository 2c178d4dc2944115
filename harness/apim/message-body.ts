// IMessageBody: the body of a request or response. Reading it without preserveContent consumes
// it (APIM reads the stream once) and a consumed request body reaches the backend empty unless
// set-body wrote a new one. What a second read does is not documented: Microsoft's policy
// expressions page (context variable, IMessageBody) says only that As<T> "renders it unavailable
// after it returns", and no public report shows the failure; so the harness refuses a second read
// (HarnessRefusal) instead of inventing an exception. As<JObject>/As<JArray>/As<JToken> read the
// text with Json.NET's reader (harness/dotnet/json); text that is not such JSON fails with "The
// message body is not a valid JSON. <Json.NET's message>" (APIM's message, quoted in
// MicrosoftDocs/azure-docs#95956 with a stack from Newtonsoft.Json.JsonTextReader.ParseValue; the
// exception type is not shown: JsonReaderException is chosen, docs/project-choices.md).
// A message without a body has no IMessageBody at all: context.Request.Body (and Response.Body,
// a send-request response's Body) is null, not an empty body (MicrosoftDocs/azure-docs#30657
// "context.Request.Body may be null"; field report 08). The store keeps that as `present: false`.
import type { BodyType, MessageBody } from "../../src/context/context.ts";
import { TYPED_BODY_AS } from "../../src/compile/tag-names.ts";
import { JsonReaderException } from "../dotnet/json/exceptions.ts";
import { readJson } from "../dotnet/json/reader.ts";
import { view } from "../dotnet/json/views.ts";
import { parseDocument, parseElement, XmlException } from "../dotnet/xml/index.ts";
import { HarnessRefusal } from "./harness-refusal.ts";

const JSON_KINDS: Readonly<Record<string, "Object" | "Array" | undefined>> = {
  JObject: "Object",
  JArray: "Array",
  JToken: undefined,
};

// Body.As<XDocument>() and As<XElement>() (IMessageBody's T on the expressions page) read with
// System.Xml.Linq's defaults (LoadOptions.None) through the twin of harness/dotnet/xml. What APIM
// throws for a body that is not XML is not documented (no message or type is published, unlike
// JSON's), so the harness refuses it instead of guessing.
const XML_KINDS: Readonly<Record<string, (text: string) => unknown>> = {
  XDocument: parseDocument,
  XElement: parseElement,
};

function readXml(content: string, read: (text: string) => unknown): unknown {
  try {
    return read(content);
  } catch (error) {
    if (error instanceof XmlException)
      throw new HarnessRefusal(
        `Body.As<XDocument>/As<XElement> of a body that is not XML (${error.message}): APIM does not document the exception it throws then, so the harness does not simulate it; test the body first or catch it in on-error`,
      );
    throw error;
  }
}

/**
 * A body as it arrives on the wire: no bytes is no body. RFC 9112 §6.3 gives a message without
 * Content-Length or Transfer-Encoding a zero-length body, so nothing on the wire tells "no body"
 * from "empty body" apart, and APIM reports it as a null Body (azure-docs#30657).
 */
export function wireBody(text: string | null | undefined): string | null {
  return text === undefined || text === null || text === "" ? null : text;
}

export class BodyStore implements MessageBody {
  #content: string;
  #present: boolean;
  #consumed = false;

  /** `null`: the message has no body (context's Body is null). */
  constructor(content: string | null = "") {
    this.#content = content ?? "";
    this.#present = content !== null;
  }

  As<T extends BodyType = string>(preserveContent = false): T {
    return this[TYPED_BODY_AS]("string", preserveContent) as T;
  }

  /** `As<T>(preserveContent)` with T written out (the tagging transform passes it). */
  [TYPED_BODY_AS](type: string, preserveContent = false): unknown {
    if (this.#consumed) {
      throw new HarnessRefusal(
        "the message body was already read without preserveContent: true. APIM documents only that " +
          "the body is then unavailable, not what a second read returns or throws, so the harness " +
          "does not simulate it: read it once, or with As<T>(true) until the last read",
      );
    }
    if (
      type !== "string" &&
      type !== "byte[]" &&
      !Object.hasOwn(JSON_KINDS, type) &&
      !Object.hasOwn(XML_KINDS, type)
    )
      throw new HarnessRefusal(
        `Body.As<${type}>() is not simulated: use string, bytes, JObject, JArray, JToken, XDocument or XElement`,
      );
    if (!preserveContent) this.#consumed = true;
    if (type === "string") return this.#content;
    // The store holds the body as text; its bytes are that text in UTF-8 (the C# model's
    // MessageBody does the same).
    if (type === "byte[]") return new Uint8Array(Buffer.from(this.#content, "utf8"));
    if (Object.hasOwn(XML_KINDS, type)) return readXml(this.#content, XML_KINDS[type]!);
    try {
      return view(readJson(this.#content, JSON_KINDS[type]));
    } catch (error) {
      if (error instanceof JsonReaderException)
        throw new JsonReaderException(`The message body is not a valid JSON. ${error.message}`);
      throw error;
    }
  }

  // --- the harness's side ---

  /** Whether the message has a body (false: context's Body is null). */
  get present(): boolean {
    return this.#present;
  }

  /** What expressions see as the message's Body: this store, or null without a body. */
  get view(): BodyStore | null {
    return this.#present ? this : null;
  }

  /** What goes on the wire: empty once consumed or without a body. */
  get content(): string {
    return this.#consumed ? "" : this.#content;
  }

  get consumed(): boolean {
    return this.#consumed;
  }

  /** Content (null without a body) and consumed state as they are now (the C# replay records them). */
  snapshot(): { readonly content: string | null; readonly consumed: boolean } {
    return { content: this.#present ? this.#content : null, consumed: this.#consumed };
  }

  /** set-body: new content, readable again (a message without a body gets one). */
  replace(content: string): void {
    this.#content = content;
    this.#present = true;
    this.#consumed = false;
  }
}
