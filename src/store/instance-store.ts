import { randomBytes } from "node:crypto";
import { CompiledQuery, type Kysely } from "kysely";
import { preparedOnPostgres } from "./open-database.ts";
import type { Database } from "./schema.ts";

/**
 * Returns the instance secret kept in the database, creating it on first run. Concurrent first runs agree: the
 * insert ignores a conflict and everyone reads back the row that won.
 */
export async function ensureInstanceSecret(db: Kysely<Database>): Promise<string> {
  await db
    .insertInto("instance")
    .values({ key: "session_secret", value: randomBytes(32).toString("base64url") })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  const row = await db
    .selectFrom("instance")
    .select("value")
    .where("key", "=", "session_secret")
    .executeTakeFirstOrThrow();
  return row.value;
}

/** True when no workspace exists yet (a fresh install). */
export async function isEmptyInstall(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom("workspaces").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}

/** One cheap read that succeeds only while the database answers (readiness). */
export async function pingDatabase(db: Kysely<Database>): Promise<void> {
  await db.selectFrom("instance").select("key").limit(1).execute();
}

/** Counters database triggers raise (`auth_generation`, `time_entries_generation`): each read pre-compiled, once. */
const counterQueries = new Map<string, CompiledQuery>();

/**
 * A counter kept in `instance` by triggers (see the migration 2026-12-06T21-40-00): "0" until first raised. Read
 * through one pre-compiled query per key (no query building: it runs on every request that trusts a cache).
 */
export async function instanceCounter(db: Kysely<Database>, key: "auth_generation" | "time_entries_generation") {
  let query = counterQueries.get(key);
  if (!query) {
    // The key inline (one of two constants): `?` and `$1` placeholders differ between the engines.
    query = CompiledQuery.raw(preparedOnPostgres(`select value from instance where key = '${key}'`));
    counterQueries.set(key, query);
  }
  const { rows } = await db.executeQuery<{ value: string }>(query);
  return rows[0]?.value ?? "0";
}
