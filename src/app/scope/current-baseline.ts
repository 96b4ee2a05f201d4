/**
 * The current scope of a mandate as claims are judged against it: the signed offer's deliverables, exclusions and
 * assumptions (from the frozen signed text, exactly what the client signed), plus items of approved change orders.
 */
import type { Kysely } from "kysely";
import type { BaselineReference } from "../../domain/claim/claim.ts";
import { DomainError } from "../../domain/errors.ts";
import type { OfferContent } from "../../domain/offer/offer-content.ts";
import type { OfferDocument } from "../../domain/offer/signed-document.ts";
import type { BaselineEntry } from "../../domain/triage/rank-baseline.ts";
import { findOffer } from "../../store/offer-store.ts";
import type { Database } from "../../store/schema.ts";
import { readOfferDocument } from "../../store/stored-aggregates.ts";

export interface MandateBaseline {
  document: OfferDocument;
  /** The signed offer's content (its pricing: the rate an estimate of hours is valued at). */
  content: OfferContent;
  sha256: string;
  signedAt: string;
  entries: BaselineEntry[];
  references: BaselineReference[];
}

export async function loadMandateBaseline(
  db: Kysely<Database>,
  workspaceId: string,
  offerId: string,
  approvedChangeOrderItems: readonly { id: string; title: string; description?: string | undefined }[] = [],
): Promise<MandateBaseline> {
  const stored = await findOffer(db, workspaceId, offerId);
  const offer = stored?.offer;
  if (!stored?.documentText || !stored.sha256 || !offer || !("signature" in offer) || !offer.signature) {
    throw new DomainError("invalid_state", "this mandate has no signed offer to judge against");
  }
  const document = readOfferDocument(stored.documentText, offer.id);
  const entries: BaselineEntry[] = [
    ...document.deliverables.map((d) => ({
      id: d.id,
      kind: "deliverable" as const,
      title: d.title,
      description: d.description,
    })),
    ...approvedChangeOrderItems.map((i) => ({
      id: i.id,
      kind: "change_order_item" as const,
      title: i.title,
      description: i.description,
    })),
    ...document.exclusions.map((x) => ({ id: x.id, kind: "exclusion" as const, title: x.text })),
    ...document.assumptions.map((x) => ({ id: x.id, kind: "assumption" as const, title: x.text })),
  ];
  return {
    document,
    content: offer.content,
    sha256: stored.sha256,
    signedAt: offer.signature.signedAt,
    entries,
    references: entries.map((e) => ({ kind: e.kind, id: e.id })),
  };
}
