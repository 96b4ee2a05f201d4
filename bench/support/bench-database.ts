/**
 * A fresh database for one bench run: an SQLite file under a new temp dir, or, when `BENCH_DATABASE_URL` is set, a
 * new database created on that PostgreSQL server and dropped at the end. Opened and migrated by the server's own
 * `openApp`, so the bench runs on exactly what `npm start` runs on.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { AppContext } from "../../src/app/shared/context.ts";
import { type Config, loadConfig } from "../../src/config.ts";
import { openApp } from "../../src/http/server.ts";
import type { Store } from "../../src/store/open-database.ts";

export interface BenchDatabase {
  config: Config;
  ctx: AppContext;
  store: Store;
  /** Where the data lives, for the report (file path or database name). */
  where: string;
  /** Bytes on disk: the SQLite file (with its WAL) or `pg_database_size`. */
  sizeBytes(): Promise<number>;
  /** Closes and deletes the database (unless kept); later calls wait for the first. */
  drop(options?: { keep?: boolean }): Promise<void>;
}

function once<A extends unknown[]>(run: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  let done: Promise<void> | undefined;
  return (...args) => {
    done ??= run(...args);
    return done;
  };
}

/** Fixed so that the server processes and the generator hash session tokens alike. */
const BENCH_SECRET = "bench-secret-bench-secret-bench-secret-0001";

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(url: string, text: string): Promise<Record<string, unknown>[]> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return (await admin.query(text)).rows;
  } finally {
    await admin.end();
  }
}

/**
 * Drops a database once the pools that used it have really hung up (pg-pool's `end()` resolves before its sockets
 * close, and `WITH (FORCE)` would kill those closing connections, whose error then crashes the process); forces only
 * after five seconds.
 */
async function dropWhenIdle(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== "55006") throw err; // 55006: still being accessed by other users
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/** The configuration a bench server starts with: loopback, any free port, quiet, sign-up open. */
export function benchConfig(dataDir: string, databaseUrl?: string): Config {
  return loadConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl ?? "",
    HOST: "127.0.0.1",
    PORT: "0",
    SIGNUP_POLICY: "open",
    LOG_LEVEL: "silent",
    SESSION_SECRET: BENCH_SECRET,
  });
}

export async function createBenchDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "mandat-bench-"));
  if (!serverUrl) {
    const config = benchConfig(dataDir);
    const { ctx, store } = await openApp(config);
    const size = (suffix: string) => {
      try {
        return statSync(config.sqlitePath + suffix).size;
      } catch {
        return 0;
      }
    };
    return {
      config,
      ctx,
      store,
      where: config.sqlitePath,
      sizeBytes: async () => size("") + size("-wal"),
      drop: once(async ({ keep = false } = {}) => {
        await store.close();
        if (!keep) rmSync(dataDir, { recursive: true, force: true });
      }),
    };
  }
  const name = `mandat_bench_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const config = benchConfig(dataDir, withDatabase(serverUrl, name));
  let opened: { ctx: AppContext; store: Store };
  try {
    opened = await openApp(config);
  } catch (err) {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw err;
  }
  const { ctx, store } = opened;
  return {
    config,
    ctx,
    store,
    where: `${name} on ${new URL(serverUrl).host}`,
    sizeBytes: async () => {
      const [row] = await adminQuery(config.databaseUrl!, "select pg_database_size(current_database()) as n");
      return Number(row?.n ?? 0);
    },
    drop: once(async ({ keep = false } = {}) => {
      await store.close();
      if (!keep) await dropWhenIdle(serverUrl, name);
      rmSync(dataDir, { recursive: true, force: true });
    }),
  };
}
