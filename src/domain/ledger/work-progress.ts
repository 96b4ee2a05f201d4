/**
 * How far a fixed-price mandate has come (its "% complete"), the measure C.c.Q. art. 2129 uses to value the work done
 * « en proportion du prix convenu ». By default: the delivered checklist items (the offer's deliverables and the
 * approved change orders' items) weighted by their price; by their estimated hours when nothing is priced; by their
 * count when nothing is estimated. The studio may set it instead, with a note saying why; the basis is always shown.
 */
import type { ChecklistItem } from "../mandate/mandate.ts";

export type ProgressBasis = "price" | "estimate" | "count" | "set_by_user";

export interface WorkProgress {
  /** Basis points of the work done: 10 000 = 100 % (rounded, for display). */
  doneBps: number;
  /** The exact share done: `done / of` (weights in the basis's unit), so amounts are computed without rounding twice. */
  done: number;
  of: number;
  basis: ProgressBasis;
  /** Items delivered and in all, whatever the basis. */
  itemsDone: number;
  itemsTotal: number;
  note?: string | undefined;
}

/** A percentage set by the studio (0–100 %, in basis points) and why. */
export interface ProgressOverride {
  doneBps: number;
  note: string;
  setAt: string;
}

export interface WorkProgressInput {
  checklist: readonly Pick<ChecklistItem, "id" | "done">[];
  /** Price of each item by its id (offer deliverable or change-order item), minor units. */
  itemPrices: ReadonlyMap<string, number>;
  /** Estimated hours of each item by its id. */
  itemHours: ReadonlyMap<string, number>;
  override?: ProgressOverride | undefined;
}

function share(items: readonly Pick<ChecklistItem, "id" | "done">[], weight: (id: string) => number) {
  let done = 0;
  let of = 0;
  for (const item of items) {
    const w = weight(item.id);
    of += w;
    if (item.done) done += w;
  }
  return of > 0 ? { done, of, doneBps: Math.round((done * 10_000) / of) } : undefined;
}

/** The work progress of a mandate and the basis it was measured on. */
export function workProgress(input: WorkProgressInput): WorkProgress {
  const itemsDone = input.checklist.filter((i) => i.done).length;
  const itemsTotal = input.checklist.length;
  const counts = { itemsDone, itemsTotal };
  if (input.override) {
    const bps = input.override.doneBps;
    return { doneBps: bps, done: bps, of: 10_000, basis: "set_by_user", note: input.override.note, ...counts };
  }
  const byPrice = share(input.checklist, (id) => input.itemPrices.get(id) ?? 0);
  if (byPrice) return { ...byPrice, basis: "price", ...counts };
  const byHours = share(input.checklist, (id) => Math.round((input.itemHours.get(id) ?? 0) * 100));
  if (byHours) return { ...byHours, basis: "estimate", ...counts };
  const byCount = share(input.checklist, () => 1) ?? { done: 0, of: 1, doneBps: 0 };
  return { ...byCount, basis: "count", ...counts };
}
