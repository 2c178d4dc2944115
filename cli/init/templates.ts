// The files `apim-ts init` writes into a project: one example policy with its vitest test, the
// vitest configuration with the apim-ts plugin, the project configuration, a tsconfig.json for
// projects without one, and a CI workflow. Plain text so a reviewer sees what a new user gets.
import { installCommand } from "../../harness/crosscheck/compiler.ts";

/** The example policy: a literal from a named value, an expression, a rejection. */
export const EXAMPLE_POLICY = `// An APIM operation policy written in TypeScript. \`npm run build\` writes it to
// dist-policies/example.operation.xml; test/example.operation.test.ts runs it in the simulated
// gateway. Expressions are functions of APIM's \`context\`, translated to C#.
import { base, choose, namedValue, policy, returnResponse, setHeader, setStatus, when } from "apim-ts";

const API_KEY = "X-Api-Key";

export default policy({
  inbound: [
    base(),
    choose(
      when((context) => context.Request.Headers.GetValueOrDefault(API_KEY) == null, [
        returnResponse([setStatus(401, "Unauthorized"), setHeader("WWW-Authenticate", "ApiKey")]),
      ]),
    ),
    setHeader("X-Environment", namedValue("environment")),
    setHeader("X-Caller", (context) => \`\${context.Request.IpAddress}:\${context.Request.Url.Port}\`),
  ],
  backend: [base()],
  outbound: [base()],
  onError: [base()],
});
`;

/** Its test, against the simulated gateway, with the named values of apim-ts.config.json. */
export function exampleTest(importExtension: string): string {
  return `import { describe, expect, it } from "vitest";
import { createGateway, loadProjectConfig } from "apim-ts/harness";
import example from "../policy-src/example.operation${importExtension}";

const apim = createGateway({
  policies: { operation: example },
  // The named values of apim-ts.config.json, as APIM's would be for this environment.
  namedValues: loadProjectConfig().namedValues,
});

describe("example.operation", () => {
  it("rejects a call without an API key", async () => {
    expect(await apim.send({ url: "/example" })).toRespondWith(401);
  });

  it("forwards a call with an API key, with the environment and the caller", async () => {
    const response = await apim.send({ url: "/example", headers: { "X-Api-Key": "secret" } });
    expect(response).toHaveReachedBackend({ headers: { "X-Environment": "dev" } });
    expect(response.backendCalls[0]!.headers["X-Caller"]).toEqual([expect.stringMatching(/:443$/)]);
  });
});
`;
}

export const VITEST_CONFIG = `import { defineConfig } from "vitest/config";
import { apimTs } from "apim-ts/vitest";

export default defineConfig({
  // Lets the harness translate every expression of the policy folder (apim-ts.config.json "src")
  // and test/ to C#, as the build does, and replays the tests' evaluations through the C#.
  plugins: [apimTs()],
  test: {
    include: ["test/**/*.test.ts"],
    // A file's first harness test type-checks the file to translate its expressions (as the
    // build does): a few seconds, more on a busy CI machine.
    testTimeout: 30_000,
  },
});
`;

export const PROJECT_CONFIG = `{
  "src": "policy-src",
  "out": "dist-policies",
  "format": "rawxml",
  "namedValues": {
    "environment": "dev"
  }
}
`;

/** tsconfig.json for a project that has none: policies and tests type-checked as the build does. */
export function tsconfig(vitestConfig: string): string {
  return `${JSON.stringify(
    {
      compilerOptions: { ...TSCONFIG_OPTIONS },
      include: ["policy-src", "test", vitestConfig],
    },
    null,
    2,
  )}\n`;
}

/** What policy sources need (merged into an existing tsconfig.json where absent). */
export const TSCONFIG_OPTIONS = {
  target: "es2022",
  lib: ["es2023"],
  module: "preserve",
  moduleResolution: "bundler",
  allowImportingTsExtensions: true,
  noEmit: true,
  strict: true,
  skipLibCheck: true,
  isolatedModules: true,
} as const;

export const CI_WORKFLOW = `# Builds the APIM policies and runs their tests (written by \`apim-ts init\`).
name: apim policies
on: [push, pull_request]
jobs:
  policies:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      # npm test ends with the C# replay of every evaluation (mcs and mono, against Json.NET); under
      # CI it fails rather than skip when they are missing. The installer is the cross-check's own.
      - run: sudo sh -c "${installCommand}"
      - run: npm ci
      # dist-policies/ is committed and deployed: fail when it is not what the sources produce.
      - run: npx apim-ts build --check
      - run: npm test
`;

// apim-ts's caches (translations, transforms, C# output, recordings) live under
// node_modules/.cache/apim-ts, so node_modules/ covers them.
export const GITIGNORE_LINES = ["node_modules/"];
