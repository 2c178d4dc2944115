// The validator (harness/dotnet/chain-validation.ts) beyond the verdict: the full text of the
// refusal for a chain through version-1/2 CA certificates (code 102), which tells the user which
// certificates to replace and how (it names them as .NET prints a subject: CertNameToStr order,
// last RDN first, "CN=..., OU=..., O=..., C=..."), the path-length check kept when such CAs are read
// as CAs (RFC 5280 section 6.1.4 (l)/(m): code 101, not a refusal), which certificates of the store
// are trust anchors (only self-signed ones, RFC 5280 section 3.2: "self-issued certificates where the
// digital signature may be verified by the public key bound into the certificate"), and the memo's
// key (the leaf, the trust store in any order, the instant). Certificates are minted here with the
// builders of support/ (the repository's committed test keys, deterministic signatures).
import { describe, expect, it } from "vitest";
import {
  memoKey,
  REFUSED_CHAIN_ADVICE,
  UNCHECKED_ANCHOR,
  validateChainAsync,
} from "../../harness/dotnet/chain-validation.ts";
import { DURING, PRE_V3 } from "./support/pre-v3-chains.ts";
import { md2Root } from "./support/unchecked-root.ts";
import {
  buildCertificate,
  CA_KEY_USAGE,
  caConstraints,
  KEYS,
  OID,
  type Name,
} from "./support/x509-builder.ts";

// The sentence after the list of certificates, the same in every refusal.
const RFC_NOTE =
  ". RFC 5280 asks basicConstraints cA=true only of version-3 intermediates (section 6.1.4 (k)) " +
  "and checks nothing of the trust anchor";
const ONE =
  "the chain goes through a CA certificate without basicConstraints, of X.509 version 1 or 2: ";
const MANY =
  "the chain goes through CA certificates without basicConstraints, of X.509 version 1 or 2: ";

const ROOT: Name = [[[OID.CN, "Tutorial Root CA"]]];
const INTERMEDIATE: Name = [[[OID.CN, "Tutorial Intermediate CA"]]];

/** A version-3 client certificate of `issuer`, signed with `signingKey`. */
const clientOf = (issuer: Name, signingKey: string) =>
  buildCertificate({
    subject: [[[OID.CN, "Contoso Client"]]],
    issuer,
    serial: "2B",
    subjectKey: KEYS.leaf(),
    signingKey,
  });

describe("the refusal of a chain through a version-1/2 CA", () => {
  it("names one CA in the singular, with C, O and OU as written, last RDN first", async () => {
    // As `openssl req -x509` without extensions would not make it, but `openssl x509 -req` does.
    const name: Name = [
      [[OID.C, "GB", "printable"]],
      [[OID.O, "Contoso"]],
      [[OID.OU, "PKI"]],
      [[OID.CN, "Contoso Root"]],
    ];
    const root = buildCertificate({ subject: name, serial: "05", version: 0 });
    const result = await validateChainAsync(clientOf(name, KEYS.root()), [root], DURING);
    expect(result).toEqual({
      valid: false,
      code: 102,
      message: `${ONE}'CN=Contoso Root, OU=PKI, O=Contoso, C=GB' (version 1, the trust anchor)${RFC_NOTE}`,
    });
  });

  it("names two CAs in the plural, from the leaf up", async () => {
    const result = await validateChainAsync(
      PRE_V3.clientOfIntermediate,
      [PRE_V3.rootV1, PRE_V3.intermediateV1],
      DURING,
    );
    expect(result).toEqual({
      valid: false,
      code: 102,
      message:
        `${MANY}'CN=Tutorial Intermediate CA' (version 1), ` +
        `'CN=Tutorial Root CA' (version 1, the trust anchor)${RFC_NOTE}`,
    });
  });

  it("names neither a version-1 leaf nor a version-3 intermediate, only the CAs at fault", async () => {
    // RFC 5280 6.1.4 is about certificates 1 to n-1: the leaf is no CA question.
    const v1Leaf = await validateChainAsync(PRE_V3.clientV1OfRoot, [PRE_V3.rootV1], DURING);
    expect(v1Leaf.message).toBe(
      `${ONE}'CN=Tutorial Root CA' (version 1, the trust anchor)${RFC_NOTE}`,
    );
    const v3Intermediate = await validateChainAsync(
      PRE_V3.clientOfIntermediate,
      [PRE_V3.rootV1, PRE_V3.intermediateV3],
      DURING,
    );
    expect(v3Intermediate).toEqual({
      valid: false,
      code: 102,
      message: `${ONE}'CN=Tutorial Root CA' (version 1, the trust anchor)${RFC_NOTE}`,
    });
  });

  it("still applies the root's pathLenConstraint when the version-1 intermediate is read as a CA", async () => {
    // A v3 root allowing no CA below it (pathLenConstraint 0) above a v1 intermediate: invalid
    // however the intermediate is read (a CA breaks the constraint, a non-CA cannot issue), so
    // the verdict is the path length's (RFC 5280 6.1.4 (m)), not a refusal.
    const rootNoCaBelow = buildCertificate({
      subject: ROOT,
      serial: "06",
      subjectKey: KEYS.root(),
      extensions: [caConstraints(0), CA_KEY_USAGE],
    });
    expect(
      await validateChainAsync(
        PRE_V3.clientOfIntermediate,
        [rootNoCaBelow, PRE_V3.intermediateV1],
        DURING,
      ),
    ).toEqual({
      valid: false,
      code: 101,
      message: "Path length constraint of certificate 2 exceeded",
    });
  });
});

describe("the trust anchors of a store", () => {
  it("takes no certificate naming another issuer as an anchor, even one its own key signed", async () => {
    // Not self-issued (issuer differs from subject), so not self-signed (RFC 5280 3.2), though
    // its signature verifies with its own key: an intermediate whose issuer is not in the store.
    const issuing: Name = [[[OID.CN, "Contoso Issuing CA"]]];
    const ca = buildCertificate({
      subject: issuing,
      issuer: [[[OID.CN, "Contoso Root CA"]]],
      serial: "07",
      subjectKey: KEYS.intermediate(),
      extensions: [caConstraints(), CA_KEY_USAGE],
    });
    const leaf = clientOf(issuing, KEYS.intermediate());
    expect((await validateChainAsync(leaf, [ca], DURING)).valid).toBe(false);
    // The same certificate made self-issued is an anchor: the chain then holds.
    const anchor = buildCertificate({
      subject: issuing,
      serial: "07",
      subjectKey: KEYS.intermediate(),
      extensions: [caConstraints(), CA_KEY_USAGE],
    });
    expect(await validateChainAsync(leaf, [anchor], DURING)).toEqual({
      valid: true,
      code: 0,
      message: "",
    });
  });

  it("refuses a chain whose only root has a self-signature WebCrypto cannot check", async () => {
    const root = md2Root();
    const leaf = PRE_V3.clientOfRoot;
    // Whether Windows' chain engine or Application Gateway checks a root's own signature is not
    // documented (RFC 5280 6.1 checks nothing of a trust anchor's): code 103, which callers refuse.
    expect(await validateChainAsync(leaf, [root], DURING)).toEqual({
      valid: false,
      code: UNCHECKED_ANCHOR,
      message:
        "the trust store holds a self-issued certificate whose own signature the harness cannot " +
        "check (WebCrypto lacks the algorithm, or the signature is malformed): " +
        "'CN=Tutorial Root CA' (signature algorithm 1.2.840.113549.1.1.2). RFC 5280 checks nothing of a " +
        "trust anchor's signature (section 6.1)",
    });
    expect(REFUSED_CHAIN_ADVICE[UNCHECKED_ANCHOR]).toContain("SHA-256");
    // Beside a root it can check, pkijs still takes the unchecked one as an intermediate of the
    // path (same subject), so the verdict still hangs on it.
    expect((await validateChainAsync(leaf, [root, PRE_V3.rootV3], DURING)).code).toBe(
      UNCHECKED_ANCHOR,
    );
    expect((await validateChainAsync(leaf, [PRE_V3.rootV3], DURING)).valid).toBe(true);
  });
});

describe("the memo", () => {
  it("keys on the trust store: another store for the same leaf and instant is validated anew", async () => {
    const leaf = PRE_V3.clientOfRoot;
    expect((await validateChainAsync(leaf, [PRE_V3.rootV1], DURING)).code).toBe(102);
    expect((await validateChainAsync(leaf, [PRE_V3.rootV3], DURING)).valid).toBe(true);
    expect((await validateChainAsync(leaf, [PRE_V3.rootV1], DURING)).code).toBe(102);
    expect(memoKey(leaf, [PRE_V3.rootV1], DURING)).not.toBe(memoKey(leaf, [PRE_V3.rootV3], DURING));
  });

  it("ignores the store's order", () => {
    const { clientOfIntermediate: leaf, rootV3, intermediateV3 } = PRE_V3;
    expect(memoKey(leaf, [rootV3, intermediateV3], DURING)).toBe(
      memoKey(leaf, [intermediateV3, rootV3], DURING),
    );
    expect(memoKey(leaf, [rootV3, intermediateV3], DURING)).not.toBe(
      memoKey(leaf, [rootV3], DURING),
    );
  });
});
