// <include-fragment>: runs the fragment's statements in place, as if written here. The fragment's
// statements keep the including statement's scope and path (chosen: APIM documents neither).
import type { IncludeFragment } from "../../../src/policies/include-fragment.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runIncludeFragment: PolicyHandler<IncludeFragment> = (run) => {
  const fragment = run.gateway.fragment(run.statement.fragmentId);
  run.note(`include-fragment ${run.statement.fragmentId}`);
  return run.block(fragment.statements, []);
};
