// APIM named values: `{{name}}` is replaced as text before a policy is evaluated. In literal slots
// namedValue() is that token; inside expressions the translator writes the token into the C#
// (`"{{name}}"` for text, bare `{{name}}` for a boolean) and the harness reads the configured
// text the way C# reads it there (harness/apim/named-value-reading.ts).
//
// The one rule for a name, used by every module that reads or checks one (config, translator,
// importer, C# scans, harness). A policy references a named value by its display name
// ("Use named values in Azure API Management policies", "Use a named value": "place its display
// name inside a double pair of braces like `{{ContosoHeader}}`"), and the management API
// constrains that display name (azure-rest-api-specs, Microsoft.ApiManagement stable/2022-08-01
// definitions.json, NamedValueContractProperties.displayName: "It may contain only letters,
// digits, period, dash, and underscore characters.", minLength 1, maxLength 256,
// pattern `^[A-Za-z0-9-._]+$`). Text between `{{` and `}}` that breaks the rule cannot name one.

/** The longest display name the management API accepts (maxLength 256). */
export const NAMED_VALUE_NAME_MAX_LENGTH = 256;

/** The rule in words, for messages. */
export const NAMED_VALUE_NAME_RULE = `1 to ${NAMED_VALUE_NAME_MAX_LENGTH} letters, digits, '.', '-' or '_'`;

const NAME_SOURCE = `[A-Za-z0-9._-]{1,${NAMED_VALUE_NAME_MAX_LENGTH}}`;
const NAME = new RegExp(`^${NAME_SOURCE}$`);
const REFERENCE = new RegExp(`^\\{\\{(${NAME_SOURCE})\\}\\}$`);

/** Whether `name` is a valid named value (display) name. */
export function isNamedValueName(name: string): boolean {
  return NAME.test(name);
}

/**
 * A new regex for `{{name}}` tokens, the name in group 1. Each caller keeps its own: with the
 * `g` flag (matchAll, replace) a regex carries lastIndex from one use to the next.
 */
export function namedValueTokens(flags = ""): RegExp {
  return new RegExp(`\\{\\{(${NAME_SOURCE})\\}\\}`, flags);
}

/** The name when the whole of `text` is one `{{name}}` reference, else undefined. */
export function namedValueReference(text: string): string | undefined {
  return REFERENCE.exec(text)?.[1];
}

/** How an expression sees named values: installed by the harness while an expression runs. */
export interface NamedValueResolver {
  /** The string C# reads from `"{{name}}"`. */
  text(name: string): string;
  /** The boolean C# reads from a bare `{{name}}`. */
  boolean(name: string): boolean;
}

let resolver: NamedValueResolver | undefined;

/** Installs the harness's named-value lookup (undefined removes it). */
export function setNamedValueResolver(resolve: NamedValueResolver | undefined): void {
  resolver = resolve;
}

function checkName(name: string): void {
  if (!isNamedValueName(name)) {
    throw new Error(
      `namedValue(): '${name}' is not a valid named value name (${NAMED_VALUE_NAME_RULE})`,
    );
  }
}

/**
 * A named value as text: `"{{name}}"` in C# and in literal attributes. In a test, the harness's
 * configured value as the C# string literal reads it (`\n` is a line break, `\\` a backslash).
 */
export function namedValue(name: string): string {
  checkName(name);
  return resolver ? resolver.text(name) : `{{${name}}}`;
}

/**
 * A named value that holds a C# boolean literal (`true` / `false`), written bare into the C#:
 * `{{validate-certificate-chain}}`. In a test, the configured text parsed as C# would.
 */
export function namedBoolean(name: string): boolean {
  checkName(name);
  if (!resolver) throw new Error(`namedBoolean('${name}') is only available inside an expression`);
  return resolver.boolean(name);
}
