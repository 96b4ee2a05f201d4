/**
 * Opens the database: embedded SQLite (better-sqlite3) by default, PostgreSQL (pg) when a URL is given.
 * The only place that knows which engine runs; everything else talks Kysely.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import SQLite from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
  SqliteDriver,
  sql,
} from "kysely";
import type pg from "pg";
import type { Database } from "./schema.ts";

export type Engine = "sqlite" | "postgres";

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Store {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** PostgreSQL only: the pool's connections now (for /metrics). */
  readonly poolStats?: (() => PoolStats) | undefined;
  close(): Promise<void>;
}

/** A PostgreSQL URL when given, else the SQLite file. */
export interface OpenDatabaseInput {
  sqlitePath: string;
  databaseUrl?: string | undefined;
  /** Told about connections PostgreSQL dropped (they are replaced on the next query); silent when not given. */
  onConnectionError?: ((err: Error) => void) | undefined;
  /**
   * SQLite: leave the planner statistics' refresh to the caller (`optimizeSqlite` with `{ onOpen: true }`) instead of
   * running it while opening — on a database never analysed it reads every table's indexes (over a second on a large
   * one), which a server does after it listens rather than before.
   */
  deferOptimize?: boolean | undefined;
}

/** SQL texts PostgreSQL keeps prepared, by their statement name (see `preparedOnPostgres`). */
const preparedTexts = new Map<string, string>();

/**
 * Marks a fixed SQL text (one that never varies per call: values are parameters) as kept prepared on PostgreSQL and
 * answers it unchanged. Each connection parses and plans it once, under a name derived from the text, and from then
 * on only binds and executes it — planning a statement with several subqueries costs PostgreSQL far more than
 * running it (the client detail: 2.3 ms of the server's time a run unnamed, 0.4 ms prepared). Opt-in, for the hot
 * statements a read runs on every request: a connection keeps every statement it prepared until it closes, so texts
 * that vary (IN lists of any length) must never be marked. A prepared statement's result columns must not change
 * while a connection lives (PostgreSQL refuses "cached plan must not change result type"): such a text names its
 * columns, never `*` at its top level. SQLite needs no marking: every statement comes from the cache below.
 */
export function preparedOnPostgres(sqlText: string): string {
  if (!preparedTexts.has(sqlText)) {
    preparedTexts.set(sqlText, `mandat_${createHash("sha256").update(sqlText).digest("hex").slice(0, 24)}`);
  }
  return sqlText;
}

/** Runs the texts marked by `preparedOnPostgres` as named statements on this connection (pg prepares each once). */
function prepareMarkedTexts(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...a: unknown[]) => unknown;
  client.query = ((text: unknown, values?: unknown, callback?: unknown) => {
    const name = typeof text === "string" && Array.isArray(values) ? preparedTexts.get(text) : undefined;
    return name ? query({ name, text, values }, callback) : query(text, values, callback);
  }) as typeof client.query;
}

/** How long a request waits for a PostgreSQL connection before it answers 503 (an outage, a saturated pool). */
export const PG_CONNECT_TIMEOUT_MS = 5_000;

let postgresDriver: typeof pg | undefined;

/**
 * The PostgreSQL driver, loaded when a PostgreSQL database is first opened: a server on the embedded SQLite file
 * never loads it (it is a sizeable part of what the server would otherwise import at start).
 */
function loadPg(): typeof pg {
  if (postgresDriver === undefined) {
    postgresDriver = createRequire(import.meta.url)("pg") as typeof pg;
    // PostgreSQL returns int8 (bigint, COUNT) as strings; every value we store fits in a double exactly.
    postgresDriver.types.setTypeParser(20, (v) => Number(v));
  }
  return postgresDriver;
}

/**
 * SQLite write transactions start with BEGIN IMMEDIATE: the write lock is taken up front and waits on busy_timeout,
 * instead of a deferred transaction failing with SQLITE_BUSY when it later tries to write while another process
 * (the CLI, a second server) holds the lock.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }

  /**
   * On some errors (a full disk, an I/O error) SQLite has already rolled the transaction back itself: the ROLLBACK
   * that follows would fail with "no transaction is active" and hide the error that matters (which answers 503).
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await connection.executeQuery(CompiledQuery.raw("rollback"));
    } catch (err) {
      if (!(err instanceof Error && /no transaction is active/.test(err.message))) throw err;
    }
  }
}

/** Statements kept prepared per SQL text (least recently used dropped first). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * What Kysely's SQLite driver calls on the database — `prepare` and `close` — with `prepare` answered from a cache:
 * the driver prepares every query again otherwise (compiling the SQL each time, a sizeable share of a short read's
 * CPU). Safe because the driver runs one query at a time on its single connection (a statement is never asked for
 * while another run of it is still iterating), and SQLite re-prepares a cached statement itself after a schema change.
 */
export function withStatementCache(database: SQLite.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare: (source: string) => {
      let statement = cache.get(source);
      if (statement) {
        cache.delete(source); // re-inserted below: the Map's order is the recency order
      } else {
        statement = database.prepare(source);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
      }
      cache.set(source, statement);
      return statement;
    },
    close: () => {
      cache.clear();
      return database.close();
    },
  };
}

class MandatSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;
  constructor(database: SQLite.Database) {
    const cached = withStatementCache(database);
    super({ database: cached });
    this.#database = cached;
  }
  override createDriver() {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
}

/** What SQLite advises a long-lived connection to run once opened: analyse the tables that need it. */
const OPTIMIZE_ON_OPEN = "optimize = 0x10002";

/** Opens SQLite with the durability settings of DESIGN.md §6. */
export function openSqlite(path: string, options: { deferOptimize?: boolean | undefined } = {}): SQLite.Database {
  const sqlite = new SQLite(path, { timeout: 10_000 });
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 10000");
  // Gather the statistics the query planner needs, cheaply, for the tables that changed (SQLite ≥ 3.46).
  sqlite.pragma("analysis_limit = 400");
  if (!options.deferOptimize) sqlite.pragma(OPTIMIZE_ON_OPEN);
  return sqlite;
}

export function openDatabase(input: OpenDatabaseInput): Store {
  if (input.databaseUrl) {
    const pool = new (loadPg().Pool)({
      connectionString: input.databaseUrl,
      max: 10,
      connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
      keepAlive: true,
    });
    // A connection PostgreSQL closes (restart, pg_terminate_backend, network) emits 'error' on its client — on the
    // pool when idle, on the client itself while checked out between queries. Unhandled, either kills the process.
    // Handled, the broken client is not queryable, so the pool discards it on release and opens a new one on demand;
    // the query that was running fails and its request answers 503 (see isUnavailable).
    const report = (err: Error) => input.onConnectionError?.(err);
    pool.on("error", report);
    pool.on("connect", (client) => {
      client.on("error", report);
      prepareMarkedTexts(client);
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const poolStats = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
    return { db, engine: "postgres", poolStats, close: () => db.destroy() };
  }
  const sqlite = openSqlite(input.sqlitePath, { deferOptimize: input.deferOptimize });
  const db = new Kysely<Database>({ dialect: new MandatSqliteDialect(sqlite) });
  return { db, engine: "sqlite", close: () => db.destroy() };
}

/**
 * Refreshes SQLite's planner statistics (cheap; a no-op when nothing changed) — with `onOpen`, what opening runs
 * unless deferred (every table that needs it, not only those this connection queried). Never throws: it is
 * housekeeping.
 */
export async function optimizeSqlite(db: Kysely<Database>, options: { onOpen?: boolean } = {}): Promise<void> {
  await sql
    .raw(`pragma ${options.onOpen ? OPTIMIZE_ON_OPEN : "optimize"}`)
    .execute(db)
    .catch(() => undefined);
}
