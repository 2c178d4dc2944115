// validate-client-certificate: each identity attribute that does not match, an issuer that is
// not among the uploaded certificates, the same certificate checked again or against another
// deployment, a policy without identities, and the flags given as named values.
// Sources: Microsoft, "Validate client certificate" policy reference (validate-client-certificate-
// policy.md): "match all defined claims for at least one of the defined identities" (introduction),
// the identity attributes table, the Attributes table (Boolean flags, no policy expressions).
// ClientCertificateIdentityNotMatched and 401 are observed on real instances (the project's design
// notes, docs/project-choices.md); the rest is marked where it is the project's choice.
import { X509Certificate } from "node:crypto";
import { describe, expect, it } from "vitest";
import { base, policy, validateClientCertificate } from "apim-ts";
import type { CertificateIdentity, ValidateClientCertificateOptions } from "apim-ts";
import { createGateway, requestClientCertificates, scenarios } from "apim-ts/harness";
import { certs } from "../../src/certificates/index.ts";

/**
 * A look-alike of the DEV intermediate: the same subject, its own key, no key identifiers, so
 * OpenSSL's issuer check by name passes and only the signature tells it apart. Made once with
 * `openssl req -x509 -newkey rsa:2048 -nodes -subj "/CN=APIM Sample DEV Intermediate CA"` and
 * `subjectKeyIdentifier = none`, `authorityKeyIdentifier = none`, CA:TRUE.
 */
const LOOK_ALIKE_PEM = `
-----BEGIN CERTIFICATE-----
MIIC5TCCAc2gAwIBAgICEJIwDQYJKoZIhvcNAQELBQAwKjEoMCYGA1UEAwwfQVBJ
TSBTYW1wbGUgREVWIEludGVybWVkaWF0ZSBDQTAgFw0yNjEyMDExNDQzMzhaGA8y
MTI2MTEwNzE0NDMzOFowKjEoMCYGA1UEAwwfQVBJTSBTYW1wbGUgREVWIEludGVy
bWVkaWF0ZSBDQTCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAK7lMZim
ulyKfTtS0yZqCfeccIHwif7KQJcg6RRicqO+ERZ+Y6xh/ekoK6JQ7d8k3Gu9yBe5
Z8ZxD124600c8e1I9Jkk0jLmhlk0AcmXWl0rD9u5UjqNWOkpxelDIGHy7Ij7CE0a
ZMM9inlmaaTyoHfDk7Jew5gIE7RENe0UnnZ/Lr4fmbKr+8mVQJMNyqoXJFMQBwYi
PpvjyQmFbK8pzSIGF2imbFsck/LmqXN1KGmmReWYEP8ZCkmX7mc4+9YBVi3jzX8C
SpUEq70Zjvee5YWSQtmPKPThenZfVijZFovlUEMGvjlGVpiEmlzQU2bQlIRv3L8U
FtPGfHFAChmPJQkCAwEAAaMTMBEwDwYDVR0TAQH/BAUwAwEB/zANBgkqhkiG9w0B
AQsFAAOCAQEAPDH6gg05gvPWiygjlGymY0FDQ7YNK+XJLRzmzZahBq9jyTWvHKra
DXlJu3Unbvu4Bj++dJjqaXBKqpkPE787T+NECRrUKTS1XQjVmmS/RKvn1WTpeHCj
ZBjidNeWhHKMeBHXJ6NFX/VQDt3SZzeyme5jVIiSWQtHIWmBi6JErHoEy0EoNe5C
bBPkrNFElYOYGJJJSG8a73UxAB6UWzsGHdwWRS2ZSOGTL6Qkf8g2cI5OY6c6p1x0
udmKSeAuJ3YR4D+4Z3zBQTUvz78mTKf46QpbNvpW2XPQk6NAPj9XbEP4sYQsSidx
uAtpHJ1FOKDfXCulUT9iG5rHaRVqEKKvOA==
-----END CERTIFICATE-----`;

const TRUST_OFF = { validateTrust: false, validateRevocation: false } as const;

function gateway(
  options: ValidateClientCertificateOptions,
  extra: { intermediate?: "dev" | "tst"; namedValues?: Record<string, string> } = {},
) {
  const intermediate =
    extra.intermediate === "tst"
      ? { id: "intermediate", certificate: certs.tstIntermediateCa }
      : { id: "intermediate", certificate: certs.devIntermediateCa };
  return createGateway({
    clock: { instant: "2026-06-02T00:00:00Z" },
    namedValues: extra.namedValues,
    deployment: {
      ...requestClientCertificates(),
      caCertificates: [certs.rootCa, intermediate],
    },
    policies: {
      operation: policy({
        inbound: [validateClientCertificate(options)],
        backend: [base()],
      }),
    },
  });
}

const matches = async (identity: CertificateIdentity, certificate = certs.validClient) =>
  (await gateway({ ...TRUST_OFF, identities: [identity] }).send({ clientCertificate: certificate }))
    .status === 200;

scenarios(
  "an identity whose one attribute differs is not matched",
  [
    { name: "serial-number", identity: { serialNumber: "0123456789ABCDEF" } },
    { name: "common-name", identity: { commonName: "Unprotected API" } },
    { name: "dns-name", identity: { dnsName: "Unprotected API" } },
    {
      name: "issuer-thumbprint",
      identity: { issuerThumbprint: certs.tstIntermediateCa.thumbprint },
    },
    { name: "issuer-certificate-id", identity: { issuerCertificateId: "root" } },
  ],
  async (row) => {
    const result = await gateway({ ...TRUST_OFF, identities: [row.identity] }).send({
      clientCertificate: certs.validClient,
    });
    expect(result).toBeRejectedWith(401, "ClientCertificateIdentityNotMatched");
  },
);

describe("validate-client-certificate: the issuer", () => {
  it("a certificate whose issuer is not uploaded matches no issuer-thumbprint or issuer-certificate-id", async () => {
    // Untrusted Client is issued by the TST intermediate, which this deployment does not hold.
    for (const identity of [
      { issuerThumbprint: certs.tstIntermediateCa.thumbprint },
      { issuerCertificateId: "intermediate" },
    ]) {
      const result = await gateway({ ...TRUST_OFF, identities: [identity] }).send({
        clientCertificate: certs.untrustedClient,
      });
      expect(result, JSON.stringify(identity)).toBeRejectedWith(
        401,
        "ClientCertificateIdentityNotMatched",
      );
    }
  });

  it("the issuer is found again for the same certificate, and not for another one", async () => {
    const identity = { issuerThumbprint: certs.devIntermediateCa.thumbprint };
    const apim = gateway({ ...TRUST_OFF, identities: [identity] });
    for (let i = 0; i < 2; i++)
      expect(await apim.send({ clientCertificate: certs.validClient }), `send ${i}`).toRespondWith(
        200,
      );
    expect(await matches(identity)).toBe(true);
    expect(await matches(identity, certs.untrustedClient)).toBe(false);
  });

  it("issuer-certificate-id names the certificate entity of the deployment at hand", async () => {
    // Identity attributes: "Identifier of existing certificate entity representing the issuer's
    // public key". Two deployments name different certificates "intermediate".
    const identity = { issuerCertificateId: "intermediate" };
    const dev = gateway({ ...TRUST_OFF, identities: [identity] });
    const tst = gateway({ ...TRUST_OFF, identities: [identity] }, { intermediate: "tst" });
    expect(await dev.send({ clientCertificate: certs.validClient })).toRespondWith(200);
    expect(await tst.send({ clientCertificate: certs.validClient })).toBeRejectedWith(
      401,
      "ClientCertificateIdentityNotMatched",
    );
    expect(await tst.send({ clientCertificate: certs.untrustedClient })).toRespondWith(200);
  });

  it("a certificate with the issuer's name but another key is not the issuer", async () => {
    // Identity attributes, issuer-certificate-id: the "certificate entity representing the
    // issuer's public key"; the look-alike's key did not sign Valid Client.
    const apim = (identity: CertificateIdentity) =>
      createGateway({
        deployment: {
          ...requestClientCertificates(),
          caCertificates: [{ id: "look-alike", certificate: LOOK_ALIKE_PEM }],
        },
        policies: {
          operation: policy({
            inbound: [validateClientCertificate({ ...TRUST_OFF, identities: [identity] })],
            backend: [base()],
          }),
        },
      });
    const lookAlike = new X509Certificate(LOOK_ALIKE_PEM);
    for (const identity of [
      { issuerCertificateId: "look-alike" },
      { issuerThumbprint: lookAlike.fingerprint.replace(/:/g, "") },
    ])
      expect(
        await apim(identity).send({ clientCertificate: certs.validClient }),
        JSON.stringify(identity),
      ).toBeRejectedWith(401, "ClientCertificateIdentityNotMatched");
  });
});

describe("validate-client-certificate: identities and flags", () => {
  it("without identities only the top-level rules apply (project's choice, docs/project-choices.md)", async () => {
    // The page makes <identities> optional (Elements, Required: No); its rule "at least one of
    // the defined identities" does not spell out the case of none.
    const result = await gateway({ validateRevocation: false }).send({
      clientCertificate: certs.validClient,
    });
    expect(result).toRespondWith(200);
    expect(result.logText).toContain("validate-client-certificate: valid");
    expect(
      await gateway({ validateRevocation: false }).send({
        clientCertificate: certs.untrustedClient,
      }),
    ).toBeRejectedWith(401, "ClientCertificateNotTrusted");
  });

  it("serial-number may be written with colons or spaces (project's choice, docs/project-choices.md)", async () => {
    const serial = new X509Certificate(certs.validClient.der).serialNumber;
    const pairs = serial.match(/../g)!;
    expect(await matches({ serialNumber: pairs.join(":") })).toBe(true);
    expect(await matches({ serialNumber: pairs.join(" ") })).toBe(true);
  });

  it.each([
    ["validate-not-before", { validateNotBefore: "{{flag}}" }],
    ["validate-not-after", { validateNotAfter: "{{flag}}" }],
    ["validate-trust", { validateTrust: "{{flag}}" }],
    ["validate-revocation", { validateRevocation: "{{flag}}" }],
    ["ignore-error", { ignoreError: "{{flag}}" }],
  ] as const)(
    "refuses a named value in %s that is not true or false, naming it",
    async (name, flag) => {
      // Attributes table: the flags are Boolean; a named value holding anything else would not
      // deploy. ignore-error is read when validation fails (here: no certificate).
      const apim = gateway({ ...TRUST_OFF, ...flag } as ValidateClientCertificateOptions, {
        namedValues: { flag: "maybe" },
      });
      const certificate = name === "ignore-error" ? undefined : certs.untrustedClient;
      await expect(apim.send({ clientCertificate: certificate })).rejects.toThrow(
        `validate-client-certificate ${name}: 'maybe' is not a boolean`,
      );
    },
  );
});
