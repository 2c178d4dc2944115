// jose (JWS signing and verification for validate-jwt and mintJwt), loaded on first use: every
// jose call here is asynchronous, and a test file that never touches a JWT should not pay for
// loading it (about 0.1 s per process, more on a busy machine).

let loaded: Promise<typeof import("jose")> | undefined;

/** The jose module, imported once. */
export function jose(): Promise<typeof import("jose")> {
  loaded ??= import("jose");
  return loaded;
}
