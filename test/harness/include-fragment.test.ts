// include-fragment: the fragment runs in place; a fragment that is not configured is refused.
import { describe, expect, it } from "vitest";
import {
  Convert,
  choose,
  fragment,
  includeFragment,
  policy,
  setVariable,
  trace,
  when,
} from "apim-ts";
import { createGateway, HarnessRefusal } from "apim-ts/harness";

describe("include-fragment", () => {
  it("runs the fragment's statements where it is included", async () => {
    const result = await createGateway({
      fragments: {
        common: fragment([
          trace({ source: "fragment", message: "in" }),
          setVariable("fromFragment", "yes"),
        ]),
      },
      policies: {
        operation: policy({
          inbound: [
            trace({ source: "before", message: "b" }),
            includeFragment("common"),
            trace({ source: "after", message: "a" }),
          ],
        }),
      },
    }).send();
    expect(result.traces.map((t) => t.source)).toEqual(["before", "fragment", "after"]);
    expect(result.variables.fromFragment).toEqual({ type: "string", value: "yes" });
  });

  it("refuses a fragment that is not configured", async () => {
    await expect(
      createGateway({
        policies: { operation: policy({ inbound: [includeFragment("missing")] }) },
      }).send(),
    ).rejects.toThrow(HarnessRefusal);
  });

  it("a failure inside the fragment is located at the including statement's place (project's choice)", async () => {
    // docs/project-choices.md: an included fragment keeps the including statement's scope and path.
    const result = await createGateway({
      fragments: {
        failing: fragment([
          setVariable("v", () => Convert.ToBase64String(Convert.FromBase64String("%%%"))),
        ]),
      },
      policies: {
        operation: policy({
          inbound: [choose(when(() => true, [includeFragment("failing")]))],
        }),
      },
    }).send();
    expect(result.lastError).toMatchObject({
      Source: "set-variable",
      Scope: "operation",
      Section: "inbound",
      Path: "choose[1]\\when[1]",
    });
    expect(result.logText).toContain("include-fragment failing");
  });
});
