// What the hashing twin refuses, and a published test vector (the rest is compared with mono in
// test/conformance/cases/hashing.ts).
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { BitConverter, HMACSHA256 } from "../../harness/dotnet/cryptography.ts";

describe("hashing twin", () => {
  it("refuses a null HMAC key: .NET Framework and .NET Core throw different exceptions", () => {
    expect(() => HMACSHA256(null)).toThrow(HarnessRefusal);
  });

  it("computes RFC 4231's test case 2 (key 'Jefe')", () => {
    // RFC 4231, section 4.3: HMAC-SHA-256 of "what do ya want for nothing?" with key "Jefe".
    const mac = HMACSHA256(Buffer.from("Jefe")).ComputeHash(
      Buffer.from("what do ya want for nothing?"),
    );
    expect(BitConverter.ToString(mac).replaceAll("-", "").toLowerCase()).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });
});
