/**
 * Invoice lines as the money ledger reads them: one row per line of every invoice with what it bills (its source:
 * a deposit, the signed offer, a change order, time, a cost, interest, or a manual line), the mandate and offer it
 * belongs to, its amount before taxes and what credit notes took back from it. Written with every save of an
 * invoice; here, filled once from the invoices already stored. Frozen once shipped.
 */
import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on today's schema types
type Db = Kysely<any>;

interface StoredLine {
  quantityMilli: number;
  unitPrice: number;
  discount?: { kind: "percent"; ratePpm: number } | { kind: "amount"; amount: number };
}

function half(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

function lineAmount(l: StoredLine): number {
  const gross = half(l.quantityMilli * l.unitPrice, 1000);
  const discount = !l.discount
    ? 0
    : l.discount.kind === "amount"
      ? l.discount.amount
      : half(gross * l.discount.ratePpm, 1_000_000);
  return gross - discount;
}

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable("invoice_lines")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("invoice_id", "text", (c) => c.notNull().references("invoices.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("client_id", "text", (c) => c.notNull().references("clients.id"))
    .addColumn("mandate_id", "text")
    .addColumn("offer_id", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("source_id", "text")
    .addColumn("amount", "bigint", (c) => c.notNull())
    .addColumn("credited", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("invoice_lines_pk", ["invoice_id", "position"])
    .execute();
  await db.schema
    .createIndex("invoice_lines_ws_mandate")
    .on("invoice_lines")
    .columns(["workspace_id", "mandate_id"])
    .execute();
  await db.schema
    .createIndex("invoice_lines_ws_client")
    .on("invoice_lines")
    .columns(["workspace_id", "client_id"])
    .execute();
  await db.schema
    .createIndex("invoice_lines_ws_offer")
    .on("invoice_lines")
    .columns(["workspace_id", "offer_id"])
    .execute();

  const mandates = new Map<string, string>();
  for (const m of await db.selectFrom("mandates").select(["id", "offer_id"]).execute()) mandates.set(m.offer_id, m.id);
  const cos = new Map<string, { mandate: string; offer: string }>();
  for (const c of await db.selectFrom("change_orders").select(["id", "mandate_id", "offer_id"]).execute())
    cos.set(c.id, { mandate: c.mandate_id, offer: c.offer_id });
  const invoices = await db
    .selectFrom("invoices")
    .select(["id", "workspace_id", "client_id", "state_json", "details_json"])
    .execute();
  for (const inv of invoices) {
    const state = JSON.parse(inv.state_json) as {
      lines: StoredLine[];
      creditNotes?: { totals: { lines: { lineIndex: number; amount: { amount: number } }[] } }[];
    };
    const details = JSON.parse(inv.details_json) as { lines: { source?: { kind: string; id: string } }[] };
    const credited = new Map<number, number>();
    for (const n of state.creditNotes ?? [])
      for (const l of n.totals.lines) credited.set(l.lineIndex, (credited.get(l.lineIndex) ?? 0) + l.amount.amount);
    const rows = [];
    for (const [position, line] of state.lines.entries()) {
      const source = details.lines[position]?.source;
      let mandate: string | null = null;
      let offer: string | null = null;
      if (source?.kind === "deposit") {
        offer = source.id;
        mandate = mandates.get(source.id) ?? null;
      } else if (source?.kind === "change_order") {
        mandate = cos.get(source.id)?.mandate ?? null;
        offer = cos.get(source.id)?.offer ?? null;
      } else if (source?.kind === "time") {
        const entry = await db
          .selectFrom("time_entries")
          .select("mandate_id")
          .where("id", "=", source.id)
          .executeTakeFirst();
        mandate = entry?.mandate_id ?? null;
        const m = mandate
          ? await db.selectFrom("mandates").select("offer_id").where("id", "=", mandate).executeTakeFirst()
          : undefined;
        offer = m?.offer_id ?? null;
      }
      rows.push({
        workspace_id: inv.workspace_id,
        invoice_id: inv.id,
        position,
        client_id: inv.client_id,
        mandate_id: mandate,
        offer_id: offer,
        kind: source?.kind ?? "manual",
        source_id: source?.id ?? null,
        amount: lineAmount(line),
        credited: credited.get(position) ?? 0,
      });
    }
    if (rows.length) await db.insertInto("invoice_lines").values(rows).execute();
  }
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable("invoice_lines").execute();
}
