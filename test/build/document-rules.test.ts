// The build refuses a document the types would refuse but a cast let through, at the module's
// default export, with the message the harness shows (src/model/validate-document.ts): a policy
// in the wrong section, directly or through a fragment of the same build (its id is its file
// name). It prints the newcomer warnings and still writes the output.
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { build } from "../../src/compile/build.ts";
import { formatDiagnostic } from "../../src/diagnostics/diagnostic.ts";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures: string[] = [];

function fixture(files: Record<string, string>): { src: string; out: string } {
  fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "rules-"));
  fixtures.push(dir);
  const src = path.join(dir, "policy-src");
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
    fs.writeFileSync(path.join(src, name), text);
  }
  return { src, out: path.join(dir, "dist-policies") };
}

afterEach(() => {
  for (const dir of fixtures.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("build: document rules and warnings", () => {
  it("refuses wrong sections with located APIM2009 errors and writes nothing; warns on the README trap", async () => {
    const project = fixture({
      "limited.operation.ts": `import { base, policy, rateLimit } from "apim-ts";
export default policy({
  inbound: [base()], backend: [base()], outbound: [base(), rateLimit({ calls: 5, renewalPeriod: 60 }) as never], onError: [base()],
});
`,
      "callers.fragment.ts": `import { fragment, ipFilter } from "apim-ts";
export default fragment([ipFilter({ action: "allow", addresses: ["10.0.0.1"] })]);
`,
      "filtered.operation.ts": `import { base, includeFragment, policy } from "apim-ts";
export default policy({ inbound: [base()], backend: [base()], outbound: [base(), includeFragment("callers")], onError: [base()] });
`,
      "trap.operation.ts": `import { base, policy } from "apim-ts";
export default policy({ inbound: [base()] });
`,
    });
    const result = await build({
      root,
      sourceDir: project.src,
      outDir: project.out,
      format: "rawxml",
    });
    expect(result.ok).toBe(false);
    expect(fs.existsSync(project.out)).toBe(false);
    const printed = result.diagnostics.map((d) => formatDiagnostic(d, project.src));
    const errors = printed.filter((text) => text.includes(" error "));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain(
      "filtered.operation.ts:2:1 error APIM2009: outbound > include-fragment[1] > fragment 'callers' > ip-filter[1]: <ip-filter> is not allowed in the outbound section; APIM allows it only in inbound",
    );
    expect(errors[1]).toContain(
      "limited.operation.ts:2:1 error APIM2009: outbound > rate-limit[1]: <rate-limit> is not allowed in the outbound section; APIM allows it only in inbound",
    );
    const warnings = result.diagnostics.filter((d) => d.category === "warning").map((d) => d.code);
    expect(warnings).toEqual(["APIM2007", "APIM2008", "APIM2008"]);
    expect(result.outputs.find((o) => o.source.endsWith("trap.operation.ts"))?.status).toBe(
      "written",
    );
  });
});
