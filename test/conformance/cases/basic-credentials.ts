// Conformance cases: APIM's AsBasic() / TryParseBasic over generated Authorization values:
// printable-ASCII user ids and passwords (empty, with ':' in the password, with '=' padding of
// every length), the scheme in mixed case and with several spaces, and values that are not
// Basic credentials (another scheme, no space, trailing space or newline, base64 without
// padding, characters outside base64, decoded text without ':'). What counts as valid is the
// harness's reading of the page (harness/dotnet/basic-credentials.ts); the cases keep clear of
// the bytes it refuses (control and non-ASCII).
import fc from "fast-check";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";
import { one } from "../generators.ts";

const b64 = (text: string) => Buffer.from(text, "latin1").toString("base64");
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 12,
});
const generated = fc.sample(
  fc.record({
    user: printable.filter((u) => !u.includes(":")),
    password: printable,
    scheme: fc.constantFrom("Basic", "basic", "BASIC", "bAsIc"),
    spaces: fc.constantFrom(" ", "  "),
  }),
  { numRuns: 60, seed: 1301 },
);

export const BASIC_INPUTS: readonly string[] = [
  ...generated.map((g) => `${g.scheme}${g.spaces}${b64(`${g.user}:${g.password}`)}`),
  `Basic ${b64(":")}`,
  `Basic ${b64("user:")}`,
  `Basic ${b64(":pass")}`,
  `Basic ${b64("a:b:c")}`,
  // Not Basic credentials: null.
  `Basic ${b64("no colon here")}`,
  `Bearer ${b64("a:b")}`,
  `Basic${b64("a:b")}`,
  `Basic ${b64("a:b")} `,
  `Basic ${b64("a:b")}\n`,
  ` Basic ${b64("a:b")}`,
  `Basic\t${b64("a:b")}`,
  `Basic ${b64("ab:c").replace(/=+$/, "")}`,
  "Basic YTpi=",
  "Basic YT-i",
  "Basic ",
  "Basic",
  "",
];

export const basicCredentialCases: readonly SnippetSpec[] = [
  {
    id: "AsBasic",
    source:
      '(s: string) => { const c = s.AsBasic(); return c == null ? "null" : "[" + c.UserId + "][" + c.Password + "]"; }',
    inputs: one(BASIC_INPUTS),
  },
  {
    id: "TryParseBasic",
    source:
      '(s: string) => { const [ok, c] = s.TryParseBasic(); return ok ? c!.Password.length + ":" + c!.UserId : (c == null ? "false,null" : "false,?"); }',
    inputs: one(BASIC_INPUTS),
  },
];
