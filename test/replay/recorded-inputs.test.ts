// What the harness records as an evaluation's inputs (no C# needed): the context state at the
// moment the expression ran, not at the end of the request; the gateway's certificates, trust
// store (empty on v2 tiers), clock and zone; LastError in on-error; typed variables; the named
// values the C# text references.
import { describe, expect, it } from "vitest";
import { choose, namedBoolean, policy, setHeader, setVariable, when } from "apim-ts";
import { createGateway } from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";

const document = policy({
  inbound: [
    setVariable("first", (c) => c.Request.Headers.GetValueOrDefault("X-A", "")),
    setHeader("X-A", "changed"),
    setVariable("second", (c) => c.Request.Headers.GetValueOrDefault("X-A", "")),
    choose(when((c) => namedBoolean("flag") && c.Request.Certificate != null, [])),
    setVariable("boom", (c) => c.Request.Headers.GetValueOrDefault("X-Missing")!.length),
  ],
  onError: [setVariable("reason", (c) => c.LastError.Reason)],
});

function gateway(tier: "Developer" | "StandardV2", timeZone = "UTC") {
  return createGateway({
    policies: { operation: document },
    clock: { instant: "2026-06-15T08:00:00Z", timeZone },
    namedValues: { flag: "true", unused: "x" },
    deployment: {
      tier,
      negotiateClientCertificate: true,
      certificates: [certs.validClient],
      caCertificates: [certs.rootCa, certs.devIntermediateCa],
    },
  });
}

describe("recorded inputs", () => {
  it("capture the state each expression saw, in the replay's wire format", async () => {
    const result = await gateway("Developer", "+02:00").send({
      headers: { "X-A": "original" },
      clientCertificate: certs.validClient,
    });
    const [first, second, condition, boom, reason] = result.evaluations;
    expect(first!.inputs.context.request?.headers).toEqual({ "X-A": ["original"] });
    expect(first!.inputs.context.variables).toEqual({});
    expect(second!.inputs.context.request?.headers).toEqual({ "X-A": ["changed"] });
    expect(second!.inputs.context.variables).toEqual({
      first: { type: "string", value: "original" },
    });
    expect(condition!.inputs.namedValues).toEqual({ flag: "true" });
    const context = condition!.inputs.context;
    expect(context.now).toBe("2026-06-15T08:00:00.000Z");
    expect(context.timeZone).toBe("Etc/GMT-2");
    expect(context.request?.certificate).toBe(
      Buffer.from(certs.validClient.der).toString("base64"),
    );
    expect(Object.keys(context.deployment?.certificates ?? {})).toEqual([
      certs.validClient.thumbprint,
    ]);
    expect(context.trustedCaCertificates).toHaveLength(2);
    expect(boom!.outcome).toMatchObject({ exception: { type: "System.NullReferenceException" } });
    expect(boom!.inputs.context.lastError).toBeNull();
    expect(reason!.inputs.context.lastError).toMatchObject({
      reason: "ExpressionValueEvaluationFailure",
      section: "inbound",
      source: "set-variable",
    });
    expect(result.evaluations.every((e) => e.inputs.limitations.length === 0)).toBe(true);
  });

  it("hold no trust store on the v2 tiers", async () => {
    const result = await gateway("StandardV2").send();
    expect(result.evaluations[0]!.inputs.context.trustedCaCertificates).toEqual([]);
    expect(result.evaluations[0]!.inputs.context.timeZone).toBe("UTC");
  });
});
