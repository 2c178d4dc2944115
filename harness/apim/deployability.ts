// Before a gateway runs its first request, every expression function in every configured document
// and fragment goes through the translator, taken branch or not: a green test must mean that the
// whole policy deploys, not only the path the test happened to take. Raw C# slots are skipped
// (their C# is written by hand; their twin is what runs).
import type { Document } from "../../src/model/document.ts";
import { isRawCSharp } from "../../src/model/expression.ts";
import { HarnessRefusal } from "./harness-refusal.ts";
import { checkTranslation, prepareTranslation } from "./translation-check.ts";

function collectFunctions(value: unknown, found: Set<Function>, seen: Set<object>): void {
  if (typeof value === "function") {
    found.add(value);
    return;
  }
  if (typeof value !== "object" || value === null || seen.has(value) || isRawCSharp(value)) return;
  if (value instanceof Uint8Array) return;
  seen.add(value);
  for (const child of Array.isArray(value) ? value : Object.values(value))
    collectFunctions(child, found, seen);
}

/** Rejects (HarnessRefusal, all diagnostics at once) when any expression cannot be translated. */
export async function assertDeployable(
  documents: readonly (readonly [string, Document])[],
): Promise<void> {
  // A set: every expression of a module TypeScript refuses carries the module's same errors.
  const problems = new Set<string>();
  const perDocument = documents.map(([name, document]) => {
    const functions = new Set<Function>();
    collectFunctions(document, functions, new Set());
    return [name, functions] as const;
  });
  await prepareTranslation(perDocument.flatMap(([, functions]) => [...functions]));
  for (const [name, functions] of perDocument) {
    for (const fn of functions) {
      const verdict = checkTranslation(fn);
      if (!verdict.ok) problems.add(`${name}:\n${verdict.diagnostics}`);
    }
  }
  if (problems.size > 0) {
    throw new HarnessRefusal(
      `The configured policies hold expressions that \`apim-ts build\` refuses (TypeScript errors in their module, or no C# translation), so APIM could not run them and the harness will not:\n` +
        [...problems].join("\n\n"),
    );
  }
}
