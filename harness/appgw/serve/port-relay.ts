// A fixed port for a loopback listener: `listen()` (harness/appgw/loopback.ts) always binds an
// ephemeral port, so `serve --mtls-port 8443` puts a TCP relay on the chosen port in front of it.
// The relay copies bytes only: TLS, the client certificate and the handshake stay end to end
// between the client and the listener, so the gateway model sees exactly what the client sent.
import { once } from "node:events";
import net from "node:net";

export interface PortRelay {
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1:`port` and pipes every connection to 127.0.0.1:`targetPort`. */
export async function relayPort(port: number, targetPort: number): Promise<PortRelay> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      // Either side failing ends both: a half-open relay would hang the client.
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  server.listen(port, "127.0.0.1");
  await Promise.race([
    once(server, "listening"),
    once(server, "error").then(([error]) => Promise.reject(error as Error)),
  ]);
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
