// Translates one C# policy expression (a tree-sitter tree) back to the TypeScript the translator
// would turn into it: `@(...)` becomes `(context) => expression`, `@{...}` a block-bodied arrow.
// Every construct is mapped by the contract of docs/translation.md read backwards (operators,
// members via member-table.ts, casts as `as T`, TryParse and others not at all); the first
// construct without a TypeScript spelling stops the translation with its name, and the caller
// keeps the whole expression as `csharp(code, twin)`.
import { parsePolicyExpression, type CsNode } from "./csharp-parser.ts";
import {
  reverseMembers,
  STATIC_VALUES,
  CULTURE_SENSITIVE,
  TO_ARRAY_PAIRS,
  TYPE_NAMES,
  TYPE_ONLY,
  type Shape,
} from "./member-table.ts";
import { stringLiteralValue } from "./csharp-literals.ts";
import { positionalValue } from "./named-arguments.ts";
import { assignedLocals, importStatements } from "./statement-import.ts";
import { namedValueReference, namedValueTokens } from "../model/named-value.ts";

/** The construct that has no TypeScript spelling (shown in the module's comment). */
export class NotImportable extends Error {}

/** What translating one expression produced. */
export interface ImportedExpression {
  /** The TypeScript arrow function's text. */
  readonly text: string;
  /** apim-ts exports it uses (values and types). */
  readonly imports: ReadonlySet<string>;
}

/** Module-level names the expression may refer to (Terraform placeholders). */
export interface ExpressionScope {
  /** A string value `${name}` kept as a build-time parameter: its TypeScript const. */
  parameter(placeholder: string): string | undefined;
}

interface Result {
  readonly text: string;
  readonly shape: Shape;
  /** Typed `T | null` in apim-ts's declarations: a receiver gets `!` (C# has no such check). */
  readonly nullable?: boolean;
}

/** Members and calls apim-ts declares as possibly null (src/context, src/dotnet). */
const NULLABLE_MEMBERS = new Set(["Body", "Certificate"]);
const NULLABLE_CALLS = new Set(["FirstOrDefault", "SingleOrDefault", "UrlDecode", "UrlEncode"]);
/** Model members apim-ts declares as strings (src/context/context.ts, src/dotnet/x509-certificate2.ts). */
const STRING_MEMBERS = new Set([
  "Path",
  "Method",
  "IpAddress",
  "Host",
  "Scheme",
  "QueryString",
  "Thumbprint",
  "Subject",
  "Issuer",
  "SerialNumber",
  "StatusReason",
]);
/** Calls whose result is a string, where later members depend on it. */
const STRING_CALLS = new Set([
  "UrlDecode",
  "UrlEncode",
  "ToString",
  "Replace",
  "Substring",
  "ToBase64String",
  "Join",
  "Format",
]);

/** A receiver: `x!` when x may be null in TypeScript's view. */
const receiver = (r: Result) => (r.nullable ? `${r.text}!` : r.text);

// A named value token as APIM finds it in the policy text.
const NAMED_TOKEN = namedValueTokens();

const BINARY = new Set(["&&", "||", "??", "+", "-", "*", "/", "%", "<", ">", "<=", ">="]);

export class ExpressionImporter {
  readonly imports = new Set<string>();
  private readonly members = reverseMembers((node) => this.literalValue(node));
  readonly locals = new Set<string>(["context"]);
  /** What each local was initialised with, where known (string members depend on it). */
  readonly localShapes = new Map<string, Shape>();
  /** Locals declared with a type and no value, waiting for an `out` argument. */
  readonly outTargets = new Set<string>();
  /** The `out` local the last call bound (read by the declaration that holds the call). */
  lastOut: string | undefined;
  /** Whether the expression being imported is a `var` declaration's value (only there is out read). */
  outAllowed = false;

  constructor(
    private readonly namedValues: ReadonlyMap<string, string>,
    private readonly scope: ExpressionScope,
  ) {}

  refuse(construct: string): never {
    throw new NotImportable(construct);
  }

  literalValue(node: CsNode): unknown {
    if (
      node.type === "string_literal" ||
      node.type === "verbatim_string_literal" ||
      node.type === "character_literal"
    )
      return stringLiteralValue(node);
    return undefined;
  }

  field(node: CsNode, name: string): CsNode {
    const child = node.childForFieldName(name);
    if (!child) this.refuse(`${node.type} without ${name}`);
    return child;
  }

  /** Arguments of an argument_list (no `out`, `ref` or named arguments). */
  arguments(list: CsNode | null): CsNode[] {
    if (!list) return [];
    const all = list.namedChildren;
    const taken: CsNode[] = [];
    all.forEach((argument, index) => {
      if (!argument || argument.type !== "argument") this.refuse("an argument form");
      // `out n` into a declared local, or `out var n` / `out int n` declared inline.
      const out = /^out\s+(?:(?:var|[A-Za-z_][\w.]*(?:\[\])?)\s+)?([A-Za-z_]\w*)$/.exec(
        argument.text,
      );
      const inline = out !== null && argument.text.replace(/^out\s+/, "").includes(" ");
      // `M(..., out y)` into a declared local: the declaration statement writes `const [x, y] = M(...)`
      // (src/dotnet/types.ts: TryParse returns [ok, result]; TryGetValue likewise).
      if (
        out &&
        index === all.length - 1 &&
        this.outAllowed &&
        (inline ? !this.locals.has(out[1]!) : this.outTargets.has(out[1]!)) &&
        !this.lastOut
      ) {
        this.lastOut = out[1]!;
        return;
      }
      const positional = positionalValue(argument);
      if (positional) {
        taken.push(positional);
        return;
      }
      if (out)
        this.refuse(
          `the argument '${argument.text}' (out, ref or named): only \`var ok = M(..., ${argument.text})\` imports, as \`const [ok, ${out[1]}] = M(...)\``,
        );
      if (argument.namedChildCount !== 1 || /^(out|ref|in)\s/.test(argument.text))
        this.refuse(`the argument '${argument.text}' (out, ref or named)`);
      taken.push(argument.namedChildren[0]!);
    });
    return taken;
  }

  type(node: CsNode): string {
    const name = TYPE_NAMES[node.text.replace(/\s/g, "")];
    if (!name) this.refuse(`the C# type '${node.text}'`);
    if (name !== "string" && name !== "boolean")
      this.imports.add(TYPE_ONLY.has(name) ? `type ${name}` : name);
    return name;
  }

  text(node: CsNode): string {
    return this.expression(node).text;
  }

  expression(node: CsNode): Result {
    switch (node.type) {
      case "parenthesized_expression":
        return {
          text: `(${this.text(node.namedChildren[0]!)})`,
          shape: this.expression(node.namedChildren[0]!).shape,
        };
      case "identifier":
        return this.identifier(node);
      case "predefined_type":
        if (!STATIC_VALUES.has(node.text)) this.refuse(`the type '${node.text}' as a value`);
        this.imports.add(node.text);
        return { text: node.text, shape: "unknown" };
      case "integer_literal":
        if (!/^[0-9]+$/.test(node.text)) this.refuse(`the number literal '${node.text}'`);
        return { text: node.text, shape: "unknown" };
      case "real_literal":
        if (!/^[0-9]+\.[0-9]+$/.test(node.text)) this.refuse(`the number literal '${node.text}'`);
        return { text: node.text, shape: "unknown" };
      case "boolean_literal":
        return { text: node.text, shape: "unknown" };
      case "null_literal":
        return { text: "null", shape: "unknown" };
      case "string_literal":
      case "verbatim_string_literal":
        // namedValue() is written back as the regular literal "{{name}}"; in @"..." APIM pastes
        // the same text where a backslash is no escape, so the value would read differently.
        if (node.type === "verbatim_string_literal" && NAMED_TOKEN.test(node.text))
          this.refuse(
            'a named value inside a verbatim string @"..." (namedValue() reads it as "...")',
          );
        return { text: this.stringText(stringLiteralValue(node)), shape: "string" };
      case "interpolated_string_expression":
        return this.interpolated(node);
      case "binary_expression":
        return this.binary(node);
      case "prefix_unary_expression": {
        const operator = node.children[0]!.text;
        if (operator !== "!" && operator !== "-") this.refuse(`the operator '${operator}'`);
        return { text: `${operator}(${this.text(node.namedChildren[0]!)})`, shape: "unknown" };
      }
      case "conditional_expression":
        return this.conditional(node);
      case "cast_expression": {
        const type = this.type(this.field(node, "type"));
        const value = this.text(this.field(node, "value"));
        // casts.ts: `as string | null` (a reference type may be null), `as int` for numbers.
        return {
          text: `((${value}) as ${type === "string" ? "string | null" : type})`,
          shape: type === "string" ? "string" : "unknown",
        };
      }
      case "member_access_expression":
        return this.memberAccess(node);
      case "conditional_access_expression":
        return this.conditionalAccess(node);
      case "element_access_expression": {
        const target = this.text(this.field(node, "expression"));
        const args = this.arguments(this.field(node, "subscript"));
        if (args.length !== 1) this.refuse("an indexer with several arguments");
        return { text: `${target}[${this.text(args[0]!)}]`, shape: "unknown" };
      }
      case "invocation_expression":
        return this.invocation(node);
      case "lambda_expression":
        return this.lambda(node);
      default:
        return this.refuse(`the C# construct '${node.type.replace(/_/g, " ")}'`);
    }
  }

  identifier(node: CsNode): Result {
    const name = node.text;
    const named = this.namedValues.get(name);
    if (named !== undefined) {
      this.imports.add("namedBoolean");
      return { text: `namedBoolean(${JSON.stringify(named)})`, shape: "unknown" };
    }
    if (this.locals.has(name))
      return { text: name, shape: this.localShapes.get(name) ?? "unknown" };
    if (STATIC_VALUES.has(name)) {
      this.imports.add(name);
      return { text: name, shape: "unknown" };
    }
    return this.refuse(`the name '${name}' (not context, a local or a declared .NET type)`);
  }

  stringText(value: string): string {
    const named = namedValueReference(value);
    if (named !== undefined) {
      this.imports.add("namedValue");
      return `namedValue(${JSON.stringify(named)})`;
    }
    const parameter = /^\$\{([A-Za-z_]\w*)\}$/.exec(value) && this.scope.parameter(value);
    return parameter ?? JSON.stringify(value);
  }

  interpolated(node: CsNode): Result {
    let out = "`";
    for (const part of node.namedChildren) {
      if (!part) continue;
      if (part.type === "interpolation_start" || part.type === "interpolation_quote") continue;
      if (part.type === "string_content") {
        // APIM pastes a named value's text here, where its braces would open holes: only
        // `{"{{name}}"}` (a hole holding a regular literal) reads it as namedValue() does.
        if (NAMED_TOKEN.test(part.text))
          this.refuse(
            'a named value in an interpolated string\'s text (write it as a hole: {"{{name}}"})',
          );
        out += part.text
          .replace(/[`\\]|\$\{/g, (m) => `\\${m}`)
          .replace(/\{\{/g, "{")
          .replace(/\}\}/g, "}");
      } else if (part.type === "escape_sequence")
        out += JSON.stringify(stringLiteralValue(part)).slice(1, -1).replace(/`/g, "\\`");
      else if (part.type === "interpolation") {
        const inner = part.namedChildren.filter((c) => c && c.type !== "interpolation_brace");
        if (inner.length !== 1) this.refuse("an interpolation with alignment or a format string");
        out += "${" + this.text(inner[0]!) + "}";
      } else this.refuse(`'${part.type}' in an interpolated string`);
    }
    if (node.text.startsWith("$@") || node.text.startsWith("@$"))
      this.refuse("a verbatim interpolated string");
    return { text: out + "`", shape: "string" };
  }

  binary(node: CsNode): Result {
    const left = this.field(node, "left");
    const right = this.field(node, "right");
    const operator = this.field(node, "operator").text;
    const l = this.expression(left);
    const r = this.expression(right);
    const withNull = left.type === "null_literal" || right.type === "null_literal";
    let ts: string;
    if (operator === "==" || operator === "!=") ts = withNull ? operator : `${operator}=`;
    else if (BINARY.has(operator)) ts = operator;
    else return this.refuse(`the operator '${operator}'`);
    const shape =
      operator === "+" && (l.shape === "string" || r.shape === "string") ? "string" : "unknown";
    return { text: `(${l.text}) ${ts} (${r.text})`, shape };
  }

  conditional(node: CsNode): Result {
    const condition = this.text(this.field(node, "condition"));
    const yes = this.expression(this.field(node, "consequence"));
    const no = this.expression(this.field(node, "alternative"));
    const shape = yes.shape === no.shape ? yes.shape : "unknown";
    return { text: `(${condition}) ? (${yes.text}) : (${no.text})`, shape };
  }

  memberAccess(node: CsNode): Result {
    const target = this.expression(this.field(node, "expression"));
    const name = this.field(node, "name");
    if (name.type !== "identifier") this.refuse(`the member '${name.text}'`);
    if (name.text === "Length") return { text: `${receiver(target)}.length`, shape: "unknown" };
    const shape = STRING_MEMBERS.has(name.text) ? "string" : "unknown";
    return {
      text: `${receiver(target)}.${name.text}`,
      shape,
      nullable: NULLABLE_MEMBERS.has(name.text),
    };
  }

  conditionalAccess(node: CsNode): Result {
    const target = this.text(node.namedChildren[0]!);
    const binding = node.namedChildren[1];
    if (binding?.type !== "member_binding_expression") this.refuse("this form of '?.'");
    const name = binding.childForFieldName("name") ?? binding.namedChildren[0];
    if (!name || name.type !== "identifier") this.refuse("this form of '?.'");
    return { text: `${target}?.${name.text}`, shape: "unknown", nullable: true };
  }

  invocation(node: CsNode): Result {
    const callee = this.field(node, "function");
    const args = this.arguments(node.childForFieldName("arguments"));
    if (callee.type !== "member_access_expression") this.refuse(`calling '${callee.text}'`);
    const targetNode = this.field(callee, "expression");
    const nameNode = this.field(callee, "name");
    let name = nameNode.text;
    let typeArguments = "";
    if (nameNode.type === "generic_name") {
      name = nameNode.namedChildren[0]!.text;
      const list = nameNode.namedChildren[1]!;
      typeArguments = `<${list.namedChildren.map((t) => this.type(t!)).join(", ")}>`;
    }
    // array.ts: filter and map become Where/Select followed by ToArray().
    if (name === "ToArray" && args.length === 0 && targetNode.type === "invocation_expression") {
      const inner = targetNode.childForFieldName("function");
      const innerName = inner?.childForFieldName("name")?.text ?? "";
      const innerArgs = this.arguments(targetNode.childForFieldName("arguments"));
      if (
        inner?.type === "member_access_expression" &&
        TO_ARRAY_PAIRS[innerName] &&
        innerArgs.length === 1
      ) {
        const list = this.expression(inner.childForFieldName("expression")!);
        if (list.shape === "array")
          return {
            text: `${receiver(list)}.${TO_ARRAY_PAIRS[innerName]}(${this.text(innerArgs[0]!)})`,
            shape: "array",
          };
      }
    }
    // array.ts: `arr.join(sep)` becomes `string.Join(sep, arr)`.
    if (targetNode.text === "string" && name === "Join" && args.length === 2) {
      const list = this.expression(args[1]!);
      if (list.shape === "array")
        return { text: `${list.text}.join(${this.text(args[0]!)})`, shape: "string" };
    }
    const target = this.expression(targetNode);
    const ordinal = Object.hasOwn(CULTURE_SENSITIVE, name) ? CULTURE_SENSITIVE[name] : undefined;
    if (
      ordinal &&
      args.length === 1 &&
      args[0]!.type !== "character_literal" &&
      target.shape !== "array"
    )
      this.refuse(
        `culture-sensitive ${name}(${args[0]!.text}): write ${receiver(target)}.${ordinal}(...) only if ordinal is meant (docs/translation.md, "What TypeScript becomes")`,
      );
    const reverse = Object.hasOwn(this.members, name) ? this.members[name] : undefined;
    if (reverse && !typeArguments && reverse.receivers.includes(target.shape)) {
      const built = reverse.build(receiver(target), args, (n) => this.text(n));
      if (built !== undefined) return { text: built, shape: reverse.result };
    }
    if (reverse && target.shape !== "unknown")
      this.refuse(`this form of ${name}(...) on a ${target.shape}`);
    // An index into an array is written ElementAtOrDefault(i) (JavaScript gives undefined past the end).
    if (name === "ElementAtOrDefault" && args.length === 1 && !typeArguments)
      return { text: `${target.text}![${this.text(args[0]!)}]!`, shape: "unknown" };
    // model.ts: IMessageBody.As<T> is declared without T (it reads text) and written As<string>.
    if (name === "As" && typeArguments === "<string>") typeArguments = "";
    const text = `${receiver(target)}.${name}${typeArguments}(${args.map((a) => this.text(a)).join(", ")})`;
    const nullable =
      NULLABLE_CALLS.has(name) ||
      (name === "GetValueOrDefault" &&
        args.length === 1 &&
        typeArguments !== "<int>" &&
        typeArguments !== "<boolean>");
    return { text, shape: this.resultShape(name, typeArguments, args), nullable };
  }

  /** What a model call returns, where it decides a later member's mapping. */
  resultShape(name: string, typeArguments: string, args: readonly CsNode[]): Shape {
    if (STRING_CALLS.has(name) || typeArguments === "<string>") return "string";
    if (name === "Split") return "array";
    if (name === "GetValueOrDefault" && args.length === 2 && args[1]!.type === "string_literal")
      return "string";
    return "unknown";
  }

  lambda(node: CsNode): Result {
    const parameters = this.field(node, "parameters");
    const body = this.field(node, "body");
    if (body.type === "block") this.refuse("a lambda with a block body");
    const names =
      parameters.type === "implicit_parameter" || parameters.type === "identifier"
        ? [parameters.text]
        : parameters.namedChildren.map((p) =>
            p?.namedChildCount === 1 ? p.text : this.refuse("a typed lambda parameter"),
          );
    if (names.length !== 1) this.refuse("a lambda with several parameters");
    const added = names.filter((n) => !this.locals.has(n));
    for (const n of added) this.locals.add(n);
    const text = `(${names.join(", ")}) => ${this.text(body)}`;
    for (const n of added) this.locals.delete(n);
    return { text: `(${text})`, shape: "unknown" };
  }
}

/**
 * Translates `@(...)` / `@{...}` to a TypeScript arrow of `context`. Throws a CSharpSyntaxError
 * when the C# does not parse, NotImportable when it has no TypeScript spelling.
 */
export function importExpression(code: string, scope: ExpressionScope): ImportedExpression {
  const parsed = parsePolicyExpression(code);
  const importer = new ExpressionImporter(parsed.namedValues, scope);
  if (parsed.form === "expression")
    return { text: `(context) => ${importer.text(parsed.node)}`, imports: importer.imports };
  const statements = parsed.node.namedChildren.filter((n): n is CsNode => n !== null);
  const body = importStatements(importer, statements, assignedLocals(parsed.node));
  return { text: `(context) => {\n${body}\n}`, imports: importer.imports };
}
