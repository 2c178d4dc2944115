// APIM's byte[] extensions Encrypt / Decrypt in expressions: the C# the translator writes (the
// extension call as C# spells it) and the same value in both languages.
import { createCipheriv } from "node:crypto";
import { describeConformance } from "../../harness/conformance/index.ts";

const key = new Uint8Array(32).fill(7);
const iv = new Uint8Array(16).fill(1);
/** "card 4111" under the key and IV, made by node:crypto (AES-256-CBC, PKCS7). */
const aes = createCipheriv("aes-256-cbc", key, iv);
const cipherText = Buffer.concat([aes.update("card 4111"), aes.final()]).toString("base64");

describeConformance("mapping: byte[].Encrypt / Decrypt", (t) => {
  t.expression(
    '(text: string, key: bytes, iv: bytes) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text).Encrypt("Aes", key, iv))',
  )
    .withInputs(["card 4111", key, iv], ["", key, iv], ["x", key.subarray(1), iv])
    .expectCSharp('@(Convert.ToBase64String(Encoding.UTF8.GetBytes(text).Encrypt("Aes", key, iv)))')
    .expectSameInCSharp();
  t.expression(
    '(cipher: string, key: bytes, iv: bytes) => Encoding.UTF8.GetString(Convert.FromBase64String(cipher).Decrypt("Aes", key, iv))',
  )
    .withInputs([cipherText, key, iv], ["AAAAAAAAAAAAAAAAAAAAAA==", key, iv])
    .expectCSharp(
      '@(Encoding.UTF8.GetString(Convert.FromBase64String(cipher).Decrypt("Aes", key, iv)))',
    )
    .expectSameInCSharp();
});
