// APIM's AsBasic() in the harness: what the page leaves open is refused, not guessed (control
// and non-ASCII credentials); the parsing itself is compared with C# in
// test/conformance/cases/basic-credentials.ts.
import { describe, expect, it } from "vitest";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";
import { BasicAuthCredentialsValue } from "../../harness/dotnet/basic-credentials.ts";

const basic = (bytes: number[]) => `Basic ${Buffer.from(bytes).toString("base64")}`;

describe("AsBasic", () => {
  it("splits at the first ':'", () => {
    const credentials = BasicAuthCredentialsValue.parse(`Basic ${btoa("ops:a:b")}`);
    expect([credentials?.UserId, credentials?.Password]).toEqual(["ops", "a:b"]);
  });

  it("refuses control and non-ASCII bytes, whose reading APIM does not document", () => {
    expect(() => BasicAuthCredentialsValue.parse(basic([0x61, 0x3a, 0xe9]))).toThrow(
      HarnessRefusal,
    );
    expect(() => BasicAuthCredentialsValue.parse(basic([0x61, 0x3a, 0x0a]))).toThrow(/RFC 7617/);
  });
});
