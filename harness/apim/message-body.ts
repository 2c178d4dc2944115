// IMessageBody: the body of a request or response. Reading it without preserveContent consumes
// it (APIM reads the stream once): a second read throws, and a consumed request body reaches the
// backend empty unless set-body wrote a new one.
// A message without a body has no IMessageBody at all: context.Request.Body (and Response.Body,
// a send-request response's Body) is null, not an empty body (MicrosoftDocs/azure-docs#30657
// "context.Request.Body may be null"; field report 08). The store keeps that as `present: false`.
import type { MessageBody } from "../../src/context/context.ts";
import { InvalidOperationException } from "../dotnet/exceptions.ts";

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

  As(preserveContent = false): string {
    if (this.#consumed) {
      throw new InvalidOperationException(
        "The message body has already been read (As<T>() without preserveContent: true consumes it).",
      );
    }
    if (!preserveContent) this.#consumed = true;
    return this.#content;
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
