/**
 * Servers on loopback for the load test, on the bench database:
 * - the bench server: the real HTTP app beside a Hono app with `GET /bench/bare?id=…`, a route doing one point read on
 *   `clients` and nothing else. Both routes share one process, one connection (pool) and one event loop, so their
 *   ratio is the cost of Mandat's stack (auth, validation, use-case, relations, JSON) per request. The app is served
 *   as `npm start` serves it, not mounted with `app.route`: Hono wraps every handler of a mounted app that has its own
 *   error handler in a second dispatch (about 1 µs each, a dozen per API request), a cost the real server never pays;
 * - the real server: `startServer` exactly as `npm start` runs it, to check that mounting changes nothing.
 * Bench routes live here, never in src/.
 */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { TrieRouter } from "hono/router/trie-router";
import type { Config } from "../../src/config.ts";
import { createHttpApp } from "../../src/http/app.ts";
import { openApp, type RunningServer, startServer } from "../../src/http/server.ts";

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

const BARE_PATH = "/bench/bare";

export async function startBenchServer(config: Config): Promise<BenchServer> {
  const { ctx, store } = await openApp(config);
  const bench = new Hono({ router: new TrieRouter() }); // as the app's own (see createHttpApp)
  bench.get(BARE_PATH, async (c) => {
    const row = await ctx.db
      .selectFrom("clients")
      .select(["id", "name"])
      .where("id", "=", c.req.query("id") ?? "")
      .executeTakeFirst();
    return c.json(row ?? null, row ? 200 : 404);
  });
  const app = createHttpApp(ctx);
  // Both routes pay the same one comparison on the path (the URL is absolute: the path starts at the first "/" after
  // "http://").
  const fetch = (request: Request, env: unknown) =>
    request.url.startsWith(BARE_PATH, request.url.indexOf("/", 7))
      ? bench.fetch(request, env)
      : app.fetch(request, env);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => void store.close().then(() => done()));
            (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          }),
      });
    });
    server.on("error", reject);
  });
}

/** `npm start`'s server on the same database, on a free loopback port. */
export function startRealServer(config: Config): Promise<RunningServer> {
  return startServer({ ...config, host: "127.0.0.1", port: 0 });
}
