/**
 * Starts Mandat: opens the database named by the configuration, migrates it, and listens. Several processes may run
 * this against one PostgreSQL database or one SQLite file: sessions, counters and rate limits live in the database.
 */
import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { type AppContext, createContext } from "../app/shared/context.ts";
import { startScheduler } from "../app/shared/scheduler.ts";
import type { Config } from "../config.ts";
import { createMailer } from "../mail/mailer.ts";
import { ensureInstanceSecret } from "../store/instance-store.ts";
import { migrateToLatest } from "../store/migrations.ts";
import { openDatabase, optimizeSqlite, type Store } from "../store/open-database.ts";
import { createLogger } from "./access-log.ts";
import { createHttpApp } from "./app.ts";

/** web/dist relative to this file, in the source tree (src/http) and in the build (dist/http). */
export const DEFAULT_WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "web", "dist");

/** Opens and migrates the configured database and builds the use-case context. */
export interface AppOptions {
  /** The application's clock; the system clock when not given (tests give a fixed one). */
  now?: (() => Date) | undefined;
  /** SQLite: refresh the planner statistics later (`optimizeSqlite`), not while opening (see `openDatabase`). */
  deferOptimize?: boolean | undefined;
}

export async function openApp(config: Config, options: AppOptions = {}): Promise<{ ctx: AppContext; store: Store }> {
  if (!config.databaseUrl) mkdirSync(dirname(config.sqlitePath), { recursive: true });
  const logger = createLogger(config);
  const store = openDatabase({
    sqlitePath: config.sqlitePath,
    databaseUrl: config.databaseUrl,
    onConnectionError: (err) => logger.warn({ err: err.message }, "database connection lost (replaced on demand)"),
    deferOptimize: options.deferOptimize,
  });
  try {
    await migrateToLatest(store.db);
    const secret = config.sessionSecret ?? (await ensureInstanceSecret(store.db));
    const mailer = createMailer(config.smtpUrl, config.smtpFrom);
    const ctx = createContext({ db: store.db, engine: store.engine, config, secret, mailer, now: options.now });
    return {
      ctx,
      store: {
        ...store,
        close: async () => {
          mailer?.close();
          await store.close();
        },
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/** How long after start a server on SQLite refreshes the planner statistics that opening leaves to it. */
export const OPTIMIZE_AFTER_START_MS = 2_000;

/** How long a stopping server waits for requests in flight before closing their connections. */
export const SHUTDOWN_GRACE_MS = 10_000;

export interface RunningServer {
  url: string;
  ctx: AppContext;
  close(): Promise<void>;
}

export async function startServer(
  config: Config,
  options: AppOptions & { webDist?: string | undefined } = {},
): Promise<RunningServer> {
  const { ctx, store } = await openApp(config, { ...options, deferOptimize: true });
  const app = createHttpApp(ctx, { webDist: options.webDist ?? DEFAULT_WEB_DIST, poolStats: store.poolStats });
  // SQLite's planner statistics: what opening would have analysed, once the server listens (on a database never
  // analysed that reads every table's indexes — over a second at ten years of history — and holds no start up);
  // then kept fresh on a long-running server (cheap; a no-op when nothing changed).
  const firstOptimize =
    ctx.engine === "sqlite"
      ? setTimeout(() => void optimizeSqlite(ctx.db, { onOpen: true }), OPTIMIZE_AFTER_START_MS)
      : undefined;
  firstOptimize?.unref();
  const optimize = ctx.engine === "sqlite" ? setInterval(() => void optimizeSqlite(ctx.db), 3_600_000) : undefined;
  optimize?.unref();
  // Scheduled work (reminders) runs in this process; several processes share it through row claims.
  const logger = createLogger(config);
  const scheduler =
    config.schedulerIntervalSeconds > 0
      ? startScheduler(ctx, {
          intervalMs: config.schedulerIntervalSeconds * 1000,
          onError: (err) =>
            logger.warn({ err: err instanceof Error ? err.message : String(err) }, "scheduled work failed"),
        })
      : undefined;
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
      const url = `http://${config.host}:${info.port}`;
      // Port 0 (tests, tools) is chosen by the system: links in messages must carry the real one.
      if (config.port === 0 && config.publicUrl.endsWith(":0")) {
        (ctx as { config: Config }).config = Object.freeze({ ...config, publicUrl: url });
      }
      resolve({
        url,
        ctx,
        // Graceful: stop accepting, let requests in flight finish (their connections then close), close idle
        // keep-alive connections now, and cut whatever is still open after the grace period.
        close: () =>
          new Promise<void>((done) => {
            if (optimize) clearInterval(optimize);
            if (firstOptimize) clearTimeout(firstOptimize);
            const stopping = scheduler?.stop() ?? Promise.resolve();
            const http = server as unknown as { closeIdleConnections?: () => void; closeAllConnections?: () => void };
            const force = setTimeout(() => http.closeAllConnections?.(), SHUTDOWN_GRACE_MS);
            force.unref();
            server.close(() => {
              clearTimeout(force);
              void stopping.then(() => store.close()).then(() => done());
            });
            http.closeIdleConnections?.();
          }),
      });
    });
    server.on("error", reject);
  });
}
