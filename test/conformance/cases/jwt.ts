// Conformance cases: APIM's Jwt (AsJwt, TryParseJwt, every member, Claims.GetValueOrDefault) over
// tokens built here: registered claims present and absent, a single and an array audience,
// numeric, boolean, null and object claims, an unsigned token, and texts that are not JWTs (too
// few or many parts, bad Base64url, a payload that is not a JSON object). What counts as a valid
// JWT follows api-management-policy-expressions.md (AsJwt: "a valid JWT token value", else
// null); signatures are not checked by these members, so the tokens carry a fixed one.
import fc from "fast-check";
import type { ContextDescription } from "../../../harness/crosscheck/context-description.ts";
import type { SnippetSpec } from "../../../harness/conformance/index.ts";

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const token = (header: unknown, payload: unknown, signature = "c2lnbmF0dXJl") =>
  `${part(header)}.${part(payload)}.${signature}`;

const HS = { alg: "HS256", typ: "JWT" };
const full = {
  jti: "id-7",
  iss: "https://issuer.example/",
  sub: "alice",
  aud: "api://orders",
  iat: 1780000000,
  nbf: 1780000000,
  exp: 1780003600,
  roles: ["reader", "writer"],
  group: "finance",
  level: 3,
  admin: false,
  nothing: null,
  address: { city: "Delft", zip: "2611" },
};

/** Generated claim sets (fixed seed): string or array audiences, optional registered claims. */
const generated = fc
  .sample(
    fc.record(
      {
        iss: fc.constantFrom("a", "https://i.example/", "é ü"),
        sub: fc.string({ maxLength: 6 }),
        aud: fc.oneof(
          fc.string({ maxLength: 5 }),
          fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
        ),
        exp: fc.integer({ min: 0, max: 4_000_000_000 }),
        scp: fc.array(fc.constantFrom("read", "write", "a,b"), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
    { numRuns: 12, seed: 13 },
  )
  .map((payload) => token(HS, payload));

export const JWT_INPUTS: readonly (readonly unknown[])[] = [
  [token(HS, full)],
  [token({ alg: "RS256", kid: "k1" }, { aud: ["a", "b"], sub: 42 })],
  [token({ alg: "none" }, { iss: "x" }, "")],
  [token(HS, {})],
  ...generated.map((text) => [text]),
  // Not JWTs: null from AsJwt.
  ["not-a-token"],
  [""],
  ["a.b"],
  [`${token(HS, full)}.extra.part`],
  [`${part(HS)}.${Buffer.from("[1,2]").toString("base64url")}.c2ln`],
  [`${part(HS)}.${Buffer.from("{").toString("base64url")}.c2ln`],
  [`${part(HS)}.e30.c2ln+`],
  [`@@.${part(full)}.c2ln`],
];

const dash = (member: string) => `(jwt.${member} ?? "-")`;
const parsed = (body: string) =>
  `(s: string) => { const jwt = s.AsJwt(); if (jwt == null) { return "null"; } return ${body}; }`;
const date = (member: string) => `(jwt.${member} == null ? "-" : jwt.${member}.ToString("o"))`;

const VARIABLE_CONTEXTS: ContextDescription[] = [
  { now: "2026-06-01T12:00:00Z", variables: { jwt: { type: "Jwt", token: token(HS, full) } } },
  { now: "2026-06-01T12:00:00Z", variables: { jwt: { type: "null" } } },
  {
    now: "2026-06-01T12:00:00Z",
    variables: { jwt: { type: "Jwt", token: token(HS, { sub: "bob", group: ["a", "b"] }) } },
  },
];

export const jwtCases: SnippetSpec[] = [
  {
    id: "Jwt.strings",
    source: parsed(
      `${dash("Algorithm")} + "|" + ${dash("Type")} + "|" + ${dash("Id")} + "|" + ${dash("Issuer")} + "|" + ${dash("Subject")}`,
    ),
    inputs: JWT_INPUTS,
  },
  {
    id: "Jwt.dates",
    source: parsed(
      `${date("IssuedAt")} + "|" + ${date("NotBefore")} + "|" + ${date("ExpirationTime")}`,
    ),
    inputs: JWT_INPUTS,
  },
  {
    id: "Jwt.Audiences",
    source: parsed(`jwt.Audiences.ToArray().join(";") + "|" + jwt.Audiences.Count()`),
    inputs: JWT_INPUTS,
  },
  {
    id: "Jwt.Claims",
    source: parsed(
      `jwt.Claims.GetValueOrDefault("roles", "none") + "|" + jwt.Claims.GetValueOrDefault("level", "none") + "|" + jwt.Claims.GetValueOrDefault("admin", "none") + "|" + jwt.Claims.GetValueOrDefault("nothing", "none") + "|" + jwt.Claims.GetValueOrDefault("address", "none") + "|" + jwt.Claims.GetValueOrDefault("scp", "none") + "|" + (jwt.Claims.ContainsKey("sub") ? "sub" : "no sub") + "|" + (jwt.Claims.ContainsKey("aud") ? jwt.Claims["aud"].length : -1)`,
    ),
    inputs: JWT_INPUTS,
  },
  {
    id: "Jwt.TryParseJwt",
    source: `(s: string) => { const [ok, jwt] = s.TryParseJwt(); return ok ? "ok " + (jwt!.Issuer ?? "-") : (jwt == null ? "not a jwt, null" : "not a jwt?"); }`,
    inputs: JWT_INPUTS,
  },
  {
    id: "Jwt.variable",
    source: `(context: Context) => { const jwt = context.Variables["jwt"] as Jwt | null; return jwt == null ? "none" : (jwt.Subject ?? "-") + " " + jwt.Claims.GetValueOrDefault("group", "?"); }`,
    contexts: VARIABLE_CONTEXTS,
  },
];
