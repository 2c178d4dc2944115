// The inner loop: one test file of a team's project run with `vitest run`, as a developer runs it
// (a fresh vitest process, wall time), beside the floor: the same three tests calling the
// policy's expressions directly in a plain vitest file (no plugin, no gateway). The harness file
// runs warm (the translator's verdict cache filled by an earlier run, as after the first run of
// the day), with and without the end-of-run C# replay; the cold figure (no cache) is shown too.
// Target: the harness file within 2x of the plain one.
import fs from "node:fs";
import path from "node:path";
import { createConsumerProject } from "../test/replay/support/consumer-project.ts";
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
  const project = createConsumerProject();
  try {
    const plugin = fs.readFileSync(path.join(project.root, "vitest.config.ts"), "utf8");
    project.write("policy-src/require-api-key.operation.ts", POLICY);
    project.write("test/require-api-key.test.ts", HARNESS_TEST);
    project.write("plain/require-api-key.test.ts", PLAIN_TEST);
    project.write(
      "vitest.plain.config.ts",
      `import { defineConfig } from "vitest/config";\nexport default defineConfig({ test: { include: ["plain/**/*.test.ts"] } });\n`,
    );
    project.write(
      "vitest.noreplay.config.ts",
      plugin.replace("apimTs()", "apimTs({ replay: false })"),
    );
    const vitest =
      (config: string, clearCache = false) =>
      () => {
        if (clearCache)
          fs.rmSync(path.join(project.root, "node_modules", ".cache", "apim-ts", "translations"), {
            recursive: true,
            force: true,
          });
        const result = project.run(["run", "--config", config]);
        if (result.code !== 0)
          throw new Error(`vitest --config ${config} failed:\n${result.output}`);
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
