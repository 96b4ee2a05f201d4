import { canonicalText, sha256Hex } from "../../domain/canonical.ts";
import { DomainError } from "../../domain/errors.ts";
import { formatDate } from "../../domain/health/localized.ts";
import { offerEmail } from "../../domain/messages/offer-email.ts";
import { sendOffer as markSent, type SentOffer } from "../../domain/offer/offer.ts";
import { formatOfferNumber } from "../../domain/offer/offer-number.ts";
import { signedDocument } from "../../domain/offer/signed-document.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { nextCounterValue } from "../../store/counter-store.ts";
import { saveOffer } from "../../store/offer-store.ts";
import type { OutboxMessage } from "../../store/outbox-store.ts";
import { insertPortalLink, revokePortalLinks } from "../../store/portal-store.ts";
import type { AppContext } from "../shared/context.ts";
import { clientEmail, clientParty, issuerParty } from "../shared/document-parties.ts";
import { getClientRecord, getOfferRecord, getWorkspaceRecord, requireClientOpen } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { deliverMessages, queueMessage } from "../shared/send-messages.ts";
import { studioDay } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { hashToken, newToken } from "../workspace/tokens.ts";

/** How long a portal link stays valid. */
export const PORTAL_LINK_DAYS = 60;

export interface SendOfferResult {
  offer: SentOffer;
  portalUrl: string;
  message: OutboxMessage;
}

/**
 * Sends an offer: it gets its number (per-workspace yearly series `OFF-2026-0007`, kept by later versions), its
 * document is frozen as canonical text with its SHA-256, and a portal link (256-bit token, stored hashed, valid
 * 60 days) goes to the client by e-mail — or waits in the outbox when no SMTP server is configured.
 */
export async function sendOffer(ctx: AppContext, actor: Actor, id: string): Promise<SendOfferResult> {
  return deliverOffer(ctx, actor, id, false);
}

/** Sends a sent offer's client a new link (the old ones stop working); the frozen document does not change. */
export async function resendOfferLink(ctx: AppContext, actor: Actor, id: string): Promise<SendOfferResult> {
  return deliverOffer(ctx, actor, id, true);
}

async function deliverOffer(ctx: AppContext, actor: Actor, id: string, resend: boolean): Promise<SendOfferResult> {
  requirePermission(actor, "write");
  const now = ctx.now();
  const at = now.toISOString();
  const token = newToken();
  const portalUrl = `${ctx.config.publicUrl}/portal/${token}`;
  const expiresAt = new Date(now.getTime() + PORTAL_LINK_DAYS * 86_400_000).toISOString();
  const result = await transact(ctx, async (trx) => {
    const stored = await getOfferRecord(trx, actor.workspaceId, id);
    const [workspace, client] = await Promise.all([
      getWorkspaceRecord(trx, actor.workspaceId),
      getClientRecord(trx, actor.workspaceId, stored.clientId),
    ]);
    requireClientOpen(client);
    if (resend) {
      if (stored.offer.status !== "sent") {
        throw new DomainError("invalid_state", `a ${stored.offer.status} offer has no link to send again`);
      }
      await revokePortalLinks(trx, actor.workspaceId, id, at);
    }
    let offer = stored.offer;
    if (offer.status === "draft" && !offer.number) {
      const year = Number(at.slice(0, 4));
      const seq = await nextCounterValue(trx, actor.workspaceId, `offer:${year}`);
      offer = { ...offer, number: formatOfferNumber({ year, sequence: seq }) };
    }
    let sent: SentOffer;
    if (resend && offer.status === "sent") {
      sent = offer; // a new link to the same frozen document
    } else {
      const document = signedDocument({
        offer,
        issuer: issuerParty(workspace, offer.content.language),
        client: clientParty(client),
      });
      const text = canonicalText(document);
      const sha256 = sha256Hex(text);
      sent = markSent(offer, { sentAt: at, sha256 });
      await saveOffer(trx, {
        workspaceId: actor.workspaceId,
        offer: sent,
        expectedStatus: stored.offer.status,
        at,
        document: { text, sha256 },
      });
    }
    await insertPortalLink(trx, {
      id: ctx.newId(),
      workspaceId: actor.workspaceId,
      kind: "offer",
      targetId: id,
      tokenHash: hashToken(ctx.secret, token),
      expiresAt,
      revokedAt: null,
      createdAt: at,
    });
    const email = offerEmail({
      language: sent.content.language,
      issuerName: workspace.name,
      recipientName: client.contacts.find((c) => c.email)?.name ?? client.name,
      number: sent.number,
      version: sent.version,
      title: sent.content.title,
      portalUrl,
      expiresOn: formatDate(studioDay(expiresAt, workspace), sent.content.language),
    });
    const message = await queueMessage(ctx, trx, {
      workspaceId: actor.workspaceId,
      kind: "offer_sent",
      to: clientEmail(client),
      ...email,
      entity: "offer",
      entityId: id,
    });
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: resend ? "offer.link_resent" : "offer.sent",
      entity: "offer",
      entityId: id,
      before: stored.offer,
      after: sent,
    });
    return { offer: sent, message };
  });
  const [message] = await deliverMessages(ctx, [result.message]);
  return { offer: result.offer, portalUrl, message: message! };
}
