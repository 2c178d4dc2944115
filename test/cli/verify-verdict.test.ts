// What `apim-ts verify` concludes: a team relying on the proof in CI must be able to tell "every
// evaluation agreed" from "no test evaluated anything", which proves nothing.
import { describe, expect, it } from "vitest";
import { verifyVerdict } from "../../cli/verify-command.ts";

describe("verify's verdict", () => {
  it("is OK with the proof when evaluations were replayed without divergence", () => {
    expect(verifyVerdict(true, { evaluations: 3, expressions: 2 })).toContain(
      "verify OK: the C# means what the TypeScript meant",
    );
  });
  it("says nothing was replayed when the tests evaluated no expression", () => {
    const verdict = verifyVerdict(true, { evaluations: 0, expressions: 4 });
    expect(verdict).toContain("nothing was replayed");
    expect(verdict).toContain("4 compiled, none run by a test");
    expect(verdict).not.toContain("means what the TypeScript meant");
  });
  it("fails whatever the counts when something diverged", () => {
    expect(verifyVerdict(false, { evaluations: 0, expressions: 0 })).toContain("verify FAILED");
  });
});
