import { createMandate } from "../../domain/mandate/mandate.ts";
import { declineOffer, signOffer } from "../../domain/offer/offer.ts";
import type { OfferDocument } from "../../domain/offer/signed-document.ts";
import { insertMandate } from "../../store/mandate-store.ts";
import { findOffer, type StoredOffer, saveOffer } from "../../store/offer-store.ts";
import { markPortalLinkOpened, type PortalLink } from "../../store/portal-store.ts";
import { readOfferDocument } from "../../store/stored-aggregates.ts";
import { refreshClientHealth } from "../health/client-health.ts";
import { notifyEvent, notifyNow } from "../notifications/notification-events.ts";
import { deliverNotificationMails } from "../notifications/notification-mails.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import {
  type PortalCaller,
  type PortalConsentInput,
  portalEvidence,
  portalNotFound,
  resolvePortalLink,
} from "./portal.ts";

export type OfferPortalView =
  | { kind: "offer"; state: "replaced"; replacedByVersion: number }
  | {
      kind: "offer";
      state: "sent" | "signed" | "declined" | "cancelled";
      document: OfferDocument;
      sha256: string;
      signature: { signerName: string; signedAt: string } | null;
      declinedAt: string | null;
    };

async function loadOfferOfLink(
  ctx: AppContext,
  token: string,
  caller: PortalCaller,
): Promise<{ workspaceId: string; stored: StoredOffer }> {
  return loadOfferOf(ctx, await resolvePortalLink(ctx, token, caller));
}

async function loadOfferOf(ctx: AppContext, link: PortalLink): Promise<{ workspaceId: string; stored: StoredOffer }> {
  if (link.kind !== "offer") throw portalNotFound();
  const stored = await findOffer(ctx.db, link.workspaceId, link.targetId);
  if (!stored?.documentText || !stored.sha256) throw portalNotFound();
  return { workspaceId: link.workspaceId, stored };
}

async function replacementVersion(ctx: AppContext, workspaceId: string, stored: StoredOffer): Promise<number> {
  let current = stored;
  for (let hops = 0; current.offer.status === "superseded" && hops < 100; hops++) {
    const next = await findOffer(ctx.db, workspaceId, current.offer.supersededById);
    if (!next) break;
    current = next;
  }
  return current.offer.version;
}

/** What the client sees: the exact offer that will be (or was) signed, rendered from its frozen text. */
export async function viewOfferPortal(ctx: AppContext, link: PortalLink): Promise<OfferPortalView> {
  const { workspaceId, stored } = await loadOfferOf(ctx, link);
  const o = stored.offer;
  if (o.status === "superseded") {
    return { kind: "offer", state: "replaced", replacedByVersion: await replacementVersion(ctx, workspaceId, stored) };
  }
  if (o.status === "draft") throw portalNotFound();
  if ((await markPortalLinkOpened(ctx.db, link.id, ctx.now().toISOString())) && o.status === "sent") {
    await notifyNow(ctx, { workspaceId, kind: "offer_viewed", entityId: o.id });
  }
  const signature =
    "signature" in o && o.signature ? { signerName: o.signature.signerName, signedAt: o.signature.signedAt } : null;
  return {
    kind: "offer",
    state: o.status,
    document: readOfferDocument(stored.documentText, stored.offer.id),
    sha256: stored.sha256!,
    signature,
    declinedAt: o.status === "declined" ? o.declinedAt : null,
  };
}

/**
 * Signs the offer: the evidence (typed name, consent text, time, address, user agent, SHA-256 of the frozen text) is
 * recorded, the offer is frozen for good, and the mandate is created with a checklist from the deliverables — one
 * transaction. Signing twice is refused (`invalid_state`).
 */
export async function signPortalOffer(ctx: AppContext, token: string, caller: PortalCaller, input: PortalConsentInput) {
  const { workspaceId, stored } = await loadOfferOfLink(ctx, token, caller);
  if (stored.offer.status === "superseded" || stored.offer.status === "cancelled") throw portalNotFound();
  const document = readOfferDocument(stored.documentText, stored.offer.id);
  const at = ctx.now().toISOString();
  const evidence = portalEvidence({
    request: input,
    consentText: document.consentText,
    sha256: stored.sha256!,
    caller,
    at,
  });
  const result = await transact(ctx, async (trx) => {
    const fresh = await findOffer(trx, workspaceId, stored.offer.id);
    if (!fresh) throw portalNotFound();
    const signed = signOffer(fresh.offer, evidence);
    await saveOffer(trx, { workspaceId, offer: signed, expectedStatus: fresh.offer.status, at });
    const mandate = createMandate({ id: ctx.newId(), offer: signed, createdAt: at });
    await insertMandate(trx, { workspaceId, mandate, title: signed.content.title, at });
    const audit = { workspaceId, actorMemberId: null };
    await recordAudit(ctx, trx, {
      ...audit,
      action: "offer.signed",
      entity: "offer",
      entityId: signed.id,
      before: fresh.offer,
      after: signed,
    });
    await recordAudit(ctx, trx, {
      ...audit,
      action: "mandate.created",
      entity: "mandate",
      entityId: mandate.id,
      after: mandate,
    });
    await refreshClientHealth(ctx, trx, { workspaceId: workspaceId, clientIds: [signed.content.clientId] });
    await notifyEvent(ctx, trx, { workspaceId, kind: "offer_signed", entityId: signed.id });
    return { offerId: signed.id, mandateId: mandate.id, signature: evidence };
  });
  await deliverNotificationMails(ctx, { workspaceId });
  return result;
}

/** The client declines the offer, with an optional reason. */
export async function declinePortalOffer(ctx: AppContext, link: PortalLink, reason: string | undefined) {
  const { workspaceId, stored } = await loadOfferOf(ctx, link);
  if (stored.offer.status === "superseded" || stored.offer.status === "cancelled") throw portalNotFound();
  const at = ctx.now().toISOString();
  await transact(ctx, async (trx) => {
    const fresh = await findOffer(trx, workspaceId, stored.offer.id);
    if (!fresh) throw portalNotFound();
    const declined = declineOffer(fresh.offer, { at, reason: reason?.trim() || undefined });
    await saveOffer(trx, { workspaceId, offer: declined, expectedStatus: fresh.offer.status, at });
    await recordAudit(ctx, trx, {
      workspaceId,
      actorMemberId: null,
      action: "offer.declined",
      entity: "offer",
      entityId: declined.id,
      before: fresh.offer,
      after: declined,
    });
    await notifyEvent(ctx, trx, { workspaceId, kind: "offer_declined", entityId: declined.id });
  });
  await deliverNotificationMails(ctx, { workspaceId });
}
