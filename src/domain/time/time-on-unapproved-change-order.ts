/**
 * Time logged against a claim whose change order is not approved (RULES.md, Practice rules: work on an unapproved
 * change order is blocked). The rule itself lives in `../change-order/current-scope.ts`; this applies it to entries.
 */
import type { ChangeOrder } from "../change-order/change-order.ts";
import { isTimeOnUnapprovedChangeOrder } from "../change-order/current-scope.ts";
import type { Claim } from "../claim/claim.ts";
import type { TimeEntry } from "./time-entry.ts";

/** Input of {@link isTimeOnUnapprovedWork} and {@link timeOnUnapprovedChangeOrders}. */
export interface UnapprovedWorkInput {
  /** The claims the entries may point at (their triage is read). */
  claims: readonly Pick<Claim, "id" | "triage">[];
  /** Change orders of the entries' mandates, any status (each is matched to an entry by `mandateId`). */
  changeOrders: readonly ChangeOrder[];
}

/**
 * True when the entry is on a claim that is an item of an unapproved change order, or triaged `change_order` with no
 * approved change order holding it yet. Entries without a claim are never flagged.
 */
export function isTimeOnUnapprovedWork(
  entry: Pick<TimeEntry, "claimId" | "mandateId">,
  input: UnapprovedWorkInput,
): boolean {
  if (!entry.claimId) return false;
  const claim = input.claims.find((c) => c.id === entry.claimId);
  return isTimeOnUnapprovedChangeOrder({
    claimId: entry.claimId,
    claimTriage: claim?.triage?.outcome,
    changeOrders: input.changeOrders.filter((co) => co.mandateId === entry.mandateId),
  });
}

/** The entries to flag, in the order given. */
export function timeOnUnapprovedChangeOrders<T extends Pick<TimeEntry, "claimId" | "mandateId">>(
  entries: readonly T[],
  input: UnapprovedWorkInput,
): T[] {
  return entries.filter((e) => isTimeOnUnapprovedWork(e, input));
}
