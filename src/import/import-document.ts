// Imports one XML document into the text of one policy module: read leniently, map each element
// to its builder call, each expression to TypeScript, format with prettier. A malformed document
// gives one located problem and no module; the other documents of a run are unaffected.
import { ScanError } from "./expression-scan.ts";
import {
  ModuleContext,
  type ForcedChoices,
  type ImportCounts,
  type ImportProblem,
} from "./module-context.ts";
import { ModuleWriter } from "./module-writer.ts";
import { readPolicyXml } from "./xml-reader.ts";

export interface ImportedDocument {
  /** The formatted module, or undefined when the document is malformed. */
  readonly module: string | undefined;
  /** The root element (`policies` or `fragment`). */
  readonly kind: "policies" | "fragment" | undefined;
  readonly counts: ImportCounts;
  readonly problems: readonly ImportProblem[];
}

type Prettier = typeof import("prettier");
let prettier: Prettier | undefined;

/** Formats TypeScript with prettier (the project's config where one is found). */
export async function formatModule(text: string, file: string): Promise<string> {
  prettier ??= await import("prettier");
  const config = (await prettier.resolveConfig(file)) ?? { printWidth: 100 };
  return prettier.format(text, { ...config, parser: "typescript", filepath: file });
}

/**
 * Imports `text` (the XML of `sourceName`). `forced` holds the round trip's decisions; `markers`
 * writes comments that tie the module back to XML offsets (for the round trip's build only).
 * `target` is where the module will be written (for prettier's configuration).
 */
export async function importDocument(
  text: string,
  sourceName: string,
  target: string,
  forced: ForcedChoices = { csharp: new Set(), raw: new Set() },
  markers = false,
): Promise<ImportedDocument> {
  const context = new ModuleContext(forced, markers);
  try {
    const document = readPolicyXml(text);
    const writer = new ModuleWriter(context);
    const unformatted = writer.module(document, sourceName);
    const module = await formatModule(unformatted, target);
    return {
      module,
      kind: document.root.name as "policies" | "fragment",
      counts: context.counts,
      problems: context.problems,
    };
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return {
      module: undefined,
      kind: undefined,
      counts: { typescript: 0, csharp: 0, rawXml: 0 },
      problems: [{ name: "importMalformed", message: error.message, offset: error.offset }],
    };
  }
}
