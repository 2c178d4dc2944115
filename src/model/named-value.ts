// APIM named values: `{{name}}` is replaced as text before a policy is evaluated. In literal slots
// namedValue() is that token; inside expressions the translator writes the token into the C#
// (`"{{name}}"` for text, bare `{{name}}` for a boolean) and the harness reads the configured
// text the way C# reads it there (harness/apim/named-value-reading.ts).

const NAME = /^[A-Za-z0-9._-]{1,256}$/;

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
  if (!NAME.test(name)) {
    throw new Error(
      `namedValue(): '${name}' is not a valid named value name (letters, digits, '.', '_', '-')`,
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
