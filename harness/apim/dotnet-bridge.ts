// The harness's only door to the .NET runtime in harness/dotnet: installs it (so DateTime,
// Convert, X509Certificate2, ... work inside expressions), runs a request inside the .NET
// environment (virtual instant, gateway time zone, trust store, Guid seed), and validates the
// caller's certificate chain ahead of the request (the synchronous VerifyNoRevocation() then
// hits the memo instead of blocking on a worker thread).
import { runInDotnetEnvironment, type DotnetEnvironment } from "../dotnet/environment.ts";
import { withDrawLog, type DrawLog } from "../dotnet/draw-log.ts";
import { GuidValue } from "../dotnet/guid.ts";
import { installDotnet } from "../dotnet/install.ts";
import { warmUpChainValidation } from "../dotnet/warm-up.ts";
import { X509Certificate2 } from "../../src/dotnet/x509-certificate2.ts";
import type { Guid } from "../../src/dotnet/numeric.ts";

export type { DotnetEnvironment };

installDotnet();

/** Runs `fn` (sync or async) with `env` as the ambient .NET environment. */
export function inDotnetEnvironment<T>(env: DotnetEnvironment, fn: () => T): T {
  return runInDotnetEnvironment(env, fn);
}

/**
 * Runs an expression with `log` receiving what it draws from the seeded sources: the GUIDs its
 * Guid.NewGuid() calls return ("D" format) and its Random.Next results, in
 * order: the C# replay returns the same ones (harness/crosscheck/guid-rewrite.ts, random-rewrite.ts).
 */
export function withExpressionDrawLog<T>(log: DrawLog, fn: () => T): T {
  return withDrawLog(log, fn);
}

/** context.RequestId's value: the next GUID of the seeded sequence, not logged as a NewGuid call. */
export function newRequestId(): Guid {
  return GuidValue.nextInSequence() as unknown as Guid;
}

/** Fills the chain-validation memo for these certificates at `env`'s instant and trust store. */
export function warmUpCertificates(
  certificates: readonly Uint8Array[],
  env: DotnetEnvironment,
): Promise<void> {
  return certificates.length === 0 ? Promise.resolve() : warmUpChainValidation(certificates, env);
}

/** An X509Certificate2 of the .NET runtime over DER bytes. */
export function newX509Certificate2(der: Uint8Array): X509Certificate2 {
  return new X509Certificate2(der);
}

/** Whether an error comes from a missing .NET implementation (a setup problem, not APIM behaviour). */
export function isMissingDotnetError(error: unknown): boolean {
  return (
    error instanceof Error && /has no implementation here|No \.NET environment/.test(error.message)
  );
}
