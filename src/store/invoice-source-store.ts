/**
 * What a client's work offers to invoice: signed offers (their deposit) and approved change orders, in one query each;
 * the late interest already invoiced for an invoice; and the reservation of sources by a draft (a deposit, a change
 * order or an interest period is on at most one invoice; time entries carry `invoice_id`), released when it is deleted.
 */
import type { Kysely } from "kysely";
import type { ChangeOrder } from "../domain/change-order/change-order.ts";
import { DomainError } from "../domain/errors.ts";
import type { Offer } from "../domain/offer/offer.ts";
import type { InvoiceSourceKind } from "./invoice-store.ts";
import type { Database } from "./schema.ts";
import { readChangeOrder, readInvoice, readInvoiceDetails, readOffer } from "./stored-aggregates.ts";

export async function signedOffersOfClient(
  db: Kysely<Database>,
  workspaceId: string,
  clientId: string,
): Promise<Offer[]> {
  const rows = await db
    .selectFrom("offers")
    .select(["id", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", clientId)
    .where("status", "=", "signed")
    .orderBy("created_at")
    .execute();
  return rows.map((r) => readOffer(r.state_json, r.id));
}

export async function approvedChangeOrdersOfClient(
  db: Kysely<Database>,
  workspaceId: string,
  clientId: string,
): Promise<ChangeOrder[]> {
  const rows = await db
    .selectFrom("change_orders")
    .select(["id", "state_json"])
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", clientId)
    .where("status", "=", "approved")
    .orderBy("created_at")
    .execute();
  return rows.map((r) => readChangeOrder(r.state_json, r.id));
}

/** Names of members and titles of mandates, for line descriptions (one query each). */
export async function sourceLabels(
  db: Kysely<Database>,
  workspaceId: string,
  ids: { memberIds: readonly string[]; mandateIds: readonly string[] },
) {
  const [members, mandates] = await Promise.all([
    ids.memberIds.length
      ? db
          .selectFrom("members")
          .select(["id", "name"])
          .where("workspace_id", "=", workspaceId)
          .where("id", "in", [...ids.memberIds])
          .execute()
      : [],
    ids.mandateIds.length
      ? db
          .selectFrom("mandates")
          .select(["id", "title"])
          .where("workspace_id", "=", workspaceId)
          .where("id", "in", [...ids.mandateIds])
          .execute()
      : [],
  ]);
  return {
    member: new Map(members.map((m) => [m.id, m.name])),
    mandate: new Map(mandates.map((m) => [m.id, m.title])),
  };
}

/**
 * Late-interest lines already on invoices (draft or issued, not cancelled by a full credit note) for one invoice:
 * their source ids are `{invoiceId}:{asOf}` (interest) and `{invoiceId}:{asOf}:indemnity`. One query over the
 * workspace's interest sources (few) joined to their invoices.
 */
export async function invoicedInterest(db: Kysely<Database>, workspaceId: string, invoiceId: string) {
  const rows = await db
    .selectFrom("invoice_sources as s")
    .innerJoin("invoices as i", (j) => j.onRef("i.id", "=", "s.invoice_id"))
    .select(["s.source_id", "i.id", "i.status", "i.state_json", "i.details_json"])
    .where("s.workspace_id", "=", workspaceId)
    .where("s.kind", "=", "interest")
    .where("i.workspace_id", "=", workspaceId)
    .execute();
  let interest = 0;
  let indemnity = 0;
  for (const r of rows) {
    if (!r.source_id.startsWith(`${invoiceId}:`) || r.status === "credited") continue;
    const invoice = readInvoice(r.state_json, r.id);
    const details = readInvoiceDetails(r.details_json, r.id);
    details.lines.forEach((info, i) => {
      if (info.source?.kind !== "interest" || info.source.id !== r.source_id) return;
      const amount = invoice.lines[i]?.unitPrice ?? 0;
      if (r.source_id.endsWith(":indemnity")) indemnity += amount;
      else interest += amount;
    });
  }
  return { interest, indemnity };
}

/** Reserves a deposit, a change order… for one invoice; a source already on another invoice is refused. */
export async function reserveInvoiceSources(
  trx: Kysely<Database>,
  input: { workspaceId: string; invoiceId: string; sources: { kind: InvoiceSourceKind; id: string }[]; at: string },
): Promise<void> {
  const keyed = input.sources.filter((s) => s.kind !== "time" && s.kind !== "manual");
  for (const s of keyed) {
    const taken = await trx
      .selectFrom("invoice_sources")
      .select("invoice_id")
      .where("workspace_id", "=", input.workspaceId)
      .where("kind", "=", s.kind)
      .where("source_id", "=", s.id)
      .executeTakeFirst();
    if (taken && taken.invoice_id !== input.invoiceId) {
      throw new DomainError("conflict", `this ${s.kind.replace("_", " ")} is already on another invoice`, {
        fields: [{ path: "sources", issue: "already_invoiced", message: `${s.kind} ${s.id} is already invoiced` }],
      });
    }
    if (!taken) {
      await trx
        .insertInto("invoice_sources")
        .values({
          workspace_id: input.workspaceId,
          kind: s.kind,
          source_id: s.id,
          invoice_id: input.invoiceId,
          created_at: input.at,
        })
        .execute();
    }
  }
}

/** Links un-invoiced time entries to the invoice; all or nothing. */
export async function reserveTimeEntries(
  trx: Kysely<Database>,
  input: { workspaceId: string; invoiceId: string; entryIds: readonly string[] },
): Promise<void> {
  let linked = 0;
  for (let i = 0; i < input.entryIds.length; i += 500) {
    const res = await trx
      .updateTable("time_entries")
      .set({ invoice_id: input.invoiceId })
      .where("workspace_id", "=", input.workspaceId)
      .where("id", "in", input.entryIds.slice(i, i + 500))
      .where("invoice_id", "is", null)
      .executeTakeFirst();
    linked += Number(res.numUpdatedRows);
  }
  if (linked !== input.entryIds.length) {
    throw new DomainError("conflict", "some of these time entries are already on an invoice; reload the sources", {
      fields: [{ path: "sources", issue: "already_invoiced", message: "time already invoiced" }],
    });
  }
}

export async function releaseInvoiceSources(trx: Kysely<Database>, workspaceId: string, invoiceId: string) {
  await trx
    .deleteFrom("invoice_lines")
    .where("workspace_id", "=", workspaceId)
    .where("invoice_id", "=", invoiceId)
    .execute();
  await trx
    .deleteFrom("invoice_sources")
    .where("workspace_id", "=", workspaceId)
    .where("invoice_id", "=", invoiceId)
    .execute();
  await trx
    .updateTable("time_entries")
    .set({ invoice_id: null })
    .where("workspace_id", "=", workspaceId)
    .where("invoice_id", "=", invoiceId)
    .execute();
}

/** Source ids of a kind already on an invoice (draft or issued), among `ids`. */
export async function invoicedSourceIds(
  db: Kysely<Database>,
  workspaceId: string,
  kind: InvoiceSourceKind,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom("invoice_sources")
    .select("source_id")
    .where("workspace_id", "=", workspaceId)
    .where("kind", "=", kind)
    .where("source_id", "in", ids)
    .execute();
  return new Set(rows.map((r) => r.source_id));
}

/** Which of `ids` are mandates of this client (one query). */
export async function mandateIdsOfClient(
  db: Kysely<Database>,
  workspaceId: string,
  clientId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("mandates")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("client_id", "=", clientId)
    .where("id", "in", [...ids])
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Frees what a draft reserved for lines an edit removed: the keyed sources themselves, and for a removed time line
 * the entries of its mandate (when no remaining time line bills that mandate).
 */
export async function releaseDroppedSources(
  trx: Kysely<Database>,
  input: {
    workspaceId: string;
    invoiceId: string;
    sources: { kind: InvoiceSourceKind; id: string }[];
    keptTimeMandates: ReadonlySet<string | null>;
  },
): Promise<void> {
  for (const s of input.sources.filter((x) => x.kind !== "time" && x.kind !== "manual"))
    await trx
      .deleteFrom("invoice_sources")
      .where("workspace_id", "=", input.workspaceId)
      .where("invoice_id", "=", input.invoiceId)
      .where("kind", "=", s.kind)
      .where("source_id", "=", s.id)
      .execute();
  const timeIds = input.sources.filter((x) => x.kind === "time").map((x) => x.id);
  if (timeIds.length === 0) return;
  const dropped = await trx
    .selectFrom("time_entries")
    .select("mandate_id")
    .where("workspace_id", "=", input.workspaceId)
    .where("id", "in", timeIds)
    .execute();
  for (const mandate of new Set(dropped.map((d) => d.mandate_id))) {
    if (input.keptTimeMandates.has(mandate)) continue;
    let q = trx
      .updateTable("time_entries")
      .set({ invoice_id: null })
      .where("workspace_id", "=", input.workspaceId)
      .where("invoice_id", "=", input.invoiceId);
    q = mandate === null ? q.where("mandate_id", "is", null) : q.where("mandate_id", "=", mandate);
    await q.execute();
  }
}
