// PKCS#12 (.pfx) files with pkijs: the private key as a PBES2 (AES-256-CBC, PBKDF2-SHA-256)
// shrouded key bag, the leaf and its chain in an encrypted safe, and a SHA-256 HMAC for integrity.
// These are the algorithms OpenSSL 3 and .NET on Windows write by default. Salts and IVs are random.
import { createHash } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

/** What goes into a .pfx. */
export interface Pkcs12Input {
  readonly certificate: Uint8Array;
  /** PKCS#8 DER. */
  readonly privateKey: Uint8Array;
  /** Issuers, nearest first. */
  readonly chain: readonly Uint8Array[];
  readonly password: string;
}

const KEY_BAG = "1.2.840.113549.1.12.10.1.2";
const CERT_BAG = "1.2.840.113549.1.12.10.1.3";
const ITERATIONS = 2048;
const LOCAL_KEY_ID = "1.2.840.113549.1.9.21";

function buffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

/** DER of a password-protected PKCS#12 holding the key, the leaf and its chain. */
export async function createPkcs12(input: Pkcs12Input): Promise<Uint8Array> {
  const password = buffer(new TextEncoder().encode(input.password));
  // localKeyId pairs the key with its certificate when Windows/.NET import the file.
  const localKeyId = () => [
    new pkijs.Attribute({
      type: LOCAL_KEY_ID,
      values: [
        new asn1js.OctetString({
          valueHex: buffer(createHash("sha1").update(input.certificate).digest()),
        }),
      ],
    }),
  ];
  const keyBag = new pkijs.SafeBag({
    bagId: KEY_BAG,
    bagValue: new pkijs.PKCS8ShroudedKeyBag({
      parsedValue: pkijs.PrivateKeyInfo.fromBER(buffer(input.privateKey)),
    }),
    bagAttributes: localKeyId(),
  });
  const certBags = [input.certificate, ...input.chain].map(
    (der, index) =>
      new pkijs.SafeBag({
        bagId: CERT_BAG,
        bagValue: new pkijs.CertBag({ parsedValue: pkijs.Certificate.fromBER(buffer(der)) }),
        ...(index === 0 ? { bagAttributes: localKeyId() } : {}),
      }),
  );
  const pfx = new pkijs.PFX({
    parsedValue: {
      integrityMode: 0,
      authenticatedSafe: new pkijs.AuthenticatedSafe({
        parsedValue: {
          safeContents: [
            { privacyMode: 0, value: new pkijs.SafeContents({ safeBags: [keyBag] }) },
            { privacyMode: 1, value: new pkijs.SafeContents({ safeBags: certBags }) },
          ],
        },
      }),
    },
  });
  const encryption = {
    password,
    contentEncryptionAlgorithm: { name: "AES-CBC", length: 256 },
    hmacHashAlgorithm: "SHA-256",
    iterationCount: ITERATIONS,
  };
  await (keyBag.bagValue as pkijs.PKCS8ShroudedKeyBag).makeInternalValues(encryption);
  await pfx.parsedValue!.authenticatedSafe!.makeInternalValues({ safeContents: [{}, encryption] });
  await pfx.makeInternalValues({
    password,
    iterations: ITERATIONS,
    pbkdf2HashAlgorithm: "SHA-256",
    hmacHashAlgorithm: "SHA-256",
  });
  return new Uint8Array(pfx.toSchema().toBER(false));
}
