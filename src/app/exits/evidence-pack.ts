/**
 * The evidence pack of a client, at any time: a zip with the signed offers (exact canonical text, PDF, verification),
 * change orders, feedback rounds and triage decisions, time, invoices and payments, the decision worksheets (JSON and
 * PDF), the exit plans with every termination letter as a PDF and its sending record, the messages sent, the audit
 * events of every record that belongs to the client with the chain's verification, and a manifest with the SHA-256 of
 * every file. What a studio needs in a dispute.
 */

import { createHash } from "node:crypto";
import { checkEventHashes } from "../../domain/audit-chain.ts";
import { sha256Hex } from "../../domain/canonical.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { listChangeOrdersOfMandates } from "../../store/capacity-store.ts";
import {
  evidenceEntityIds,
  findChangeOrderDocument,
  findMandateState,
  findOfferDocument,
  listAuditOfClient,
  listInvoicesOfClientForEvidence,
  listMessagesOfEntities,
  listPaymentsOfClient,
} from "../../store/evidence-store.ts";
import { listMandates } from "../../store/mandate-store.ts";
import { listOffers } from "../../store/offer-store.ts";
import { findRound, listClaimsOfRound, listRoundsOfMandate } from "../../store/round-store.ts";
import { listSignals } from "../../store/signal-store.ts";
import { listTimeEntries } from "../../store/time-store.ts";
import { renderInvoice } from "../invoices/render-invoice.ts";
import { loadClientMoney } from "../mandates/ledger.ts";
import { verifyOffer } from "../offers/get-offer.ts";
import { renderOffer } from "../offers/render-offer.ts";
import { renderChangeOrder } from "../scope/render-change-order.ts";
import { verifyAuditTrail } from "../shared/audit-trail.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord } from "../shared/load-records.ts";
import { studioTodayOf } from "../shared/studio-day.ts";
import { json, type PutFile, safe, utf8 } from "./evidence-files.ts";
import { putDecisionFiles, putExitFiles } from "./evidence-pack-exits.ts";

export async function evidencePack(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
): Promise<{ bytes: Uint8Array; filename: string }> {
  requirePermission(actor, "read");
  const client = await getClientRecord(ctx.db, actor.workspaceId, clientId);
  const ws = actor.workspaceId;
  const files: Record<string, Uint8Array> = {};
  const put: PutFile = (path, data) => {
    files[path] = data;
  };
  put("client.json", json({ ...client, signals: await listSignals(ctx.db, ws, clientId, { limit: 100_000 }) }));

  const offers = (await listOffers(ctx.db, { workspaceId: ws, clientId, limit: 10_000, offset: 0 })).items;
  for (const o of offers) {
    const dir = `offers/${safe(o.number || o.id)}-v${o.version}`;
    const row = await findOfferDocument(ctx.db, ws, o.id);
    put(`${dir}/offer.json`, utf8(row.state_json));
    if (row.document_text) {
      put(`${dir}/signed-document.canonical.json`, utf8(row.document_text));
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
    const row = await findChangeOrderDocument(ctx.db, ws, co.id);
    put(`${dir}/change-order.json`, json(co));
    if (row.document_text) {
      put(`${dir}/document.canonical.json`, utf8(row.document_text));
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
    put(`mandates/${safe(m.id)}/mandate.json`, utf8(await findMandateState(ctx.db, ws, m.id)));
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

  const invoices = await listInvoicesOfClientForEvidence(ctx.db, ws, clientId);
  for (const inv of invoices) {
    const dir = `invoices/${safe(inv.number ?? `draft-${inv.id}`)}`;
    put(`${dir}/invoice.json`, utf8(inv.state_json));
    if (inv.status !== "draft")
      put(`${dir}/${safe(inv.number ?? inv.id)}.pdf`, (await renderInvoice(ctx, actor, inv.id)).bytes);
  }
  const payments = await listPaymentsOfClient(ctx.db, ws, clientId);
  put("payments.json", json(payments));
  // The money thread as every screen showed it: per mandate and in total (signed, earned, invoiced, paid, owed).
  put("money.json", json(await loadClientMoney(ctx.db, ws, clientId)));

  const entityIds = await evidenceEntityIds(ctx.db, ws, clientId);
  const messages = await listMessagesOfEntities(ctx.db, ws, entityIds);
  put("messages.json", json(messages));
  const decisions = await putDecisionFiles(ctx, actor, clientId, put);
  const exits = await putExitFiles(ctx, actor, { clientId, messages, put });

  const events = await listAuditOfClient(ctx.db, { workspaceId: ws, clientId, entityIds });
  put("audit/events.json", json(events));
  const chain = await verifyAuditTrail(ctx, actor);
  const extract = checkEventHashes(events);
  put(
    "audit/verification.json",
    json({
      ...chain,
      extract: { ...extract, valid: extract.mismatched.length === 0 },
      entities: [...new Set(events.map((e) => e.entity))].sort(),
    }),
  );

  const manifest = {
    client: { id: client.id, name: client.name },
    generatedAt: ctx.now().toISOString(),
    contents: {
      offers: offers.length,
      changeOrders: changeOrders.length,
      mandates: mandates.length,
      invoices: invoices.length,
      decisions,
      exits: exits.exits,
      letters: exits.letters,
      formalNotices: exits.formalNotices,
      messages: messages.length,
      auditEvents: events.length,
    },
    howToVerify: [
      "Each file's SHA-256 is listed below; recompute it over the file's bytes.",
      "Each signed document is stored as its exact canonical text (RFC 8785 JSON); its SHA-256 must equal the fingerprint in verification.json and in the signature evidence.",
      "audit/events.json holds the audit events of every record of this client; each event's hash is the SHA-256 of its previous hash, a line feed and its canonical content (audit/verification.json: extract), and the workspace's whole chain was re-verified from its first event (audit/verification.json: valid, checked).",
    ],
    files: Object.entries(files).map(([path, data]) => ({ path, bytes: data.length, sha256: sha256Bytes(data) })),
  };
  put("manifest.json", json(manifest));
  // fflate is loaded with the first pack (a server that builds none starts without it).
  const { zipSync } = await import("fflate");
  const bytes = zipSync(files, { level: 6, mtime: ctx.now() });
  return { bytes, filename: `evidence-${safe(client.name)}-${await studioTodayOf(ctx, actor.workspaceId)}.zip` };
}

function sha256Bytes(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
