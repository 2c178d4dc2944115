// APIM named values: `{{name}}` is replaced as text before a policy is evaluated. In literal slots
// namedValue() is that token; inside expressions the translator writes the token into the C#
// and the harness resolves it from its configuration.

const NAME = /^[A-Za-z0-9._-]{1,256}$/;
let resolver: ((name: string) => string) | undefined;

/** Installs the harness's named-value lookup (undefined removes it). */
export function setNamedValueResolver(resolve: ((name: string) => string) | undefined): void {
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
 * configured value.
 */
export function namedValue(name: string): string {
  checkName(name);
  return resolver ? resolver(name) : `{{${name}}}`;
}

/**
 * A named value that holds a C# boolean literal (`true` / `false`), written bare into the C#:
 * `{{validate-certificate-chain}}`. In a test, the configured text parsed as C# would.
 */
export function namedBoolean(name: string): boolean {
  checkName(name);
  if (!resolver) throw new Error(`namedBoolean('${name}') is only available inside an expression`);
  const text = resolver(name).trim();
  if (text === "true") return true;
  if (text === "false") return false;
  throw new Error(
    `named value '${name}' = '${text}' is not a C# boolean literal: the policy would not compile`,
  );
}
