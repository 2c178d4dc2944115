// Every conformance case, in one list: the batch test runs them together and the coverage test
// reads their sources to see which declared members they exercise.
import type { SnippetSpec } from "../../harness/conformance/index.ts";
import { arrayCases } from "./cases/arrays.ts";
import { authorizationCases } from "./cases/authorization.ts";
import { certificateCases } from "./cases/certificates.ts";
import { contextCases } from "./cases/context.ts";
import { dictionaryCases } from "./cases/dictionaries.ts";
import { dotnetCases, dotnetTextCases } from "./cases/dotnet.ts";
import { jsonCases } from "./cases/json.ts";
import { exceptionCases } from "./cases/exceptions.ts";
import { comparisonCases, formattingCases } from "./cases/formatting.ts";
import { statementCases } from "./cases/statements.ts";
import { stringCases } from "./cases/strings.ts";
import { numberCases, numberDeclarations } from "./cases/numbers.ts";
import { integerCases } from "./cases/integers.ts";
import { numberFormatCases } from "./cases/number-format.ts";
import { uriCases } from "./cases/uris.ts";
import { hashingCases } from "./cases/hashing.ts";
import { variableCases } from "./cases/variables.ts";
import { indexerKeyCases } from "./cases/indexer-keys.ts";
import { jwtCases } from "./cases/jwt.ts";
import { timeCases } from "./cases/time.ts";
import { timeParsingCases } from "./cases/time-parsing.ts";
import { guidCases } from "./cases/guids.ts";
import { regexCases } from "./cases/regex.ts";
import { xmlCases } from "./cases/xml.ts";
import { basicCredentialCases } from "./cases/basic-credentials.ts";
import { encryptionCases } from "./cases/encryption.ts";
import { rsaCases } from "./cases/rsa.ts";

export const allCases: readonly SnippetSpec[] = [
  ...stringCases,
  ...arrayCases,
  ...dotnetCases,
  ...contextCases,
  ...variableCases,
  ...indexerKeyCases,
  ...numberCases,
  ...integerCases,
  ...numberFormatCases,
  ...uriCases,
  ...regexCases,
  ...guidCases,
  ...hashingCases,
  ...dictionaryCases,
  ...certificateCases,
  ...jwtCases,
  ...timeCases,
  ...timeParsingCases,
  ...basicCredentialCases,
  ...encryptionCases,
  ...rsaCases,
  ...authorizationCases,
  ...jsonCases,
  ...xmlCases,
  ...exceptionCases,
  ...statementCases,
  ...formattingCases,
  ...comparisonCases,
];

/**
 * The families that once ran as batches of their own, with the fewest generated cases each must
 * keep: the batch checks them from its one run (running them again cost a second mcs and mono
 * pass over the same cases). `APIM_TS_CONFORMANCE=json,xml` runs only those families.
 */
export const caseFamilies: Readonly<
  Record<string, { readonly cases: readonly SnippetSpec[]; readonly minimum: number }>
> = {
  json: { cases: jsonCases, minimum: 5_000 },
  // Run-time keys that name a member of the dictionary or token (cases/indexer-keys.ts).
  "indexer-keys": { cases: indexerKeyCases, minimum: 2_000 },
  jwt: { cases: jwtCases, minimum: 101 },
  authorization: { cases: authorizationCases, minimum: 10 },
  "regex-guid": { cases: [...regexCases, ...guidCases], minimum: 5_001 },
  time: { cases: [...timeCases, ...timeParsingCases], minimum: 1_501 },
  xml: { cases: xmlCases, minimum: 3_000 },
  // The text twins (harness/dotnet: String statics, Convert, WebUtility, Encoding, Math) and the
  // String members that compare with a StringComparison: the family mutation/ replays against
  // the cached .NET outcomes (area dotnet-twins-text).
  "dotnet-text": {
    cases: [...dotnetTextCases, ...formattingCases, ...comparisonCases],
    minimum: 5_000,
  },
};

/** Module-level declarations (helpers) the cases share, placed before every snippet. */
export const allDeclarations = [numberDeclarations].join("\n");
