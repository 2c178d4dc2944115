// System.Exception in the harness: what a catch clause of an expression sees when it runs in
// JavaScript (src/dotnet/exceptions.ts declares it; src/translate/exceptions.ts translates it).
import { describe, expect, it } from "vitest";
import { Exception } from "../../src/dotnet/exceptions.ts";
import { int } from "../../src/dotnet/types.ts";
import { installDotnet } from "../../harness/dotnet/index.ts";

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
