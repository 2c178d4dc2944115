// System.Guid with a deterministic NewGuid: the n-th call in an environment returns a version-4
// GUID derived from SHA-256(seed, n), so harness runs are reproducible. The GUIDs an expression's
// own Guid.NewGuid() calls return are also written to the evaluation's log (withGuidLog), which
// the C# replay feeds back in the same order (harness/crosscheck/guid-rewrite.ts); the gateway's
// context.RequestId takes its value from the same sequence but is no call of the expression, so
// it is not logged (the replay carries it as the context's requestId).
import { createHash } from "node:crypto";
import { ArgumentNullException, FormatException } from "./exceptions.ts";
import { currentEnvironment } from "./environment.ts";

// The log of the evaluation running now (expressions are synchronous, so one slot suffices).
let guidLog: string[] | undefined;

/**
 * Runs `fn` with `log` receiving, in order and in "D" format, every GUID Guid.NewGuid() returns
 * meanwhile; the previous log is restored afterwards, also when `fn` throws.
 */
export function withGuidLog<T>(log: string[], fn: () => T): T {
  const previous = guidLog;
  guidLog = log;
  try {
    return fn();
  } finally {
    guidLog = previous;
  }
}

function hexOf(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("hex");
}

/** A System.Guid (16 bytes in RFC 4122 order; .NET's ToString prints them in this order). */
export class GuidValue {
  readonly #hex: string;
  constructor(hex32: string) {
    this.#hex = hex32.toLowerCase();
  }

  static readonly Empty: GuidValue = new GuidValue("0".repeat(32));

  /** The next GUID of the ambient environment's seeded sequence (logged for the replay). */
  static NewGuid(): GuidValue {
    const guid = GuidValue.nextInSequence();
    guidLog?.push(guid.ToString());
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
    return new GuidValue(hexOf(bytes));
  }

  /** Accepts the N, D, B and P formats; anything else is a FormatException. */
  static Parse(input: string | null): GuidValue {
    if (input === null || input === undefined) throw new ArgumentNullException("input");
    const text = input.trim();
    const match =
      /^([0-9a-f]{32})$/i.exec(text) ??
      /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i.exec(text) ??
      /^\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)$/i.exec(text);
    const braces = text.startsWith("{") === text.endsWith("}");
    if (match === null || !braces)
      throw new FormatException(
        "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).",
      );
    return new GuidValue(match[1]!.replace(/-/g, ""));
  }

  /** "D" (default), "N", "B" or "P" format, lower-case. */
  ToString(format: string = "D"): string {
    const h = this.#hex;
    const d = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    switch (format) {
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
