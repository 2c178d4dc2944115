// A small C# syntax tree: what the translator builds and the printer writes. Nodes carry no
// parentheses or layout; the printer derives both. Types are C# spellings ("string", "int",
// "byte[]", "DateTime"), or undefined where the translator does not need to know.

export type CsExpression =
  | { readonly kind: "identifier"; readonly name: string }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly text: string }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "null" }
  | { readonly kind: "char"; readonly value: string }
  /** Text APIM substitutes before compiling, e.g. a named value token `{{name}}`. */
  | { readonly kind: "verbatim"; readonly text: string }
  | {
      readonly kind: "member";
      readonly target: CsExpression;
      readonly name: string;
      readonly conditional?: boolean;
    }
  | { readonly kind: "index"; readonly target: CsExpression; readonly index: CsExpression }
  | {
      readonly kind: "call";
      readonly target: CsExpression;
      readonly typeArguments?: readonly string[];
      readonly arguments: readonly CsExpression[];
    }
  | { readonly kind: "new"; readonly type: string; readonly arguments: readonly CsExpression[] }
  | {
      readonly kind: "new-array";
      readonly elementType?: string;
      readonly elements: readonly CsExpression[];
    }
  | {
      readonly kind: "binary";
      readonly operator: CsBinaryOperator;
      readonly left: CsExpression;
      readonly right: CsExpression;
    }
  | { readonly kind: "unary"; readonly operator: "!" | "-" | "~"; readonly operand: CsExpression }
  | { readonly kind: "cast"; readonly type: string; readonly operand: CsExpression }
  | {
      readonly kind: "conditional";
      readonly condition: CsExpression;
      readonly whenTrue: CsExpression;
      readonly whenFalse: CsExpression;
    }
  | { readonly kind: "lambda"; readonly parameters: readonly string[]; readonly body: CsExpression }
  | { readonly kind: "interpolated"; readonly parts: readonly (string | CsExpression)[] }
  | { readonly kind: "assign"; readonly target: CsExpression; readonly value: CsExpression }
  /** An `out` argument: `out name` (a local declared before the call). */
  | { readonly kind: "out"; readonly name: string };

export type CsBinaryOperator =
  | "=="
  | "!="
  | "<"
  | ">"
  | "<="
  | ">="
  | "&&"
  | "||"
  | "??"
  | "+"
  | "-"
  | "*"
  | "/"
  | "%"
  | "&"
  | "|"
  | "^"
  | "<<"
  | ">>";

export type CsStatement =
  | {
      readonly kind: "declare";
      readonly type: string;
      readonly name: string;
      readonly initializer?: CsExpression;
    }
  | { readonly kind: "return"; readonly expression: CsExpression }
  | {
      readonly kind: "if";
      readonly condition: CsExpression;
      readonly then: readonly CsStatement[];
      readonly else?: readonly CsStatement[];
    }
  | {
      readonly kind: "foreach";
      readonly name: string;
      readonly collection: CsExpression;
      readonly body: readonly CsStatement[];
    }
  | { readonly kind: "expression"; readonly expression: CsExpression }
  | {
      readonly kind: "while";
      readonly condition: CsExpression;
      readonly body: readonly CsStatement[];
    }
  /** `for (initializer; condition; increment) { }`; the initializer is one declaration. */
  | {
      readonly kind: "for";
      readonly initializer: CsStatement;
      readonly condition: CsExpression;
      readonly increment: CsExpression;
      readonly body: readonly CsStatement[];
    }
  | { readonly kind: "break" }
  | { readonly kind: "continue" }
  /** `switch (x) { case 1: case 2: ...; default: ... }`: a null label stands for `default`. */
  | {
      readonly kind: "switch";
      readonly expression: CsExpression;
      readonly sections: readonly {
        readonly labels: readonly (CsExpression | null)[];
        readonly body: readonly CsStatement[];
      }[];
    }
  /** `throw expression;` */
  | { readonly kind: "throw"; readonly expression: CsExpression }
  /** `try { } catch (Exception name) { } finally { }`: at least one of catch and finally. */
  | {
      readonly kind: "try";
      readonly body: readonly CsStatement[];
      readonly catch?: { readonly name?: string; readonly body: readonly CsStatement[] };
      readonly finally?: readonly CsStatement[];
    };

/** A policy expression: `@(expression)` or `@{ statements }`. */
export type CsPolicyExpression =
  | { readonly kind: "single"; readonly expression: CsExpression }
  | { readonly kind: "block"; readonly statements: readonly CsStatement[] };

export const cs = {
  id: (name: string): CsExpression => ({ kind: "identifier", name }),
  str: (value: string): CsExpression => ({ kind: "string", value }),
  member: (target: CsExpression, name: string, conditional = false): CsExpression => ({
    kind: "member",
    target,
    name,
    conditional,
  }),
  call: (
    target: CsExpression,
    args: readonly CsExpression[],
    typeArguments?: readonly string[],
  ): CsExpression => ({
    kind: "call",
    target,
    arguments: args,
    typeArguments,
  }),
  method: (target: CsExpression, name: string, args: readonly CsExpression[]): CsExpression => ({
    kind: "call",
    target: { kind: "member", target, name },
    arguments: args,
  }),
  binary: (operator: CsBinaryOperator, left: CsExpression, right: CsExpression): CsExpression => ({
    kind: "binary",
    operator,
    left,
    right,
  }),
};
