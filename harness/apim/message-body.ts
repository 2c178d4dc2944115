// IMessageBody: the body of a request or response. Reading it without preserveContent consumes
// it (APIM reads the stream once): a second read throws, and a consumed request body reaches the
// backend empty unless set-body wrote a new one.
import type { MessageBody } from "../../src/context/context.ts";
import { InvalidOperationException } from "../dotnet/exceptions.ts";

export class BodyStore implements MessageBody {
  #content: string;
  #consumed = false;

  constructor(content = "") {
    this.#content = content;
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

  /** What goes on the wire: empty once consumed. */
  get content(): string {
    return this.#consumed ? "" : this.#content;
  }

  get consumed(): boolean {
    return this.#consumed;
  }

  /** Content and consumed state as they are now (the C# replay records them). */
  snapshot(): { readonly content: string; readonly consumed: boolean } {
    return { content: this.#content, consumed: this.#consumed };
  }

  /** set-body: new content, readable again. */
  replace(content: string): void {
    this.#content = content;
    this.#consumed = false;
  }
}
