/**
 * Runs a use-case's work in a transaction — or in the caller's, when the context already carries one. A use-case
 * written with `transact` can therefore be composed with others into one atomic operation (executing an exit cancels
 * offers, stops mandates, issues the final invoice and credit notes, and ends the client, all or nothing) by calling
 * it with `inTransaction(ctx, trx)`. On SQLite a nested `ctx.db.transaction()` would deadlock on the one connection;
 * this never opens a second one.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../store/schema.ts";
import type { AppContext } from "./context.ts";

export function transact<T>(ctx: AppContext, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx.db);
  return ctx.db.transaction().execute(work);
}

/** The same context, bound to an open transaction: every use-case called with it joins that transaction. */
export function inTransaction(ctx: AppContext, trx: Kysely<Database>): AppContext {
  return { ...ctx, db: trx };
}
