// The state of importing one document: the apim-ts names its module imports, its Terraform
// placeholders (module consts), its counts for the report, its diagnostics, and the decisions a
// failed round trip forces (an expression kept as C#, a policy kept as raw XML). Literal and
// expression values become TypeScript text here.
import { CSharpSyntaxError } from "./csharp-parser.ts";
import { importExpression, NotImportable } from "./expression-import.ts";
import type { ReadValue } from "./xml-reader.ts";
import { namedValueReference, namedValueTokens } from "../model/named-value.ts";

/** One problem found while importing, at an offset of the XML file. */
export interface ImportProblem {
  readonly name:
    "importMalformed" | "importExpressionSyntax" | "importRawPolicy" | "importKeptCSharp";
  readonly message: string;
  readonly offset: number;
}

/** What a failed round trip decided, by offset in the XML file. */
export interface ForcedChoices {
  /** Expressions (offset of their `@`) kept as `csharp(...)`. */
  readonly csharp: Set<number>;
  /** Policy elements (offset of their `<`) kept as `rawXml(...)`. */
  readonly raw: Set<number>;
}

/** Counts for the report. */
export interface ImportCounts {
  typescript: number;
  csharp: number;
  rawXml: number;
}

/**
 * Text kept verbatim (raw XML, C# kept as csharp(...)) as a TypeScript string: a template literal
 * when it has several lines, so it reads as the original did (nothing in it is interpolated).
 */
export function sourceLiteral(text: string): string {
  return text.includes("\n")
    ? "`" + text.replace(/[`\\]|\$\{/g, (m) => `\\${m}`) + "`"
    : JSON.stringify(text);
}

/** An imported expression, for the round trip's markers. */
export interface ExpressionRecord {
  readonly offset: number;
  readonly typescript: boolean;
}

// Without the g flag for test(): a global regex keeps lastIndex between calls.
const PLACEHOLDER = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/;
const NAMED = namedValueTokens();
const NAMED_ALL = namedValueTokens("g");

export class ModuleContext {
  readonly imports = new Set<string>();
  /** Terraform placeholder text → the module const that holds it. */
  readonly parameters = new Map<string, string>();
  readonly counts: ImportCounts = { typescript: 0, csharp: 0, rawXml: 0 };
  readonly problems: ImportProblem[] = [];
  readonly expressions: ExpressionRecord[] = [];

  constructor(
    readonly forced: ForcedChoices,
    /** Writes markers that tie the module's text back to XML offsets (round trip only). */
    readonly markers: boolean,
  ) {}

  use(name: string): void {
    this.imports.add(name);
  }

  /** The module const for a `${name}` placeholder (a build-time parameter of the module). */
  parameter(placeholder: string): string {
    const existing = this.parameters.get(placeholder);
    if (existing) return existing;
    const base = placeholder.slice(2, -1);
    let name = /^(context|policy|fragment|csharp|rawXml)$/.test(base) ? `${base}Parameter` : base;
    while ([...this.parameters.values()].includes(name)) name += "_";
    this.parameters.set(placeholder, name);
    return name;
  }

  /** A literal string as TypeScript: named values and placeholders become calls and consts. */
  literal(text: string): string {
    const whole = namedValueReference(text);
    if (whole !== undefined) {
      this.use("namedValue");
      return `namedValue(${JSON.stringify(whole)})`;
    }
    if (/^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/.test(text)) return this.parameter(text);
    if (!PLACEHOLDER.test(text) && !NAMED.test(text)) return JSON.stringify(text);
    const escaped = text.replace(/[`\\]|\$\{/g, (m) => `\\${m}`);
    const holes = escaped
      .replace(
        /\\\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g,
        (_, name: string) => "${" + this.parameter("${" + name + "}") + "}",
      )
      .replace(NAMED_ALL, (_, name: string) => {
        this.use("namedValue");
        return "${namedValue(" + JSON.stringify(name) + ")}";
      });
    return "`" + holes + "`";
  }

  /** An expression as a TypeScript arrow, or as `csharp(code, twin)` when it has no spelling. */
  expression(value: Extract<ReadValue, { kind: "expression" }>): string {
    const marker = this.markers ? `/* apim-import-expression:${value.offset} */ ` : "";
    let construct: string;
    // A syntax error is reported once, as importExpressionSyntax (APIM3001), at the exact spot;
    // the importKeptCSharp warning (APIM3003) would only repeat it at the expression's start.
    let reported = false;
    if (this.forced.csharp.has(value.offset)) {
      construct = "its TypeScript did not build back to this C# (round trip)";
    } else {
      try {
        const imported = importExpression(value.code, { parameter: (p) => this.parameter(p) });
        for (const name of imported.imports) this.use(name);
        this.counts.typescript++;
        this.expressions.push({ offset: value.offset, typescript: true });
        return marker + imported.text;
      } catch (error) {
        if (error instanceof CSharpSyntaxError) {
          this.problems.push({
            name: "importExpressionSyntax",
            message: `${error.message}: the expression is kept as C#`,
            offset: value.offset + error.offset,
          });
          construct = "C# that does not parse";
          reported = true;
        } else if (error instanceof NotImportable) construct = error.message;
        else throw error;
      }
    }
    this.counts.csharp++;
    this.expressions.push({ offset: value.offset, typescript: false });
    if (!reported)
      this.problems.push({
        name: "importKeptCSharp",
        message: `kept as csharp(...): ${construct}`,
        offset: value.offset,
      });
    this.use("csharp");
    const reason = `not imported yet: ${construct}`;
    // The reason on a line of its own (a leading newline keeps prettier from hanging it after
    // the previous argument's comma), then the call.
    return (
      `${marker}\n// Kept as C#: ${construct.replace(/\n/g, " ")}\n` +
      `csharp(${sourceLiteral(value.code)}, () => {\n throw new Error(${JSON.stringify(reason)});\n})`
    );
  }

  /** Any value: literal text or expression. */
  value(value: ReadValue): string {
    return value.kind === "literal" ? this.literal(value.text) : this.expression(value);
  }
}
