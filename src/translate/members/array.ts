// JavaScript array members and their LINQ equivalents (System.Linq.Enumerable is on APIM's
// allow-list). Callbacks must take one parameter: C#'s Where/Select overloads with an index exist
// but JavaScript also passes the array, and mixing the two invites mistakes.
import ts from "../../compile/typescript.js";
import { cs, type CsExpression } from "../../csharp-syntax/syntax.ts";
import { csharpType } from "../csharp-types.ts";
import type { MemberCall, MemberMapping } from "./member-call.ts";

function oneArgument(c: MemberCall): boolean {
  if (c.args.length === 1) return true;
  c.state.report(
    "unsupportedMember",
    "this array method takes exactly one argument here",
    c.node,
    "pass only the callback or value (no thisArg or start index)",
  );
  return false;
}

/** The C# type of the array's elements, from the receiver's type. */
function elementType(c: MemberCall): string | undefined {
  const receiver = (c.node.expression as ts.PropertyAccessExpression).expression;
  const type = csharpType(c.state.checker, c.state.typeOf(receiver));
  return type?.endsWith("[]") ? type.slice(0, -2) : undefined;
}

export const ARRAY_METHODS: Readonly<Record<string, MemberMapping>> = {
  some: (c) => (oneArgument(c) ? cs.method(c.target, "Any", c.args) : c.target),
  every: (c) => (oneArgument(c) ? cs.method(c.target, "All", c.args) : c.target),
  find: (c) => {
    if (!oneArgument(c)) return c.target;
    const element = elementType(c);
    // FirstOrDefault yields default(T): null for reference types (as undefined), but 0 or false
    // for value types, which JavaScript would report as undefined.
    if (element !== "string" && element !== "byte[]" && element !== "string[]") {
      c.state.report(
        "unsupportedMember",
        `find over ${element ?? "these"} values would yield a default value instead of undefined in C#`,
        c.node,
        "use some(...) to test, then read the value",
      );
      return c.target;
    }
    return cs.method(c.target, "FirstOrDefault", c.args);
  },
  filter: (c) =>
    oneArgument(c) ? cs.method(cs.method(c.target, "Where", c.args), "ToArray", []) : c.target,
  map: (c) =>
    oneArgument(c) ? cs.method(cs.method(c.target, "Select", c.args), "ToArray", []) : c.target,
  includes: (c) => (oneArgument(c) ? cs.method(c.target, "Contains", c.args) : c.target),
  join: (c) => {
    const element = elementType(c);
    if (c.args.length > 1 || (element !== "string" && element !== "int")) {
      c.state.report(
        "unsupportedMember",
        "join is translated for one separator over strings or ints (other values are formatted differently)",
        c.node,
        'map the values to strings first and pass one separator: a.map((x) => x.ToString()).join(",")',
      );
      return c.target;
    }
    // string.Join writes null elements as "", as Array.prototype.join does.
    return cs.call(cs.member(cs.id("string"), "Join"), [c.args[0] ?? cs.str(","), c.target]);
  },
};

/** Property reads on arrays and byte arrays. */
export const ARRAY_PROPERTIES: Readonly<Record<string, (target: CsExpression) => CsExpression>> = {
  length: (target) => cs.member(target, "Length"),
};
