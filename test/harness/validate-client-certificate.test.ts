// validate-client-certificate: dates (NotBefore <= t <= NotAfter, zero-length window included),
// trust against the CA store in force (none on v2 tiers), revocation, identities (every attribute
// of at least one identity), the reasons and their order, ignore-error, 401.
// Sources: the reasons, 401 and the order (dates, trust, identity) are observed on real instances
// (shared/design/apim-semantics.md, validate-client-certificate; field report 03 for v2 tiers);
// the defaults are Microsoft's "Validate client certificate" reference, Attributes. The messages
// and the JSON body are the project's choices (docs/project-choices.md).
import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { base, policy, setHeader, validateClientCertificate } from "apim-ts";
import type { CertificateIdentity } from "apim-ts";
import { createGateway, requestClientCertificates, scenarios, type Tier } from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";

const DEV_ISSUER = "CN=APIM Sample DEV Intermediate CA";
const AFTER_SEED = "2026-06-02T00:00:00Z";

function gateway(
  options: {
    identities?: CertificateIdentity[];
    validateTrust?: boolean;
    /** "omit" leaves the attribute out, so the policy's documented default applies. */
    validateRevocation?: boolean | "omit";
    validateNotAfter?: boolean;
    ignoreError?: boolean;
    tier?: Tier;
    instant?: string;
    revocationReachable?: boolean;
    revokedThumbprints?: string[];
  } = {},
) {
  return createGateway({
    clock: { instant: options.instant ?? AFTER_SEED },
    deployment: {
      tier: options.tier,
      // APIM only sees the caller's certificate when it asks for it (off by default).
      ...requestClientCertificates(options.tier),
      certificates: [
        certs.validClient,
        { id: "unprotected-api", certificate: certs.unprotectedApi },
      ],
      caCertificates: [
        certs.rootCa,
        { id: "dev-intermediate", certificate: certs.devIntermediateCa },
      ],
      revocationReachable: options.revocationReachable,
      revokedThumbprints: options.revokedThumbprints,
    },
    policies: {
      operation: policy({
        inbound: [
          validateClientCertificate({
            id: "mtls",
            validateRevocation:
              options.validateRevocation === "omit"
                ? undefined
                : (options.validateRevocation ?? false),
            validateTrust: options.validateTrust,
            validateNotAfter: options.validateNotAfter,
            ignoreError: options.ignoreError,
            identities: options.identities ?? [
              { subject: "CN=Valid Client", issuerSubject: DEV_ISSUER },
              { subject: "CN=Unprotected API", issuerSubject: DEV_ISSUER },
            ],
          }),
        ],
        backend: [base()],
        onError: [setHeader("X-Reason", (context) => context.LastError.Reason)],
      }),
    },
  });
}

scenarios(
  "direct mTLS with the default identities",
  [
    {
      name: "no certificate",
      certificate: undefined,
      status: 401,
      reason: "ClientCertificateNotFound",
    },
    { name: "Valid Client", certificate: "validClient", status: 200 },
    { name: "Unprotected API", certificate: "unprotectedApi", status: 200 },
    {
      name: "Unregistered Client",
      certificate: "unregisteredClient",
      status: 401,
      reason: "ClientCertificateIdentityNotMatched",
    },
    {
      name: "Untrusted Client",
      certificate: "untrustedClient",
      status: 401,
      reason: "ClientCertificateNotTrusted",
    },
    {
      name: "Expired Client",
      certificate: "expiredClient",
      status: 401,
      reason: "ClientCertificateExpired",
    },
    {
      name: "Not Yet Valid Client",
      certificate: "notYetValidClient",
      status: 401,
      reason: "ClientCertificateNotYetValid",
    },
  ] as const,
  async (row) => {
    const result = await gateway().send({
      clientCertificate: row.certificate && certs[row.certificate],
    });
    if (row.status === 200) {
      expect(result).toRespondWith(200);
      expect(result).toHaveReachedBackend();
    } else {
      expect(result).toBeRejectedWith(401, row.reason);
      expect(result.lastError).toMatchObject({
        Source: "validate-client-certificate",
        PolicyId: "mtls",
        Section: "inbound",
      });
      expect(result).not.toHaveReachedBackend();
    }
  },
);

describe("validate-client-certificate", () => {
  it("answers 401 Unauthorized with a JSON body when on-error is empty", async () => {
    const result = await createGateway({
      policies: { operation: policy({ inbound: [validateClientCertificate()] }) },
    }).send();
    expect(result.status).toBe(401);
    expect(result.reason).toBe("Unauthorized");
    expect(JSON.parse(result.body)).toMatchObject({ statusCode: 401 });
  });

  it("without trust validation an untrusted certificate fails on identity", async () => {
    const result = await gateway({ validateTrust: false }).send({
      clientCertificate: certs.untrustedClient,
    });
    expect(result).toBeRejectedWith(401, "ClientCertificateIdentityNotMatched");
  });

  it("a zero-length validity is valid at its exact instant and expired one millisecond later", async () => {
    const identities = [{ subject: "CN=Expired Client" }];
    const atInstant = await gateway({ identities, instant: "2026-06-01T00:00:00.000Z" }).send({
      clientCertificate: certs.expiredClient,
    });
    expect(atInstant).toRespondWith(200);
    const later = await gateway({ identities, instant: "2026-06-01T00:00:00.001Z" }).send({
      clientCertificate: certs.expiredClient,
    });
    expect(later).toBeRejectedWith(401, "ClientCertificateExpired");
  });

  it("dates are checked before trust, trust before identity", async () => {
    // Expired and not trusted on a v2 tier: Expired wins; untrusted and unregistered: NotTrusted wins.
    const v2 = gateway({ tier: "StandardV2" });
    expect(await v2.send({ clientCertificate: certs.expiredClient })).toBeRejectedWith(
      401,
      "ClientCertificateExpired",
    );
    expect(await v2.send({ clientCertificate: certs.notYetValidClient })).toBeRejectedWith(
      401,
      "ClientCertificateNotYetValid",
    );
    expect(await gateway().send({ clientCertificate: certs.untrustedClient })).toBeRejectedWith(
      401,
      "ClientCertificateNotTrusted",
    );
  });

  it.each(["BasicV2", "StandardV2", "PremiumV2", "Consumption"] as const)(
    "on %s the CA store is ignored: Valid Client is not trusted",
    async (tier) => {
      const result = await gateway({ tier }).send({ clientCertificate: certs.validClient });
      expect(result).toBeRejectedWith(401, "ClientCertificateNotTrusted");
      expect(result.logText).toContain(
        "validate-client-certificate: not trusted: validate-trust: its chain does not build to a trusted root",
      );
    },
  );

  it("validate-not-after=false lets the date check pass", async () => {
    const result = await gateway({
      validateNotAfter: false,
      validateTrust: false,
      identities: [{ commonName: "Expired Client" }],
    }).send({
      clientCertificate: certs.expiredClient,
    });
    expect(result).toRespondWith(200);
  });

  it("revocation: unreachable revocation information fails trust; reachable passes unless revoked", async () => {
    const unreachable = await gateway({ validateRevocation: true }).send({
      clientCertificate: certs.validClient,
    });
    expect(unreachable).toBeRejectedWith(401, "ClientCertificateNotTrusted");
    // APIM gives one message for every cause; the log says which check failed.
    expect(unreachable.logText).toContain(
      "validate-client-certificate: not trusted: validate-revocation (default true) and no revocation information is reachable (createGateway's deployment.revocationReachable, default false)",
    );
    expect(
      await gateway({ validateRevocation: true, revocationReachable: true }).send({
        clientCertificate: certs.validClient,
      }),
    ).toRespondWith(200);
    const revoked = gateway({
      validateRevocation: true,
      revocationReachable: true,
      revokedThumbprints: [certs.validClient.thumbprint.toLowerCase()],
    });
    const revokedResult = await revoked.send({ clientCertificate: certs.validClient });
    expect(revokedResult).toBeRejectedWith(401, "ClientCertificateNotTrusted");
    expect(revokedResult.logText).toContain(
      "validate-client-certificate: not trusted: it is revoked (deployment.revokedThumbprints)",
    );
  });

  it("validate-revocation defaults to true: without it, unreachable revocation information fails trust", async () => {
    // Source: Microsoft, "Validate client certificate" policy reference, Attributes table:
    // validate-revocation, default `true` (validate-trust, validate-not-before and
    // validate-not-after default to `true`, ignore-error to `false`: the tests above omit them).
    const omitted = gateway({ validateRevocation: "omit" });
    expect(await omitted.send({ clientCertificate: certs.validClient })).toBeRejectedWith(
      401,
      "ClientCertificateNotTrusted",
    );
    const reachable = gateway({ validateRevocation: "omit", revocationReachable: true });
    expect(await reachable.send({ clientCertificate: certs.validClient })).toRespondWith(200);
    const revoked = gateway({
      validateRevocation: "omit",
      revocationReachable: true,
      revokedThumbprints: [certs.validClient.thumbprint.toLowerCase()],
    });
    expect(await revoked.send({ clientCertificate: certs.validClient })).toBeRejectedWith(
      401,
      "ClientCertificateNotTrusted",
    );
  });

  it("ignore-error continues to the backend", async () => {
    const result = await gateway({ ignoreError: true }).send({
      clientCertificate: certs.unregisteredClient,
    });
    expect(result).toRespondWith(200);
    expect(result).toHaveReachedBackend();
    expect(result.logText).toContain("ClientCertificateIdentityNotMatched (ignore-error");
  });

  scenarios(
    "identity attributes",
    [
      {
        name: "thumbprint (any case)",
        identity: { thumbprint: certs.validClient.thumbprint.toLowerCase() },
        valid: true,
      },
      {
        name: "other thumbprint",
        identity: { thumbprint: certs.unprotectedApi.thumbprint },
        valid: false,
      },
      { name: "common-name", identity: { commonName: "Valid Client" }, valid: true },
      { name: "dns-name", identity: { dnsName: "Valid Client" }, valid: true },
      { name: "subject", identity: { subject: "CN=Valid Client" }, valid: true },
      {
        name: "issuer-subject of TST",
        identity: { issuerSubject: "CN=APIM Sample TST Intermediate CA" },
        valid: false,
      },
      {
        name: "issuer-thumbprint",
        identity: { issuerThumbprint: certs.devIntermediateCa.thumbprint },
        valid: true,
      },
      {
        name: "issuer-certificate-id",
        identity: { issuerCertificateId: "dev-intermediate" },
        valid: true,
      },
      {
        name: "all attributes of one identity must match",
        identity: { subject: "CN=Valid Client", issuerSubject: "CN=other" },
        valid: false,
      },
    ],
    async (row) => {
      const result = await gateway({ identities: [row.identity] }).send({
        clientCertificate: certs.validClient,
      });
      if (row.valid) expect(result).toRespondWith(200);
      else expect(result).toBeRejectedWith(401, "ClientCertificateIdentityNotMatched");
    },
  );

  it("serial-number matches case-insensitively", async () => {
    const parsed = new X509Certificate(certs.validClient.der);
    const result = await gateway({
      identities: [{ serialNumber: parsed.serialNumber.toLowerCase() }],
    }).send({ clientCertificate: certs.validClient });
    expect(result).toRespondWith(200);
  });
});
