// Real mode: every listener of a simulated gateway as a real Node TLS (or plain HTTP) server on
// 127.0.0.1 with an ephemeral port. mTLS listeners ask for a client certificate (`requestCert`,
// the uploaded CAs as the acceptable-CA list) but never fail the handshake, as Application
// Gateway does: the certificate and chain the peer really sent go to the same `handle` the
// in-memory `send` uses, at the gateway's virtual instant. Sockets are bounded in time and
// `close()` ends every connection.
import { once } from "node:events";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import { certificatePem } from "../../src/certificates/handles.ts";
import type { ApplicationGateway } from "./application-gateway.ts";
import { certificateFacts, type CertificateFacts } from "./certificate-facts.ts";
import type { CompiledListener } from "./compile-configuration.ts";
import { serverCertificate } from "./server-certificate.ts";

/** Options of `listen`. */
export interface LoopbackOptions {
  /** Idle and request time limit of every socket, milliseconds. Default 10 000. */
  readonly timeoutMs?: number;
}

/** One listener served on loopback. */
export interface LoopbackListener {
  readonly name: string;
  /** The frontend port in the configuration (53029), which the gateway reports to the backend. */
  readonly frontendPort: number;
  /** The ephemeral port on 127.0.0.1. */
  readonly port: number;
  /** `https://127.0.0.1:<port>` (or http). */
  readonly origin: string;
}

/** The running servers. */
export interface LoopbackGateway {
  readonly listeners: ReadonlyMap<string, LoopbackListener>;
  /** The servers' certificate (PEM): pass it as `ca` to clients. */
  readonly serverCertificatePem: string;
  /** `origin + path` of a listener. */
  url(listener: string, path?: string): string;
  /** Stops every server and ends every open connection. */
  close(): Promise<void>;
}

/** The certificates the peer sent: the leaf, then its chain as OpenSSL completed it (deduplicated). */
function peerCertificates(socket: TLSSocket): {
  leaf: CertificateFacts | undefined;
  intermediates: CertificateFacts[];
} {
  const peer = socket.getPeerCertificate(true);
  if (!peer || !peer.raw) return { leaf: undefined, intermediates: [] };
  const chain: CertificateFacts[] = [];
  const seen = new Set<string>();
  for (
    let current: typeof peer | undefined = peer;
    current?.raw;
    current = current.issuerCertificate
  ) {
    const facts = certificateFacts(new Uint8Array(current.raw));
    if (seen.has(facts.sha1)) break;
    seen.add(facts.sha1);
    chain.push(facts);
  }
  return { leaf: chain[0], intermediates: chain.slice(1) };
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function handler(gateway: ApplicationGateway, listener: CompiledListener) {
  return async (request: http.IncomingMessage, response: http.ServerResponse) => {
    try {
      const socket = request.socket as TLSSocket;
      const presented =
        listener.clientAuthentication && typeof socket.getPeerCertificate === "function"
          ? peerCertificates(socket)
          : { leaf: undefined, intermediates: [] };
      const host = listener.hostNames.find((name) => !/[*?]/.test(name)) ?? "127.0.0.1";
      const url = new URL(
        request.url ?? "/",
        `${listener.protocol === "Http" ? "http" : "https"}://${host}:${listener.port}`,
      );
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(request.headers))
        if (value !== undefined) headers[name] = value;
      const result = await gateway.handle(listener, {
        method: request.method ?? "GET",
        url,
        headers,
        body: await readBody(request),
        clientIp: (socket.remoteAddress ?? "127.0.0.1").replace(/^::ffff:/, ""),
        clientPort: socket.remotePort ?? 0,
        presented,
      });
      const out: Record<string, string[]> = {};
      for (const [name, values] of Object.entries(result.headers)) {
        if (!/^(content-length|transfer-encoding|connection|keep-alive)$/i.test(name))
          out[name] = [...values];
      }
      out["Content-Length"] = [String(Buffer.byteLength(result.body))];
      response.writeHead(result.status === 0 ? 502 : result.status, result.reason, out);
      response.end(result.body);
    } catch (error) {
      response.writeHead(500, { "Content-Type": "text/plain" });
      response.end(`apim-ts loopback gateway error: ${(error as Error).message}`);
    }
  };
}

/** Starts one real server per listener on 127.0.0.1. Always `close()` it (e.g. in afterAll). */
export async function listen(
  gateway: ApplicationGateway,
  options: LoopbackOptions = {},
): Promise<LoopbackGateway> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const hostNames = gateway.model.listeners.flatMap((listener) => listener.hostNames);
  const certificate = await serverCertificate(hostNames.length > 0 ? hostNames : [gateway.name]);
  const servers: http.Server[] = [];
  const listeners = new Map<string, LoopbackListener>();
  try {
    for (const listener of gateway.model.listeners) {
      const auth = listener.clientAuthentication;
      const caPems = auth
        ? [
            ...new Set(
              auth.chains.flatMap((chain) =>
                chain.caCertificates.map((ca) => certificatePem(ca.der)),
              ),
            ),
          ]
        : [];
      const server =
        listener.protocol === "Http"
          ? http.createServer(handler(gateway, listener))
          : https.createServer(
              {
                key: certificate.privateKeyPem,
                cert: certificate.certificatePem,
                // Ask for a certificate but never fail the handshake: the gateway answers with its own 400 page.
                requestCert: auth !== undefined,
                rejectUnauthorized: false,
                ...(caPems.length > 0 ? { ca: caPems } : {}),
              },
              handler(gateway, listener),
            );
      server.requestTimeout = timeoutMs;
      server.headersTimeout = timeoutMs;
      server.setTimeout(timeoutMs, (socket) => socket.destroy());
      servers.push(server);
      server.listen(0, "127.0.0.1");
      await once(server, "listening");
      const port = (server.address() as AddressInfo).port;
      const scheme = listener.protocol === "Http" ? "http" : "https";
      listeners.set(listener.name, {
        name: listener.name,
        frontendPort: listener.port,
        port,
        origin: `${scheme}://127.0.0.1:${port}`,
      });
    }
  } catch (error) {
    await closeAll(servers);
    throw error;
  }
  return {
    listeners,
    serverCertificatePem: certificate.certificatePem,
    url: (name, path = "/") => {
      const found = listeners.get(name);
      if (!found)
        throw new Error(`no listener named '${name}' (have: ${[...listeners.keys()].join(", ")})`);
      return `${found.origin}${path}`;
    },
    close: () => closeAll(servers),
  };
}

async function closeAll(servers: readonly http.Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          if (!server.listening) return resolve();
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    ),
  );
}
