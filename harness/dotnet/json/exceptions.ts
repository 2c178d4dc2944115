// Json.NET's exception types, compared by the cross-check by their full .NET name.
import { DotnetException } from "../exceptions.ts";

/** Newtonsoft.Json.JsonReaderException: malformed JSON text (message: Json.NET's, with a path). */
export class JsonReaderException extends DotnetException {
  constructor(message: string) {
    super("Newtonsoft.Json.JsonReaderException", message);
  }
}

/** Newtonsoft.Json.JsonSerializationException: JSON of the wrong kind for DeserializeObject<T>. */
export class JsonSerializationException extends DotnetException {
  constructor(message: string) {
    super("Newtonsoft.Json.JsonSerializationException", message);
  }
}
