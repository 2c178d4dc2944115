// <set-query-parameter>: acts on the request URL's query (set-query-parameter-policy.md, Attributes):
// override replaces the parameter's values with the listed ones (several <value>s give it several
// times), skip keeps an existing parameter, append adds the values to the existing ones, delete
// removes it. Chosen where the page is silent: names match case-insensitively, as context.Request
// .Url.Query reads them (url.ts); `append` adds `name=value` pairs (the page's "appends the value to
// the existing query parameter value" read as set-header's append); a value whose expression gives
// null is left out, as in set-header.
import { QUERY_EXISTS_ACTIONS } from "../../../src/policies/set-query-parameter.ts";
import type { SetQueryParameter } from "../../../src/policies/set-query-parameter.ts";
import type { ExistsAction } from "../../../src/policies/set-header.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";

type Pair = [string, string];

/** The query after `action` on `name` (any case): new values stand where the parameter first stood. */
function rewriteQuery(
  url: URL,
  name: string,
  action: ExistsAction,
  values: readonly string[],
): void {
  const lower = name.toLowerCase();
  const matches = ([key]: Pair) => key.toLowerCase() === lower;
  const pairs: Pair[] = [...url.searchParams];
  const added: Pair[] = values.map((value) => [name, value]);
  let result: Pair[];
  // delete is override with no values: every occurrence goes, nothing takes its place.
  if (action === "append") {
    const last = pairs.findLastIndex(matches);
    result =
      last < 0
        ? [...pairs, ...added]
        : [...pairs.slice(0, last + 1), ...added, ...pairs.slice(last + 1)];
  } else {
    const first = pairs.findIndex(matches);
    const before = first < 0 ? pairs : pairs.slice(0, first);
    const after = first < 0 ? [] : pairs.slice(first).filter((pair) => !matches(pair));
    result = [...before, ...added, ...after];
  }
  url.search = new URLSearchParams(result).toString();
}

export const runSetQueryParameter: PolicyHandler<SetQueryParameter> = (run) => {
  const { statement } = run;
  const name = run.text(statement.name, "name");
  if (name === null || name.trim() === "") {
    throw new HarnessRefusal(
      `set-query-parameter: the name evaluated to '${String(name)}'; the reference page does not say what APIM does`,
    );
  }
  const action = (
    statement.existsAction === undefined
      ? "override"
      : run.text(statement.existsAction, "exists-action")
  ) as ExistsAction;
  if (!QUERY_EXISTS_ACTIONS.includes(action)) {
    throw new HarnessRefusal(
      `set-query-parameter '${name}': exists-action '${action}' is not one of ${QUERY_EXISTS_ACTIONS.join(", ")}`,
    );
  }
  const url = run.execution.request.url;
  const exists = [...url.searchParams.keys()].some(
    (key) => key.toLowerCase() === name.toLowerCase(),
  );
  if (action === "delete") {
    rewriteQuery(url, name, "override", []);
    run.note(`set-query-parameter ${name}: deleted`);
    return;
  }
  if (action === "skip" && exists) {
    run.note(`set-query-parameter ${name}: exists, skipped`);
    return;
  }
  const values = statement.values
    .map((value, index) => run.text(value, `value[${index + 1}]`))
    .filter((value) => value !== null);
  rewriteQuery(url, name, action, values);
  run.note(`set-query-parameter ${name} (${action}): ${values.join(",")}`);
};
