// Lets the (async) APIM harness validate certificates ahead of a request, so that the synchronous
// VerifyNoRevocation() inside expressions hits the memo instead of blocking on the worker thread.
import { resolveEnvironment, UNIX_EPOCH_TICKS, type DotnetEnvironment } from "./environment.ts";
import { validateChainAsync } from "./chain-validation.ts";

/** Validates each certificate (DER) against `env`'s trust store at `env`'s instant and memoizes the results. */
export async function warmUpChainValidation(
  certificates: readonly Uint8Array[],
  env: DotnetEnvironment,
): Promise<void> {
  const resolved = resolveEnvironment(env);
  const atMs = Number((resolved.utcTicks - UNIX_EPOCH_TICKS) / 10_000n);
  await Promise.all(
    certificates.map((der) => validateChainAsync(der, resolved.trustedCaCertificates, atMs)),
  );
}
