// The core areas of `npm run mutate`: which files Stryker mutates and which test files may kill
// those mutants. Scoping keeps a run affordable on a 2-core machine: only the listed tests run,
// with per-test coverage, and each area keeps its own incremental file (mutation/incremental/).
// Each area lists the tests written for it (the printers' property tests, the policy and .NET
// unit tests): the whole suite per mutant would take hours.
// The C# cross-check (mono) is switched off during mutation (APIM_TS_CROSSCHECK=off): mcs per
// mutant would take hours; the translator's exact-C# expectations and the JavaScript side of the
// conformance cases still run, and mono checks that C# once per `npm test`.

/** @type {Record<string, { mutate: string[]; tests: string[] }>} */
export const areas = {
  "csharp-printer": {
    mutate: ["src/csharp-syntax/printer.ts"],
    tests: [
      "test/csharp-syntax/**/*.test.ts",
      "test/translate/**/*.test.ts",
      "test/policies/**/*.test.ts",
      "test/readme.test.ts",
    ],
  },
  "xml-printer": {
    mutate: ["src/emit/xml-printer.ts"],
    tests: ["test/emit/xml-escaping.property.test.ts", "test/policies/policy-xml.test.ts"],
  },
  translator: {
    mutate: ["src/translate/**/*.ts"],
    tests: [
      "test/translate/**/*.test.ts",
      "test/policies/**/*.test.ts",
      "test/conformance/**/*.test.ts",
      "test/readme.test.ts",
    ],
  },
  "policy-semantics": {
    mutate: ["harness/apim/policies/**/*.ts"],
    tests: ["test/harness/**/*.test.ts", "test/scenarios/**/*.test.ts"],
  },
  "dotnet-twins": {
    mutate: ["harness/dotnet/**/*.ts"],
    tests: ["test/dotnet/**/*.test.ts", "test/harness/**/*.test.ts", "test/regex/**/*.test.ts"],
  },
  "appgw-client-auth": {
    mutate: ["harness/appgw/client-authentication.ts"],
    tests: [
      "test/appgw/client-authentication.test.ts",
      "test/appgw/trusted-chains.test.ts",
      "test/appgw/configuration.test.ts",
      "test/appgw/seed-scenarios.test.ts",
      "test/appgw/header-spoofing.test.ts",
    ],
  },
};
