// The requests `apim-ts serve` prints, each with the answer the seed's scenario table (section 2 of
// docs/scenarios.md) expects for the chosen mode, issuer-DN check and `validate-certificate-chain`,
// and for each certificate's dates read against the very clock the servers run on (so `--now`
// moves the expectations with the servers). The expectations are written from the scenario table,
// not computed by the model, so the printed table is an independent oracle: `test/cli/serve.test.ts`
// sends the printed requests and compares.
import { X509Certificate } from "node:crypto";
import type { CertificateFolder, SeedCertificates } from "../../../src/certificates/index.ts";
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

/** A certificate's dates against the servers' clock. */
export type DateState = "valid" | "notYetValid" | "expired";

/** What the clock makes of a client certificate: its own dates, and the worst of its CAs' dates. */
export interface ClientDates {
  readonly leaf: DateState;
  readonly issuers: DateState;
}

/** A client certificate of the seed's tree. */
export type ClientCertificate =
  | "validClient"
  | "unregisteredClient"
  | "unprotectedApi"
  | "expiredClient"
  | "notYetValidClient"
  | "untrustedClient";

/** The clients uploaded to APIM (the only identities the seed's policies accept). */
const REGISTERED: ReadonlySet<ClientCertificate> = new Set(["validClient", "unprotectedApi"]);

/** The CAs above each client, from its issuing intermediate to the root. */
const ISSUERS: Readonly<Record<ClientCertificate, readonly (keyof SeedCertificates)[]>> = {
  validClient: ["devIntermediateCa", "rootCa"],
  unregisteredClient: ["devIntermediateCa", "rootCa"],
  unprotectedApi: ["devIntermediateCa", "rootCa"],
  expiredClient: ["devIntermediateCa", "rootCa"],
  notYetValidClient: ["devIntermediateCa", "rootCa"],
  untrustedClient: ["tstIntermediateCa", "rootCa"],
};

function dateState(der: Uint8Array, instant: number): DateState {
  const certificate = new X509Certificate(der);
  // NotBefore > now and NotAfter < now, the comparisons both the gateway and the policies make.
  if (Date.parse(certificate.validFrom) > instant) return "notYetValid";
  if (Date.parse(certificate.validTo) < instant) return "expired";
  return "valid";
}

/** Each client's dates in `folder` at `instant` (the servers' clock), read from the certificates. */
export function clientDatesAt(
  folder: CertificateFolder,
  instant: number,
): (certificate: ClientCertificate) => ClientDates {
  return (certificate) => {
    const issuers = ISSUERS[certificate].map((ca) => dateState(folder[ca].der, instant));
    return {
      leaf: dateState(folder[certificate].der, instant),
      issuers: issuers.find((state) => state !== "valid") ?? "valid",
    };
  };
}

export interface DemoSettings {
  readonly mode: "Strict" | "Passthrough";
  readonly issuerDN: boolean;
  readonly validateChain: boolean;
  /** The folder has no key files: clients present their .pfx, which carries the chain too. */
  readonly pfxOnly: boolean;
  /** The operation paths APIM serves (`/validate-from-agw`, ...). */
  readonly paths: readonly string[];
  /** Each client's dates at the servers' clock (see `clientDatesAt`). */
  readonly dates: (certificate: ClientCertificate) => ClientDates;
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

const STATE_TEXT: Readonly<Record<DateState, string>> = {
  valid: "valid",
  notYetValid: "not yet valid",
  expired: "expired",
};

/**
 * APIM's answer for a client certificate its policy sees (forwarded by the gateway, or presented
 * directly): dates first, then the chain when `validate-certificate-chain` is on, then the
 * identity, as the seed's policies order them.
 */
function atApim(
  settings: DemoSettings,
  certificate: ClientCertificate,
  notes: { readonly ok?: string; readonly rejected?: string } = {},
): Expectation {
  const dates = settings.dates(certificate);
  if (dates.leaf === "notYetValid") return rejected("NotYetValid", notes.rejected);
  if (dates.leaf === "expired") return rejected("Expired", notes.rejected);
  const trusted = certificate !== "untrustedClient" && dates.issuers === "valid";
  if (settings.validateChain && !trusted) return rejected("NotTrusted", notes.rejected);
  if (!REGISTERED.has(certificate))
    return rejected(
      "IdentityNotMatched",
      notes.rejected ?? (trusted ? "trusted issuer, but not uploaded to APIM" : undefined),
    );
  return ok(notes.ok ?? "the echo backend answers");
}

/**
 * The Strict listener's refusal of a client whose dates, or whose CAs' dates, are not valid at
 * the servers' clock (it checks them before anything reaches APIM), or undefined.
 */
function strictDateRefusal(
  settings: DemoSettings,
  certificate: ClientCertificate,
): Expectation | undefined {
  if (settings.mode !== "Strict") return undefined;
  const dates = settings.dates(certificate);
  if (dates.leaf !== "valid")
    return page(
      CERTIFICATE_ERROR_TEXT,
      `${STATE_TEXT[dates.leaf]} at the servers' clock: the gateway refuses it; nothing reaches APIM`,
    );
  if (dates.issuers !== "valid")
    return page(
      CERTIFICATE_ERROR_TEXT,
      `a CA above it is ${STATE_TEXT[dates.issuers]}: the gateway refuses it; nothing reaches APIM`,
    );
  return undefined;
}

/** The mTLS listener's answer for /validate-from-agw (docs/scenarios.md section 2, first table). */
function throughMtls(
  settings: DemoSettings,
  certificate: ClientCertificate | undefined,
  withTstIntermediate: boolean,
): Expectation {
  const strict = settings.mode === "Strict";
  if (certificate === undefined)
    return strict ? page(NO_REQUIRED_CERTIFICATE_TEXT) : rejected("NotFound");
  if (!strict) return atApim(settings, certificate);
  const refusal = strictDateRefusal(settings, certificate);
  if (refusal) return refusal;
  if (certificate === "untrustedClient") {
    if (withTstIntermediate && !settings.issuerDN)
      return atApim(settings, certificate, {
        rejected: "same root: the gateway lets it through without the issuer-DN check",
      });
    return page(CERTIFICATE_ERROR_TEXT, "the gateway refuses it; nothing reaches APIM");
  }
  return atApim(settings, certificate);
}

/** Every request to print, for these settings. */
export function demoCases(settings: DemoSettings): DemoCase[] {
  const has = (path: string) => settings.paths.includes(path);
  const cases: DemoCase[] = [];
  const mtls = `mTLS listener (${settings.mode}, issuer-DN check ${settings.issuerDN ? "on" : "off"}), /validate-from-agw`;
  if (has("/validate-from-agw")) {
    const certificates: [string, ClientCertificate | undefined, string][] = [
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
        // APIM believes the forged header: Valid Client's own checks decide.
        expect: atApim(settings, "validClient", {
          ok: "THE HOLE: restrict APIM to the gateway (VNet, or a policy admitting only the gateway's address)",
        }),
      },
      {
        id: "spoof-https-listener-without-strip-rule",
        group: spoof,
        title:
          "an HTTPS listener WITHOUT the strip rule (a second gateway, misconfigured on purpose)",
        endpoint: "https-listener-without-strip-rule",
        path: "/validate-from-agw",
        forged: true,
        expect: atApim(settings, "validClient", {
          ok: "THE HOLE again: keep the rewrite rule that deletes X-Client-Certificate",
        }),
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
      expect: strictDateRefusal(settings, "validClient") ?? rejected("NotFound"),
    });
  if (has("/validate-using-policy"))
    cases.push({
      id: "agw-validate-using-policy",
      group: other,
      title: "Valid Client via the mTLS listener, /validate-using-policy",
      endpoint: "mtls-listener",
      path: "/validate-using-policy",
      certificate: "validClient",
      expect:
        strictDateRefusal(settings, "validClient") ??
        rejected("NotFound", "reason in the X-Client-Certificate-Error header"),
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
        expect: atApim(settings, "validClient"),
      },
      {
        id: `direct-${name}-expired-client`,
        group: direct,
        title: `Expired Client, ${path}`,
        endpoint: "apim-direct",
        path,
        certificate: "expiredClient",
        expect: atApim(settings, "expiredClient"),
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
