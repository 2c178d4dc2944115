// policy-src/examples/return-url-guard: a login callback's returnUrl reaches the backend only when
// it is an absolute https URL on a host of the named value's allow-list; everything else (http,
// relative and scheme-relative URLs, the "allowed@evil" userinfo trick, unlisted subdomains,
// look-alike hosts, a missing parameter) gets 400 with no backend call. The expected outcome is
// computed independently with node's WHATWG URL, which agrees with .NET's Uri for these inputs
// (scheme and host lower-cased, the default port dropped, the fragment not part of the target);
// every evaluation is replayed through the emitted C# (mono) with zero divergences.
import { expect, it } from "vitest";
import { createGateway } from "apim-ts/harness";
import returnUrlGuard from "../../policy-src/examples/return-url-guard.operation.ts";
import { describeWithCSharp } from "../../harness/crosscheck/vitest-helpers.ts";
import { ReplayRecorder } from "../../harness/replay/index.ts";
import { replayAfterAll } from "../support/replay-after-all.ts";

const recorder = new ReplayRecorder();
const HOSTS = "App.Contoso.com, portal.contoso.com";

/** The target the backend should receive, or null when the guard must refuse (node's URL). */
function expected(returnUrl: string | undefined, hosts: string): string | null {
  if (returnUrl === undefined || returnUrl.includes("\\")) return null;
  let url: URL;
  try {
    url = new URL(returnUrl);
  } catch {
    return null; // relative and scheme-relative text has no base here
  }
  const listed = hosts.split(",").map((host) => host.trim().toLowerCase());
  if (url.protocol !== "https:" || url.username !== "" || !listed.includes(url.hostname))
    return null;
  return url.origin + url.pathname + url.search;
}

/** Sends `?returnUrl=` (form-encoded by URLSearchParams unless `rawQuery` is given). */
async function send(returnUrl: string | undefined, hosts = HOSTS, rawQuery?: string) {
  const apim = createGateway({
    policies: { operation: returnUrlGuard },
    namedValues: { "return-url-hosts": hosts },
  });
  const query =
    rawQuery ?? (returnUrl === undefined ? "" : `?${new URLSearchParams({ returnUrl })}`);
  const result = await apim.send({ url: `/callback${query}` });
  recorder.add(result, `returnUrl=${returnUrl} hosts=${hosts}`, "return-url-guard");
  return result;
}

/** Sends and checks the outcome against `expected`. */
async function check(returnUrl: string | undefined, hosts = HOSTS, rawQuery?: string) {
  const result = await send(returnUrl, hosts, rawQuery);
  const target = expected(returnUrl, hosts);
  if (target === null) {
    expect(result.status, String(returnUrl)).toBe(400);
    expect(result.backendCalls).toHaveLength(0);
    return;
  }
  expect(result.status, returnUrl).toBe(200);
  const call = result.backendCalls[0]!;
  expect(new URL(call.url).searchParams.getAll("returnUrl")).toEqual([target]);
  expect(call.headers["X-Return-Host"]).toEqual([new URL(target).hostname]);
}

describeWithCSharp("example: open-redirect guard for a login callback", (toolchain) => {
  it("forwards an allowed https URL with its host in X-Return-Host", async () => {
    await check("https://app.contoso.com/home?tab=1");
    await check("https://portal.contoso.com/");
    expect(expected("https://app.contoso.com/home?tab=1", HOSTS)).toBe(
      "https://app.contoso.com/home?tab=1",
    );
  });

  it("compares hosts case-insensitively and normalises scheme, host and port", async () => {
    await check("HTTPS://App.CONTOSO.com/Home");
    await check("https://app.contoso.com:443/x");
    await check("https://app.contoso.com:8443/x");
    await check("https://app.contoso.com/x#section");
    expect(expected("HTTPS://App.CONTOSO.com:443/Home#s", HOSTS)).toBe(
      "https://app.contoso.com/Home",
    );
  });

  it("refuses http, relative and scheme-relative URLs", async () => {
    await check("http://app.contoso.com/home");
    await check("/home");
    await check("//evil.example/");
    await check("home");
    await check("");
  });

  it("refuses the userinfo trick, backslashes and look-alike hosts", async () => {
    await check("https://app.contoso.com@evil.example/");
    await check("https://app.contoso.com\\@evil.example/");
    await check("https://app.contoso.com.evil.example/");
    await check("https://evil.example/?next=https://app.contoso.com/");
  });

  it("refuses a subdomain of an allowed host unless it is listed", async () => {
    await check("https://login.app.contoso.com/");
    await check("https://login.app.contoso.com/", `${HOSTS},login.app.contoso.com`);
  });

  it("reads a percent-encoded returnUrl as the gateway decodes it", async () => {
    const encoded = "?returnUrl=https%3A%2F%2Fapp.contoso.com%2Fhome%3Ftab%3D1";
    await check("https://app.contoso.com/home?tab=1", HOSTS, encoded);
    await check("https://evil.example/", HOSTS, "?returnUrl=https%3A%2F%2Fevil.example%2F");
  });

  it("refuses a request without returnUrl", async () => {
    await check(undefined);
    await check(undefined, HOSTS, "?other=https%3A%2F%2Fapp.contoso.com%2F");
  });

  replayAfterAll(recorder, toolchain, { minimum: 50 });
});
