// APIM reached directly, over real TLS on 127.0.0.1, bypassing the Application Gateway: the path
// docs/scenarios.md calls "the hole" (a forged X-Client-Certificate is believed) and the path on which
// direct-mTLS policies (validate-using-context, validate-using-policy) see the caller's
// certificate. It asks for a client certificate without requiring one, as APIM does with
// "negotiate client certificate" on, and hands the certificate the peer sent to the harness.
import { once } from "node:events";
import type http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import type { TLSSocket } from "node:tls";
import type { GatewayRequest } from "../../apim/gateway-options.ts";
import type { SendResult } from "../../apim/result.ts";
import { APIM_STATUS_PATH } from "../health-probe.ts";
import type { ServerCertificate } from "../server-certificate.ts";

/** What the direct server forwards to (the operation router). */
export interface DirectTarget {
  readonly host: string;
  send(request: GatewayRequest): Promise<SendResult>;
}

export interface DirectApimOptions {
  readonly certificate: ServerCertificate;
  /** 0: ephemeral. */
  readonly port: number;
  readonly timeoutMs: number;
  /** Called after each request (the serve log). */
  readonly onResult?: (
    request: { method: string; path: string },
    result: SendResult | null,
  ) => void;
}

export interface DirectApimServer {
  readonly port: number;
  close(): Promise<void>;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** Starts APIM's own TLS endpoint on 127.0.0.1. */
export async function listenDirect(
  target: DirectTarget,
  options: DirectApimOptions,
): Promise<DirectApimServer> {
  const server = https.createServer(
    {
      key: options.certificate.privateKeyPem,
      cert: options.certificate.certificatePem,
      requestCert: true,
      // APIM does not fail the handshake: policies decide (context.Request.Certificate is then null).
      rejectUnauthorized: false,
    },
    async (request, response) => {
      const method = request.method ?? "GET";
      const path = request.url ?? "/";
      try {
        if (path.split("?")[0] === APIM_STATUS_PATH) {
          // APIM answers its health endpoint itself, before any policy.
          response.writeHead(200, { "Content-Length": "0" });
          response.end();
          options.onResult?.({ method, path }, null);
          return;
        }
        const socket = request.socket as TLSSocket;
        const peer = socket.getPeerCertificate();
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(request.headers))
          if (value !== undefined && name !== "host") headers[name] = value;
        const result = await target.send({
          method,
          url: `https://${target.host}${path}`,
          headers,
          body: await readBody(request),
          ...(peer?.raw ? { clientCertificate: new Uint8Array(peer.raw) } : {}),
          ipAddress: (socket.remoteAddress ?? "127.0.0.1").replace(/^::ffff:/, ""),
        });
        const out: Record<string, string[]> = {};
        for (const [name, values] of Object.entries(result.headers))
          if (!/^(content-length|transfer-encoding|connection|keep-alive)$/i.test(name))
            out[name] = [...values];
        out["Content-Length"] = [String(Buffer.byteLength(result.body))];
        response.writeHead(result.status, result.reason, out);
        response.end(result.body);
        options.onResult?.({ method, path }, result);
      } catch (error) {
        response.writeHead(500, { "Content-Type": "text/plain" });
        response.end(`apim-ts serve: APIM harness error: ${(error as Error).message}\n`);
        options.onResult?.({ method, path }, null);
      }
    },
  );
  server.requestTimeout = options.timeoutMs;
  server.headersTimeout = options.timeoutMs;
  server.setTimeout(options.timeoutMs, (socket) => socket.destroy());
  server.listen(options.port, "127.0.0.1");
  await Promise.race([
    once(server, "listening"),
    once(server, "error").then(([error]) => Promise.reject(error as Error)),
  ]);
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
