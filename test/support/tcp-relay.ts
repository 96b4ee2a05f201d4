/**
 * A loopback TCP relay to another address (PostgreSQL in the fault tests): `cut()` drops every relayed connection and
 * refuses new ones, as an outage would; `restore()` accepts again on the same port.
 */
import { connect, createServer, type Server, type Socket } from "node:net";

export interface TcpRelay {
  port: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpRelay(target: { host: string; port: number }): Promise<TcpRelay> {
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
    s.on("error", () => s.destroy());
  };
  const make = () =>
    createServer((inbound) => {
      const outbound = connect(target.port, target.host);
      track(inbound);
      track(outbound);
      inbound.pipe(outbound);
      outbound.pipe(inbound);
      inbound.on("close", () => outbound.destroy());
      outbound.on("close", () => inbound.destroy());
    });
  const listen = (server: Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
    });
  let server: Server | undefined = make();
  const port = await listen(server, 0);
  const stop = async () => {
    const s = server;
    server = undefined;
    for (const socket of sockets) socket.destroy();
    if (s) await new Promise<void>((done) => s.close(() => done()));
  };
  return {
    port,
    cut: stop,
    restore: async () => {
      if (server) return;
      server = make();
      await listen(server, port);
    },
    close: stop,
  };
}
