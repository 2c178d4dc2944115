// The requests `apim-ts serve` prints, each with the answer scenarios.md (section 2) expects for
// the chosen mode, issuer-DN check and `validate-certificate-chain`. The expectations are written
// from the scenario table, not computed by the model, so the printed table is an independent
// oracle: `test/cli/serve.test.ts` sends the printed requests and compares.
import type { SeedCertificates } from "../../../src/certificates/index.ts";
import { CERTIFICATE_ERROR_TEXT, NO_REQUIRED_CERTIFICATE_TEXT } from "../error-pages.ts";
import { APIM_STATUS_PATH } from "../health-probe.ts";

/** Where a request goes. */
export type Endpoint =
  "https-listener" | "mtls-listener" | "https-listener-without-strip-rule" | "apim-direct";

/** What the caller should get. */
export interface Expectation {
  readonly status: number;
  /** The gateway's 400 page text. */
  readonly page?: string;
  /** APIM's ClientCertificate... reason (in its trace, or the X-Client-Certificate-Error header). */
  readonly reason?: string;
  /** Why, in a few words (printed). */
  readonly note?: string;
}

export interface DemoCase {
  /** Stable id, printed in brackets (tests look cases up by it). */
  readonly id: string;
  readonly group: string;
  readonly title: string;
  readonly endpoint: Endpoint;
  readonly path: string;
  /** The client certificate presented in the handshake. */
  readonly certificate?: keyof SeedCertificates;
  /** Send the TST intermediate with the leaf (the sibling-intermediate case). */
  readonly withTstIntermediate?: boolean;
  /** Send X-Client-Certificate = Valid Client's header value. */
  readonly forged?: boolean;
  readonly expect: Expectation;
}

export interface DemoSettings {
  readonly mode: "Strict" | "Passthrough";
  readonly issuerDN: boolean;
  readonly validateChain: boolean;
  /** The folder has no key files: clients present their .pfx, which carries the chain too. */
  readonly pfxOnly: boolean;
  /** The operation paths APIM serves (`/validate-from-agw`, ...). */
  readonly paths: readonly string[];
}

const ok = (note?: string): Expectation => ({ status: 200, ...(note ? { note } : {}) });
const rejected = (reason: string, note?: string): Expectation => ({
  status: 401,
  reason: `ClientCertificate${reason}`,
  ...(note ? { note } : {}),
});
const page = (text: string, note?: string): Expectation => ({
  status: 400,
  page: text,
  ...(note ? { note } : {}),
});

/** The mTLS listener's answer for /validate-from-agw (scenarios.md section 2, first table). */
function throughMtls(
  settings: DemoSettings,
  certificate: keyof SeedCertificates | undefined,
  withTstIntermediate: boolean,
): Expectation {
  const strict = settings.mode === "Strict";
  const untrusted = settings.validateChain ? "NotTrusted" : "IdentityNotMatched";
  const refused = page(CERTIFICATE_ERROR_TEXT, "the gateway refuses it; nothing reaches APIM");
  switch (certificate) {
    case undefined:
      return strict ? page(NO_REQUIRED_CERTIFICATE_TEXT) : rejected("NotFound");
    case "validClient":
    case "unprotectedApi":
      return ok("the echo backend answers");
    case "unregisteredClient":
      return rejected("IdentityNotMatched", "trusted issuer, but not uploaded to APIM");
    case "untrustedClient":
      if (!strict) return rejected(untrusted);
      if (withTstIntermediate && !settings.issuerDN)
        return rejected(
          untrusted,
          "same root: the gateway lets it through without the issuer-DN check",
        );
      return refused;
    case "expiredClient":
      return strict ? refused : rejected("Expired");
    case "notYetValidClient":
      return strict ? refused : rejected("NotYetValid");
    default:
      return ok();
  }
}

/** Every request to print, for these settings. */
export function demoCases(settings: DemoSettings): DemoCase[] {
  const has = (path: string) => settings.paths.includes(path);
  const cases: DemoCase[] = [];
  const mtls = `mTLS listener (${settings.mode}, issuer-DN check ${settings.issuerDN ? "on" : "off"}), /validate-from-agw`;
  if (has("/validate-from-agw")) {
    const certificates: [string, keyof SeedCertificates | undefined, string][] = [
      ["none", undefined, "no certificate"],
      ["valid-client", "validClient", "Valid Client"],
      ["unregistered-client", "unregisteredClient", "Unregistered Client"],
      ["unprotected-api", "unprotectedApi", "Unprotected API"],
      ["expired-client", "expiredClient", "Expired Client"],
      ["not-yet-valid-client", "notYetValidClient", "Not Yet Valid Client"],
    ];
    // A .pfx always carries its chain, so the leaf-only Untrusted case exists only with key files.
    if (!settings.pfxOnly)
      certificates.push(["untrusted-client", "untrustedClient", "Untrusted Client (leaf only)"]);
    for (const [id, certificate, title] of certificates)
      cases.push({
        id: `mtls-${id}`,
        group: mtls,
        title,
        endpoint: "mtls-listener",
        path: "/validate-from-agw",
        ...(certificate ? { certificate } : {}),
        expect: throughMtls(settings, certificate, false),
      });
    cases.push({
      id: "mtls-untrusted-client-with-tst-intermediate",
      group: mtls,
      title: "Untrusted Client + TST intermediate sent in the handshake",
      endpoint: "mtls-listener",
      path: "/validate-from-agw",
      certificate: "untrustedClient",
      withTstIntermediate: true,
      expect: throughMtls(settings, "untrustedClient", true),
    });

    const spoof =
      "Header spoofing: X-Client-Certificate forged with Valid Client's value, no certificate";
    cases.push(
      {
        id: "spoof-https-listener",
        group: spoof,
        title: "HTTPS listener (443)",
        endpoint: "https-listener",
        path: "/validate-from-agw",
        forged: true,
        expect: rejected("NotFound", "the listener's rewrite rule deletes the header"),
      },
      {
        id: "spoof-mtls-listener",
        group: spoof,
        title: `mTLS listener (${settings.mode})`,
        endpoint: "mtls-listener",
        path: "/validate-from-agw",
        forged: true,
        expect:
          settings.mode === "Strict"
            ? page(NO_REQUIRED_CERTIFICATE_TEXT)
            : rejected(
                "NotFound",
                "the rewrite overwrites the header with an empty value, which removes it",
              ),
      },
      {
        id: "spoof-apim-direct",
        group: spoof,
        title: "directly to APIM, bypassing the gateway",
        endpoint: "apim-direct",
        path: "/validate-from-agw",
        forged: true,
        expect: ok(
          "THE HOLE: restrict APIM to the gateway (VNet, or a policy admitting only the gateway's address)",
        ),
      },
      {
        id: "spoof-https-listener-without-strip-rule",
        group: spoof,
        title:
          "an HTTPS listener WITHOUT the strip rule (a second gateway, misconfigured on purpose)",
        endpoint: "https-listener-without-strip-rule",
        path: "/validate-from-agw",
        forged: true,
        expect: ok("THE HOLE again: keep the rewrite rule that deletes X-Client-Certificate"),
      },
    );
  }

  const other =
    "Other operations through the gateway (the certificate never reaches APIM's TLS layer)";
  if (has("/validate-using-context"))
    cases.push({
      id: "agw-validate-using-context",
      group: other,
      title: "Valid Client via the mTLS listener, /validate-using-context",
      endpoint: "mtls-listener",
      path: "/validate-using-context",
      certificate: "validClient",
      expect: rejected("NotFound"),
    });
  if (has("/validate-using-policy"))
    cases.push({
      id: "agw-validate-using-policy",
      group: other,
      title: "Valid Client via the mTLS listener, /validate-using-policy",
      endpoint: "mtls-listener",
      path: "/validate-using-policy",
      certificate: "validClient",
      expect: rejected("NotFound", "reason in the X-Client-Certificate-Error header"),
    });
  cases.push({
    id: "agw-status-probe",
    group: other,
    title: `APIM's health endpoint via the HTTPS listener, ${APIM_STATUS_PATH}`,
    endpoint: "https-listener",
    path: APIM_STATUS_PATH,
    expect: ok(),
  });

  const direct = "Direct mTLS to APIM (no gateway in between)";
  for (const path of ["/validate-using-context", "/validate-using-policy"].filter(has)) {
    const name = path.slice(1);
    cases.push(
      {
        id: `direct-${name}-valid-client`,
        group: direct,
        title: `Valid Client, ${path}`,
        endpoint: "apim-direct",
        path,
        certificate: "validClient",
        expect: ok("the echo backend answers"),
      },
      {
        id: `direct-${name}-expired-client`,
        group: direct,
        title: `Expired Client, ${path}`,
        endpoint: "apim-direct",
        path,
        certificate: "expiredClient",
        expect: rejected("Expired"),
      },
    );
  }
  return cases;
}

/** The expectation as printed beside a command. */
export function describeExpectation(expect: Expectation): string {
  const what =
    expect.page !== undefined
      ? `${expect.status} from the gateway: "${expect.page}"`
      : expect.reason !== undefined
        ? `${expect.status} ${expect.reason}`
        : String(expect.status);
  return expect.note ? `${what} (${expect.note})` : what;
}
