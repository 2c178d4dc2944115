// The core areas of `npm run mutate`: which files Stryker mutates and which test files may kill
// those mutants. Scoping keeps a run affordable on a 2-core machine: only the listed tests run,
// with per-test coverage, and each area keeps its own incremental file (mutation/incremental/).
// Each area lists the tests written for it (the printers' property tests, the policy and .NET
// unit tests): the whole suite per mutant would take hours.
// The C# cross-check (mono) is switched off during mutation (APIM_TS_CROSSCHECK=off), except in
// the areas that set `crosscheck` (the translator's parts): a harness or twin mutant does not
// change the C#, so mcs and mono would only repeat the same answers. A translator mutant that
// changes the printed C# is told apart by mono, as in `npm test`; one that does not finds its
// compile and run in the C# output cache (harness/crosscheck/output-cache.ts).

// A whole area may name `parts`: sub-areas whose files it contains. Until the whole area has a
// report of its own, `--report` prints the parts' sum under the whole area's name, with how many
// of its files the parts cover (mutation/run.mjs), so a partial figure never reads as the whole.
// The two parts of policy-semantics-transformation (below), named once for the whole and its parts.
const TRANSFORMATION_MESSAGE = {
  mutate: [
    "harness/apim/policies/set-header.ts",
    "harness/apim/policies/set-query-parameter.ts",
    "harness/apim/policies/set-method.ts",
    "harness/apim/policies/set-status.ts",
    "harness/apim/policies/set-variable.ts",
    "harness/apim/policies/set-body.ts",
    "harness/apim/policies/find-and-replace.ts",
    "harness/apim/policies/rewrite-uri.ts",
    "harness/apim/policies/set-backend-service.ts",
  ],
  tests: [
    "test/harness/set-header.test.ts",
    "test/harness/set-query-parameter.test.ts",
    "test/harness/set-method.test.ts",
    "test/harness/set-status.test.ts",
    "test/harness/set-variable.test.ts",
    "test/harness/set-body.test.ts",
    "test/harness/set-body-liquid.test.ts",
    "test/harness/find-and-replace.test.ts",
    "test/harness/rewrite-uri.test.ts",
    "test/harness/backend-pool.test.ts",
    "test/harness/set-backend-service.test.ts",
    // Not here, though they run these policies: the field reports, pipeline.test.ts and
    // forward-request.test.ts (set-header alone is covered by some fifty of their tests, which
    // put a run past an hour), and the scenario tables (hundreds of cases per mutant).
  ],
};
const TRANSFORMATION_CONVERSION = {
  mutate: [
    "harness/apim/policies/json-to-xml.ts",
    "harness/apim/policies/json-to-xml-conversion.ts",
    "harness/apim/policies/xml-to-json.ts",
    "harness/apim/policies/xml-to-json-conversion.ts",
  ],
  tests: [
    "test/harness/json-to-xml.test.ts",
    "test/harness/json-to-xml-conversion.test.ts",
    "test/harness/xml-to-json.test.ts",
    "test/harness/xml-to-json-conversion.test.ts",
    // The JSON/XML façade example converts both ways through the pipeline.
    "test/examples/json-xml-facade.test.ts",
  ],
};
// The parts of policy-semantics-flow (below): the control of the pipeline, forward-request, and
// the requests policies send (send-request, send-one-way-request). Nearly every test covers
// forward-request, so its list is kept short: each of its mutants runs all of them. Besides the
// policies' own tests: the backend pool and circuit breaker (forward-request), send-request's
// authentication children, and the field reports (fail-on-error, LastError texts, headers on the
// wire).
const FLOW_CONTROL = {
  mutate: [
    "harness/apim/policies/index.ts",
    "harness/apim/policies/base.ts",
    "harness/apim/policies/include-fragment.ts",
    "harness/apim/policies/raw-xml.ts",
    "harness/apim/policies/trace.ts",
    "harness/apim/policies/choose.ts",
    "harness/apim/policies/return-response.ts",
    "harness/apim/policies/mock-response.ts",
    "harness/apim/policies/retry.ts",
    "harness/apim/policies/wait.ts",
    "harness/apim/policies/proxy.ts",
  ],
  tests: [
    "test/harness/base.test.ts",
    "test/harness/include-fragment.test.ts",
    "test/harness/raw-xml.test.ts",
    "test/harness/trace.test.ts",
    "test/harness/choose.test.ts",
    "test/harness/return-response.test.ts",
    "test/harness/mock-response.test.ts",
    "test/harness/retry.test.ts",
    "test/harness/proxy-and-wait.test.ts",
    "test/harness/send-request-response.test.ts",
    "test/harness/pipeline.test.ts",
    "test/harness/refusals.test.ts",
    "test/harness/flow-null-attributes.test.ts",
    "test/field-reports/**/*.test.ts",
  ],
};
const FLOW_FORWARD = {
  mutate: ["harness/apim/policies/forward-request.ts"],
  tests: [
    "test/harness/forward-request.test.ts",
    "test/harness/forward-request-answers.test.ts",
    "test/harness/backend-pool.test.ts",
    "test/field-reports/**/*.test.ts",
  ],
};
const FLOW_REQUESTS = {
  mutate: [
    "harness/apim/policies/outgoing-request.ts",
    "harness/apim/policies/send-request.ts",
    "harness/apim/policies/send-one-way-request.ts",
  ],
  tests: [
    "test/harness/send-request.test.ts",
    "test/harness/send-request-answers.test.ts",
    "test/harness/send-request-response.test.ts",
    "test/harness/send-one-way-request.test.ts",
    "test/harness/flow-null-attributes.test.ts",
    "test/harness/proxy-and-wait.test.ts",
    "test/harness/authentication-managed-identity.test.ts",
    "test/field-reports/**/*.test.ts",
  ],
};

// The translator's parts (translator, below). Their tests are the translator's own (the conformance
// DSL's snippets, the refusals, the exact C#): under mutation the DSL translates each test's
// snippet in that test during Stryker's coverage run (harness/conformance/dsl.ts), so per-test
// coverage works and a mutant runs only the tests that reach it. Static mutants (the member
// tables, built when their module loads) are ignored, as in every per-test area: each would run
// every listed test (371 of the member files' 1,167 mutants, at ~150 s each on the shared
// machine); the tables are held to account by the member-coverage test instead. The C# cross-check
// runs (`crosscheck`): the conformance cases compare the printed C#'s outcomes with JavaScript's,
// which is how `npm test` catches a translation that compiles but means something else.
const TRANSLATOR_TESTS = ["test/translate/**/*.test.ts"];
const TRANSLATOR_PARTS = {
  "translator-operators": [
    "src/translate/expressions/operators.ts",
    "src/translate/expressions/bitwise.ts",
    "src/translate/expressions/casts.ts",
    "src/translate/expressions/literals.ts",
    "src/translate/expressions/json-literals.ts",
  ],
  "translator-access": [
    "src/translate/expressions/access.ts",
    "src/translate/expressions/calls.ts",
    "src/translate/expressions/lambdas.ts",
    "src/translate/expressions/index.ts",
  ],
  "translator-statements": [
    "src/translate/statements.ts",
    "src/translate/loops.ts",
    "src/translate/switch.ts",
  ],
  "translator-functions": [
    "src/translate/exceptions.ts",
    "src/translate/inline.ts",
    "src/translate/translate-function.ts",
  ],
  // The member tables and their calls, in two runs: the regular expressions (below), and the rest.
  "translator-members": [
    "src/translate/members/model.ts",
    "src/translate/members/model-folders.ts",
    "src/translate/members/string-format.ts",
    "src/translate/members/standard-library.ts",
    "src/translate/members/time.ts",
    "src/translate/members/tables.ts",
    "src/translate/members/member-call.ts",
  ],
  // The translator's shared state and types, in two runs (566 mutants together: a run of them
  // all took over an hour and a half, and Stryker keeps nothing of a run it does not finish).
  // C#'s constant folding (APIM1023): its own run, so that operators' figure stays comparable.
  "translator-constant-folding": ["src/translate/expressions/constant-folding.ts"],
  "translator-core-types": ["src/translate/csharp-types.ts", "src/translate/numeric.ts"],
  "translator-core-state": [
    "src/translate/state.ts",
    "src/translate/library.ts",
    "src/translate/build-time.ts",
    "src/translate/capture-observer.ts",
  ],
};
// The regular expressions' members: their mapping tests are in test/regex/ (a first run with the
// translator's tests alone left 314 of 593 mutants without coverage).
const TRANSLATOR_MEMBERS_REGEX = {
  mutate: [
    "src/translate/members/regex.ts",
    "src/translate/members/regex-call.ts",
    "src/translate/members/regex-substitution.ts",
  ],
  tests: [...TRANSLATOR_TESTS, "test/regex/**/*.test.ts"],
  crosscheck: true,
};
// The translator as the harness asks it (a verdict per expression function, kept in memory and on
// disk): its own tests, and the harness's refusal of an expression the build would not emit. The
// C# cross-check adds nothing here (the verdicts are compared, not run).
const TRANSLATOR_VERDICTS = {
  mutate: [
    "src/translate/for-harness.ts",
    "src/translate/harness-verdicts.ts",
    "src/translate/verdict-cache.ts",
  ],
  tests: [
    "test/translate/verdict-cache.test.ts",
    "test/translate/verdict-cache-edges.test.ts",
    "test/compile/lazy-loading.test.ts",
    "test/harness/refusals.test.ts",
  ],
};

// The identity policies, in six parts (validate-jwt alone has some 630 mutants): the
// validate-jwt handler; its claim checks; the token source and signing keys, and the OpenID
// retrieval, which validate-azure-ad-token shares; validate-azure-ad-token; the authentication-* policies with
// get-authorization-context. Their lists are the policies' own harness tests (send-request.test.ts
// and the examples translate policies per run: too slow per mutant).
const JWT_TESTS = [
  "test/harness/validate-jwt.test.ts",
  "test/harness/validate-jwt-edges.test.ts",
  "test/harness/validate-jwt-openid.test.ts",
  "test/harness/validate-jwt-openid-edges.test.ts",
  "test/harness/validate-azure-ad-token.test.ts",
  "test/harness/identity-log.test.ts",
];
const IDENTITY_JWT_CHECKS = {
  mutate: ["harness/apim/policies/validate-jwt/index.ts"],
  tests: JWT_TESTS,
};
// claim-checks.ts is reached by every validate-jwt and validate-azure-ad-token test; validate-jwt's
// own two files test each check (the others reach the same paths, at twice the time per mutant).
const IDENTITY_JWT_CLAIMS = {
  mutate: ["harness/apim/policies/validate-jwt/claim-checks.ts"],
  tests: ["test/harness/validate-jwt.test.ts", "test/harness/validate-jwt-edges.test.ts"],
};
const IDENTITY_JWT_KEYS = {
  mutate: [
    "harness/apim/policies/validate-jwt/token-source.ts",
    "harness/apim/policies/validate-jwt/signing-keys.ts",
  ],
  tests: JWT_TESTS,
};
const IDENTITY_JWT_OPENID = {
  mutate: ["harness/apim/policies/validate-jwt/openid-config.ts"],
  tests: JWT_TESTS,
};
const IDENTITY_AZURE_AD = {
  mutate: ["harness/apim/policies/validate-azure-ad-token.ts"],
  tests: [
    "test/harness/validate-azure-ad-token.test.ts",
    "test/harness/validate-azure-ad-token-edges.test.ts",
    "test/harness/identity-log.test.ts",
  ],
};
const IDENTITY_AUTHENTICATION = {
  mutate: [
    "harness/apim/policies/authentication-basic.ts",
    "harness/apim/policies/authentication-certificate.ts",
    "harness/apim/policies/authentication-managed-identity.ts",
    "harness/apim/policies/get-authorization-context.ts",
  ],
  tests: [
    "test/harness/authentication-basic.test.ts",
    "test/harness/authentication-certificate.test.ts",
    "test/harness/authentication-managed-identity.test.ts",
    "test/harness/get-authorization-context.test.ts",
    "test/harness/authentication-edges.test.ts",
    "test/harness/identity-log.test.ts",
  ],
};

// The parts of dotnet-twins-xml (below): LINQ to XML's twins (harness/dotnet/xml; exceptions.ts is
// measured with the exception twins), in three runs of under ~350 mutants: the tree, the names
// and the parser, the writer. Their tests are the twins' fast unit tests (test/dotnet/xml*.test.ts),
// expected values cited from .NET's pages and reference source and checked against mono. Not
// here: the conformance batch (test/conformance/cases/xml.ts, C# through mono and a translated
// program per run) and test/translate/xml.test.ts (translates snippets): too slow per mutant.
const XML_TESTS = ["test/dotnet/xml*.test.ts"];
const XML_NODES = {
  mutate: ["harness/dotnet/xml/index.ts", "harness/dotnet/xml/nodes.ts"],
  tests: XML_TESTS,
};
const XML_NAMES = {
  mutate: ["harness/dotnet/xml/names.ts", "harness/dotnet/xml/parse.ts"],
  tests: XML_TESTS,
};
const XML_WRITER = { mutate: ["harness/dotnet/xml/writer.ts"], tests: XML_TESTS };

/** @type {Record<string, { mutate: string[]; tests: string[]; coverage?: "all" | "perTest"; ignoreStatic?: boolean; crosscheck?: boolean; parts?: string[] }>} */
export const areas = {
  "csharp-printer": {
    mutate: ["src/csharp-syntax/printer.ts"],
    // The printer's own tests (precedence, literals, layout; they kill) and the translator's files
    // that pin the printed C# of statements and literals (DSL-based: their beforeAll batch counts
    // as static coverage under perTest, see README.md).
    tests: [
      "test/csharp-syntax/**/*.test.ts",
      "test/translate/string-literals.property.test.ts",
      "test/translate/statements.test.ts",
      "test/translate/exceptions.test.ts",
      "test/translate/string-format.test.ts",
    ],
  },
  "xml-printer": {
    mutate: ["src/emit/xml-printer.ts"],
    // dist-policies.test.ts builds the shipped policies in a beforeAll, which per-test coverage
    // counts as static: it killed none of the layout mutants (text-children separator, final
    // newline, block indents). xml-printer.test.ts and policy-xml.test.ts check those in tests.
    tests: [
      "test/emit/xml-escaping.property.test.ts",
      "test/emit/xml-printer.test.ts",
      "test/policies/policy-xml.test.ts",
      "test/emit/dist-policies.test.ts",
    ],
  },
  translator: {
    mutate: ["src/translate/**/*.ts"],
    parts: [
      "translator-members-array",
      "translator-members-string",
      ...Object.keys(TRANSLATOR_PARTS),
      "translator-members-regex",
      "translator-verdicts",
    ],
    tests: [
      "test/translate/**/*.test.ts",
      "test/policies/**/*.test.ts",
      "test/conformance/**/*.test.ts",
      "test/readme.test.ts",
    ],
  },
  // Sub-areas of the translator and the .NET twins, small enough to measure in one sitting; the
  // whole areas above remain the goal. A sub-area's score is reported under its own name, never
  // as its parent's.
  // The translator's parts keep per-test coverage: under Stryker the conformance DSL translates
  // each test's snippet inside that test (README.md). translator-members-array and -string,
  // below, predate that and run every listed test against each mutant (coverage "all").
  ...Object.fromEntries(
    Object.entries(TRANSLATOR_PARTS).map(([name, mutate]) => [
      name,
      { mutate, tests: TRANSLATOR_TESTS, crosscheck: true },
    ]),
  ),
  "translator-verdicts": TRANSLATOR_VERDICTS,
  "translator-members-regex": TRANSLATOR_MEMBERS_REGEX,
  "translator-members-array": {
    mutate: ["src/translate/members/array.ts"],
    tests: ["test/translate/mapping-members.test.ts"],
    coverage: "all",
  },
  "translator-members-string": {
    mutate: ["src/translate/members/string.ts"],
    tests: [
      "test/translate/mapping-members.test.ts",
      "test/translate/string-format.test.ts",
      "test/translate/rejections.test.ts",
    ],
    coverage: "all",
  },
  "dotnet-twins-text": {
    mutate: [
      "harness/dotnet/convert.ts",
      "harness/dotnet/string-statics.ts",
      "harness/dotnet/web-utility.ts",
      "harness/dotnet/encoding.ts",
      "harness/dotnet/math.ts",
    ],
    // mono-parity.test.ts compiles C# with mcs and the conformance batch builds a TypeScript
    // program per run (4-11 s for the `dotnet-text` family even with mono's outcomes cached, for
    // every mutant under coverage "all", equivalent-mutants.md): too slow per mutant, so the
    // JavaScript-side unit tests of these twins kill here, their expected values cited from
    // .NET's pages and source and checked against mono (convert-numbers.ts, tested mainly
    // against mono, is left to a later sub-area).
    tests: [
      "test/dotnet/text.test.ts",
      "test/dotnet/base64.test.ts",
      "test/dotnet/string-statics.test.ts",
      "test/dotnet/web-utility.test.ts",
      "test/dotnet/encoding-math.test.ts",
    ],
  },
  "dotnet-twins-numbers": {
    mutate: [
      "harness/dotnet/convert-numbers.ts",
      "harness/dotnet/number-parsing.ts",
      "harness/dotnet/number-statics.ts",
      "harness/dotnet/integer-arithmetic.ts",
      "harness/dotnet/integer-format.ts",
      "harness/dotnet/boxed-object.ts",
    ],
    // The fast JavaScript-side tests that reach these twins, their expected values cited from
    // .NET's pages and source and checked against mono. Not here: mono-parity.test.ts, the
    // translator's json/time tests and the conformance batch (C# through mono), and
    // test/harness/integer-arithmetic.test.ts (it translates a policy per run: ~10 s per mutant on
    // this shared machine, with timeouts; integer-operators.test.ts tests the same operators).
    tests: [
      "test/dotnet/number-parsing.test.ts",
      "test/dotnet/integer-operators.test.ts",
      "test/dotnet/text.test.ts",
      "test/dotnet/date-time.test.ts",
      "test/dotnet/install.test.ts",
      "test/dotnet/exceptions.test.ts",
    ],
  },
  "dotnet-twins-collections": {
    mutate: [
      "harness/dotnet/guid.ts",
      "harness/dotnet/enumerable.ts",
      "harness/dotnet/random.ts",
      "harness/dotnet/string-members.ts",
      "harness/dotnet/white-space.ts",
    ],
    // The twins' own unit tests (guid, enumerable, random, string-members: expected values cited
    // from .NET's pages and .NET Framework's source, checked against mono) and the other fast
    // unit tests that reach these twins: Guid and the string statics (text, string-statics), LINQ
    // over XML and JSON views (xml, json), white space in DateTime.Parse (date-time,
    // date-time-offset) and the installed bindings (install). The replay tests
    // (test/replay/guid-replay, random-replay) and the field reports translate a policy per run
    // (10-35 s): too slow per mutant.
    tests: [
      "test/dotnet/guid.test.ts",
      "test/dotnet/enumerable.test.ts",
      "test/dotnet/random.test.ts",
      "test/dotnet/string-members.test.ts",
      "test/dotnet/text.test.ts",
      "test/dotnet/string-statics.test.ts",
      "test/dotnet/install.test.ts",
      "test/dotnet/xml.test.ts",
      "test/dotnet/json.test.ts",
      "test/dotnet/date-time.test.ts",
      "test/dotnet/date-time-offset.test.ts",
    ],
  },
  // The .NET runtime's plumbing and its smallest twins (issue 10): the environment, installation,
  // the exception classes and the draw log; then Regex and Uri, each in its own sub-area. The fast
  // unit tests that reach them (the conformance cases of test/regex/ and test/conformance/cases/
  // translate their snippets and run mono: too slow per mutant).
  "dotnet-twins-runtime": {
    mutate: [
      "harness/dotnet/environment.ts",
      "harness/dotnet/install.ts",
      "harness/dotnet/exceptions.ts",
      "harness/dotnet/index.ts",
      "harness/dotnet/warm-up.ts",
      "harness/dotnet/draw-log.ts",
      "harness/dotnet/xml/exceptions.ts",
      "harness/dotnet/json/exceptions.ts",
    ],
    tests: [
      "test/dotnet/exceptions.test.ts",
      "test/dotnet/install.test.ts",
      "test/dotnet/environment.test.ts",
      "test/dotnet/guid.test.ts",
      "test/dotnet/random.test.ts",
      "test/dotnet/date-time.test.ts",
      "test/dotnet/xml.test.ts",
      "test/dotnet/json.test.ts",
    ],
  },
  "dotnet-twins-runtime-regex": {
    mutate: ["harness/dotnet/regex.ts", "harness/dotnet/regex-scan.ts"],
    tests: ["test/dotnet/regex.test.ts", "test/dotnet/text.test.ts"],
  },
  "dotnet-twins-runtime-uri": {
    mutate: ["harness/dotnet/uri.ts"],
    tests: ["test/dotnet/uri.test.ts", "test/dotnet/uri-values.test.ts"],
  },
  // The Json.NET twins (harness/dotnet/json/; exceptions.ts is measured with the exception
  // twins), in parts: reading JSON text into tokens (reader.ts, ~480 mutants); the token tree and
  // the reader's path and line (tree); writing tokens, their numbers and dates, and SelectToken
  // (text); what an expression sees of a token (views); the statics and JsonConvert (api); C#'s
  // conversions of a token. Their fast unit tests, expected values cited from Json.NET's source
  // and checked against Json.NET on mono: the conformance batch (family json) and the
  // translator's json tests run C# through mono or translate a policy per run, too slow per
  // mutant.
  "dotnet-twins-json-read": {
    mutate: ["harness/dotnet/json/reader.ts"],
    tests: ["test/dotnet/json*.test.ts"],
  },
  "dotnet-twins-json-tree": {
    mutate: ["harness/dotnet/json/reader-position.ts", "harness/dotnet/json/nodes.ts"],
    tests: ["test/dotnet/json*.test.ts"],
  },
  "dotnet-twins-json-text": {
    mutate: [
      "harness/dotnet/json/writer.ts",
      "harness/dotnet/json/number-format.ts",
      "harness/dotnet/json/dates.ts",
      "harness/dotnet/json/select-token.ts",
    ],
    tests: ["test/dotnet/json*.test.ts"],
  },
  "dotnet-twins-json-views": {
    mutate: ["harness/dotnet/json/views.ts"],
    tests: ["test/dotnet/json*.test.ts"],
  },
  "dotnet-twins-json-api": {
    mutate: ["harness/dotnet/json/index.ts"],
    tests: ["test/dotnet/json*.test.ts"],
  },
  "dotnet-twins-json-conversions": {
    mutate: ["harness/dotnet/json/conversions.ts"],
    tests: ["test/dotnet/json*.test.ts"],
  },
  "dotnet-twins-x509": {
    mutate: [
      "harness/dotnet/x509-certificate2.ts",
      "harness/dotnet/x509-name.ts",
      "harness/dotnet/x509-name-type.ts",
      "harness/dotnet/certificate-parse-cache.ts",
      // Here, not in dotnet-twins-x509-chain: the worker runs chain-validation.ts's text, which
      // cannot run once Stryker instruments that file; here it is not instrumented.
      "harness/dotnet/chain-validation-worker.ts",
    ],
    // The twins' unit tests (x509-certificate2: expected values cited from .NET's pages and .NET
    // Framework's reference source, checked against mono), RSA over a certificate's key and the
    // certificate handles. Not here: the validate-client-certificate tests (a gateway per test,
    // some forty of them per name mutant: a first run was on course for over an hour),
    // test/certificates/interop.test.ts and generate.test.ts (OpenSSL and mcs per run) and the
    // conformance batch (mono): too slow per mutant.
    tests: [
      "test/dotnet/x509-certificate2.test.ts",
      "test/dotnet/x509-certificate2-pre-v3.test.ts",
      "test/dotnet/x509-certificate2-unchecked-root.test.ts",
      "test/dotnet/rsa.test.ts",
      "test/certificates/handles.test.ts",
    ],
  },
  "dotnet-twins-x509-chain": {
    mutate: ["harness/dotnet/chain-validation.ts"],
    // X509Certificate2.VerifyNoRevocation's chain building (its own tests, on certificates signed
    // with the committed keys) and the Application Gateway tests that validate client chains,
    // all through validateChainAsync: the synchronous worker is measured in dotnet-twins-x509.
    tests: [
      "test/dotnet/chain-validation.test.ts",
      "test/dotnet/chain-validation-pre-v3.test.ts",
      "test/dotnet/chain-validation-refusal.test.ts",
      "test/appgw/client-authentication.test.ts",
      "test/appgw/client-authentication-pre-v3.test.ts",
      "test/appgw/trusted-chains.test.ts",
    ],
  },
  "dotnet-twins-crypto": {
    mutate: [
      "harness/dotnet/rsa.ts",
      "harness/dotnet/cryptography.ts",
      "harness/dotnet/symmetric-encryption.ts",
    ],
    // The twins' unit tests: RFC and NIST test vectors, argument checks from .NET Framework's
    // reference source, checked against mono. The conformance cases (hashing, encryption, rsa)
    // compare with mono through the batch: too slow per mutant.
    tests: [
      "test/dotnet/rsa.test.ts",
      "test/dotnet/cryptography.test.ts",
      "test/dotnet/symmetric-encryption.test.ts",
    ],
  },
  "dotnet-twins-credentials": {
    mutate: [
      "harness/dotnet/jwt.ts",
      "harness/dotnet/basic-credentials.ts",
      "harness/dotnet/authorization.ts",
    ],
    // The twins' unit tests (APIM's "Policy expressions" page, RFC 7519/7515/7617) and the policy
    // tests that read an Authorization (get-authorization-context). Not here: validate-jwt.test.ts
    // (its expression tests translate a policy per run and timed out in the initial run on this
    // shared machine; jwt.test.ts tests the Jwt it stores) and the conformance cases
    // (basic-credentials) that compare with the C# models through the batch: too slow per mutant.
    tests: [
      "test/dotnet/jwt.test.ts",
      "test/dotnet/basic-credentials.test.ts",
      "test/harness/get-authorization-context.test.ts",
    ],
  },
  // The time twins, in six parts: TimeSpan, the gateway's zone and TimeZoneInfo, DateTime,
  // DateTimeOffset, DateTime's formats, and Parse/ParseExact. Only their own unit tests kill here
  // (expected values cited from .NET's pages and .NET Framework's reference source, checked
  // against mono), and only the files written for the part: on the shared machine (load 30-40)
  // each further test file a mutant's tests live in costs seconds per mutant (json,
  // number-parsing and install reach these twins too), which put a first run over two files past
  // two hours. Not here either: mono-parity.test.ts and test/crosscheck/time-zones.test.ts (mcs
  // and mono per run), the scenario tables and field reports (a policy translated per run).
  "dotnet-twins-time-span": {
    mutate: ["harness/dotnet/time-span.ts"],
    tests: ["test/dotnet/time-span.test.ts"],
  },
  "dotnet-twins-time-zones": {
    mutate: ["harness/dotnet/time-zone.ts", "harness/dotnet/time-zone-info.ts"],
    tests: [
      "test/dotnet/time-zone.test.ts",
      "test/dotnet/date-time-offset.test.ts",
      "test/dotnet/date-time-offset-values.test.ts",
    ],
  },
  "dotnet-twins-time-values": {
    mutate: ["harness/dotnet/date-time.ts"],
    tests: ["test/dotnet/date-time.test.ts", "test/dotnet/date-time-values.test.ts"],
  },
  "dotnet-twins-time-offset": {
    mutate: ["harness/dotnet/date-time-offset.ts"],
    tests: ["test/dotnet/date-time-offset.test.ts", "test/dotnet/date-time-offset-values.test.ts"],
  },
  // Measured with every time test file (the first list, before the parts were cut smaller).
  "dotnet-twins-time-format": {
    mutate: ["harness/dotnet/date-time-format.ts"],
    tests: ["test/dotnet/date-time*.test.ts", "test/dotnet/time-*.test.ts"],
  },
  "dotnet-twins-time-parse": {
    mutate: ["harness/dotnet/date-time-parse.ts", "harness/dotnet/date-time-parse-exact.ts"],
    tests: ["test/dotnet/date-time-parse.test.ts", "test/dotnet/date-time-offset.test.ts"],
  },
  // Sub-areas of policy-semantics, by the pages' groups: access control and throttling.
  "policy-semantics-access": {
    mutate: [
      "harness/apim/policies/check-header.ts",
      "harness/apim/policies/ip-filter.ts",
      "harness/apim/policies/cors.ts",
      "harness/apim/policies/validate-client-certificate.ts",
      "harness/apim/policies/attribute-text.ts",
    ],
    tests: [
      "test/harness/check-header.test.ts",
      "test/harness/ip-filter.test.ts",
      "test/harness/cors.test.ts",
      "test/harness/cors-inputs.test.ts",
      "test/harness/validate-client-certificate.test.ts",
      "test/harness/validate-client-certificate-attributes.test.ts",
      "test/field-reports/**/*.test.ts",
      "test/scenarios/**/*.test.ts",
    ],
  },
  "policy-semantics-throttling": {
    mutate: [
      "harness/apim/policies/throttling.ts",
      "harness/apim/policies/rate-limit.ts",
      "harness/apim/policies/rate-limit-by-key.ts",
      "harness/apim/policies/quota.ts",
      "harness/apim/policies/quota-by-key.ts",
      "harness/apim/policies/quota-window.ts",
      "harness/apim/policies/limit-concurrency.ts",
    ],
    tests: [
      "test/harness/rate-limit.test.ts",
      "test/harness/rate-limit-by-key.test.ts",
      "test/harness/quota.test.ts",
      "test/harness/quota-by-key.test.ts",
      "test/harness/limit-concurrency.test.ts",
      "test/field-reports/**/*.test.ts",
    ],
  },
  // The rest of policy-semantics, by the pages' groups (see `parts` below): transformation and
  // flow. Their test lists are the policies' own harness tests. Transformation is measured in two
  // parts (one run of the whole took longer than a sitting): the message policies and the JSON/XML
  // conversions.
  "policy-semantics-transformation": {
    mutate: [...TRANSFORMATION_MESSAGE.mutate, ...TRANSFORMATION_CONVERSION.mutate],
    parts: [
      "policy-semantics-transformation-message",
      "policy-semantics-transformation-conversion",
    ],
    tests: [
      ...TRANSFORMATION_MESSAGE.tests,
      ...TRANSFORMATION_CONVERSION.tests,
      "test/harness/pipeline.test.ts",
      "test/harness/forward-request.test.ts",
      "test/field-reports/**/*.test.ts",
    ],
  },
  "policy-semantics-transformation-message": TRANSFORMATION_MESSAGE,
  "policy-semantics-transformation-conversion": TRANSFORMATION_CONVERSION,
  // policy-semantics-flow, measured in three parts (one run over all its files would take more
  // than two hours on the shared machine).
  "policy-semantics-flow": {
    mutate: [...FLOW_CONTROL.mutate, ...FLOW_FORWARD.mutate, ...FLOW_REQUESTS.mutate],
    parts: [
      "policy-semantics-flow-control",
      "policy-semantics-flow-forward",
      "policy-semantics-flow-requests",
    ],
    tests: [...new Set([...FLOW_CONTROL.tests, ...FLOW_FORWARD.tests, ...FLOW_REQUESTS.tests])],
  },
  "policy-semantics-caching": {
    mutate: [
      "harness/apim/policies/cache-lookup.ts",
      "harness/apim/policies/cache-store.ts",
      "harness/apim/policies/cache-lookup-value.ts",
      "harness/apim/policies/cache-store-value.ts",
      "harness/apim/policies/cache-remove-value.ts",
    ],
    tests: [
      "test/harness/response-cache.test.ts",
      "test/harness/response-cache-entry.test.ts",
      "test/harness/cache-value.test.ts",
      "test/harness/cache-value-edges.test.ts",
    ],
  },
  // The AI gateway's token limits (token-limit.ts and its two elements), measured by their own
  // harness tests; then the metric and logging policies with the token usage they read.
  "policy-semantics-ai-tokens": {
    mutate: [
      "harness/apim/policies/token-limit.ts",
      "harness/apim/policies/azure-openai-token-limit.ts",
      "harness/apim/policies/llm-token-limit.ts",
    ],
    tests: ["test/harness/token-limit.test.ts", "test/harness/token-limit-edges.test.ts"],
  },
  "policy-semantics-ai-logging": {
    mutate: ["harness/apim/policies/emit-metric.ts", "harness/apim/policies/log-to-eventhub.ts"],
    tests: ["test/harness/emit-metric.test.ts", "test/harness/log-to-eventhub.test.ts"],
  },
  "policy-semantics-ai-token-metrics": {
    mutate: [
      "harness/apim/policies/azure-openai-emit-token-metric.ts",
      "harness/apim/policies/llm-emit-token-metric.ts",
      "harness/apim/policies/emit-token-metric.ts",
      "harness/apim/policies/token-usage.ts",
    ],
    tests: ["test/harness/emit-token-metric.test.ts", "test/harness/token-limit-edges.test.ts"],
  },
  "policy-semantics-validate-jwt-checks": IDENTITY_JWT_CHECKS,
  "policy-semantics-validate-jwt-claims": IDENTITY_JWT_CLAIMS,
  "policy-semantics-validate-jwt-keys": IDENTITY_JWT_KEYS,
  "policy-semantics-validate-jwt-openid": IDENTITY_JWT_OPENID,
  "policy-semantics-validate-azure-ad-token": IDENTITY_AZURE_AD,
  "policy-semantics-authentication": IDENTITY_AUTHENTICATION,
  "dotnet-twins-xml": {
    mutate: [...XML_NODES.mutate, ...XML_NAMES.mutate, ...XML_WRITER.mutate],
    parts: ["dotnet-twins-xml-nodes", "dotnet-twins-xml-names", "dotnet-twins-xml-writer"],
    tests: XML_TESTS,
  },
  "dotnet-twins-xml-nodes": XML_NODES,
  "dotnet-twins-xml-names": XML_NAMES,
  "dotnet-twins-xml-writer": XML_WRITER,
  "policy-semantics-flow-control": FLOW_CONTROL,
  "policy-semantics-flow-forward": FLOW_FORWARD,
  "policy-semantics-flow-requests": FLOW_REQUESTS,
  "policy-semantics": {
    mutate: ["harness/apim/policies/**/*.ts"],
    tests: ["test/harness/**/*.test.ts", "test/scenarios/**/*.test.ts"],
    parts: [
      "policy-semantics-access",
      "policy-semantics-throttling",
      "policy-semantics-transformation-message",
      "policy-semantics-transformation-conversion",
      "policy-semantics-flow-control",
      "policy-semantics-flow-forward",
      "policy-semantics-flow-requests",
      "policy-semantics-caching",
      "policy-semantics-ai-tokens",
      "policy-semantics-ai-logging",
      "policy-semantics-ai-token-metrics",
      "policy-semantics-validate-jwt-checks",
      "policy-semantics-validate-jwt-claims",
      "policy-semantics-validate-jwt-keys",
      "policy-semantics-validate-jwt-openid",
      "policy-semantics-validate-azure-ad-token",
      "policy-semantics-authentication",
    ],
  },
  "dotnet-twins": {
    mutate: ["harness/dotnet/**/*.ts"],
    parts: [
      "dotnet-twins-text",
      "dotnet-twins-numbers",
      "dotnet-twins-collections",
      "dotnet-twins-runtime",
      "dotnet-twins-runtime-regex",
      "dotnet-twins-runtime-uri",
      "dotnet-twins-json-read",
      "dotnet-twins-json-tree",
      "dotnet-twins-json-text",
      "dotnet-twins-json-views",
      "dotnet-twins-json-api",
      "dotnet-twins-json-conversions",
      "dotnet-twins-x509",
      "dotnet-twins-x509-chain",
      "dotnet-twins-crypto",
      "dotnet-twins-credentials",
      "dotnet-twins-time-span",
      "dotnet-twins-time-zones",
      "dotnet-twins-time-values",
      "dotnet-twins-time-offset",
      "dotnet-twins-time-format",
      "dotnet-twins-time-parse",
      "dotnet-twins-xml-nodes",
      "dotnet-twins-xml-names",
      "dotnet-twins-xml-writer",
    ],
    tests: ["test/dotnet/**/*.test.ts", "test/harness/**/*.test.ts", "test/regex/**/*.test.ts"],
  },
  "appgw-client-auth": {
    mutate: ["harness/appgw/client-authentication.ts"],
    tests: [
      "test/appgw/client-authentication.test.ts",
      "test/appgw/client-authentication-pre-v3.test.ts",
      "test/appgw/trusted-chains.test.ts",
      "test/appgw/configuration.test.ts",
      "test/appgw/seed-scenarios.test.ts",
      "test/appgw/header-spoofing.test.ts",
    ],
  },
};
