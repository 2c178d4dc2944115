// ip-filter: allow lets only the listed callers through, forbid refuses them; addresses may be
// expressions (here a named value), ranges are inclusive and work for IPv4 and IPv6. This is the
// idiomatic fix for the seed's direct-to-APIM hole: admit only the Application Gateway's address.
import { describe, expect, it } from "vitest";
import { base, forwardRequest, ipFilter, namedValue, policy } from "apim-ts";
import type { Context, IpFilterOptions } from "apim-ts";
import { createGateway } from "apim-ts/harness";

function gateway(action: "allow" | "forbid") {
  return createGateway({
    namedValues: { "agw-private-ip": "10.0.1.4" },
    policies: {
      global: policy({
        inbound: [
          ipFilter({
            action,
            addresses: [(context) => namedValue("agw-private-ip"), "2001:db8::7"],
            ranges: [{ from: "192.168.10.0", to: "192.168.10.255" }],
          }),
        ],
        backend: [forwardRequest()],
      }),
      operation: policy({ inbound: [base()], backend: [base()] }),
    },
  });
}

describe("ip-filter", () => {
  it("allow: only listed addresses and ranges reach the backend", async () => {
    const apim = gateway("allow");
    for (const ip of ["10.0.1.4", "192.168.10.0", "192.168.10.255", "2001:db8:0:0::7"]) {
      expect(await apim.send({ ipAddress: ip }), ip).toHaveReachedBackend();
    }
    for (const ip of ["10.0.1.5", "192.168.11.0", "2001:db8::8"]) {
      const result = await apim.send({ ipAddress: ip });
      expect(result, ip).toBeRejectedWith(403, "CallerIpNotAllowed");
      expect(result.lastError).toMatchObject({ Source: "ip-filter", Section: "inbound" });
    }
  });

  it("forbid: listed callers are refused, everyone else passes", async () => {
    const apim = gateway("forbid");
    expect(await apim.send({ ipAddress: "10.0.1.4" })).toBeRejectedWith(403, "CallerIpBlocked");
    expect(await apim.send({ ipAddress: "203.0.113.10" })).toHaveReachedBackend();
  });

  it("the builder refuses what APIM refuses", () => {
    expect(() => ipFilter({ action: "allow" })).toThrow(/at least one address/);
    expect(() => ipFilter({ action: "allow", addresses: ["10.0.0.300"] })).toThrow(
      /not an IP address/,
    );
    expect(() =>
      ipFilter({ action: "allow", ranges: [{ from: "10.0.0.9", to: "10.0.0.1" }] }),
    ).toThrow(/high to low/);
    expect(() => ipFilter({ action: "allow", ranges: [{ from: "10.0.0.1", to: "::1" }] })).toThrow(
      /one family/,
    );
  });
});

describe("ip-filter: computed action and addresses", () => {
  const guarded = (options: IpFilterOptions) =>
    createGateway({
      policies: { operation: policy({ inbound: [ipFilter(options)], backend: [base()] }) },
    });
  /** An expression reading X-Value (a JavaScript caller's cast: the types want a literal union). */
  const fromHeader = ((context: Context) =>
    context.Request.Headers.GetValueOrDefault("X-Value", "")) as unknown as () => "allow";
  const throwsText = (context: Context) => context.Request.Certificate!.Thumbprint;

  it("refuses a computed action or address APIM's page does not describe", async () => {
    // ip-filter-policy.md, Attributes: action is `allow` or `forbid`; Elements: an address is "a
    // single IP address". What APIM does when an expression gives something else is not documented.
    await expect(
      guarded({ action: fromHeader, addresses: ["10.0.1.4"] }).send({
        headers: { "X-Value": "deny" },
      }),
    ).rejects.toThrow("ip-filter action: expected 'allow' or 'forbid', got 'deny'");
    await expect(
      guarded({ action: "allow", addresses: ["10.0.1.4", fromHeader] }).send({
        headers: { "X-Value": "10.0.0.300" },
      }),
    ).rejects.toThrow("ip-filter address: expected an IP address, got '10.0.0.300'");
    await expect(
      guarded({
        action: "allow",
        addresses: [
          "10.0.1.4",
          ((context: Context) =>
            context.Request.Headers.GetValueOrDefault("X-Absent")) as unknown as () => string,
        ],
      }).send(),
    ).rejects.toThrow("ip-filter address[2]: the expression gave null");
  });

  it("a computed action and address are used as given", async () => {
    const apim = guarded({ action: fromHeader, addresses: ["10.0.1.4"] });
    const allowed = await apim.send({ ipAddress: "10.0.1.4", headers: { "X-Value": "allow" } });
    expect(allowed).toHaveReachedBackend();
    expect(allowed.logText).toContain("ip-filter allow: 10.0.1.4 passes");
    expect(
      await apim.send({ ipAddress: "10.0.1.4", headers: { "X-Value": "forbid" } }),
    ).toBeRejectedWith(403, "CallerIpBlocked");
  });

  it.each([
    ["action", { action: throwsText as unknown as () => "allow", addresses: ["10.0.1.4"] }],
    ["address[2]", { action: "allow", addresses: ["10.0.1.4", throwsText] }],
  ] as const)(
    "an expression that throws in %s fails the request and the log names it",
    async (slot, options) => {
      const result = await guarded(options as IpFilterOptions).send({ ipAddress: "10.0.1.4" });
      // Microsoft, "Error handling in API Management policies", Predefined errors for built-in
      // steps: ExpressionValueEvaluationFailure (the 500 is the project's choice).
      expect(result).toBeRejectedWith(500, "ExpressionValueEvaluationFailure");
      // The harness's log names the attribute (the project's rule: a located error).
      expect(result.logText).toContain(`ip-filter ${slot}: expression threw`);
    },
  );
});
