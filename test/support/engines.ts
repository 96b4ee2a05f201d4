/**
 * Every storage and HTTP test runs on each engine: SQLite always, PostgreSQL when TEST_DATABASE_URL is set (CI sets
 * it). Without it the PostgreSQL runs are skipped with a loud notice, never silently. Each call gives a fresh
 * database: a new SQLite file, or a new PostgreSQL database created for the test file and dropped after it.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type AppContext, createContext } from "../../src/app/shared/context.ts";
import { type Config, loadConfig } from "../../src/config.ts";
import { createMailer, type Mailer } from "../../src/mail/mailer.ts";
import { migrateToLatest } from "../../src/store/migrations.ts";
import { type Engine, openDatabase, type Store } from "../../src/store/open-database.ts";
import { testNow } from "./clock.ts";

export const PG_URL = process.env.TEST_DATABASE_URL || undefined;

let warned = false;
function warnOnce(): void {
  if (warned || PG_URL) return;
  warned = true;
  console.warn(
    "\n" +
      "=====================================================================\n" +
      " TEST_DATABASE_URL is not set: PostgreSQL runs are SKIPPED.\n" +
      " Only SQLite is tested here. CI sets it (see .ci/run).\n" +
      "=====================================================================\n",
  );
}

/** The engines to run on, each with a flag telling vitest whether to skip it. */
export function engines(): { engine: Engine; skip: boolean }[] {
  warnOnce();
  return [
    { engine: "sqlite", skip: false },
    { engine: "postgres", skip: !PG_URL },
  ];
}

export interface TestDatabase {
  engine: Engine;
  store: Store;
  /** Settings to open the same database again (a second process, the CLI). */
  location: { sqlitePath: string; databaseUrl?: string | undefined };
  dataDir: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "mandat-test-"));
  if (engine === "sqlite") {
    const location = { sqlitePath: join(dataDir, "mandat.sqlite") };
    const store = openDatabase(location);
    await migrateToLatest(store.db);
    return {
      engine,
      store,
      location,
      dataDir,
      drop: async () => {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  if (!PG_URL) throw new Error("TEST_DATABASE_URL is not set");
  const name = `mandat_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const location = { sqlitePath: join(dataDir, "unused.sqlite"), databaseUrl: withDatabase(PG_URL, name) };
  const store = openDatabase(location);
  await migrateToLatest(store.db);
  return {
    engine,
    store,
    location,
    dataDir,
    drop: async () => {
      await store.close();
      const a = new pg.Client({ connectionString: PG_URL });
      await a.connect();
      // Connections closed by the pool may linger a few milliseconds server-side; wait for them rather than
      // killing them (FORCE), which would surface as errors on clients still shutting down.
      for (let attempt = 0; ; attempt++) {
        try {
          await a.query(`DROP DATABASE IF EXISTS ${name}`);
          break;
        } catch (err) {
          if (attempt >= 50 || (err as { code?: string }).code !== "55006") throw err;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await a.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function testConfig(dataDir: string, env: Record<string, string> = {}): Config {
  return loadConfig({
    DATA_DIR: dataDir,
    SIGNUP_POLICY: "open",
    LOG_LEVEL: "silent",
    SESSION_SECRET: "test-secret-test-secret-test-secret-0123",
    PUBLIC_URL: "http://mandat.test",
    ...env,
  });
}

export function testContext(db: TestDatabase, env: Record<string, string> = {}, now: () => Date = testNow): AppContext {
  const config = testConfig(db.dataDir, env);
  return createContext({ db: db.store.db, engine: db.engine, config, secret: config.sessionSecret!, now });
}

/** A context that sends mail through `env`'s `SMTP_URL` (a test's SMTP peer), with its mailer for the test to close. */
export function mailingTestContext(
  db: TestDatabase,
  env: Record<string, string>,
  now: () => Date = testNow,
): { ctx: AppContext; mailer: Mailer | undefined } {
  const config = testConfig(db.dataDir, env);
  const mailer = createMailer(config.smtpUrl, config.smtpFrom);
  const ctx = createContext({ db: db.store.db, engine: db.engine, config, secret: config.sessionSecret!, mailer, now });
  return { ctx, mailer };
}
