/**
 * Consistent copies of the embedded database while the server runs, through SQLite's online backup API
 * (better-sqlite3 `backup`), which copies page by page under SQLite's own locking. PostgreSQL installs use pg_dump.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import SQLite from "better-sqlite3";
import type { Config } from "../config.ts";
import { openSqlite } from "../store/open-database.ts";

export type Progress = (done: number, total: number) => void;

function requireEmbedded(config: Config, verb: string): void {
  if (config.databaseUrl) {
    throw new Error(`${verb} works on the embedded database; for PostgreSQL use pg_dump / pg_restore`);
  }
}

/** Copies the live database to `file` (written beside it first, then renamed, so a half copy never remains). */
export async function backupDatabase(config: Config, file: string, progress: Progress): Promise<{ bytes: number }> {
  requireEmbedded(config, "backup");
  if (!existsSync(config.sqlitePath)) throw new Error(`no database at ${config.sqlitePath}`);
  const target = resolve(file);
  const partial = `${target}.partial`;
  const source = openSqlite(config.sqlitePath);
  try {
    await source.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        progress(totalPages - remainingPages, totalPages);
        return 100;
      },
    });
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    source.close();
  }
  checkBackup(partial);
  renameSync(partial, target);
  const copy = new SQLite(target, { readonly: true });
  const bytes =
    (copy.pragma("page_count", { simple: true }) as number) * (copy.pragma("page_size", { simple: true }) as number);
  copy.close();
  return { bytes };
}

/** Refuses a file that is not an intact Mandat database. */
export function checkBackup(file: string): void {
  if (!existsSync(file)) throw new Error(`no backup at ${file}`);
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") throw new Error(`backup is damaged: ${String(integrity)}`);
    const hasSchema = db.prepare("select 1 from sqlite_master where name = 'kysely_migration'").get();
    if (!hasSchema) throw new Error("this file is not a Mandat database");
  } catch (err) {
    if (err instanceof Error && /not a database|file is not/i.test(err.message))
      throw new Error("this file is not a Mandat database");
    throw err;
  } finally {
    db?.close();
  }
}

/**
 * Puts a backup back in place of the live database, through the same backup API in the other direction: the copy
 * happens under SQLite's locks, so a running server sees either the old or the restored database, never a mix.
 */
export async function restoreDatabase(config: Config, file: string, progress: Progress): Promise<void> {
  requireEmbedded(config, "restore");
  checkBackup(resolve(file));
  const source = new SQLite(resolve(file), { readonly: true });
  try {
    await source.backup(config.sqlitePath, {
      progress: ({ totalPages, remainingPages }) => {
        progress(totalPages - remainingPages, totalPages);
        return 100;
      },
    });
  } finally {
    source.close();
  }
}
