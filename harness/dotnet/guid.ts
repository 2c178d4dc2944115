// System.Guid with a deterministic NewGuid: the n-th call in an environment returns a version-4
// GUID derived from SHA-256(seed, n), so harness runs are reproducible. The GUIDs an expression's
// own Guid.NewGuid() calls return are also written to the evaluation's log (draw-log.ts), which
// the C# replay feeds back in the same order (harness/crosscheck/guid-rewrite.ts); the gateway's
// context.RequestId takes its value from the same sequence but is no call of the expression, so
// it is not logged (the replay carries it as the context's requestId).
import { createHash } from "node:crypto";
import { HarnessRefusal } from "../apim/harness-refusal.ts";
import { ArgumentException, ArgumentNullException, FormatException } from "./exceptions.ts";
import { currentDrawLog } from "./draw-log.ts";
import { currentEnvironment } from "./environment.ts";
import { trimWhiteSpace } from "./white-space.ts";

const INVALID_LENGTH =
  "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).";

/**
 * The message of .NET Framework's Guid.Parse for trimmed `text` that is no N, D, B or P GUID
 * (referencesource mscorlib/system/guid.cs, TryParseGuid and its helpers; the texts are
 * mscorlib.txt's Format_Guid* resources): empty is Format_GuidUnrecognized; without dashes,
 * TryParseGuidWithNoStyle wants 32 characters (Format_GuidInvLen) that are all hex digits
 * (Format_GuidInvalidChar); with dashes, TryParseGuidWithDashes wants 36 characters, or 38 framed
 * by {} or () (Format_GuidInvLen), and dashes at 8, 13, 18 and 23 (Format_GuidDashes). A dashed
 * text of the right shape with other characters in a group gets the number parser's own
 * messages (ParseNumbers), which are not simulated: Format_GuidInvLen stands for them, as for
 * the last group.
 */
function parseFailure(text: string): string {
  if (text.length === 0) return "Unrecognized Guid format.";
  if (!text.includes("-"))
    return text.length === 32
      ? "Guid string should only contain hexadecimal characters."
      : INVALID_LENGTH;
  const close = { "{": "}", "(": ")" }[text[0]!];
  const start = close === undefined ? 0 : 1;
  const framed =
    close === undefined ? text.length === 36 : text.length === 38 && text[37] === close;
  const dashesPlaced = [8, 13, 18, 23].every((at) => text[start + at] === "-");
  return framed && !dashesPlaced
    ? "Dashes are in the wrong position for GUID parsing."
    : INVALID_LENGTH;
}

function hexOf(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

/**
 * Swaps the first three fields (4, 2 and 2 bytes) between RFC 4122's order and .NET's
 * little-endian one ("Guid(Byte[]) constructor" and "Guid.ToByteArray", learn.microsoft.com:
 * the bytes of Data1, Data2 and Data3 are in the machine's order, little-endian on x86/x64).
 * The swap is its own inverse.
 */
function swapFields(bytes: Uint8Array): Uint8Array {
  const out = Uint8Array.from(bytes);
  out.set([bytes[3]!, bytes[2]!, bytes[1]!, bytes[0]!, bytes[5]!, bytes[4]!, bytes[7]!, bytes[6]!]);
  return out;
}

/** A System.Guid (16 bytes in RFC 4122 order; .NET's ToString prints them in this order). */
export class GuidValue {
  readonly #hex: string;
  /** `new Guid(byte[] b)`: the 16 bytes in ToByteArray's order. */
  constructor(b: Uint8Array | null) {
    if (b === null || b === undefined) throw new ArgumentNullException("b");
    if (!(b instanceof Uint8Array) || b.length !== 16)
      throw new ArgumentException("Byte array for GUID must be exactly 16 bytes long.");
    this.#hex = hexOf(swapFields(b));
  }

  /** The GUID whose "N" text is `hex32` (RFC 4122 order). */
  static fromHex(hex32: string): GuidValue {
    return new GuidValue(swapFields(Buffer.from(hex32, "hex")));
  }

  static readonly Empty: GuidValue = GuidValue.fromHex("0".repeat(32));

  /** The next GUID of the ambient environment's seeded sequence (logged for the replay). */
  static NewGuid(): GuidValue {
    const guid = GuidValue.nextInSequence();
    currentDrawLog()?.guids.push(guid.ToString());
    return guid;
  }

  /** The next GUID of the seeded sequence, not logged (the gateway's own GUIDs: RequestId). */
  static nextInSequence(): GuidValue {
    const env = currentEnvironment();
    const index = env.guidCounter.value++;
    const bytes = createHash("sha256")
      .update(`${env.guidSeed}\u0000${index}`)
      .digest()
      .subarray(0, 16);
    bytes[6] = (bytes[6]! & 0x0f) | 0x40;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    return GuidValue.fromHex(hexOf(bytes));
  }

  /**
   * Accepts the N, D, B and P formats; anything else is a FormatException with the message .NET
   * Framework's TryParseGuid gives (parseFailure). Text with a brace and no dash goes to .NET's
   * parser of the X format ("{0x...,{0x..}}"), which is refused rather than simulated.
   */
  static Parse(input: string | null): GuidValue {
    if (input === null || input === undefined) throw new ArgumentNullException("input");
    // TryParseGuid trims with String.Trim() (referencesource mscorlib/system/guid.cs,
    // "String guidString = g.Trim();  //Remove Whitespace"): Char.IsWhiteSpace's set, so U+0085
    // goes and U+FEFF stays (mono 6.8 agrees: conformance case Guid.Parse.whiteSpace).
    const text = trimWhiteSpace(input);
    if (text.includes("{") && !text.includes("-"))
      throw new HarnessRefusal(`Guid.Parse("${text}"): the X format is not simulated`);
    const match =
      /^([0-9a-f]{32})$/i.exec(text) ??
      /^\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}$/i.exec(text) ??
      /^\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)$/i.exec(text) ??
      /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(text);
    if (match === null) throw new FormatException(parseFailure(text));
    return GuidValue.fromHex(match[1]!.replace(/-/g, ""));
  }

  /** Guid.TryParse's out pattern: [false, Empty] where Parse throws a FormatException or for null. */
  static TryParse(input: string | null): [boolean, GuidValue] {
    if (input === null || input === undefined) return [false, GuidValue.Empty];
    try {
      return [true, GuidValue.Parse(input)];
    } catch (error) {
      if (error instanceof FormatException) return [false, GuidValue.Empty];
      throw error;
    }
  }

  /** The 16 bytes in .NET's order (the first three fields little-endian). */
  ToByteArray(): Uint8Array {
    return swapFields(Buffer.from(this.#hex, "hex"));
  }

  /**
   * "D" (default, also null or ""), "N", "B", "P" or "X" format, lower-case ("Guid.ToString
   * Method", format specifiers table).
   */
  ToString(format: string | null = "D"): string {
    const h = this.#hex;
    const d = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    switch (format) {
      case null:
      case "":
      case "D":
      case "d":
        return d;
      case "N":
      case "n":
        return h;
      case "B":
      case "b":
        return `{${d}}`;
      case "P":
      case "p":
        return `(${d})`;
      case "X":
      case "x": {
        const bytes = h
          .slice(16)
          .match(/../g)!
          .map((pair) => `0x${pair}`);
        return `{0x${h.slice(0, 8)},0x${h.slice(8, 12)},0x${h.slice(12, 16)},{${bytes.join(",")}}}`;
      }
      default:
        throw new FormatException(
          'Format String can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".',
        );
    }
  }
  Equals(other: unknown): boolean {
    return other instanceof GuidValue && other.#hex === this.#hex;
  }
  toString(): string {
    return this.ToString();
  }
  [Symbol.toPrimitive](): string {
    return this.ToString();
  }
}
