// ip-filter: allow lets only the listed callers through, forbid refuses them; addresses may be
// expressions (here a named value), ranges are inclusive and work for IPv4 and IPv6. This is the
// idiomatic fix for the seed's direct-to-APIM hole: admit only the Application Gateway's address.
import { describe, expect, it } from "vitest";
import { base, forwardRequest, ipFilter, namedValue, policy } from "apim-ts";
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
