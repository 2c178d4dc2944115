// The inner loop: one test file of a team's project run with `vitest run`, as a developer runs it
// (a fresh vitest process, wall time), beside the floor: the same three tests calling the
// policy's expressions directly in a plain vitest file (no plugin, no gateway). The project
// installs apim-ts as a team does (packed-project.ts: the published dist/, not this repository's
// sources, which vitest would have to transform). The harness file runs warm (the plugin's
// transform cache and the translator's verdict cache filled by an earlier run, as when a test is
// run again with its sources unchanged), with and without the end-of-run C# replay; the cold
// figure (no cache: the first run, or the run after the policy was edited) is shown too.
// Target: the harness file within 2x of the plain one.
import fs from "node:fs";
import path from "node:path";
import { createPackedProject } from "./packed-project.ts";
import { measureAlternating, printTable } from "./measure.ts";

const POLICY = `import { base, choose, policy, returnResponse, setHeader, setStatus, when } from "apim-ts";
import type { Context } from "apim-ts";

const HEADER = "X-Api-Key";
const missing = (value: string | null) => value == null || value.trim() === "";

export const keyMissing = (context: Context) => missing(context.Request.Headers.GetValueOrDefault(HEADER));
export const caller = (context: Context) => \`\${context.Request.IpAddress}:\${context.Request.Url.Port}\`;

export default policy({
  inbound: [
    base(),
    choose(when(keyMissing, [returnResponse([setStatus(401, "Unauthorized")])])),
    setHeader("X-Caller", caller),
  ],
  backend: [base()],
});
`;

const HARNESS_TEST = `import { describe, expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import requireApiKey from "../policy-src/require-api-key.operation.ts";

const apim = createGateway({ policies: { operation: requireApiKey } });

describe("require-api-key", () => {
  it("rejects a request without a key", async () => {
    expect((await apim.send({ url: "/require-api-key" })).status).toBe(401);
  });
  it("accepts a request with a key", async () => {
    expect(await apim.send({ url: "/require-api-key", headers: { "X-Api-Key": "k" } })).toHaveReachedBackend();
  });
  it("names the caller", async () => {
    const result = await apim.send({ url: "/require-api-key", headers: { "X-Api-Key": "k" } });
    expect(result.backendCalls[0]!.headers["X-Caller"]).toEqual(["203.0.113.10:443"]);
  });
});
`;

const PLAIN_TEST = `import { describe, expect, it } from "vitest";
import { caller, keyMissing } from "../policy-src/require-api-key.operation.ts";

const context = (headers: Record<string, string>) =>
  ({
    Request: {
      Headers: { GetValueOrDefault: (name: string) => headers[name] ?? null },
      IpAddress: "203.0.113.10",
      Url: { Port: 443 },
    },
  }) as any;

describe("require-api-key", () => {
  it("rejects a request without a key", () => {
    expect(keyMissing(context({}))).toBe(true);
  });
  it("accepts a request with a key", () => {
    expect(keyMissing(context({ "X-Api-Key": "k" }))).toBe(false);
  });
  it("names the caller", () => {
    expect(caller(context({ "X-Api-Key": "k" }))).toBe("203.0.113.10:443");
  });
});
`;

export async function run(): Promise<void> {
  const project = createPackedProject();
  try {
    const plugin = project.read("vitest.config.ts");
    // The plugin as init writes it: the harness file is timed with it, the plain file without.
    if (!/plugins: \[apimTs\([^)]*\)\]/.test(plugin))
      throw new Error(`apim-ts init wrote an unexpected vitest.config.ts:\n${plugin}`);
    for (const example of fs.readdirSync(path.join(project.root, "test")))
      fs.rmSync(path.join(project.root, "test", example));
    project.write("policy-src/require-api-key.operation.ts", POLICY);
    project.write("test/require-api-key.test.ts", HARNESS_TEST);
    project.write("plain/require-api-key.test.ts", PLAIN_TEST);
    project.write(
      "vitest.plain.config.ts",
      `import { defineConfig } from "vitest/config";\nexport default defineConfig({ test: { include: ["plain/**/*.test.ts"] } });\n`,
    );
    project.write(
      "vitest.noreplay.config.ts",
      plugin.replace(/apimTs\((\{ ?)?/, (_, brace?: string) =>
        brace ? "apimTs({ replay: false, " : "apimTs({ replay: false }",
      ),
    );
    const vitest =
      (config: string, clearCache = false) =>
      () => {
        if (clearCache)
          for (const cache of ["translations", "transforms", "csharp"])
            fs.rmSync(path.join(project.root, "node_modules", ".cache", "apim-ts", cache), {
              recursive: true,
              force: true,
            });
        project.vitest(["run", "--config", config]);
      };
    const rows = await measureAlternating(3, [
      ["plain vitest file, expressions called", vitest("vitest.plain.config.ts")],
      ["harness file (warm), no replay", vitest("vitest.noreplay.config.ts")],
      ["harness file (warm), with C# replay", vitest("vitest.config.ts")],
      ["harness file (cold cache), with C# replay", vitest("vitest.config.ts", true)],
    ]);
    printTable(
      "one test file, 3 tests, `vitest run` wall time (fresh process; target: harness <= 2x plain)",
      rows,
    );
  } finally {
    project.remove();
  }
}
