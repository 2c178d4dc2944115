// Issue 15's benchmark: validate-jwt with an RSA key (RS256, the key as modulus and exponent)
// through the simulated gateway, beside a direct jose verification of the same token with the
// key imported once (as APIM keeps a policy's keys, and as the harness caches them). The target
// is the harness at 2x the direct call's time or less; figures, not pass/fail.
import { importJWK, jwtVerify } from "jose";
import { base, policy, validateJwt } from "../src/index.ts";
import { createGateway } from "../harness/apim/gateway.ts";
import { mintJwt, rsaPublicKey } from "../harness/apim/jwt/mint.ts";
import { TEST_RSA_KEYS } from "../harness/apim/jwt/test-keys.ts";
import { rate } from "./measure.ts";

const ISSUER = "https://login.contoso.example/";
const AUDIENCE = "api://orders";

export async function run(): Promise<void> {
  const key = rsaPublicKey(TEST_RSA_KEYS.issuer);
  const gateway = createGateway({
    clock: { instant: "2030-01-01T08:00:00Z" },
    policies: {
      operation: policy({
        inbound: [
          validateJwt({
            headerName: "Authorization",
            requireScheme: "Bearer",
            issuerSigningKeys: [key],
            audiences: [AUDIENCE],
            issuers: [ISSUER],
          }),
        ],
        backend: [base()],
      }),
    },
  });
  const token = await mintJwt({
    key: { rsa: TEST_RSA_KEYS.issuer },
    now: gateway.clock,
    issuer: ISSUER,
    audience: AUDIENCE,
    expiresIn: 365 * 86_400,
  });
  const request = { headers: { Authorization: `Bearer ${token}` } };
  const check = await gateway.send(request);
  if (check.status !== 200) throw new Error(`expected 200, got ${check.status}: ${check.logText}`);

  const publicKey = await importJWK({ kty: "RSA", ...key }, "RS256");
  const options = {
    algorithms: ["RS256"],
    issuer: ISSUER,
    audience: AUDIENCE,
    currentDate: gateway.clock.date(),
  };
  await jwtVerify(token, publicKey, options);

  const direct = await rate(() => jwtVerify(token, publicKey, options));
  const harness = await rate(() => gateway.send(request));
  const format = (value: number) => Math.round(value).toLocaleString("en-US").padStart(8);
  console.log("\nvalidate-jwt, RS256 with an n/e key (one core)");
  console.log(`  jose jwtVerify, key imported once        ${format(direct)} verifications/s`);
  console.log(`  through the simulated gateway            ${format(harness)} req/s`);
  console.log(
    `  harness / direct time                    ${(direct / harness).toFixed(2)}x (target 2x or less)`,
  );
}
