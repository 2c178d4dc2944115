// C# named arguments whose position is known: `Body.As<JObject>(preserveContent: true)` is the
// same call as `Body.As<JObject>(true)` because preserveContent is As's first parameter (context.ts,
// IMessageBody.As; api-management-policy-expressions.md, "Context variable": "As<T>(bool
// preserveContent = false)"). The importer writes such an argument positionally, and the round
// trip's normaliser reads it positionally, so the build's `As<JObject>(true)` compares equal. A
// named argument of a member not listed here, or not at its parameter's position, stays as C#.
import type { CsNode } from "./csharp-parser.ts";

/** Parameter names by position, per member name (only members whose declaration apim-ts has). */
export const NAMED_PARAMETERS: Readonly<Record<string, readonly string[]>> = {
  As: ["preserveContent"],
};

/** The invoked member's name of an argument_list (`x.As<T>(...)` gives "As"), if any. */
function invokedName(list: CsNode): string | undefined {
  const invocation = list.parent;
  if (invocation?.type !== "invocation_expression") return undefined;
  const callee = invocation.childForFieldName("function");
  const name =
    callee?.type === "member_access_expression" ? callee.childForFieldName("name") : null;
  if (!name) return undefined;
  return name.type === "generic_name" ? name.namedChildren[0]?.text : name.text;
}

/**
 * The value of a named `argument` node that stands at its parameter's own position (so it can be
 * written positionally), or undefined when the argument is not named or its position is unknown.
 */
export function positionalValue(argument: CsNode): CsNode | undefined {
  const name = argument.childForFieldName("name");
  const list = argument.parent;
  if (!name || list?.type !== "argument_list") return undefined;
  const member = invokedName(list);
  const parameters =
    member && Object.hasOwn(NAMED_PARAMETERS, member) ? NAMED_PARAMETERS[member] : undefined;
  const index = list.namedChildren.findIndex((c) => c?.id === argument.id);
  if (parameters?.[index] !== name.text) return undefined;
  if (argument.children.some((c) => c?.type === "out" || c?.type === "ref" || c?.type === "in"))
    return undefined;
  const values = argument.namedChildren.filter((c): c is CsNode => c !== null && c.id !== name.id);
  return values.length === 1 ? values[0] : undefined;
}
