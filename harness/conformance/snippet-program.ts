// One TypeScript program per suite: every snippet of the suite becomes `export const __snippet_N
// = <source>;` in one virtual module (never written to disk) beside the suite's shared
// declarations, so the checker runs once. The same text is transpiled with the tagging transform
// and evaluated, which gives each snippet a real JavaScript function whose source tag points into
// that program (build-time captures of module constants and helpers work exactly as in policy-src).
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "../../src/compile/typescript.js";
import { projectOptions } from "../../src/compile/program.ts";
import { sharedCompilerHost } from "../../src/compile/shared-host.ts";
import { createTagTransformer } from "../../src/compile/tag-transform.ts";
import { ELEMENT_READ, ELEMENT_WRITE } from "../../src/compile/tag-names.ts";
import * as library from "../../src/index.ts";
import * as sourceTag from "../../src/model/source-tag.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const LIBRARY = path.join(ROOT, "src", "index.ts");
const TAG_MODULE = "apim-ts:source-tag";

/** What every snippet module imports: the authoring API's values and the C# number types. */
export const PRELUDE = [
  `import { DateTime, TimeSpan, DateTimeOffset, TimeZoneInfo, X509Certificate2, X509NameType, string, Convert, WebUtility, Encoding, Math, Guid, Random, Regex, RegexOptions, Uri, UriKind, HMACMD5, HMACSHA1, HMACSHA256, HMACSHA384, HMACSHA512, SHA1, SHA256, SHA384, SHA512, MD5, SHA1Managed, SHA256Managed, SHA384Managed, SHA512Managed, BitConverter, HashAlgorithmName, RSASignaturePadding, Exception, StringComparison, namedValue, namedBoolean } from "../../../src/index.ts";`,
  `import { int, long, double } from "../../../src/index.ts";`,
  `import { JToken, JObject, JArray, JValue, JTokenType, Formatting, JsonConvert } from "../../../src/index.ts";`,
  `import { XDocument, XElement, XAttribute, XName, XNamespace } from "../../../src/index.ts";`,
  `import type { Context, bytes, Jwt, Authorization } from "../../../src/index.ts";`,
].join("\n");

export interface SnippetModule {
  readonly program: ts.Program;
  readonly file: string;
  readonly sourceFile: ts.SourceFile;
  /** The JavaScript function of each snippet, by index (undefined if the module failed to run). */
  readonly functions: readonly (Function | undefined)[];
  /** TypeScript errors inside each snippet's text, formatted (TS codes). */
  readonly typeErrors: readonly string[][];
  /** Offsets of each snippet's text in the module. */
  readonly ranges: readonly { start: number; end: number }[];
  /** Set when evaluating the module threw (a broken declaration). */
  readonly loadError?: string;
}

let previousProgram: ts.Program | undefined;

/** Builds and evaluates the module holding `snippets` after `declarations`. */
export function createSnippetModule(
  suite: string,
  declarations: string,
  snippets: readonly string[],
): SnippetModule {
  const file = path.join(
    ROOT,
    "harness",
    "conformance",
    "__snippets__",
    `${suite.replace(/[^A-Za-z0-9-]+/g, "-")}.ts`,
  );
  let text = `${PRELUDE}\n${declarations}\n`;
  const ranges: { start: number; end: number }[] = [];
  snippets.forEach((snippet, index) => {
    const head = `export const __snippet_${index} = `;
    ranges.push({
      start: text.length + head.length,
      end: text.length + head.length + snippet.length,
    });
    text += `${head}${snippet};\n`;
  });

  // No ambient @types packages: snippets import only the authoring API, and node's types are
  // 2.2 MB of declarations to parse in every worker (and, under mutation testing, every mutant).
  const options: ts.CompilerOptions = { ...projectOptions(ROOT), noEmit: true, types: [] };
  const host = sharedCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, onError, create) =>
    path.resolve(name) === file
      ? ts.createSourceFile(name, text, language, true)
      : getSourceFile(name, language, onError, create);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => path.resolve(name) === file || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (path.resolve(name) === file ? text : readFile(name));
  const program = ts.createProgram({
    rootNames: [file],
    options,
    host,
    oldProgram: previousProgram,
  });
  previousProgram = program;
  const sourceFile = program.getSourceFile(file)!;

  const typeErrors: string[][] = snippets.map(() => []);
  for (const diagnostic of [
    ...program.getSyntacticDiagnostics(sourceFile),
    ...program.getSemanticDiagnostics(sourceFile),
  ]) {
    const start = diagnostic.start ?? 0;
    const index = ranges.findIndex((range) => start >= range.start && start <= range.end);
    const message = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
    if (index >= 0) typeErrors[index]!.push(message);
    else typeErrors.forEach((errors) => errors.push(`in the suite's declarations: ${message}`));
  }

  const { functions, loadError } = evaluate(file, text, snippets.length);
  return { program, file, sourceFile, functions, typeErrors, ranges, loadError };
}

/** Runs the module as CommonJS with the library and the tag module supplied (no file, no loader). */
function evaluate(
  file: string,
  text: string,
  count: number,
): { functions: (Function | undefined)[]; loadError?: string } {
  const output = ts.transpileModule(text, {
    fileName: file,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.CommonJS,
      verbatimModuleSyntax: false,
    },
    transformers: { before: [createTagTransformer({ tagModule: TAG_MODULE })] },
  });
  const modules: Record<string, unknown> = {
    [TAG_MODULE]: sourceTag,
    "../../../src/index.ts": library,
    [LIBRARY]: library,
  };
  const require = (specifier: string): unknown => {
    if (specifier in modules) return modules[specifier];
    throw new Error(`snippet modules import only the authoring API, not '${specifier}'`);
  };
  const exports: Record<string, unknown> = {};
  try {
    // The transform's synthesized imports are not rewritten by the CommonJS emit: supply them.
    new Function(
      "require",
      "exports",
      "module",
      "__apimTag",
      "__apimCast",
      "__apimInteger",
      ELEMENT_READ,
      ELEMENT_WRITE,
      output.outputText,
    )(
      require,
      exports,
      { exports },
      sourceTag.tagFunction,
      sourceTag.castValue,
      sourceTag.integerOperation,
      sourceTag.elementRead,
      sourceTag.elementWrite,
    );
  } catch (error) {
    return { functions: Array.from({ length: count }, () => undefined), loadError: String(error) };
  }
  return {
    functions: Array.from(
      { length: count },
      (_, index) => exports[`__snippet_${index}`] as Function | undefined,
    ),
  };
}
