// The error an invalid gateway configuration fails with: the property path in the resource (as a
// Bicep author would find it), a code (Azure's own error name where Azure documents one) and why.
// Every problem found is collected first, so one run shows all of them.

/** One problem with the configuration. */
export interface ConfigurationProblem {
  /** Property path in the resource, e.g. `properties.requestRoutingRules[1].properties.httpListener.id`. */
  readonly path: string;
  /**
   * Azure's error name when Azure documents one (`ApplicationGatewayOnlyOneRootCAAllowedInTrustedClientCertificate`),
   * otherwise a descriptive name of this project's (`InvalidReference`, `UnknownServerVariable`, ...).
   */
  readonly code: string;
  readonly message: string;
}

/** Thrown by `createApplicationGateway` when the configuration would not deploy (or cannot be simulated). */
export class ApplicationGatewayConfigurationError extends Error {
  readonly problems: readonly ConfigurationProblem[];

  constructor(problems: readonly ConfigurationProblem[]) {
    super(
      `Invalid Application Gateway configuration (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        problems
          .map((problem) => `  ${problem.path}: ${problem.code}: ${problem.message}`)
          .join("\n"),
    );
    this.name = "ApplicationGatewayConfigurationError";
    this.problems = problems;
  }
}

/** Collects problems while a configuration is checked. */
export class ProblemList {
  readonly items: ConfigurationProblem[] = [];

  add(path: string, code: string, message: string): void {
    this.items.push({ path, code, message });
  }

  /** Throws when anything was collected. */
  throwIfAny(): void {
    if (this.items.length > 0) throw new ApplicationGatewayConfigurationError(this.items);
  }
}
