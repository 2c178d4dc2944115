// docs/scenarios.md section 2's tables, shared by the gateway tests (which assert the outcomes) and the
// C# replay (test/replay, which replays every APIM expression evaluation of the same rows): the
// certificate rows per listener mode, and the spoofing fix (APIM accepts only the gateway).
import { choose, forwardRequest, policy, returnResponse, setStatus, when } from "apim-ts";
import {
  CERTIFICATE_ERROR_TEXT,
  NO_REQUIRED_CERTIFICATE_TEXT,
} from "../../../harness/appgw/index.ts";
import type { CertificateFolder, CertificateHandle } from "../../../src/certificates/index.ts";

export type Expectation =
  | { status: 200 }
  | { status: 400; page: string }
  | { status: 401; reason: string | ((c: boolean) => string) };

export interface Row {
  readonly name: string;
  readonly certificate: (f: CertificateFolder) => CertificateHandle | undefined;
  readonly chain?: (f: CertificateFolder) => CertificateHandle[];
  /** Issuer-DN check; the seed has it on. */
  readonly issuerDn?: boolean;
  readonly strict: Expectation;
  readonly passthrough: Expectation;
}

const notTrustedOrIdentity = (c: boolean) => (c ? "NotTrusted" : "IdentityNotMatched");
const noCertificate = { status: 400, page: NO_REQUIRED_CERTIFICATE_TEXT } as const;
const certificateError = { status: 400, page: CERTIFICATE_ERROR_TEXT } as const;

export const SECTION_2_ROWS: readonly Row[] = [
  {
    name: "none",
    certificate: () => undefined,
    strict: noCertificate,
    passthrough: { status: 401, reason: "NotFound" },
  },
  {
    name: "Valid Client",
    certificate: (f) => f.validClient,
    strict: { status: 200 },
    passthrough: { status: 200 },
  },
  {
    name: "Unprotected API",
    certificate: (f) => f.unprotectedApi,
    strict: { status: 200 },
    passthrough: { status: 200 },
  },
  {
    name: "Unregistered Client",
    certificate: (f) => f.unregisteredClient,
    strict: { status: 401, reason: "IdentityNotMatched" },
    passthrough: { status: 401, reason: "IdentityNotMatched" },
  },
  {
    name: "Untrusted Client",
    certificate: (f) => f.untrustedClient,
    strict: certificateError,
    passthrough: { status: 401, reason: notTrustedOrIdentity },
  },
  {
    name: "Untrusted Client + TST intermediate in the handshake, issuer-DN check off",
    certificate: (f) => f.untrustedClient,
    chain: (f) => [f.tstIntermediateCa],
    issuerDn: false,
    strict: { status: 401, reason: notTrustedOrIdentity },
    passthrough: { status: 401, reason: notTrustedOrIdentity },
  },
  {
    name: "Untrusted Client + TST intermediate in the handshake, issuer-DN check on",
    certificate: (f) => f.untrustedClient,
    chain: (f) => [f.tstIntermediateCa],
    issuerDn: true,
    strict: certificateError,
    passthrough: { status: 401, reason: notTrustedOrIdentity },
  },
  {
    name: "Expired Client",
    certificate: (f) => f.expiredClient,
    strict: certificateError,
    passthrough: { status: 401, reason: "Expired" },
  },
  {
    name: "Not Yet Valid Client",
    certificate: (f) => f.notYetValidClient,
    strict: certificateError,
    passthrough: { status: 401, reason: "NotYetValid" },
  },
];

/** The gateway's subnet address, as APIM sees it on requests the gateway forwards. */
export const GATEWAY_IP = "10.0.1.4";

/**
 * The fix for the direct path, as a global APIM policy: only the gateway may call (what ip-filter
 * or an internal virtual network does). A direct caller cannot fake its TCP source address.
 */
export const onlyFromTheGateway = policy({
  inbound: [
    choose(
      when(
        (context) => context.Request.IpAddress !== GATEWAY_IP,
        [returnResponse([setStatus(403, "Forbidden")])],
      ),
    ),
  ],
  backend: [forwardRequest()],
});
