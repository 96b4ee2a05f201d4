import type { OfferDocument } from "../../domain/offer/signed-document.ts";
import { signedDocument } from "../../domain/offer/signed-document.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { renderPdf } from "../../pdf/render-pdf.ts";
import { readOfferDocument } from "../../store/stored-aggregates.ts";
import type { AppContext } from "../shared/context.ts";
import { clientParty, issuerParty } from "../shared/document-parties.ts";
import { getClientRecord, getOfferRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { workspaceTimeZone } from "../time/time-context.ts";

/**
 * The offer as a PDF in its language. A sent or signed offer is rendered from its frozen text (exactly what the client
 * saw), with the signature certificate page once signed; a draft is rendered from its current content as a preview.
 */
export async function renderOffer(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ bytes: Uint8Array; filename: string }> {
  requirePermission(actor, "read");
  return renderOfferOf(ctx, actor.workspaceId, id);
}

/** The offer's PDF, for a caller already allowed to see it (a member, or the client through its portal link). */
export async function renderOfferOf(
  ctx: AppContext,
  workspaceId: string,
  id: string,
): Promise<{ bytes: Uint8Array; filename: string }> {
  const [stored, workspace] = await Promise.all([
    getOfferRecord(ctx.db, workspaceId, id),
    getWorkspaceRecord(ctx.db, workspaceId),
  ]);
  const { offer } = stored;
  let document: OfferDocument;
  if (stored.documentText) {
    document = readOfferDocument(stored.documentText, offer.id);
  } else {
    const client = await getClientRecord(ctx.db, workspaceId, stored.clientId);
    document = signedDocument({
      offer,
      issuer: issuerParty(workspace, offer.content.language),
      client: clientParty(client),
    });
  }
  const signature = "signature" in offer ? offer.signature : undefined;
  const bytes = await renderPdf({
    kind: "offer",
    input: {
      document,
      status: offer.status,
      signature,
      generatedAt: ctx.now().toISOString(),
      offerId: offer.id,
      timeZone: workspaceTimeZone(workspace),
    },
  });
  const name = offer.number ? `${offer.number}-v${offer.version}` : `brouillon-${offer.id.slice(0, 8)}`;
  return { bytes, filename: `${name}.pdf` };
}
