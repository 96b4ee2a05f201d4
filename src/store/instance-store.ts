import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
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
