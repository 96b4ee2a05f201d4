/**
 * The evidence pack of a client, at any time: a zip with the signed offers (exact canonical text, PDF, verification),
 * change orders, feedback rounds and triage decisions, time, invoices and payments, letters, and the audit-chain
 * verification report, plus a manifest with the SHA-256 of every file. What a studio needs in a dispute.
 */
import { createHash } from "node:crypto";
import { strToU8, zipSync } from "fflate";
import { sha256Hex } from "../domain/canonical.ts";
import { type Actor, requirePermission } from "../domain/permissions.ts";
import { listAuditOfEntities } from "../store/audit-store.ts";
import { listChangeOrdersOfMandates } from "../store/capacity-store.ts";
import { listExitsOfClient } from "../store/exit-store.ts";
import { listMandates } from "../store/mandate-store.ts";
import { listOffers } from "../store/offer-store.ts";
import { findRound, listClaimsOfRound, listRoundsOfMandate } from "../store/round-store.ts";
import { listSignals } from "../store/signal-store.ts";
import { listTimeEntries } from "../store/time-store.ts";
import { verifyAuditTrail } from "./audit-trail.ts";
import type { AppContext } from "./context.ts";
import { exitLetter } from "./exits.ts";
import { verifyOffer } from "./get-offer.ts";
import { getClientRecord } from "./load-records.ts";
import { renderChangeOrder } from "./render-change-order.ts";
import { renderInvoice } from "./render-invoice.ts";
import { renderOffer } from "./render-offer.ts";

const json = (value: unknown) => strToU8(`${JSON.stringify(value, null, 2)}\n`);
const safe = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, "_");

export async function evidencePack(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
): Promise<{ bytes: Uint8Array; filename: string }> {
  requirePermission(actor, "read");
  const client = await getClientRecord(ctx.db, actor.workspaceId, clientId);
  const ws = actor.workspaceId;
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, data: Uint8Array) => {
    files[path] = data;
  };
  put("client.json", json({ ...client, signals: await listSignals(ctx.db, ws, clientId, { limit: 100_000 }) }));

  const offers = (await listOffers(ctx.db, { workspaceId: ws, clientId, limit: 10_000, offset: 0 })).items;
  for (const o of offers) {
    const dir = `offers/${safe(o.number || o.id)}-v${o.version}`;
    const row = await ctx.db
      .selectFrom("offers")
      .select(["state_json", "document_text", "sha256"])
      .where("id", "=", o.id)
      .executeTakeFirstOrThrow();
    put(`${dir}/offer.json`, strToU8(row.state_json));
    if (row.document_text) {
      put(`${dir}/signed-document.canonical.json`, strToU8(row.document_text));
      put(`${dir}/verification.json`, json({ ...(await verifyOffer(ctx, actor, o.id)), recordedSha256: row.sha256 }));
    }
    put(`${dir}/${safe(o.number || "draft")}.pdf`, (await renderOffer(ctx, actor, o.id)).bytes);
  }

  const mandates = (await listMandates(ctx.db, { workspaceId: ws, clientId, limit: 10_000, offset: 0 })).items;
  const changeOrders = await listChangeOrdersOfMandates(
    ctx.db,
    ws,
    mandates.map((m) => m.id),
  );
  for (const co of changeOrders) {
    const dir = `change-orders/${safe(co.number)}`;
    const row = await ctx.db
      .selectFrom("change_orders")
      .select(["document_text", "sha256"])
      .where("id", "=", co.id)
      .executeTakeFirstOrThrow();
    put(`${dir}/change-order.json`, json(co));
    if (row.document_text) {
      put(`${dir}/document.canonical.json`, strToU8(row.document_text));
      put(
        `${dir}/verification.json`,
        json({
          sha256: sha256Hex(row.document_text),
          recorded: row.sha256,
          valid: sha256Hex(row.document_text) === row.sha256,
        }),
      );
    }
    put(`${dir}/${safe(co.number)}.pdf`, (await renderChangeOrder(ctx, actor, co.id)).bytes);
  }
  for (const m of mandates) {
    const mandate = await ctx.db
      .selectFrom("mandates")
      .select("state_json")
      .where("id", "=", m.id)
      .executeTakeFirstOrThrow();
    put(`mandates/${safe(m.id)}/mandate.json`, strToU8(mandate.state_json));
    for (const r of await listRoundsOfMandate(ctx.db, ws, m.id)) {
      const round = await findRound(ctx.db, ws, r.id);
      put(
        `mandates/${safe(m.id)}/rounds/${r.receivedOn}-${safe(r.id)}.json`,
        json({ round, claims: await listClaimsOfRound(ctx.db, ws, r.id) }),
      );
    }
  }
  put(
    "time-entries.json",
    json((await listTimeEntries(ctx.db, { workspaceId: ws, clientId, limit: 1_000_000, offset: 0 })).items),
  );

  const invoices = await ctx.db
    .selectFrom("invoices")
    .select(["id", "number", "status", "state_json"])
    .where("workspace_id", "=", ws)
    .where("client_id", "=", clientId)
    .orderBy("created_at")
    .execute();
  for (const inv of invoices) {
    const dir = `invoices/${safe(inv.number ?? `draft-${inv.id}`)}`;
    put(`${dir}/invoice.json`, strToU8(inv.state_json));
    if (inv.status !== "draft")
      put(`${dir}/${safe(inv.number ?? inv.id)}.pdf`, (await renderInvoice(ctx, actor, inv.id)).bytes);
  }
  const payments = await ctx.db
    .selectFrom("payments")
    .selectAll()
    .where("workspace_id", "=", ws)
    .where("client_id", "=", clientId)
    .orderBy("date")
    .execute();
  put("payments.json", json(payments));

  for (const e of await listExitsOfClient(ctx.db, ws, clientId)) {
    const letter = await exitLetter(ctx, actor, e.id);
    put(
      `letters/exit-${safe(e.id)}.json`,
      json({ status: e.status, subject: letter.subject, paragraphs: letter.paragraphs, lang: letter.lang }),
    );
  }
  const mine = new Set([...offers.map((o) => o.id), ...changeOrders.map((c) => c.id), ...invoices.map((i) => i.id)]);
  const outbox = mine.size
    ? await ctx.db
        .selectFrom("outbox")
        .select([
          "kind",
          "to_address",
          "subject",
          "body_text",
          "status",
          "created_at",
          "sent_at",
          "entity",
          "entity_id",
        ])
        .where("workspace_id", "=", ws)
        .where("entity_id", "in", [...mine])
        .orderBy("created_at")
        .execute()
    : [];
  put("messages.json", json(outbox));

  const related = [clientId, ...mine, ...mandates.map((m) => m.id)];
  put("audit/events.json", json(await listAuditOfEntities(ctx.db, ws, related)));
  put("audit/verification.json", json(await verifyAuditTrail(ctx, actor)));

  const manifest = {
    client: { id: client.id, name: client.name },
    generatedAt: ctx.now().toISOString(),
    howToVerify:
      "Each signed document is stored as its exact canonical text (RFC 8785 JSON); its SHA-256 must equal the fingerprint in verification.json and in the signature evidence.",
    files: Object.entries(files).map(([path, data]) => ({ path, bytes: data.length, sha256: sha256Bytes(data) })),
  };
  put("manifest.json", json(manifest));
  const bytes = zipSync(files, { level: 6, mtime: ctx.now() });
  return { bytes, filename: `evidence-${safe(client.name)}-${ctx.now().toISOString().slice(0, 10)}.zip` };
}

function sha256Bytes(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
