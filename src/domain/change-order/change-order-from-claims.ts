import { DomainError, fieldError } from "../errors.ts";
import type { Currency } from "../money.ts";
import type { Language } from "../offer/offer-content.ts";
import type { DraftChangeOrder } from "./change-order.ts";
import { createChangeOrder } from "./change-order.ts";
import type { ChangeOrderItem } from "./change-order-content.ts";

/** The part of a triaged claim a change order needs. */
export interface ClaimForChangeOrder {
  id: string;
  /** The client's words for this claim. */
  text: string;
  /** The person's triage decision; only `change_order` claims can be selected. */
  triage: string | null;
  estimatedHours: number | null;
}

export interface ChangeOrderFromClaimsInput {
  id: string;
  mandateId: string;
  offerId: string;
  number: string;
  /** The round's claims (the selection is looked up among them). */
  claims: readonly ClaimForChangeOrder[];
  /** The claims chosen for this change order, in the order of the items. */
  selectedClaimIds: readonly string[];
  /** One new item id per selected claim, same order. */
  itemIds: readonly string[];
  /** Rate of the items (minor units per hour), usually the workspace's billable rate. */
  hourlyRate: number;
  title: string;
  reason: string;
  requester: string;
  scheduleImpactDays: number;
  proposedDeliveryDate: string;
  language: Language;
  currency: Currency;
  createdAt: string;
}

/** First line of a claim, shortened to 200 characters, as an item title. */
function titleOf(text: string): string {
  const line = text.trim().split(/\r?\n/)[0]!.trim();
  return line.length <= 200 ? line : `${line.slice(0, 199).trimEnd()}…`;
}

/**
 * Drafts a change order from selected claims: one item per claim, titled by the claim's first line, described by
 * its full text, with its estimated hours (rounded to the hundredth) priced at `hourlyRate` (hours × rate, rounded
 * half-up). Refuses an unknown claim (`not_found`), a claim not triaged `change_order`, a repeated claim or a
 * mismatched id list (`validation`). Items can be edited afterwards while the change order is a draft.
 */
export function changeOrderFromClaims(input: ChangeOrderFromClaimsInput): DraftChangeOrder {
  const { selectedClaimIds, itemIds } = input;
  if (selectedClaimIds.length === 0) throw fieldError("selectedClaimIds", "required", "select at least one claim");
  if (new Set(selectedClaimIds).size !== selectedClaimIds.length) {
    throw fieldError("selectedClaimIds", "duplicate", "a claim is selected twice");
  }
  if (itemIds.length !== selectedClaimIds.length || new Set(itemIds).size !== itemIds.length) {
    throw fieldError("itemIds", "id_count_mismatch", "one new, distinct item id is needed per selected claim");
  }
  const byId = new Map(input.claims.map((c) => [c.id, c]));
  const items: ChangeOrderItem[] = selectedClaimIds.map((claimId, i) => {
    const claim = byId.get(claimId);
    if (!claim) throw new DomainError("not_found", `no claim ${claimId}`);
    if (claim.triage !== "change_order") {
      throw fieldError(
        `selectedClaimIds.${i}`,
        "not_change_order",
        `claim ${claimId} is not triaged as a change order`,
      );
    }
    return {
      id: itemIds[i]!,
      claimId,
      title: titleOf(claim.text),
      description: claim.text.trim(),
      hours: Math.round((claim.estimatedHours ?? 0) * 100) / 100,
      price: { kind: "hourly", hourlyRate: input.hourlyRate },
    };
  });
  return createChangeOrder({
    id: input.id,
    mandateId: input.mandateId,
    offerId: input.offerId,
    number: input.number,
    createdAt: input.createdAt,
    content: {
      title: input.title,
      reason: input.reason,
      requester: input.requester,
      items,
      scheduleImpactDays: input.scheduleImpactDays,
      proposedDeliveryDate: input.proposedDeliveryDate,
      language: input.language,
      currency: input.currency,
    },
  });
}
