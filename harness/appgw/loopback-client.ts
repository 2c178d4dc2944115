// A small real HTTPS client for the loopback gateway: presents a client certificate (PEM key and
// certificate, optionally with intermediates appended, or a .pfx) and trusts the loopback server
// certificate. Every call is bounded in time and uses its own connection.
import http from "node:http";
import https from "node:https";

/** A request over real TLS. */
export interface TlsRequestOptions {
  readonly method?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** The client's private key (PEM). */
  readonly key?: string;
  /** The client certificate (PEM); append intermediates to send them in the handshake. */
  readonly cert?: string;
  /** A PKCS#12 file instead of key + cert (it sends the chain it holds). */
  readonly pfx?: Uint8Array;
  readonly passphrase?: string;
  /** The server certificate to trust (`LoopbackGateway.serverCertificatePem`). */
  readonly ca?: string;
  /** Default 10 000. */
  readonly timeoutMs?: number;
}

/** What the client got. */
export interface TlsResponse {
  readonly status: number;
  readonly statusMessage: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** Sends one request and reads the whole response. */
export function requestOverTls(url: string, options: TlsRequestOptions = {}): Promise<TlsResponse> {
  const target = new URL(url);
  const client = target.protocol === "http:" ? http : https;
  return new Promise((resolve, reject) => {
    const request = client.request(
      target,
      {
        method: options.method ?? "GET",
        headers: {
          ...options.headers,
          ...(options.body !== undefined
            ? { "Content-Length": String(Buffer.byteLength(options.body)) }
            : {}),
        },
        agent: false,
        key: options.key,
        cert: options.cert,
        pfx: options.pfx === undefined ? undefined : Buffer.from(options.pfx),
        passphrase: options.passphrase,
        ca: options.ca,
        timeout: options.timeoutMs ?? 10_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            statusMessage: response.statusMessage ?? "",
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () =>
      request.destroy(new Error(`no answer from ${url} within ${options.timeoutMs ?? 10_000} ms`)),
    );
    request.on("error", reject);
    request.end(options.body);
  });
}
