// policy-src/examples/tenant-version-routing: paths of the form /{tenant}/v{version}/... reach the
// backend as /v{version}/tenants/{tenant}/... with X-Tenant and X-Api-Version, other paths get
// 404 and versions outside 1..3 get 400, for random tenants (mixed case, digits, hyphens, too
// long), versions and rest paths. The expected outcome is computed independently here with
// string operations (no regular expression); every evaluation is replayed through the emitted C#
// (mono) with zero divergences, which proves Match, Groups by name, Replace's ${name} and
// IgnoreCase mean the same in .NET.
import fc from "fast-check";
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import routing from "../../policy-src/examples/tenant-version-routing.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const TENANT_CHARS = LETTERS + "0123456789-";

/** The expected answer, by hand: 404 for another shape, 400 for a version outside 1..3. */
function expected(path: string): {
  status: number;
  url?: string;
  tenant?: string;
  version?: string;
} {
  const [empty, tenant = "", v = "", ...rest] = path.split("/");
  const lower = tenant.toLowerCase();
  const digits = v.slice(1);
  const shaped =
    empty === "" &&
    lower.length >= 2 &&
    lower.length <= 31 &&
    LETTERS.includes(lower[0]!) &&
    [...lower].every((c) => TENANT_CHARS.includes(c)) &&
    (v[0] === "v" || v[0] === "V") &&
    digits.length >= 1 &&
    digits.length <= 3 &&
    [...digits].every((c) => c >= "0" && c <= "9");
  if (!shaped) return { status: 404 };
  const version = Number(digits);
  if (version < 1 || version > 3) return { status: 400 };
  const tail = rest.length ? "/" + rest.join("/") : "";
  return {
    status: 200,
    url: `https://backend.example/v${digits}/tenants/${tenant}${tail}`,
    tenant,
    version: String(version),
  };
}

async function send(path: string) {
  const apim = createGateway({
    api: { path: "", serviceUrl: "https://backend.example" },
    policies: { operation: routing },
  });
  const result = await apim.send({ url: path });
  recorder.add(result, path, "tenant-version-routing");
  return result;
}

describeWithCSharp("example: tenant and version routing with named groups", (toolchain) => {
  it("rewrites /Contoso/v2/orders/42 to the backend's layout with the tenant and version headers", async () => {
    const result = await send("/Contoso/v2/orders/42");
    expect(result.status).toBe(200);
    expect(result.backendCalls[0]!.url).toBe(
      "https://backend.example/v2/tenants/Contoso/orders/42",
    );
    expect(result.backendCalls[0]!.headers["X-Tenant"]).toEqual(["Contoso"]);
    expect(result.backendCalls[0]!.headers["X-Api-Version"]).toEqual(["2"]);
  });

  it("refuses other shapes with 404 and unserved versions with 400", async () => {
    expect((await send("/contoso/orders")).status).toBe(404);
    expect((await send("/9lives/v1/x")).status).toBe(404);
    expect((await send("/contoso/v7/x")).status).toBe(400);
    expect((await send("/contoso/v0")).status).toBe(400);
  });

  it("agrees with the hand-written rule for random paths", async () => {
    const tenant = fc.oneof(
      fc
        .tuple(
          fc.constantFrom(..."abXY"),
          fc.array(fc.constantFrom(..."abcXYZ09-"), { maxLength: 8 }),
        )
        .map(([first, rest]) => first + rest.join("")),
      fc.array(fc.constantFrom(..."abcXYZ09-"), { maxLength: 33 }).map((c) => c.join("")),
    );
    const version = fc.oneof(
      fc.integer({ min: 0, max: 5 }).map(String),
      fc.constantFrom("", "003", "1000", "x", "2a"),
    );
    const rest = fc.array(fc.constantFrom("orders", "42", "a-b"), { maxLength: 3 });
    const paths = fc.sample(
      fc
        .tuple(tenant, fc.constantFrom("v", "V", ""), version, rest)
        .map(([t, v, n, r]) => `/${t}/${v}${n}${r.length ? "/" + r.join("/") : ""}`),
      { numRuns: 60, seed: 1321 },
    );
    const statuses = new Set<number>();
    for (const path of paths) {
      const want = expected(path);
      const result = await send(path);
      statuses.add(result.status);
      expect(result.status, path).toBe(want.status);
      if (want.status === 200) {
        expect(result.backendCalls[0]!.url, path).toBe(want.url);
        expect(result.backendCalls[0]!.headers["X-Tenant"], path).toEqual([want.tenant]);
        expect(result.backendCalls[0]!.headers["X-Api-Version"], path).toEqual([want.version]);
      }
    }
    expect(statuses).toEqual(new Set([200, 400, 404]));
  });

  replayAfterAll(recorder, toolchain, { minimum: 80 });
});
