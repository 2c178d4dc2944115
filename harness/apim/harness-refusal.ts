// The harness's refusal to run something APIM would not deploy (an expression the translator
// rejects, a raw-xml element, a missing named value or fragment, a variable of a type APIM cannot
// store). It is thrown, not returned as a response: a test must never observe a refusal as if it
// were gateway behaviour (a test expecting 500 would otherwise pass over an undeployable policy).

/** Thrown by `send()` when the configured policies cannot be deployed to APIM as they are. */
export class HarnessRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HarnessRefusal";
  }
}
