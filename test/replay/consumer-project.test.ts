// The end-of-run C# replay in a team's own project: a policy whose csharp(code, twin) escape
// hatch disagrees with its twin on one input (an API key of exactly eight characters), and a
// vitest test that sends that input. `npm test` there must fail and name the divergence (test,
// policy, TypeScript location, C#, inputs, both outcomes); with a correct twin it passes; and
// `apim-ts verify` there replays the evaluations of those tests, not the seed's matrix.
import fs from "node:fs";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { createConsumerProject } from "./support/consumer-project.ts";

const policy = (
  twinComparison: string,
  unreached = "",
) => `import { base, csharp, policy, returnResponse, setStatus, setVariable, when, choose } from "apim-ts";

export default policy({
  inbound: [
    base(),
    choose(
      when(
        csharp(
          '@(context.Request.Headers.GetValueOrDefault("X-Api-Key", "").Length > 8)',
          (context) => (context.Request.Headers.GetValueOrDefault("X-Api-Key") ?? "").length ${twinComparison} 8,
        ),
        [returnResponse([setStatus(200, "Key accepted")])],
      ),${unreached}
    ),
    returnResponse([setStatus(401, "Unauthorized")]),
  ],
});
`;

const TEST = `import { describe, expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import apiKey from "../policy-src/api-key.operation.ts";

const apim = createGateway({ policies: { operation: apiKey } });
const send = (key: string) => apim.send({ url: "/api-key", headers: { "X-Api-Key": key } });

describe("api-key", () => {
  it("accepts a long key", async () => {
    expect((await send("0123456789")).status).toBe(200);
  });
  it("accepts an eight-character key", async () => {
    expect((await send("01234567")).status).toBe(200);
  });
});
`;

/** The consumer's test once the twin is correct: the eight-character key is refused. */
const PASSING_TEST = TEST.replace("toBe(200);\n  });\n});", "toBe(401);\n  });\n});");

// One project for the file (creating one is slow); each test writes every file it relies on, so
// none depends on what an earlier test left there. Each test runs a nested vitest (and verify) in
// processes: its budget is PROCESS_BUDGET, not the suite's 60 s (measured 41 s alone, 125 s with
// the 2-core machine's load at 7-9).
const PROCESS_BUDGET = 300_000;
describeWithCSharp("the end-of-run C# replay in a consumer project", () => {
  const project = createConsumerProject();
  afterAll(() => project.remove());

  it(
    "fails npm test and names the divergence when the twin disagrees on one input",
    () => {
      project.write("test/api-key.test.ts", TEST);
      project.write("policy-src/api-key.operation.ts", policy(">="));
      const result = project.test();
      expect(result.code, result.output).toBe(1);
      expect(result.output).toContain("2 passed");
      expect(result.output).toContain(
        "DIVERGENCE in api-key.operation at policy-src/api-key.operation.ts:10:11 (operation inbound: choose when[1] condition)",
      );
      expect(result.output).toContain('TypeScript: bool "true"');
      expect(result.output).toContain('C#:         bool "false"');
      expect(result.output).toContain(
        "test:       test/api-key.test.ts > api-key > accepts an eight-character key",
      );
      expect(result.output).toContain('GetValueOrDefault("X-Api-Key", "").Length > 8');
      expect(result.output).toMatch(/request: .*"X-Api-Key":\["01234567"\]/);
      expect(result.output).toContain("the C# replay FAILED");
    },
    PROCESS_BUDGET,
  );

  it(
    "passes with a correct twin, and verify replays the tests' evaluations",
    () => {
      project.write("policy-src/api-key.operation.ts", policy(">"));
      project.write("test/api-key.test.ts", PASSING_TEST);
      const result = project.test();
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(
        /C# replay: 1 expression compiled .* 2\/2 evaluations compared, 0 divergences, 0 problems/,
      );

      const verify = project.apimTs(["verify"]);
      expect(verify.code, verify.output).toBe(0);
      expect(verify.output).toMatch(/tests replayed\s+2 tests of the last run/);
      expect(verify.output).toMatch(/cases compared\s+2 distinct cases for 2\/2 evaluations/);
      expect(verify.output).not.toMatch(/Valid Client|Expired/);
      expect(verify.output).toContain("verify OK");
    },
    PROCESS_BUDGET,
  );

  it(
    "with the replay off, says so, and verify runs the tests again to replay them (no false OK)",
    () => {
      // A new user's report: with the replay off, verify replayed an older run's recordings (or
      // none) and said OK for a twin that diverges. The divergent twin, and the switch off:
      project.write("test/api-key.test.ts", TEST);
      project.write("policy-src/api-key.operation.ts", policy(">="));
      project.write("apim-ts.config.json", JSON.stringify({ verify: { replay: false } }));
      try {
        const tested = project.test();
        expect(tested.code, tested.output).toBe(0);
        expect(tested.output).toContain(
          'C# replay off ("verify": { "replay": false } in apim-ts.config.json)',
        );
        const verify = project.apimTs(["verify"]);
        expect(verify.code, verify.output).toBe(1);
        expect(verify.output).toContain(
          "the last test run recorded nothing (the C# replay was off: ",
        );
        expect(verify.output).toContain("DIVERGENCE in api-key.operation");
        expect(verify.output).toMatch(/tests replayed\s+2 tests of the last run .*run by verify/);
        expect(verify.output).toContain("verify FAILED");
      } finally {
        fs.rmSync(path.join(project.root, "apim-ts.config.json"), { force: true });
      }
    },
    PROCESS_BUDGET,
  );

  it(
    "verify takes a run whose tests evaluated no expression as the last run, not as no run",
    () => {
      project.write("policy-src/api-key.operation.ts", policy(">"));
      project.write(
        "test/api-key.test.ts",
        `import { expect, it } from "vitest";\nit("needs no gateway", () => expect(1 + 1).toBe(2));\n`,
      );
      const tested = project.test();
      expect(tested.code, tested.output).toBe(0);
      const verify = project.apimTs(["verify"]);
      expect(verify.code, verify.output).toBe(0);
      expect(verify.output).not.toContain("no recordings of a test run");
      expect(verify.output).not.toContain("run by verify");
      expect(verify.output).toContain("verify OK");
    },
    PROCESS_BUDGET,
  );

  it(
    "verify runs the tests again after a policy changed, and compiles the branch no test reaches",
    () => {
      const unreached = `
      when((context) => context.Request.Headers.GetValueOrDefault("X-Never", "") === "yes", [
        setVariable("machine", csharp("@(System.Environment.MachineName)", () => "gateway")),
      ]),`;
      // A passing run first (this test's own), then a change to the policy after it.
      project.write("policy-src/api-key.operation.ts", policy(">"));
      project.write("test/api-key.test.ts", PASSING_TEST);
      const before = project.test();
      expect(before.code, before.output).toBe(0);
      project.write("policy-src/api-key.operation.ts", policy(">", unreached));
      const verify = project.apimTs(["verify"]);
      expect(verify.code, verify.output).toBe(1);
      expect(verify.output).toContain("a policy source is newer than the last test run");
      expect(verify.output).toMatch(
        /ALLOW-LIST in api-key\.operation at policy-src\/api-key\.operation\.ts:\d+:\d+: APIMCS003 .*'System\.Environment\.(get_)?MachineName' is not on APIM's allow-list/,
      );
      expect(verify.output).toMatch(/tests replayed\s+2 tests of the last run .*run by verify/);
      expect(verify.output).toContain("verify FAILED");
    },
    PROCESS_BUDGET,
  );
});
