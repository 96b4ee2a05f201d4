/**
 * Servers on loopback for the load test, on the bench database:
 * - the bench server: the real HTTP app mounted in a Hono app that adds `GET /bench/bare?id=…`, a route doing one
 *   point read on `clients` and nothing else. Both routes share one process, one connection (pool) and one event
 *   loop, so their ratio is the cost of Mandat's stack (auth, validation, use-case, relations, JSON) per request;
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

export async function startBenchServer(config: Config): Promise<BenchServer> {
  const { ctx, store } = await openApp(config);
  const app = new Hono({ router: new TrieRouter() }); // as the app's own (see createHttpApp)
  app.get("/bench/bare", async (c) => {
    const row = await ctx.db
      .selectFrom("clients")
      .select(["id", "name"])
      .where("id", "=", c.req.query("id") ?? "")
      .executeTakeFirst();
    return c.json(row ?? null, row ? 200 : 404);
  });
  app.route("/", createHttpApp(ctx));
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
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
