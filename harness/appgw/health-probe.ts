// The backend health probe: the gateway's own GET to the probe path (APIM's built-in
// `/status-0123456789abcdef`), with the host name from the backend settings, judged healthy by the
// probe's `match.statusCodes` (200-399 by default).
import type { BackendTarget, CompiledBackend, CompiledProbe } from "./compile-configuration.ts";

/** APIM's health endpoint: answered by APIM itself with 200, before any policy runs. */
export const APIM_STATUS_PATH = "/status-0123456789abcdef";

/** One probe of one backend address. */
export interface ProbeResult {
  readonly probe: string;
  readonly backendHost: string;
  readonly url: string;
  readonly status: number;
  readonly healthy: boolean;
}

/** Probes one backend address. */
export async function probeBackend(
  backend: CompiledBackend,
  probe: CompiledProbe,
  target: BackendTarget,
  sourceIp: string,
): Promise<ProbeResult> {
  const host =
    probe.host ??
    (probe.pickHostNameFromBackendHttpSettings ? (backend.hostName ?? target.host) : target.host);
  const url = `${backend.protocol === "Http" ? "http" : "https"}://${host}${probe.path}`;
  // The APIM harness does not model its status endpoint yet; APIM answers it without running policies.
  const status =
    probe.path === APIM_STATUS_PATH
      ? 200
      : (await target.send({ method: "GET", url, ipAddress: sourceIp })).status;
  const healthy = probe.statusRanges.some(([low, high]) => status >= low && status <= high);
  return { probe: probe.name, backendHost: target.host, url, status, healthy };
}
