/** What needs an action today, counted in SQL (one query per kind, each on the workspace's own rows). */
import type { Kysely } from "kysely";
import type { Database } from "./schema.ts";

export interface TodayCounts {
  /** Issued invoices past their due date with a balance left. */
  overdueInvoices: number;
  /** Invoices still in draft (not numbered, not sent). */
  draftInvoices: number;
  /** Offers sent and waiting for the client's signature. */
  offersAwaitingSignature: number;
  /** Change orders sent and waiting for the client's approval. */
  changeOrdersAwaitingApproval: number;
  /** Claims of open clients not triaged yet. */
  untriagedClaims: number;
}

export async function countToday(db: Kysely<Database>, workspaceId: string, today: string): Promise<TodayCounts> {
  const n = (row: { n: number | string | bigint } | undefined) => Number(row?.n ?? 0);
  const [overdue, drafts, offers, changeOrders, claims] = await Promise.all([
    db
      .selectFrom("invoices")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("workspace_id", "=", workspaceId)
      .where("status", "in", ["issued", "partially_paid"])
      .where("balance", ">", 0)
      .where("due_date", "<", today)
      .executeTakeFirst(),
    db
      .selectFrom("invoices")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("workspace_id", "=", workspaceId)
      .where("status", "=", "draft")
      .executeTakeFirst(),
    db
      .selectFrom("offers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("workspace_id", "=", workspaceId)
      .where("status", "=", "sent")
      .executeTakeFirst(),
    db
      .selectFrom("change_orders")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("workspace_id", "=", workspaceId)
      .where("status", "=", "sent")
      .executeTakeFirst(),
    db
      .selectFrom("claims")
      .innerJoin("clients", "clients.id", "claims.client_id")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("claims.workspace_id", "=", workspaceId)
      .where("clients.workspace_id", "=", workspaceId)
      .where("clients.status", "!=", "ended")
      .where("claims.triage", "is", null)
      .where("claims.change_order_id", "is", null)
      .executeTakeFirst(),
  ]);
  return {
    overdueInvoices: n(overdue),
    draftInvoices: n(drafts),
    offersAwaitingSignature: n(offers),
    changeOrdersAwaitingApproval: n(changeOrders),
    untriagedClaims: n(claims),
  };
}
