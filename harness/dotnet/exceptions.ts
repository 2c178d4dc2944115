// .NET exceptions as JavaScript classes. Expressions evaluated by the harness throw these so that
// APIM's error path (on-error, ExpressionValueEvaluationFailure) and the C# cross-check can compare
// exception classes by their .NET type name (`dotnetType`), not by message text.

/** Base of every simulated .NET exception; `dotnetType` is the full .NET type name. */
export class DotnetException extends Error {
  /** Full .NET type name, e.g. `System.FormatException`. */
  readonly dotnetType: string;
  constructor(dotnetType: string, message: string) {
    super(message);
    this.dotnetType = dotnetType;
    this.name = dotnetType.slice(dotnetType.lastIndexOf(".") + 1);
  }

  /** .NET's Exception.Message (what `catch (Exception e)` reads as `e.Message`). */
  get Message(): string {
    return this.message;
  }
}

/**
 * System.Exception, the class `new Exception("text")` builds and `e instanceof Exception` tests.
 * Every simulated exception derives from System.Exception in .NET, so the test is true for every
 * DotnetException. Any other JavaScript error reaching a catch (a TypeError for .NET's
 * NullReferenceException, a harness bug or refusal) has no .NET type or Message here: the test
 * throws it on rather than let the catch treat it as a .NET exception.
 */
export class SystemException extends DotnetException {
  // .NET Framework's Exception(string message) keeps the text as given (Exception.Message docs).
  constructor(message: string) {
    super("System.Exception", message);
  }

  static [Symbol.hasInstance](value: unknown): boolean {
    if (value instanceof DotnetException) return true;
    if (value instanceof Error)
      throw new Error(
        `apim-ts harness: ${value.name} "${value.message}" reached \`instanceof Exception\` in a catch; ` +
          "it is not a simulated .NET exception, so its .NET type and Message are unknown " +
          "(a member read on null is .NET's NullReferenceException: test for null before it)",
        { cause: value },
      );
    return false;
  }
}

/** System.FormatException (bad base64, unparsable dates and GUIDs). */
export class FormatException extends DotnetException {
  constructor(message = "One of the identified items was in an invalid format.") {
    super("System.FormatException", message);
  }
}

/** System.Security.Cryptography.CryptographicException (bytes that are not a certificate). */
export class CryptographicException extends DotnetException {
  constructor(message = "Cannot find the requested object.") {
    super("System.Security.Cryptography.CryptographicException", message);
  }
}

/** System.ArgumentException. */
export class ArgumentException extends DotnetException {
  constructor(
    message = "Value does not fall within the expected range.",
    dotnetType = "System.ArgumentException",
  ) {
    super(dotnetType, message);
  }
}

/** System.ArgumentNullException (a null argument where .NET requires a value). */
export class ArgumentNullException extends ArgumentException {
  /** `message`: the member's own text where .NET passes one (Encoding: "Array cannot be null."). */
  constructor(parameterName: string, message = "Value cannot be null.") {
    super(`${message}\nParameter name: ${parameterName}`, "System.ArgumentNullException");
  }
}

/** System.ArgumentOutOfRangeException (date arithmetic beyond MinValue/MaxValue). */
export class ArgumentOutOfRangeException extends ArgumentException {
  /**
   * `parameterName` null: .NET's ArgumentException.Message adds the "Parameter name:" line only
   * for a name (referencesource mscorlib/system/argumentexception.cs, Message), so the text stands
   * alone (DateTime's and TimeSpan's field constructors pass null).
   */
  constructor(
    parameterName: string | null,
    message = "Specified argument was out of the range of valid values.",
  ) {
    super(
      parameterName === null ? message : `${message}\nParameter name: ${parameterName}`,
      "System.ArgumentOutOfRangeException",
    );
  }
}

/** System.NullReferenceException (a member read on null). */
export class NullReferenceException extends DotnetException {
  constructor(message = "Object reference not set to an instance of an object.") {
    super("System.NullReferenceException", message);
  }
}

/** System.InvalidCastException (Variables.GetValueOrDefault<T> on a value of another type). */
export class InvalidCastException extends DotnetException {
  constructor(message = "Specified cast is not valid.") {
    super("System.InvalidCastException", message);
  }
}

/** System.OverflowException (TimeSpan too large, Math.Abs(int.MinValue)). */
export class OverflowException extends DotnetException {
  constructor(message = "Arithmetic operation resulted in an overflow.") {
    super("System.OverflowException", message);
  }
}

/** System.InvalidOperationException. */
export class InvalidOperationException extends DotnetException {
  constructor(message = "Operation is not valid due to the current state of the object.") {
    super("System.InvalidOperationException", message);
  }
}

/** System.Collections.Generic.KeyNotFoundException (a dictionary indexer read of a missing key). */
export class KeyNotFoundException extends DotnetException {
  // .NET Framework's text (the one APIM's LastError.Message shows); .NET Core adds the key.
  constructor(message = "The given key was not present in the dictionary.") {
    super("System.Collections.Generic.KeyNotFoundException", message);
  }
}

/** Whether a thrown value is a simulated .NET exception (as opposed to a harness bug). */
export function isDotnetException(error: unknown): error is DotnetException {
  return error instanceof DotnetException;
}
