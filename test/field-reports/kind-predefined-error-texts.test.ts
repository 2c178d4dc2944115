// Kind 3 of issue 14 (field report 10): context.LastError's Reason and Message are the service's
// predefined texts ("Error handling in API Management policies", table "Predefined errors for
// policies"), while the caller's body keeps what the policy configured (or the service's own body).
import { describe, expect, it } from "vitest";
import { base, checkHeader, ipFilter, policy, rateLimit, setHeader } from "apim-ts";
import type { InboundStatement } from "apim-ts";
import { createGateway } from "apim-ts/harness";

function gateway(guard: InboundStatement, clock?: { instant: string }) {
  return createGateway({
    clock,
    policies: {
      operation: policy({
        inbound: [base(), guard],
        backend: [base()],
        onError: [
          setHeader("X-Error-Reason", (c) => c.LastError.Reason),
          setHeader("X-Error-Message", (c) => c.LastError.Message),
        ],
      }),
    },
  });
}

const texts = (result: { header(name: string): string | null }) => [
  result.header("X-Error-Reason"),
  result.header("X-Error-Message"),
];

describe("predefined LastError texts", () => {
  it("check-header: a multi-valued header is named with its values as expressions read them", async () => {
    const apim = gateway(
      checkHeader({
        name: "X-Tenant",
        failedCheckHttpCode: 401,
        failedCheckErrorMessage: "nope",
        ignoreCase: true,
        values: ["alpha"],
      }),
    );
    const result = await apim.send({ headers: { "X-Tenant": ["gamma", "delta"] } });
    expect(result.status).toBe(401);
    expect(texts(result)).toEqual([
      "HeaderValueNotAllowed",
      "Header X-Tenant value of gamma,delta is not allowed. Access denied.",
    ]);
  });

  it("rate-limit: RateLimitExceeded, 'Rate limit is exceeded'; the caller's body still says when to retry", async () => {
    const apim = gateway(rateLimit({ calls: 1, renewalPeriod: 30 }), {
      instant: "2030-01-01T00:00:00Z",
    });
    await apim.send();
    const result = await apim.send();
    expect(result.status).toBe(429);
    expect(texts(result)).toEqual(["RateLimitExceeded", "Rate limit is exceeded"]);
    expect(JSON.parse(result.body).message).toBe(
      "Rate limit is exceeded. Try again in 30 seconds.",
    );
  });

  it("ip-filter allow: CallerIpNotAllowed naming the address", async () => {
    const result = await gateway(ipFilter({ action: "allow", addresses: ["10.0.0.1"] })).send({
      ipAddress: "10.0.0.2",
    });
    expect(result.status).toBe(403);
    expect(texts(result)).toEqual([
      "CallerIpNotAllowed",
      "Caller IP address 10.0.0.2 is not allowed. Access denied.",
    ]);
  });

  it("ip-filter forbid: CallerIpBlocked without the address", async () => {
    const result = await gateway(ipFilter({ action: "forbid", addresses: ["10.0.0.1"] })).send({
      ipAddress: "10.0.0.1",
    });
    expect(texts(result)).toEqual([
      "CallerIpBlocked",
      "Caller IP address is blocked. Access denied.",
    ]);
  });

  it("ip-filter: a caller address that is not an IP address is FailedToParseCallerIP", async () => {
    const result = await gateway(ipFilter({ action: "allow", addresses: ["10.0.0.1"] })).send({
      ipAddress: "unknown",
    });
    expect(texts(result)).toEqual([
      "FailedToParseCallerIP",
      "Failed to establish IP address for the caller. Access denied.",
    ]);
  });
});
