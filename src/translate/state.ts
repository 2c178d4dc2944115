// The state of one expression's translation: the checker, the diagnostics collected so far
// (translation reports and continues, so a build shows every error at once), the C# names in
// use, the bindings of TypeScript symbols to C# expressions, and statements hoisted ahead of the
// statement being translated (helper arguments bound to locals).
import ts from "../compile/typescript.js";
import type { CsExpression, CsStatement } from "../csharp-syntax/syntax.ts";
import { diagnostic, type ApimDiagnostic } from "../diagnostics/diagnostic.ts";
import type { DiagnosticName } from "../diagnostics/codes.ts";
import type { SourceTag } from "../model/source-tag.ts";
import { registerIntegerSite, type IntegerSite } from "../model/integer-sites.ts";
import type { StringMethod } from "./members/string.ts";

/** C# keywords that need `@` to be used as identifiers. */
const CSHARP_KEYWORDS = new Set(
  (
    "abstract as base bool break byte case catch char checked class const continue decimal default delegate do " +
    "double else enum event explicit extern false finally fixed float for foreach goto if implicit in int interface " +
    "internal is lock long namespace new null object operator out override params private protected public readonly " +
    "ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true try typeof uint ulong " +
    "unchecked unsafe ushort using virtual void volatile while"
  ).split(" "),
);

/** The function whose body is being translated: the root expression or an inlined helper. */
export interface FunctionFrame {
  readonly node: ts.SignatureDeclaration;
  /** Build-time values of the function's free variables (from the tagging transform). */
  readonly tag: SourceTag | undefined;
}

/** Where the expression being translated sits, which decides what inlining may hoist. */
export interface Position {
  /** Inside `&&`, `||`, `??`, `?:` branches or a lambda: evaluation is conditional or repeated. */
  readonly conditional: boolean;
  /** The expression is the whole of a return, const initializer or expression statement. */
  readonly statementLevel: boolean;
}

export const TOP: Position = { conditional: false, statementLevel: true };
export const NESTED: Position = { conditional: false, statementLevel: false };
export const CONDITIONAL: Position = { conditional: true, statementLevel: false };

export class TranslationState {
  readonly diagnostics: ApimDiagnostic[] = [];
  readonly bindings = new Map<ts.Symbol, CsExpression>();
  /** Statements to emit before the statement being translated. */
  pending: CsStatement[] = [];
  readonly frames: FunctionFrame[] = [];
  /** Operators translated as C# int/long arithmetic (the harness runs them as C# does). */
  readonly integerSites: IntegerSite[] = [];
  /** Locals are unique in the whole expression: C# forbids a nested scope reusing a name. */
  private readonly locals = new Set<string>();
  private readonly lambdaNamesEverUsed = new Set<string>();
  private readonly activeLambdaNames: string[] = [];

  constructor(
    readonly program: ts.Program,
    readonly checker: ts.TypeChecker,
    /** Test-only seam (TranslateOptions.stringMethods): replaces string mappings by name. */
    readonly stringMethodOverrides: Readonly<Record<string, StringMethod>> = {},
  ) {}

  get frame(): FunctionFrame {
    return this.frames[this.frames.length - 1]!;
  }

  /**
   * Records that an operator (its token: `+`, or the `-` of a negation) computes in C# int or
   * long, so that the harness wraps and throws as C# does there, or in double with a long operand
   * (converted as C# converts it) (src/model/integer-sites.ts).
   */
  integerOperator(operatorToken: ts.Node, kind: "int" | "long" | "double"): void {
    const site: IntegerSite = {
      file: operatorToken.getSourceFile().fileName,
      start: operatorToken.getStart(),
      kind,
    };
    this.integerSites.push(site);
    registerIntegerSite(site);
  }

  /** Records a warning; the translation goes on unchanged. */
  warn(name: DiagnosticName, message: string, node: ts.Node, hint?: string): void {
    this.diagnostics.push(diagnostic(name, message, node, hint));
  }

  report(name: DiagnosticName, message: string, node: ts.Node, hint?: string): CsExpression {
    this.diagnostics.push(diagnostic(name, message, node, hint));
    return { kind: "verbatim", text: "default" };
  }

  /**
   * Records an error on a statement and gives its translation: no statements. An error refuses
   * the whole expression (translate-function.ts prints nothing), so what stands in its place is
   * never read; translation goes on so the build reports every error at once.
   */
  refuse(name: DiagnosticName, message: string, node: ts.Node, hint: string): CsStatement[] {
    this.report(name, message, node, hint);
    return [];
  }

  private unique(base: string, taken: (name: string) => boolean): string {
    const clean = base.replace(/^\$+/, "").replace(/[^A-Za-z0-9_]/g, "_") || "value";
    let candidate = clean;
    for (let n = 2; taken(candidate) || CSHARP_KEYWORDS.has(candidate); n++)
      candidate = `${clean}${n}`;
    return candidate;
  }

  /** Reserves the exact name (e.g. `context`) so nothing else takes it. */
  reserve(name: string): void {
    this.locals.add(name);
  }

  /** A fresh local name: unique among every local and every lambda parameter. */
  local(base: string): string {
    const name = this.unique(base, (n) => this.locals.has(n) || this.lambdaNamesEverUsed.has(n));
    this.locals.add(name);
    return name;
  }

  /** A lambda parameter name: unique among locals and enclosing lambda parameters. */
  lambdaParameter(base: string): string {
    const name = this.unique(base, (n) => this.locals.has(n) || this.activeLambdaNames.includes(n));
    this.activeLambdaNames.push(name);
    this.lambdaNamesEverUsed.add(name);
    return name;
  }

  releaseLambdaParameters(count: number): void {
    this.activeLambdaNames.splice(this.activeLambdaNames.length - count, count);
  }

  /** The symbol a name in source refers to, through import aliases. */
  symbolAt(node: ts.Node): ts.Symbol | undefined {
    // The name of a shorthand property (`{ n }`) is the property there; its value is the
    // variable `n`, which is what a JSON literal's value reads (expressions/json-literals.ts).
    const symbol =
      node.parent && ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node
        ? this.checker.getShorthandAssignmentValueSymbol(node.parent)
        : this.checker.getSymbolAtLocation(node);
    if (!symbol) return undefined;
    return symbol.flags & ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
  }

  typeOf(node: ts.Node): ts.Type {
    return this.checker.getTypeAtLocation(node);
  }
}
