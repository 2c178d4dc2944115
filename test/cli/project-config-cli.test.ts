// apim-ts build with a project configuration: folders and format from
// apim-ts.config.json, flags overriding them, the format kept a project decision (APIM2102), an
// invalid file refused with the property named (exit 3); and output piped into a reader that
// stops early (`apim-ts diagnostics | head`) ends quietly.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bin, cliProject } from "./cli-project.ts";
import { runCli } from "./in-process.ts";

const { project } = cliProject("cli-config-");
/** `apim-ts <args>` in the project, in this worker (in-process.ts); the pipe test below is real. */
const run = (...args: string[]) => runCli(project, args);

function write(name: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(project, name)), { recursive: true });
  fs.writeFileSync(path.join(project, name), text);
}

describe("apim-ts build with apim-ts.config.json", () => {
  it("takes folders and format from the file, keeps the format the project's, and names a bad property", async () => {
    write(
      "apim/policies/a.operation.ts",
      `import { base, policy, setHeader } from "apim-ts";\nexport default policy({ inbound: [base(), setHeader("X-A", (context) => context.Api.Name)], backend: [base()], outbound: [base()], onError: [base()] });\n`,
    );
    write(
      "apim-ts.config.json",
      JSON.stringify({ src: "apim/policies", out: "apim/xml", format: "xml" }),
    );
    const built = await run("build");
    expect(built.stderr).toBe("");
    expect(built.stdout).toMatch(/apim\/policies\/a\.operation\.ts\s+apim\/xml\/a\.operation\.xml/);
    // format xml escapes the expression as XML requires; rawxml would not.
    expect(fs.readFileSync(path.join(project, "apim/xml/a.operation.xml"), "utf8")).toContain(
      "@(context.Api.Name)",
    );
    expect((await run("build", "--check")).code).toBe(0);

    const before = fs.readFileSync(path.join(project, "apim/xml/a.operation.xml"), "utf8");
    const other = await run("build", "--format", "rawxml");
    expect(other.code).toBe(3);
    expect(other.stderr).toContain(
      `error APIM2102: --format rawxml would overwrite apim/xml with rawxml documents, but the project's format is xml ("format" in apim-ts.config.json)`,
    );
    expect(fs.readFileSync(path.join(project, "apim/xml/a.operation.xml"), "utf8")).toBe(before);
    expect((await run("build", "--format", "rawxml", "--out", "preview")).code).toBe(0);
    expect(fs.existsSync(path.join(project, "preview/a.operation.xml"))).toBe(true);

    write("apim-ts.config.json", JSON.stringify({ src: "apim/policies", format: "json" }));
    const invalid = await run("build");
    expect(invalid.code).toBe(3);
    expect(invalid.stderr).toContain(
      `error APIM2100: apim-ts.config.json: "format" must be "rawxml" or "xml", got "json"`,
    );
    // Six builds, the first of which parses the library's declarations.
  }, 120_000);

  it("ends quietly when the reader of its output goes away (| head)", () => {
    const result = spawnSync(
      "bash",
      ["-c", `"${process.execPath}" "${bin}" diagnostics | true; echo "exit \${PIPESTATUS[0]}"`],
      { cwd: project, encoding: "utf8", timeout: 60_000 },
    );
    expect(result.stderr).not.toContain("EPIPE");
    expect(result.stdout.trim()).toBe("exit 0");
  });
});
