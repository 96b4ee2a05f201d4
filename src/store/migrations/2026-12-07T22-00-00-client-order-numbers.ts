/**
 * Clients listed with numbers in numeric order: `sort_name` becomes `nameOrderKey(name)` (numbers zero-padded, so
 * « Client 2 » comes before « Client 10 »), the order the dashboard's health list already used. Only the rows whose
 * key changes are written. Frozen once shipped (the key is the domain's: a later change of it brings its own
 * migration).
 */
import type { Kysely } from "kysely";
import { nameOrderKey } from "../../domain/name-order.ts";
import { foldForSearch } from "../../domain/search-text.ts";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

async function rewrite(db: Db, key: (name: string) => string): Promise<void> {
  let after = "";
  for (;;) {
    const rows: { id: string; name: string; sort_name: string }[] = await db
      .selectFrom("clients")
      .select(["id", "name", "sort_name"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(1000)
      .execute();
    if (rows.length === 0) return;
    for (const row of rows) {
      const sortName = key(row.name);
      if (sortName !== row.sort_name) {
        await db.updateTable("clients").set({ sort_name: sortName }).where("id", "=", row.id).execute();
      }
    }
    after = rows[rows.length - 1]?.id ?? after;
  }
}

export async function up(db: Db): Promise<void> {
  await rewrite(db, nameOrderKey);
}

export async function down(db: Db): Promise<void> {
  await rewrite(db, foldForSearch);
}
