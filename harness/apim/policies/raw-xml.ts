// raw-xml: the harness has no semantics for a verbatim element, so it refuses to run it rather
// than skip it (a test over a skipped policy would pass for the wrong reason).
import type { RawXml } from "../../../src/policies/raw-xml.ts";
import { HarnessRefusal } from "../harness-refusal.ts";
import type { PolicyHandler } from "../policy-run.ts";

export const runRawXml: PolicyHandler<RawXml> = (run) => {
  const element = /^<([A-Za-z][\w-]*)/.exec(run.statement.xml)?.[1] ?? "?";
  throw new HarnessRefusal(
    `The harness cannot run the raw-xml element <${element}> (${run.frame.section} @ ${run.frame.scope}): it has no ` +
      "semantics for it. Use a builder with harness support, or keep this policy out of the document under test.",
  );
};
