// System.Exception in the harness: what a catch clause of an expression sees when it runs in
// JavaScript (src/dotnet/exceptions.ts declares it; src/translate/exceptions.ts translates it).
import { describe, expect, it } from "vitest";
import { Exception } from "../../src/dotnet/exceptions.ts";
import { int } from "../../src/dotnet/types.ts";
import {
  ArgumentException,
  ArgumentNullException,
  ArgumentOutOfRangeException,
  CryptographicException,
  DotnetException,
  FormatException,
  installDotnet,
  InvalidCastException,
  InvalidOperationException,
  isDotnetException,
  KeyNotFoundException,
  NullReferenceException,
  OverflowException,
} from "../../harness/dotnet/index.ts";
import { XmlException } from "../../harness/dotnet/xml/exceptions.ts";
import {
  JsonReaderException,
  JsonSerializationException,
} from "../../harness/dotnet/json/exceptions.ts";

installDotnet();

/** Runs `body` and returns what it threw. */
function caught(body: () => unknown): unknown {
  try {
    body();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("Exception", () => {
  it("keeps the constructor's text as Message and is System.Exception", () => {
    // .NET: Exception(string message) sets Message to the text (Exception.Message docs).
    const error = caught(() => {
      throw new Exception("quota \u00e9 exceeded");
    });
    expect(error instanceof Exception).toBe(true);
    expect((error as Exception).Message).toBe("quota \u00e9 exceeded");
    expect((error as { dotnetType: string }).dotnetType).toBe("System.Exception");
  });

  it("matches every simulated .NET exception, with the thrower's Message", () => {
    // int.Parse("x"): FormatException "Input string was not in a correct format." (mono 6.8, as
    // the conformance batch checks against mono).
    const error = caught(() => int.Parse("x"));
    expect(error instanceof Exception).toBe(true);
    expect((error as Exception).Message).toBe("Input string was not in a correct format.");
    expect((error as { dotnetType: string }).dotnetType).toBe("System.FormatException");
  });

  it("refuses a JavaScript error that is not a .NET exception instead of guessing its type", () => {
    const error = caught(() => (null as unknown as { length: number }).length);
    expect(() => error instanceof Exception).toThrow(/NullReferenceException/);
  });

  it("is false for values that are not errors", () => {
    const text: unknown = "text";
    expect(text instanceof Exception).toBe(false);
  });
});

// The default messages are .NET Framework's (mscorlib resources: Arg_FormatException,
// Arg_ArgumentException, ArgumentNull_Generic, Arg_ArgumentOutOfRangeException,
// Arg_NullReferenceException, Arg_InvalidCastException, Arg_OverflowException,
// InvalidOperation_Generic, Arg_KeyNotFound), as mono 6.8 prints them for `new T().Message`, and
// ArgumentException's "\nParameter name: x" suffix (.NET Framework's ArgumentException.Message).
describe("the simulated exception types", () => {
  it.each([
    [
      () => new FormatException(),
      "System.FormatException",
      "One of the identified items was in an invalid format.",
    ],
    [
      () => new ArgumentException(),
      "System.ArgumentException",
      "Value does not fall within the expected range.",
    ],
    [
      () => new ArgumentNullException("x"),
      "System.ArgumentNullException",
      "Value cannot be null.\nParameter name: x",
    ],
    [
      () => new ArgumentOutOfRangeException("x"),
      "System.ArgumentOutOfRangeException",
      "Specified argument was out of the range of valid values.\nParameter name: x",
    ],
    [
      () => new NullReferenceException(),
      "System.NullReferenceException",
      "Object reference not set to an instance of an object.",
    ],
    [
      () => new InvalidCastException(),
      "System.InvalidCastException",
      "Specified cast is not valid.",
    ],
    [
      () => new OverflowException(),
      "System.OverflowException",
      "Arithmetic operation resulted in an overflow.",
    ],
    [
      () => new InvalidOperationException(),
      "System.InvalidOperationException",
      "Operation is not valid due to the current state of the object.",
    ],
    [
      () => new KeyNotFoundException(),
      "System.Collections.Generic.KeyNotFoundException",
      "The given key was not present in the dictionary.",
    ],
    // CRYPT_E_NOT_FOUND's text, what X509Certificate2 throws on Windows for bytes that are no certificate.
    [
      () => new CryptographicException(),
      "System.Security.Cryptography.CryptographicException",
      "Cannot find the requested object.",
    ],
    [() => new XmlException("m"), "System.Xml.XmlException", "m"],
    [() => new JsonReaderException("m"), "Newtonsoft.Json.JsonReaderException", "m"],
    [() => new JsonSerializationException("m"), "Newtonsoft.Json.JsonSerializationException", "m"],
  ])("%s: its .NET type, its name and default Message", (create, dotnetType, message) => {
    // Built in the test, not in the table: per-test coverage counts module-load code as static.
    const error = create();
    expect(error.dotnetType).toBe(dotnetType);
    expect(error.Message).toBe(message);
    expect(error.message).toBe(message);
    // Exception.GetType().Name: the type name without its namespace.
    expect(error.name).toBe(dotnetType.slice(dotnetType.lastIndexOf(".") + 1));
    expect(isDotnetException(error)).toBe(true);
    expect(error instanceof Exception).toBe(true);
  });

  it("names a type by the last part of its full name", () => {
    expect(new KeyNotFoundException().name).toBe("KeyNotFoundException");
    expect(new XmlException("m").name).toBe("XmlException");
    expect(new DotnetException("Plain", "m").name).toBe("Plain");
  });

  it("a member's own null text goes before the parameter name", () => {
    expect(new ArgumentNullException("chars", "Array cannot be null.").Message).toBe(
      "Array cannot be null.\nParameter name: chars",
    );
    expect(new ArgumentOutOfRangeException("i", "Index was out of range.").Message).toBe(
      "Index was out of range.\nParameter name: i",
    );
  });

  it("a JavaScript error is not a .NET exception; the refusal keeps it as its cause", () => {
    const plain = new TypeError("x is undefined");
    expect(isDotnetException(plain)).toBe(false);
    let refusal: unknown;
    try {
      void (plain instanceof Exception);
    } catch (error) {
      refusal = error;
    }
    expect((refusal as Error).message).toBe(
      'apim-ts harness: TypeError "x is undefined" reached `instanceof Exception` in a catch; ' +
        "it is not a simulated .NET exception, so its .NET type and Message are unknown " +
        "(a member read on null is .NET's NullReferenceException: test for null before it)",
    );
    expect((refusal as Error).cause).toBe(plain);
  });
});
