// switch on strings and ints: C#'s switch with the same sections. JavaScript compares with ===,
// C#'s switch compares string cases by value (ordinal) and int cases by value: the same test for
// string and int values, and a null string matches no case in either (it goes to default).
// Differences refused: C# forbids falling through from a non-empty section (CS0163; APIM1072
// says to add `break;`), needs constant labels (a literal or a build-time constant, which the
// translator writes as a literal) and distinct labels (JavaScript takes the first of repeated
// labels; C# does not compile them) (APIM1073).
import ts from "../compile/typescript.js";
import type { CsExpression, CsStatement } from "../csharp-syntax/syntax.ts";
import { csharpType } from "./csharp-types.ts";
import { translateExpression } from "./expressions/index.ts";
import { endsControl } from "./inline.ts";
import { numericKindOf } from "./numeric.ts";
import { NESTED, type TranslationState } from "./state.ts";

type Translate = (state: TranslationState, node: ts.Statement) => CsStatement[];

type Section = { labels: (CsExpression | null)[]; body: CsStatement[] };

function labelKey(label: CsExpression): string | undefined {
  if (label.kind === "string") return `s:${label.value}`;
  if (label.kind === "number") return `n:${Number(label.text)}`;
  return undefined;
}

export function translateSwitch(
  state: TranslationState,
  node: ts.SwitchStatement,
  translate: Translate,
): CsStatement[] {
  const type =
    csharpType(state.checker, state.typeOf(node.expression)) ??
    numericKindOf(state, node.expression);
  if (type !== "string" && type !== "int")
    return state.refuse(
      "switchShape",
      `a switch on '${state.checker.typeToString(state.typeOf(node.expression))}' (C# type ${type ?? "unknown"}) is not translated`,
      node.expression,
      "switch on a string or an int (declare the number as int), or write if/else",
    );
  const expression = translateExpression(state, node.expression, NESTED);
  const sections: Section[] = [];
  const seen = new Set<string>();
  let labels: (CsExpression | null)[] = [];
  const clauses = node.caseBlock.clauses;
  clauses.forEach((clause, index) => {
    if (ts.isDefaultClause(clause)) labels.push(null);
    else {
      const label = translateExpression(state, clause.expression, NESTED);
      const key = labelKey(label);
      if (key === undefined) {
        state.report(
          "switchShape",
          `case '${clause.expression.getText()}' is not a constant C# can switch on`,
          clause.expression,
          "use a string or int literal, or a module constant known when the policy is built",
        );
      } else if (seen.has(key)) {
        state.report(
          "switchShape",
          `case '${clause.expression.getText()}' repeats an earlier label (JavaScript takes the first; C# does not compile it)`,
          clause.expression,
          "remove the repeated case",
        );
      } else {
        seen.add(key);
        labels.push(label);
      }
    }
    const body = clause.statements.flatMap((statement) => translate(state, statement));
    const last = index === clauses.length - 1;
    // An empty section shares the next one's body, in both languages.
    if (body.length === 0 && !last) return;
    if (!endsControl(body)) {
      if (!last) {
        state.report(
          "switchFallThrough",
          "this case falls through into the next one, which C# forbids",
          clause,
          'end the case with break; (or return, throw, continue); to share code, list the labels together: case "a": case "b":',
        );
      }
      // Leaving the last section by its end ends the switch in JavaScript: C# needs the break.
      body.push({ kind: "break" });
    }
    sections.push({ labels, body });
    labels = [];
  });
  return [{ kind: "switch", expression, sections }];
}
