// System.Guid in the harness: the byte order of Guid(byte[]) and ToByteArray, the formats of
// ToString and Parse, TryParse, and the seeded NewGuid. Expected values from Microsoft's pages:
// "Guid.ToByteArray Method" (Examples: "35918bc9-196d-40ea-9779-889d79b753f0" is the bytes
// "C9 8B 91 35 6D 19 EA 40 97 79 88 9D 79 B7 53 F0"), "Guid.ToString Method" (the format
// specifiers table: N, D, B, P, X; "If format is null or an empty string (""), D is used";
// FormatException otherwise), "Guid(Byte[]) Constructor" (Exceptions: ArgumentNullException for
// null b, ArgumentException when "b is not 16 bytes long"), "Guid.Parse Method" (the N, D, B, P
// and X forms; "Leading or trailing white space ... is ignored"; ArgumentNullException,
// FormatException) and the messages of .NET Framework's mscorlib.txt (referencesource:
// Arg_GuidArrayCtor, Format_InvalidGuidFormatSpecification, Format_GuidUnrecognized,
// Format_GuidInvLen, Format_GuidInvalidChar, Format_GuidDashes). Each value was also printed by
// mono 6.8 unless a comment says otherwise.
import { describe, expect, it } from "vitest";
import {
  ArgumentException,
  ArgumentNullException,
  FormatException,
  GuidValue,
  runInDotnetEnvironment,
} from "../../harness/dotnet/index.ts";
import { newDrawLog, withDrawLog } from "../../harness/dotnet/draw-log.ts";
import { HarnessRefusal } from "../../harness/apim/harness-refusal.ts";

const TEXT = "35918bc9-196d-40ea-9779-889d79b753f0";
const BYTES = [
  0xc9, 0x8b, 0x91, 0x35, 0x6d, 0x19, 0xea, 0x40, 0x97, 0x79, 0x88, 0x9d, 0x79, 0xb7, 0x53, 0xf0,
];
const INVALID_LENGTH =
  "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).";

describe("Guid(byte[]) and ToByteArray", () => {
  it("reverse the first three fields and keep the last eight bytes (the page's example)", () => {
    const guid = new GuidValue(Uint8Array.from(BYTES));
    expect(guid.ToString()).toBe(TEXT);
    expect([...GuidValue.Parse(TEXT).ToByteArray()]).toEqual(BYTES);
    // 00..0f: 03020100-0504-0706-0809-0a0b0c0d0e0f (mono 6.8).
    const counting = new GuidValue(Uint8Array.from({ length: 16 }, (_, i) => i));
    expect(counting.ToString()).toBe("03020100-0504-0706-0809-0a0b0c0d0e0f");
    expect([...counting.ToByteArray()]).toEqual(Array.from({ length: 16 }, (_, i) => i));
  });

  it("throws ArgumentNullException for null and ArgumentException for 15 or 17 bytes", () => {
    expect(() => new GuidValue(null)).toThrow(new ArgumentNullException("b"));
    expect(() => new GuidValue(undefined as unknown as null)).toThrow(
      new ArgumentNullException("b"),
    );
    // .NET Framework passes no parameter name (referencesource guid.cs: Arg_GuidArrayCtor with
    // "16"); mono 6.8 appends "Parameter name: b".
    const length = new ArgumentException("Byte array for GUID must be exactly 16 bytes long.");
    expect(() => new GuidValue(new Uint8Array(15))).toThrow(length);
    expect(() => new GuidValue(new Uint8Array(17))).toThrow(length);
    expect(() => new GuidValue([...BYTES] as unknown as Uint8Array)).toThrow(ArgumentException);
  });

  it("Guid.Empty is all zeros", () => {
    expect(GuidValue.Empty.ToString()).toBe("00000000-0000-0000-0000-000000000000");
    expect([...GuidValue.Empty.ToByteArray()]).toEqual(new Array(16).fill(0));
  });
});

describe("Guid.ToString", () => {
  const guid = GuidValue.Parse(TEXT);
  it.each([
    ["D", TEXT],
    ["d", TEXT],
    ["", TEXT],
    [null, TEXT],
    ["N", "35918bc9196d40ea9779889d79b753f0"],
    ["n", "35918bc9196d40ea9779889d79b753f0"],
    ["B", `{${TEXT}}`],
    ["b", `{${TEXT}}`],
    ["P", `(${TEXT})`],
    ["p", `(${TEXT})`],
    ["X", "{0x35918bc9,0x196d,0x40ea,{0x97,0x79,0x88,0x9d,0x79,0xb7,0x53,0xf0}}"],
    ["x", "{0x35918bc9,0x196d,0x40ea,{0x97,0x79,0x88,0x9d,0x79,0xb7,0x53,0xf0}}"],
  ])("format %j", (format, expected) => {
    expect(guid.ToString(format)).toBe(expected);
  });

  it("is D without a format, also through String() and template literals", () => {
    expect(guid.ToString()).toBe(TEXT);
    expect(guid.toString()).toBe(TEXT);
    expect(`${guid}`).toBe(TEXT);
  });

  it.each(["Z", "DD", "dn"])("throws FormatException for %j", (format) => {
    // mscorlib.txt's text; mono 6.8 prints the letters in single quotes.
    expect(() => guid.ToString(format)).toThrow(
      new FormatException(
        'Format String can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".',
      ),
    );
  });
});

describe("Guid.Parse", () => {
  it.each([
    "35918BC9196D40EA9779889D79B753F0",
    TEXT,
    TEXT.toUpperCase(),
    `{${TEXT}}`,
    `(${TEXT})`,
    ` \t${TEXT}\u0085\u3000`,
  ])("reads %j", (text) => {
    expect(GuidValue.Parse(text).ToString()).toBe(TEXT);
    expect(GuidValue.Parse(text).Equals(GuidValue.Parse(TEXT))).toBe(true);
  });

  it("throws ArgumentNullException naming input for null (the harness's undefined too)", () => {
    expect(() => GuidValue.Parse(null)).toThrow(new ArgumentNullException("input"));
    expect(() => GuidValue.Parse(undefined as unknown as null)).toThrow(
      new ArgumentNullException("input"),
    );
  });

  it.each([
    ["", "Unrecognized Guid format."],
    ["  ", "Unrecognized Guid format."],
    [`\ufeff${TEXT}`, INVALID_LENGTH],
    [`{${TEXT}`, INVALID_LENGTH],
    [`${TEXT}}`, INVALID_LENGTH],
    [`(${TEXT}`, INVALID_LENGTH],
    [`{${TEXT})`, INVALID_LENGTH],
    [`(${TEXT}}`, INVALID_LENGTH],
    ["35918bc9196d40ea9779889d79b753f", INVALID_LENGTH],
    ["35918bc9196d40ea9779889d79b753f0a", INVALID_LENGTH],
    ["(35918bc9196d40ea9779889d79b753f0)", INVALID_LENGTH],
    ["35918bc9-196d40ea-9779-889d79b753f0", INVALID_LENGTH],
    ["35918bc9-196d-40ea-9779-889d79b753g0", INVALID_LENGTH],
    ["not-a-guid", INVALID_LENGTH],
    [`x{${TEXT}}`, INVALID_LENGTH],
    [`{${TEXT}}x`, INVALID_LENGTH],
    [`x(${TEXT})`, INVALID_LENGTH],
    [`(${TEXT})x`, INVALID_LENGTH],
    ["{35918bc9-196d-40ea-9779-889d79b753g0}", INVALID_LENGTH],
    ["{35918bc9-196d-40ea-9779889d-79b753f0)", INVALID_LENGTH],
    ["{35918bc9-196d-40ea-9779889d-79b753f0}}", INVALID_LENGTH],
    ["x35918bc9196d40ea9779889d79b753f", "Guid string should only contain hexadecimal characters."],
    ["35918bc9196d40ea9779889d79b753fx", "Guid string should only contain hexadecimal characters."],
    ["35918bc9196d-40ea-9779-889d79b753f0", INVALID_LENGTH],
    ["35918bc-9196d-40ea-9779-889d79b753f0", "Dashes are in the wrong position for GUID parsing."],
    ["35918bc9-196d-40ea9-779-889d79b753f0", "Dashes are in the wrong position for GUID parsing."],
    ["35918bc9-196d-40ea-97798-89d79b753f0", "Dashes are in the wrong position for GUID parsing."],
    ["{35918bc9196d-40ea-9779-889d79b753f0}", INVALID_LENGTH],
    [
      "{35918bc9-196d-40ea-9779889d-79b753f0}",
      "Dashes are in the wrong position for GUID parsing.",
    ],
    [
      "(35918bc9-196d-40ea-9779889d-79b753f0)",
      "Dashes are in the wrong position for GUID parsing.",
    ],
  ])("throws FormatException for %j", (text, message) => {
    expect(() => GuidValue.Parse(text)).toThrow(new FormatException(message));
    expect(GuidValue.TryParse(text)).toEqual([false, GuidValue.Empty]);
  });

  it("refuses text with a brace and no dash: .NET reads it as the X format, not simulated", () => {
    // The X format parser's messages ("Expected hex 0x in '{0}'.", mono 6.8 for the N form in
    // braces) are not simulated.
    for (const text of ["{35918bc9196d40ea9779889d79b753f0}", "{0x35918bc9,0x196d}", "a{b"]) {
      expect(() => GuidValue.Parse(text)).toThrow(HarnessRefusal);
      expect(() => GuidValue.Parse(text)).toThrow(
        `Guid.Parse("${text}"): the X format is not simulated`,
      );
      expect(() => GuidValue.TryParse(text)).toThrow(HarnessRefusal);
    }
  });
});

describe("Guid.TryParse and Equals", () => {
  it("returns [true, the GUID] or [false, Guid.Empty], also for null", () => {
    const [ok, guid] = GuidValue.TryParse(`{${TEXT.toUpperCase()}}`);
    expect(ok).toBe(true);
    expect(guid.ToString()).toBe(TEXT);
    expect(GuidValue.TryParse(null)).toEqual([false, GuidValue.Empty]);
    expect(GuidValue.TryParse(undefined as unknown as null)).toEqual([false, GuidValue.Empty]);
    expect(GuidValue.TryParse("zz")[1].ToString()).toBe("00000000-0000-0000-0000-000000000000");
  });

  it("Equals is true for the same value only, never for a string", () => {
    expect(GuidValue.Parse(TEXT).Equals(GuidValue.Parse("35918BC9196D40EA9779889D79B753F0"))).toBe(
      true,
    );
    expect(GuidValue.Parse(TEXT).Equals(GuidValue.Empty)).toBe(false);
    expect(GuidValue.Parse(TEXT).Equals(TEXT)).toBe(false);
  });
});

describe("Guid.NewGuid", () => {
  it("is a version-4 GUID, a new one each call, the same sequence for the same seed", () => {
    const env = { instant: 0, guidSeed: "team" };
    const [a, b] = runInDotnetEnvironment(env, () => [GuidValue.NewGuid(), GuidValue.NewGuid()]);
    // RFC 4122 §4.4: version 4 in the high nibble of time_hi_and_version, the variant bits 10.
    for (const guid of [a!, b!]) {
      expect(guid.ToString()).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(guid.ToByteArray()[7]! >> 4).toBe(4);
    }
    expect(a!.Equals(b)).toBe(false);
    const again = runInDotnetEnvironment({ instant: 0, guidSeed: "team" }, () =>
      GuidValue.NewGuid(),
    );
    expect(again.Equals(a)).toBe(true);
    const other = runInDotnetEnvironment({ instant: 0, guidSeed: "other" }, () =>
      GuidValue.NewGuid(),
    );
    expect(other.Equals(a)).toBe(false);
  });

  it("sets every bit other than the version and variant somewhere in 200 GUIDs", () => {
    const guids = runInDotnetEnvironment({ instant: 0, guidSeed: 5 }, () =>
      Array.from({ length: 200 }, () => GuidValue.NewGuid().ToString("N")),
    );
    const or = (i: number) => guids.reduce((acc, g) => acc | parseInt(g[i]!, 16), 0);
    const and = (i: number) => guids.reduce((acc, g) => acc & parseInt(g[i]!, 16), 15);
    for (let i = 0; i < 32; i++) {
      if (i === 12) expect([or(i), and(i)]).toEqual([4, 4]);
      else if (i === 16) expect([or(i), and(i)]).toEqual([0xb, 0x8]);
      else expect([or(i), and(i)]).toEqual([15, 0]);
    }
  });

  it("logs what the expression drew; the gateway's own GUIDs are not logged", () => {
    const log = newDrawLog();
    const [made, gateway] = runInDotnetEnvironment({ instant: 0 }, () =>
      withDrawLog(log, () => [GuidValue.NewGuid(), GuidValue.nextInSequence()]),
    );
    expect(log.guids).toEqual([made!.ToString()]);
    expect(gateway!.Equals(made)).toBe(false);
  });
});
