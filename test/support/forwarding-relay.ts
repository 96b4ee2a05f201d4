/**
 * A small loopback HTTP relay that stands for a reverse proxy (nginx, Caddy): it forwards every request to the
 * server and appends the client's address to `X-Forwarded-For`. The address is the one the test gives the client:
 * the `x-test-client` header when a request carries one (several clients behind one relay), else `clientAddress`.
 * The target may be set after the relay listens, so the server can be told the relay's URL (its PUBLIC_URL) first.
 */
import { createServer, request, type Server } from "node:http";

export interface ForwardingRelay {
  url: string;
  /** Where requests go (the server's own URL). */
  target: string;
  close(): Promise<void>;
}

export async function startForwardingRelay(
  options: { target?: string; clientAddress?: string } = {},
): Promise<ForwardingRelay> {
  const fallback = options.clientAddress ?? "203.0.113.250";
  const relay = { target: options.target ?? "" } as ForwardingRelay;
  const server: Server = createServer((req, res) => {
    const t = new URL(relay.target);
    const headers = { ...req.headers };
    const client = String(headers["x-test-client"] ?? fallback);
    delete headers["x-test-client"];
    headers["x-forwarded-for"] = headers["x-forwarded-for"] ? `${headers["x-forwarded-for"]}, ${client}` : client;
    const upstream = request({ host: t.hostname, port: t.port, path: req.url, method: req.method, headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  relay.url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  relay.close = () =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
  return relay;
}
