// Application Gateway client authentication (Strict) with CA certificates of X.509 version 1 or 2
// (no extensions, so no BasicConstraints), as `openssl x509 -req` without -extfile makes them.
// Documented: a chain file whose only self-signed certificate lacks BasicConstraints CA:TRUE fails
// with ApplicationGatewayTrustedClientCertificateDoesNotContainAnyCACertificate (Microsoft,
// "Troubleshooting mutual authentication errors in Application Gateway", "Self-signed
// certificate"), so a version-1 root never becomes a trust anchor. Not documented: whether the
// gateway builds a client's path through a version-1/2 intermediate, uploaded or sent in the
// handshake: the harness refuses (project's choice, docs/project-choices.md). A version-3
// intermediate without BasicConstraints is no CA (RFC 5280 6.1.4 (k)); a version-1 client
// certificate passes the chain and then fails the clientAuth EKU check (it cannot carry an EKU).
import { describe, expect, it } from "vitest";
import { createGateway, HarnessRefusal } from "apim-ts/harness";
import {
  ApplicationGatewayConfigurationError,
  createApplicationGateway,
} from "../../harness/appgw/index.ts";
import {
  authenticateClient,
  type ClientAuthenticationPolicy,
} from "../../harness/appgw/client-authentication.ts";
import { certificateFacts } from "../../harness/appgw/certificate-facts.ts";
import { ProblemList } from "../../harness/appgw/configuration-error.ts";
import { parseTrustedClientChain } from "../../harness/appgw/trusted-client-certificates.ts";
import { DURING, PRE_V3, pemFile } from "../dotnet/support/pre-v3-chains.ts";
import { minimalGateway } from "./support/minimal-gateway.ts";

function upload(...ders: Uint8Array[]) {
  const problems = new ProblemList();
  const chain = parseTrustedClientChain("chain", pemFile(...ders), "data", problems);
  return { chain, problems: problems.items.map((problem) => problem.code) };
}

function strict(...ders: Uint8Array[]): ClientAuthenticationPolicy {
  const { chain, problems } = upload(...ders);
  expect(problems).toEqual([]);
  return { mode: "Strict", verifyClientCertIssuerDN: false, chains: [chain!] };
}

const authenticate = (
  policy: ClientAuthenticationPolicy,
  leaf: Uint8Array,
  ...intermediates: Uint8Array[]
) =>
  authenticateClient(
    policy,
    { leaf: certificateFacts(leaf), intermediates: intermediates.map(certificateFacts) },
    DURING,
  );

describe("uploading a chain file with a version-1 root", () => {
  it("fails as a file without a CA certificate (documented)", () => {
    expect(upload(PRE_V3.rootV1).problems).toEqual([
      "ApplicationGatewayTrustedClientCertificateDoesNotContainAnyCACertificate",
    ]);
    expect(upload(PRE_V3.rootV3).problems).toEqual([]);
  });

  it("fails the gateway's configuration, so no request ever chains to it", () => {
    const { resource, apim } = minimalGateway({
      chains: [pemFile(PRE_V3.rootV1)],
      clientAuthConfiguration: { verifyClientAuthMode: "Strict" },
    });
    expect(() => createApplicationGateway(resource, { backends: [apim] })).toThrow(
      ApplicationGatewayConfigurationError,
    );
  });
});

describe("a version-1 or version-2 intermediate", () => {
  it("sent by the client: refused, naming it and what to do", async () => {
    const attempt = authenticate(
      strict(PRE_V3.rootV3),
      PRE_V3.clientOfIntermediate,
      PRE_V3.intermediateV1,
    );
    await expect(attempt).rejects.toThrow(HarnessRefusal);
    await expect(attempt).rejects.toThrow(
      /Tutorial Intermediate CA' \(version 1\).*not documented by Microsoft.*basicConstraints=critical,CA:TRUE/s,
    );
  });

  it("uploaded in the chain file: kept for path building, then refused", async () => {
    const { chain } = upload(PRE_V3.rootV3, PRE_V3.intermediateV2);
    // Not a CA by the upload rule (no BasicConstraints), so not the expected issuer either.
    expect(chain!.caCertificates.map((ca) => ca.version)).toEqual([3]);
    expect(chain!.preV3Certificates.map((ca) => ca.version)).toEqual([2]);
    await expect(
      authenticate(strict(PRE_V3.rootV3, PRE_V3.intermediateV2), PRE_V3.clientOfIntermediate),
    ).rejects.toThrow(/Tutorial Intermediate CA' \(version 2\)/);
    // A client of the root itself does not go through it: accepted.
    expect(
      await authenticate(strict(PRE_V3.rootV3, PRE_V3.intermediateV2), PRE_V3.clientOfRoot),
    ).toMatchObject({ accepted: true, verification: "SUCCESS" });
  });

  it("through the gateway: send() refuses instead of answering a 400 page", async () => {
    const apim = createGateway({ clock: { instant: new Date(DURING).toISOString() } });
    const { resource } = minimalGateway({
      chains: [pemFile(PRE_V3.rootV3)],
      clientAuthConfiguration: { verifyClientAuthMode: "Strict" },
      apim,
    });
    const agw = createApplicationGateway(resource, { backends: [apim] });
    const send = (intermediate: Uint8Array) =>
      agw.send({
        port: 8443,
        url: "/",
        clientCertificate: PRE_V3.clientOfIntermediate,
        clientCertificateChain: [intermediate],
      });
    await expect(send(PRE_V3.intermediateV1)).rejects.toThrow(HarnessRefusal);
    expect((await send(PRE_V3.intermediateV3)).status).toBe(200);
    expect((await send(PRE_V3.intermediateV3WithoutConstraints)).status).toBe(400);
  });
});

describe("what stays as it was", () => {
  it("a version-3 intermediate without BasicConstraints: the chain fails (RFC 5280 6.1.4 (k))", async () => {
    expect(
      await authenticate(
        strict(PRE_V3.rootV3),
        PRE_V3.clientOfIntermediate,
        PRE_V3.intermediateV3WithoutConstraints,
      ),
    ).toMatchObject({
      accepted: false,
      page: "CertificateError",
      rejection: "unable to get local issuer certificate",
      detail: "One of intermediate certificates is not a CA certificate",
    });
  });

  it("a version-1 client certificate passes the chain and fails on its missing clientAuth EKU", async () => {
    expect(await authenticate(strict(PRE_V3.rootV3), PRE_V3.clientV1OfRoot)).toMatchObject({
      accepted: false,
      rejection: "unsupported certificate purpose",
    });
  });
});
