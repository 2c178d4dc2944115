// Asserts that a call throws a simulated .NET exception of one type (and, when given, message),
// the way a policy's catch or APIM's error path sees it: by .NET type name, not JavaScript class.
import { expect } from "vitest";
import { DotnetException } from "../../../harness/dotnet/exceptions.ts";

export function throwsDotnet(call: () => unknown, dotnetType: string, message?: string): void {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected ${dotnetType}`).toBeInstanceOf(DotnetException);
  expect((thrown as DotnetException).dotnetType).toBe(dotnetType);
  if (message !== undefined) expect((thrown as DotnetException).message).toBe(message);
}
