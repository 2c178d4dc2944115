// A spoofing check users run on their own topology: send a forged client-certificate header with
// no certificate through every listener, and straight to APIM past the gateway, and report which
// paths accept the forged identity (a 2xx from the backend). The seed's fixed configuration reports
// only the direct path, whose fix is network-level: APIM reachable only from the gateway.
import type { GatewayRequest } from "../apim/gateway-options.ts";
import type { SendResult } from "../apim/result.ts";
import type { ApplicationGateway } from "./application-gateway.ts";

/** What to forge. */
export interface SpoofingCheckOptions {
  /** The header the gateway forwards the certificate in. Default "X-Client-Certificate". */
  readonly header?: string;
  /** The forged value: a registered client's header value (`certs.validClient.asAgwHeader()`). */
  readonly forgedValue: string;
  /** The request path. Default "/". */
  readonly path?: string;
  /** APIM called directly (bypassing the gateway); omit when APIM is not reachable at all. */
  readonly apim?: { readonly host: string; send(request: GatewayRequest): Promise<SendResult> };
  /** The caller's address for the direct call. Default "198.51.100.7" (the internet). */
  readonly directCallerIp?: string;
}

/** One path tried. */
export interface SpoofingPath {
  /** "listener <name> (port N)" or "directly to APIM". */
  readonly path: string;
  readonly status: number;
  /** Whether the backend accepted the forged identity (2xx from the backend). */
  readonly forgedIdentityAccepted: boolean;
}

/** Tries every path; `vulnerable` lists those that accepted the forged identity. */
export async function checkHeaderSpoofing(
  gateway: ApplicationGateway,
  options: SpoofingCheckOptions,
): Promise<{ readonly paths: readonly SpoofingPath[]; readonly vulnerable: readonly string[] }> {
  const header = options.header ?? "X-Client-Certificate";
  const path = options.path ?? "/";
  const paths: SpoofingPath[] = [];
  for (const listener of gateway.model.listeners) {
    const host = listener.hostNames.find((name) => !/[*?]/.test(name)) ?? gateway.name;
    const scheme = listener.protocol === "Http" ? "http" : "https";
    const result = await gateway.send({
      url: `${scheme}://${host}:${listener.port}${path}`,
      headers: { [header]: options.forgedValue },
    });
    paths.push({
      path: `listener ${listener.name} (port ${listener.port})`,
      status: result.status,
      forgedIdentityAccepted:
        result.answeredBy === "backend" && result.status >= 200 && result.status < 300,
    });
  }
  if (options.apim) {
    const result = await options.apim.send({
      url: `https://${options.apim.host}${path}`,
      headers: { [header]: options.forgedValue },
      ipAddress: options.directCallerIp ?? "198.51.100.7",
    });
    paths.push({
      path: "directly to APIM",
      status: result.status,
      forgedIdentityAccepted: result.status >= 200 && result.status < 300,
    });
  }
  return { paths, vulnerable: paths.filter((p) => p.forgedIdentityAccepted).map((p) => p.path) };
}
