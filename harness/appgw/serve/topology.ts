// Starts the seed's topology for `apim-ts serve` on 127.0.0.1: the seed gateway (HTTPS listener,
// mTLS listener in the chosen mode) over real TLS, a second copy of it without the HTTPS strip rule
// (to show that hole), APIM reached directly, one APIM harness instance per operation behind a
// path router, and the echo backend. Writes the files the printed curl commands need into a
// temporary folder, and removes it again on `close()`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { load, type CertificateFolder } from "../../../src/certificates/index.ts";
import type { VirtualClock } from "../../apim/clock.ts";
import { rejectionReasons } from "../../vitest/matchers.ts";
import { ApplicationGateway, type ListenerRequest } from "../application-gateway.ts";
import type { CompiledListener } from "../compile-configuration.ts";
import { listen, type LoopbackGateway } from "../loopback.ts";
import type { ApplicationGatewayResult } from "../request-types.ts";
import { seedApplicationGateway } from "../seed-topology.ts";
import { serverCertificate } from "../server-certificate.ts";
import { curlArguments, type CurlFiles, type EndpointAddress } from "./curl-commands.ts";
import { clientDatesAt, demoCases, type DemoCase, type Endpoint } from "./demo-cases.ts";
import { listenDirect, type DirectApimServer } from "./direct-apim.ts";
import { createApimRouter, type LoadedPolicies } from "./operations.ts";
import { relayPort, type PortRelay } from "./port-relay.ts";

export interface ServeOptions {
  readonly policies: LoadedPolicies;
  /** The certificate folder (generated `certs/` or the reference sample). */
  readonly certsDir: string;
  readonly mode: "Strict" | "Passthrough";
  readonly issuerDN: boolean;
  readonly validateChain: boolean;
  readonly clock: VirtualClock;
  readonly namedValues?: Readonly<Record<string, string>>;
  /** 0 (default): ephemeral. */
  readonly httpsPort?: number;
  readonly mtlsPort?: number;
  readonly apimPort?: number;
  readonly timeoutMs?: number;
  /** One line per request handled (the demo's log). */
  readonly log?: (line: string) => void;
}

export interface PrintedCase extends DemoCase {
  /** curl and its arguments. */
  readonly curl: readonly string[];
}

export interface ServeSession {
  readonly endpoints: Readonly<Record<Endpoint, EndpointAddress>>;
  readonly cases: readonly PrintedCase[];
  readonly files: CurlFiles;
  readonly folder: CertificateFolder;
  readonly tempDir: string;
  readonly apimHost: string;
  readonly operationPaths: readonly string[];
  close(): Promise<void>;
}

/** A seed gateway that reports every request it answered (the serve log). */
class LoggingGateway extends ApplicationGateway {
  onResult:
    | ((listener: string, request: ListenerRequest, result: ApplicationGatewayResult) => void)
    | undefined;

  override async handle(
    listener: CompiledListener,
    request: ListenerRequest,
  ): Promise<ApplicationGatewayResult> {
    const result = await super.handle(listener, request);
    this.onResult?.(listener.name, request, result);
    return result;
  }
}

function outcome(result: ApplicationGatewayResult): string {
  const auth = result.clientAuthentication;
  if (result.answeredBy === "application-gateway" && auth && !auth.accepted)
    return `gateway page (${auth.rejection})`;
  const reasons = result.backend
    ? rejectionReasons(result.backend).filter((r) => r.startsWith("ClientCertificate"))
    : [];
  const verification = result.serverVariables?.client_certificate_verification;
  return [`${result.answeredBy}`, ...reasons, verification ? `verification=${verification}` : ""]
    .filter(Boolean)
    .join(" ");
}

/** Starts everything; on a failure half-way, stops what was started and rethrows. */
export async function startServe(options: ServeOptions): Promise<ServeSession> {
  const log = options.log ?? (() => undefined);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const folder = load(path.resolve(options.certsDir));
  const router = createApimRouter(options.policies, {
    folder,
    clock: options.clock,
    ...(options.namedValues ? { namedValues: options.namedValues } : {}),
  });
  const trustedClientCertificateData = fs.readFileSync(
    path.join(folder.dir, "dev-intermediate-ca-with-root-ca.cer"),
    "utf8",
  );
  const gateway = (strip: boolean) => {
    const agw = new LoggingGateway(
      seedApplicationGateway({
        apiManagementFqdn: router.host,
        trustedClientCertificateData,
        verifyClientAuthMode: options.mode,
        verifyClientCertIssuerDN: options.issuerDN,
        stripClientCertificateHeaderOnHttps: strip,
      }),
      { backends: [router], clock: options.clock },
    );
    agw.onResult = (listener, request, result) =>
      log(
        `${strip ? listener : `${listener} (no strip rule)`} ${request.method} ${request.url.pathname} -> ${result.status} ${outcome(result)}`,
      );
    return agw;
  };
  const seed = gateway(true);
  const unsafe = gateway(false);

  const closers: (() => Promise<void>)[] = [];
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "apim-ts-serve-"));
  closers.push(async () => fs.rmSync(tempDir, { recursive: true, force: true }));
  const close = async () => {
    for (const closer of closers.splice(0).reverse()) await closer().catch(() => undefined);
  };
  try {
    const started: LoopbackGateway = await listen(seed, { timeoutMs });
    closers.push(() => started.close());
    const startedUnsafe = await listen(unsafe, { timeoutMs });
    closers.push(() => startedUnsafe.close());
    const apimCertificate = await serverCertificate([router.host]);
    const direct: DirectApimServer = await listenDirect(router, {
      certificate: apimCertificate,
      port: options.apimPort ?? 0,
      timeoutMs,
      onResult: (request, result) =>
        log(
          `apim-direct ${request.method} ${request.path} -> ${
            result
              ? `${result.status} ${rejectionReasons(result)
                  .filter((r) => r.startsWith("ClientCertificate"))
                  .join(" ")}`
              : "answered by the harness"
          }`.trimEnd(),
        ),
    });
    closers.push(() => direct.close());

    // listen() binds ephemeral ports; a chosen port gets a byte relay in front (port-relay.ts).
    const portOf = async (
      loopback: LoopbackGateway,
      listener: string,
      wanted: number | undefined,
    ) => {
      const port = loopback.listeners.get(listener)!.port;
      if (!wanted) return port;
      const relay: PortRelay = await relayPort(wanted, port);
      closers.push(() => relay.close());
      return relay.port;
    };
    const host = seed.name;
    const endpoints: Record<Endpoint, EndpointAddress> = {
      "https-listener": { host, port: await portOf(started, "https-listener", options.httpsPort) },
      "mtls-listener": { host, port: await portOf(started, "mtls-listener", options.mtlsPort) },
      "https-listener-without-strip-rule": {
        host,
        port: startedUnsafe.listeners.get("https-listener")!.port,
      },
      "apim-direct": { host: router.host, port: direct.port },
    };

    const files: CurlFiles = {
      caFile: path.join(tempDir, "server-certificates.pem"),
      forgedHeaderFile: path.join(tempDir, "forged-x-client-certificate.txt"),
      pfxPassword: "P@ssw0rd",
      ...(folder.untrustedClient.privateKey !== undefined
        ? {
            untrustedWithTstChainFile: path.join(
              tempDir,
              "tst-untrusted-client-with-tst-intermediate.pem",
            ),
          }
        : {}),
    };
    fs.writeFileSync(files.caFile, started.serverCertificatePem + apimCertificate.certificatePem);
    fs.writeFileSync(
      files.forgedHeaderFile,
      `X-Client-Certificate: ${folder.validClient.asAgwHeader()}\n`,
    );
    if (files.untrustedWithTstChainFile)
      fs.writeFileSync(
        files.untrustedWithTstChainFile,
        folder.untrustedClient.pem.trimEnd() + "\n" + folder.tstIntermediateCa.pem,
      );

    const cases = demoCases({
      mode: options.mode,
      issuerDN: options.issuerDN,
      validateChain: options.validateChain,
      pfxOnly: folder.validClient.privateKey === undefined,
      paths: router.paths,
      // The same clock the gateway and APIM run on: `--now` moves the expectations with them.
      dates: clientDatesAt(folder, options.clock.now()),
    }).map((demo) => ({ ...demo, curl: curlArguments(demo, endpoints, folder, files) }));
    return {
      endpoints,
      cases,
      files,
      folder,
      tempDir,
      apimHost: router.host,
      operationPaths: router.paths,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
