// The chain building behind X509Certificate2.VerifyNoRevocation() (harness/dotnet/chain-validation.ts)
// on chains to the committed root, built with the committed keys (support/x509-builder.ts). What
// decides: .NET's X509Chain.Build (X509Chain docs: the chain must end in a trusted root; a
// certificate outside its validity period, a CA certificate without the CA flag, or a path longer
// than a pathLenConstraint makes the chain invalid, X509ChainStatusFlags NotTimeValid and
// InvalidBasicConstraints) and RFC 5280 section 6.1 (the path-length check, 6.1.4 (l) and (m)).
// The codes and messages are pkijs's (and 101 the harness's own), which harness diagnostics show.
// The synchronous entry point (the worker) is tested through X509Certificate2 in
// x509-certificate2.test.ts: under mutation testing the worker cannot run this module's
// instrumented text.
import { describe, expect, it } from "vitest";
import {
  clearChainValidationMemo,
  remember,
  remembered,
  validateChainAsync,
} from "../../harness/dotnet/chain-validation.ts";
import { certs } from "../../src/certificates/index.ts";
import {
  buildCertificate,
  CA_KEY_USAGE,
  caConstraints,
  KEYS,
  OID,
  type Name,
} from "./support/x509-builder.ts";

const ROOT: Name = [[[OID.CN, "APIM Sample Root CA"]]];
const AT = Date.parse("2026-07-01T00:00:00Z");
const cn = (name: string): Name => [[[OID.CN, name]]];
const ca = (
  name: string,
  issuer: Name,
  subjectKey: string,
  signingKey: string,
  pathLength?: number,
) =>
  buildCertificate({
    subject: cn(name),
    issuer,
    subjectKey,
    signingKey,
    extensions: [caConstraints(pathLength), CA_KEY_USAGE],
  });
const TRUSTED = [certs.rootCa.der, certs.devIntermediateCa.der];
const NO_PATH = { valid: false, code: -1, message: "No valid certificate paths found" };

describe("chain validation", () => {
  it("chains a client through its intermediate to the trusted root", async () => {
    expect(await validateChainAsync(certs.validClient.der, TRUSTED, AT)).toEqual({
      valid: true,
      code: 0,
      message: "",
    });
    // A self-signed root validates against itself.
    expect((await validateChainAsync(certs.rootCa.der, [certs.rootCa.der], AT)).valid).toBe(true);
  });

  it("needs a self-signed trust anchor: an intermediate alone, or a look-alike root, is not one", async () => {
    expect(await validateChainAsync(certs.validClient.der, [], AT)).toEqual(NO_PATH);
    expect(
      await validateChainAsync(certs.validClient.der, [certs.devIntermediateCa.der], AT),
    ).toEqual(NO_PATH);
    // Same subject and issuer as the root, signed by another key: self-issued, not self-signed.
    const lookAlike = buildCertificate({
      subject: ROOT,
      subjectKey: KEYS.root(),
      signingKey: KEYS.other(),
      extensions: [caConstraints(), CA_KEY_USAGE],
    });
    expect(
      await validateChainAsync(certs.validClient.der, [lookAlike, certs.devIntermediateCa.der], AT),
    ).toEqual(NO_PATH);
  });

  it("checks every certificate's validity at the instant (NotTimeValid)", async () => {
    expect(
      await validateChainAsync(certs.validClient.der, TRUSTED, Date.parse("2090-01-01T00:00:00Z")),
    ).toEqual({
      valid: false,
      code: 8,
      message: "The certificate is either not yet valid or expired",
    });
  });

  it("refuses an intermediate without the CA flag (InvalidBasicConstraints)", async () => {
    const notCa = buildCertificate({
      subject: cn("A"),
      issuer: ROOT,
      subjectKey: KEYS.intermediate(),
      signingKey: KEYS.root(),
    });
    const leaf = buildCertificate({
      subject: cn("Leaf"),
      issuer: cn("A"),
      subjectKey: KEYS.leaf(),
      signingKey: KEYS.intermediate(),
    });
    const result = await validateChainAsync(leaf, [certs.rootCa.der, notCa], AT);
    expect(result.valid).toBe(false);
    expect(result.code).toBe(14);
  });

  it("enforces pathLenConstraint: one CA below a pathLen 0 CA is too many, below pathLen 1 fine", async () => {
    const leaf = buildCertificate({
      subject: cn("Leaf"),
      issuer: cn("B"),
      subjectKey: KEYS.leaf(),
      signingKey: KEYS.other(),
    });
    const b = ca("B", cn("A"), KEYS.other(), KEYS.intermediate());
    const a0 = ca("A", ROOT, KEYS.intermediate(), KEYS.root(), 0);
    const a1 = ca("A", ROOT, KEYS.intermediate(), KEYS.root(), 1);
    expect(await validateChainAsync(leaf, [certs.rootCa.der, a0, b], AT)).toEqual({
      valid: false,
      code: 101,
      message: "Path length constraint of certificate 2 exceeded",
    });
    expect((await validateChainAsync(leaf, [certs.rootCa.der, a1, b], AT)).valid).toBe(true);
    // pathLen 0 directly above the leaf: no intermediate below it, valid.
    const leafOfA = buildCertificate({
      subject: cn("Leaf"),
      issuer: cn("A"),
      subjectKey: KEYS.leaf(),
      signingKey: KEYS.intermediate(),
    });
    expect((await validateChainAsync(leafOfA, [certs.rootCa.der, a0], AT)).valid).toBe(true);
  });

  it("counts every CA below: two below a pathLen 1 CA are too many, whatever its extension order", async () => {
    // root -> A (pathLen 1) -> B -> C -> leaf: A has two CAs below it (RFC 5280 6.1.4 (l)).
    const a1 = ca("A", ROOT, KEYS.intermediate(), KEYS.root(), 1);
    const b = ca("B", cn("A"), KEYS.other(), KEYS.intermediate());
    const c = ca("C", cn("B"), KEYS.leaf(), KEYS.other());
    const leaf = buildCertificate({
      subject: cn("Leaf"),
      issuer: cn("C"),
      subjectKey: KEYS.leaf(),
      signingKey: KEYS.leaf(),
    });
    expect(await validateChainAsync(leaf, [certs.rootCa.der, a1, b, c], AT)).toEqual({
      valid: false,
      code: 101,
      message: "Path length constraint of certificate 3 exceeded",
    });
    // The same A with keyUsage before basicConstraints: the constraint is still found.
    const a1KeyUsageFirst = buildCertificate({
      subject: cn("A"),
      issuer: ROOT,
      subjectKey: KEYS.intermediate(),
      signingKey: KEYS.root(),
      extensions: [CA_KEY_USAGE, caConstraints(1)],
    });
    expect(
      (await validateChainAsync(leaf, [certs.rootCa.der, a1KeyUsageFirst, b, c], AT)).code,
    ).toBe(101);
  });
});

describe("the memo", () => {
  it("answers again from the memo, whatever the order of the trust store", async () => {
    clearChainValidationMemo();
    const first = await validateChainAsync(certs.validClient.der, TRUSTED, AT);
    expect(await validateChainAsync(certs.validClient.der, TRUSTED, AT)).toBe(first);
    expect(await validateChainAsync(certs.validClient.der, [...TRUSTED].reverse(), AT)).toBe(first);
    clearChainValidationMemo();
    const again = await validateChainAsync(certs.validClient.der, TRUSTED, AT);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it("keys on the leaf, the trust store and the instant", async () => {
    expect((await validateChainAsync(certs.validClient.der, TRUSTED, AT)).valid).toBe(true);
    const later = Date.parse("2090-01-01T00:00:00Z");
    expect((await validateChainAsync(certs.validClient.der, TRUSTED, later)).valid).toBe(false);
    expect((await validateChainAsync(certs.validClient.der, [certs.rootCa.der], AT)).valid).toBe(
      false,
    );
    expect((await validateChainAsync(certs.untrustedClient.der, TRUSTED, AT)).valid).toBe(false);
  });

  it("holds at most 10,000 answers: storing one more empties it, so memory stays bounded", () => {
    clearChainValidationMemo();
    const answer = { valid: true, code: 0, message: "" };
    for (let i = 0; i < 10_000; i++) remember(`key ${i}`, answer);
    expect(remembered("key 0")).toBe(answer);
    expect(remembered("key 9999")).toBe(answer);
    remember("key 10000", answer);
    expect(remembered("key 0")).toBeUndefined();
    expect(remembered("key 10000")).toBe(answer);
    clearChainValidationMemo();
  });
});
