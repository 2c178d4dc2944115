// `apim-ts verify` as CI and a developer run it (a real process): the shipped policies replay with
// zero divergences; a fixture project whose policy uses a member outside APIM's allow-list (via
// the csharp() escape hatch, even in a branch no scenario reaches) or a raw C# twin that means
// something else fails with the member named and the divergence located; without mcs it is a
// visible skip locally and a failure under CI=true.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin", "apim-ts.mjs");
fs.mkdirSync(path.join(root, ".apim-ts-cache"), { recursive: true });
const project = fs.mkdtempSync(path.join(root, ".apim-ts-cache", "verify-"));
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

function run(cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [bin, "verify", ...args], {
    cwd,
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const FIXTURE = `import { base, choose, csharp, policy, setVariable, when } from "apim-ts";

export default policy({
  inbound: [
    base(),
    // Mistranslated on purpose: the twin says "b", the C# says "a".
    setVariable("letter", csharp('@("a")', () => "b")),
    choose(
      when((context) => context.Request.Headers.GetValueOrDefault("X-Never", "") === "yes", [
        // Never reached by any scenario, still compiled: APIM refuses to save it.
        setVariable("machine", csharp("@(System.Environment.MachineName)", () => "gateway")),
      ]),
    ),
  ],
  backend: [base()],
});
`;

describeWithCSharp("apim-ts verify", () => {
  it("passes for the shipped policies and prints the summary", () => {
    const result = run(root, []);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/expressions compiled\s+\d+ in 1 mcs run/);
    expect(result.stdout).toMatch(/cases compared\s+\d+ distinct cases for (\d+)\/\1 evaluations/);
    expect(result.stdout).toMatch(/divergences\s+0\n/);
    expect(result.stdout).toContain("verify OK");
  });

  it("fails a policy using a member outside APIM's allow-list, naming it, and a divergent twin, locating it", () => {
    fs.mkdirSync(path.join(project, "policy-src"), { recursive: true });
    fs.writeFileSync(path.join(project, "policy-src", "fixture.operation.ts"), FIXTURE);
    const result = run(project, ["--certs", path.join(root, "certs")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /ALLOW-LIST in fixture\.operation at policy-src\/fixture\.operation\.ts:\d+:\d+: APIMCS003 .*'System\.Environment\.(get_)?MachineName' is not on APIM's allow-list/,
    );
    expect(result.stderr).toMatch(
      /DIVERGENCE in fixture\.operation at policy-src\/fixture\.operation\.ts:7:\d+/,
    );
    expect(result.stderr).toContain('TypeScript: string "b"');
    expect(result.stdout).toContain("verify FAILED");
  });
});

describe("apim-ts verify without mcs", () => {
  // An empty PATH: mcs and mono are not found (node is started by its absolute path).
  const env = { ...process.env, PATH: fs.mkdtempSync(path.join(project, "empty-path-")), CI: "" };
  it("is skipped locally with the install command, exit 0", () => {
    const result = run(root, [], env);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("apt-get update && apt-get install -y mono-mcs");
    expect(result.stdout).toContain("verify skipped");
  });
  it("fails under CI=true", () => {
    const result = run(root, [], { ...env, CI: "true" });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("verify FAILED");
  });
});
