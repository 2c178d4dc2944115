// Every diagnostic apim-ts reports, with its hand-assigned code. Codes never change meaning and
// are never reused; test/diagnostics/codes.test.ts checks they are unique. The README's
// diagnostics table is generated from this list (`apim-ts diagnostics`).

export interface DiagnosticDefinition {
  readonly code: string;
  readonly category: "error" | "warning";
  /** One line for the documentation table. */
  readonly summary: string;
}

function define(
  code: string,
  summary: string,
  category: "error" | "warning" = "error",
): DiagnosticDefinition {
  return { code, category, summary };
}

/** Translation of TypeScript expressions to C# (APIM1xxx). */
export const Codes = {
  unsupportedSyntax: define(
    "APIM1001",
    "A TypeScript construct with no exact C# equivalent in a policy expression.",
  ),
  unsupportedMember: define(
    "APIM1002",
    "A member the translator has no exact mapping for (not on APIM's allow-list, or JavaScript-only).",
  ),
  replaceFirstOnly: define(
    "APIM1003",
    "String.prototype.replace with a string pattern replaces only the first match; C#'s Replace replaces all.",
  ),
  truthiness: define(
    "APIM1004",
    'Truthiness of a non-boolean (`!s`, `if (s)`, `s && ...`): JavaScript and C# disagree on null, "" and 0.',
  ),
  referenceEquality: define(
    "APIM1005",
    "=== on objects compares references in JavaScript but values in C# (DateTime, TimeSpan, Guid).",
  ),
  looseEquality: define(
    "APIM1006",
    "== / != other than against null: JavaScript coerces, C# does not.",
  ),
  templateHole: define(
    "APIM1007",
    "A template literal hole whose text differs between JavaScript and C# (null, boolean, double, objects).",
  ),
  concatenation: define(
    "APIM1008",
    "+ on strings with an operand whose text differs between JavaScript and C# (null, boolean, double, objects).",
  ),
  notBuildTime: define(
    "APIM1009",
    "A free variable whose value is not a build-time string, number, boolean, null or array of those.",
  ),
  helperShape: define(
    "APIM1010",
    "A helper function that cannot be inlined (its shape, recursion, or where it is called).",
  ),
  argumentBinding: define(
    "APIM1011",
    "A helper argument with possible side effects in a position where inlining would change evaluation order.",
  ),
  missingReturn: define(
    "APIM1012",
    "A block-bodied expression with a path that does not return a value.",
  ),
  integerArithmetic: define(
    "APIM1013",
    "Integer arithmetic whose result differs (division, overflow-prone operators on unknown numeric types).",
  ),
  variableType: define(
    "APIM1014",
    "Variables.GetValueOrDefault<T> without an explicit C# type argument (string, int, double, bool, bytes, DateTime, ...).",
  ),
  nullConditionalValue: define(
    "APIM1015",
    "?. producing a value type (bool, int, DateTime): C# makes it nullable and comparisons change.",
  ),
  regexPattern: define(
    "APIM1016",
    "A Regex pattern that is not a literal in the subset where .NET and JavaScript agree.",
  ),
  namedValueName: define(
    "APIM1017",
    "namedValue()/namedBoolean() needs a string literal name of 1 to 256 letters, digits, '.', '-' or '_'.",
  ),
  elementAccess: define(
    "APIM1018",
    "Indexing that behaves differently (strings, out-of-range reads, dictionaries).",
  ),
  javascriptGlobal: define(
    "APIM1019",
    "A JavaScript global (Math, JSON, parseInt, String(...), ...) with no exact C# counterpart.",
  ),
  lambdaShape: define(
    "APIM1020",
    "A callback with a block body, an index parameter or destructuring.",
  ),
  assignment: define(
    "APIM1021",
    "Assignment to anything but a local declared with let, or a compound assignment.",
  ),
  caseMapping: define(
    "APIM1022",
    "toUpperCase/toLowerCase become ToUpperInvariant/ToLowerInvariant, which differ for a few non-ASCII letters.",
    "warning",
  ),
  constantOverflow: define(
    "APIM1023",
    "int or long arithmetic on constant operands that overflows or divides by zero, or a constant conversion outside int's or long's range: C# evaluates it when it compiles, in checked mode, and refuses to compile it (CS0220, CS0020, CS0221).",
  ),
  // Time (APIM1040-APIM1059).
  mixedTimeTypes: define(
    "APIM1040",
    "A comparison between a DateTime and a DateTimeOffset (or a TimeSpan): C# converts the DateTime with the gateway's offset first, JavaScript compares raw ticks.",
  ),
  dateTimeNotAllowed: define(
    "APIM1041",
    "DateTime.TryParse or DateTime.ParseExact, which APIM's allow-list leaves out (DateTimeOffset's are allowed).",
  ),
  // Indexing (APIM1042).
  arrayIndexType: define(
    "APIM1042",
    "A string[] indexed by a long or double: C# indexes the array (ElementAtOrDefault) with an int only, so the C# would not compile.",
  ),
  tryShape: define(
    "APIM1070",
    "A try statement C# cannot express the same way (return, throw, or a break or continue leaving finally; a destructured catch variable).",
  ),
  exceptionType: define(
    "APIM1071",
    "An exception type other than System.Exception (the only one on APIM's allow-list), or a throw of a value that is not an Exception.",
  ),
  switchFallThrough: define(
    "APIM1072",
    "A switch section that falls through into the next one, which C# forbids.",
  ),
  switchShape: define(
    "APIM1073",
    "A switch C# cannot express the same way: a value that is not a string or int, a case label that is not a constant, a repeated label.",
  ),
  loopShape: define(
    "APIM1074",
    "A loop or jump C# cannot express the same way: a for loop other than `for (let i = ...; condition; i++)`, labels, do..while.",
  ),
  unassignedLocal: define(
    "APIM1075",
    "A local declared without an initializer where TypeScript does not check definite assignment (strict is off).",
  ),
  stringFormat: define(
    "APIM1076",
    "A string.Format whose format is not a build-time string of {index} and {index,alignment} items over string and int arguments.",
  ),
  compareResult: define(
    "APIM1077",
    "A string.Compare result used other than by comparing it with 0: .NET documents only its sign, and implementations return different magnitudes.",
  ),
  numberFormat: define(
    "APIM1078",
    "A number's ToString(format) that is not an int or long with a literal D, X, N or F format (precision 0-99).",
  ),
  // Regular expressions beyond IsMatch (APIM1100-APIM1119; patterns themselves are APIM1016).
  regexOptions: define(
    "APIM1100",
    "Regex options that are not one RegexOptions member written out (None, IgnoreCase, Multiline or Singleline).",
  ),
  regexReplacement: define(
    "APIM1101",
    "A Regex.Replace replacement with a $ substitution .NET reads otherwise than it looks ($+, $_, a reference to no group of the pattern, or a group number above Int32.MaxValue, which makes .NET throw).",
  ),
  regexIndexer: define(
    "APIM1102",
    "A GroupCollection or MatchCollection indexed by something other than an int, or by a group name that is not a string literal.",
  ),
  // System.Xml.Linq (APIM1120-APIM1139).
  xmlNamespacePlus: define(
    "APIM1120",
    'XNamespace + "local": C# makes an XName where JavaScript joins text; write ns.GetName("local").',
  ),
  // Build (APIM2xxx).
  typeScriptError: define(
    "APIM2001",
    "A TypeScript error in policy-src (reported with TypeScript's own message).",
  ),
  documentTooLarge: define(
    "APIM2002",
    "A policy document over APIM's 256 KiB limit (16 KiB on Consumption).",
  ),
  fragmentTooLarge: define("APIM2003", "A policy fragment over APIM's 32 KB limit."),
  moduleLoadFailed: define("APIM2004", "A policy module threw while it was being loaded."),
  untaggedExpression: define(
    "APIM2005",
    "An expression function that was not written in a policy source file (no source to translate).",
  ),
  noDocument: define(
    "APIM2006",
    "An entry module whose default export is not a policy or fragment document.",
    "warning",
  ),
  backendNeverForwards: define(
    "APIM2007",
    "An operation or API policy whose backend section neither forwards the request nor holds <base/>: requests never reach the backend.",
    "warning",
  ),
  sectionWithoutBase: define(
    "APIM2008",
    "A section without <base/> below the global scope: the enclosing scopes' policies do not run for it.",
    "warning",
  ),
  policyNotInSection: define(
    "APIM2009",
    "A policy in a section (or at a scope) APIM does not allow it in, directly, in a choose branch or through an included fragment.",
  ),
  policyRule: define(
    "APIM2010",
    "A policy attribute APIM refuses: an expression where it takes only literals, a value outside its enumeration or range, an empty name, a line break in a status reason.",
  ),
  unknownStatement: define(
    "APIM2011",
    "A statement whose kind is not in apim-ts's list of policies (not built with its builders).",
  ),
  fragmentContent: define(
    "APIM2012",
    "A fragment holding <base/> or <include-fragment>, which APIM does not allow in fragments.",
  ),
  // Project setup: the configuration file and `apim-ts init` (APIM2100-APIM2119).
  invalidProjectConfig: define(
    "APIM2100",
    "apim-ts.config.json has an unknown property or a value of the wrong kind (the message names it).",
  ),
  initWouldOverwrite: define(
    "APIM2101",
    "`apim-ts init` found a file it would create already there, and changed nothing.",
  ),
  formatDiffersFromProject: define(
    "APIM2102",
    "`build --format` differs from the project's format and would overwrite its committed outputs.",
  ),
  // Importing existing policy XML: `apim-ts import` (APIM3000-APIM3049).
  importMalformed: define(
    "APIM3000",
    "`apim-ts import`: the XML document is malformed (unbalanced brackets, a broken attribute, an unknown section); the file is not imported.",
  ),
  importExpressionSyntax: define(
    "APIM3001",
    "`apim-ts import`: a policy expression is not valid C#; the file is not imported.",
  ),
  importRawPolicy: define(
    "APIM3002",
    "`apim-ts import`: a policy element kept as rawXml(...) (no builder, or something its builder does not write).",
    "warning",
  ),
  importKeptCSharp: define(
    "APIM3003",
    "`apim-ts import`: a C# expression kept as csharp(...) with a twin that throws (no TypeScript spelling yet).",
    "warning",
  ),
  importWouldOverwrite: define(
    "APIM3005",
    "`apim-ts import`: the module it would write already exists; the file is skipped (--force overwrites).",
  ),
  importRoundTrip: define(
    "APIM3004",
    "`apim-ts import`: the imported module does not build back to the original XML (the message lists the paths).",
  ),
  importBuildFailed: define(
    "APIM3020",
    "`apim-ts import`: the module could not be built at all for the round trip (the message gives the build's first error, e.g. 'apim-ts' not resolvable from --out); nothing is written for that file.",
  ),
} as const satisfies Record<string, DiagnosticDefinition>;

export type DiagnosticName = keyof typeof Codes;

/** All definitions, in code order (for documentation and the uniqueness test). */
export function allDiagnostics(): DiagnosticDefinition[] {
  return Object.values(Codes).sort((a, b) => a.code.localeCompare(b.code));
}
