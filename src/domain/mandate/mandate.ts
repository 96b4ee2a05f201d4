/**
 * Mandate lifecycle: the work created from a signed offer. `active` → `delivered` (one or more deliveries, each with
 * a snapshot of the checklist) → `accepted` → `closed`; `stopped` from `active` or `delivered` (ending the work
 * early, e.g. an exit), then `closed`. Checklist changes are only possible while the work is open.
 */

import { isCalendarDate } from "../calendar-date.ts";
import { DomainError, fieldError } from "../errors.ts";
import type { ProgressOverride } from "../ledger/work-progress.ts";
import type { Offer } from "../offer/offer.ts";
import { sortedDeliverables } from "../offer/offer-content.ts";
import type { UserMilestone } from "./mandate-milestones.ts";

/** One line of the deliverables checklist: from the signed offer or from an approved change order. */
export interface ChecklistItem {
  /** The deliverable id, or the change-order item id. */
  id: string;
  source: "offer" | "change_order";
  /** The change order that added the item (source `change_order`). */
  changeOrderId?: string | undefined;
  title: string;
  done: boolean;
}

/** One delivery to the client, with the checklist as it stood then. */
export interface Delivery {
  id: string;
  /** Calendar date `YYYY-MM-DD`. */
  date: string;
  note: string;
  checklist: ChecklistItem[];
}

interface MandateBase {
  id: string;
  offerId: string;
  /** The signed offer's number, for display and for change-order numbers. */
  offerNumber: string;
  clientId: string;
  createdAt: string;
  checklist: ChecklistItem[];
  deliveries: Delivery[];
  /** The % complete set by the studio, replacing the one measured from the checklist (fixed price). */
  progress?: ProgressOverride | undefined;
  /** Dates the user added (a launch, a trade show): see mandate-milestones.ts. */
  milestones?: UserMilestone[] | undefined;
}

/** Work in progress. */
export interface ActiveMandate extends MandateBase {
  status: "active";
}
/** At least one delivery made; awaiting acceptance or more deliveries. */
export interface DeliveredMandate extends MandateBase {
  status: "delivered";
}
/** Accepted by the client (réception). */
export interface AcceptedMandate extends MandateBase {
  status: "accepted";
  acceptedAt: string;
}
/** Stopped before acceptance, with a reason. */
export interface StoppedMandate extends MandateBase {
  status: "stopped";
  stoppedAt: string;
  stopReason: string;
  stoppedFrom: "active" | "delivered";
}
/** Closed after acceptance or a stop (terminal, read-only). */
export interface ClosedMandate extends MandateBase {
  status: "closed";
  closedAt: string;
  closedFrom: "accepted" | "stopped";
}

/** A mandate in one of its lifecycle states (discriminated by `status`). */
export type Mandate = ActiveMandate | DeliveredMandate | AcceptedMandate | StoppedMandate | ClosedMandate;
/** Status of a mandate. */
export type MandateStatus = Mandate["status"];
/** Every mandate status, in lifecycle order. */
export const MANDATE_STATUSES = ["active", "delivered", "accepted", "stopped", "closed"] as const;

/** A mandate whose work is still open (checklist and deliveries can change). */
export type OpenMandate = ActiveMandate | DeliveredMandate;

function refuse(mandate: Mandate, action: string): DomainError {
  return new DomainError("invalid_state", `a ${mandate.status} mandate cannot be ${action}`, {
    status: mandate.status,
    action,
  });
}

function requireOpen(mandate: Mandate, action: string): OpenMandate {
  switch (mandate.status) {
    case "active":
    case "delivered":
      return mandate;
    case "accepted":
    case "stopped":
    case "closed":
      throw refuse(mandate, action);
    default:
      return assertNever(mandate);
  }
}

export interface CreateMandateInput {
  id: string;
  offer: Offer;
  createdAt: string;
}

/** Creates the mandate of a signed offer: one unchecked checklist item per deliverable, in the offer's order. */
export function createMandate(input: CreateMandateInput): ActiveMandate {
  const { offer } = input;
  if (offer.status !== "signed") {
    throw new DomainError("invalid_state", `a mandate needs a signed offer, not a ${offer.status} one`, {
      status: offer.status,
      action: "create mandate",
    });
  }
  return {
    id: input.id,
    offerId: offer.id,
    offerNumber: offer.number,
    clientId: offer.content.clientId,
    createdAt: input.createdAt,
    status: "active",
    checklist: sortedDeliverables(offer.content).map((d) => ({
      id: d.id,
      source: "offer",
      title: d.title,
      done: false,
    })),
    deliveries: [],
  };
}

export interface SetChecklistItemInput {
  itemId: string;
  done: boolean;
}

/** Ticks or unticks one checklist item of an open mandate. */
export function setChecklistItem(mandate: Mandate, input: SetChecklistItemInput): OpenMandate {
  const open = requireOpen(mandate, "changed");
  if (!open.checklist.some((i) => i.id === input.itemId)) {
    throw new DomainError("not_found", `no checklist item ${input.itemId}`);
  }
  const checklist = open.checklist.map((i) => (i.id === input.itemId ? { ...i, done: input.done } : i));
  return { ...open, checklist };
}

/** Adds items to the checklist of an open mandate (the items of an approved change order). Ids must be new. */
export function addChecklistItems(mandate: Mandate, items: readonly Omit<ChecklistItem, "done">[]): OpenMandate {
  const open = requireOpen(mandate, "changed");
  const ids = new Set(open.checklist.map((i) => i.id));
  for (const item of items) {
    if (ids.has(item.id)) throw fieldError("items", "duplicate_id", `checklist item ${item.id} already exists`);
    ids.add(item.id);
  }
  return { ...open, checklist: [...open.checklist, ...items.map((i) => ({ ...i, done: false }))] };
}

export interface RecordDeliveryInput {
  id: string;
  date: string;
  note: string;
}

/**
 * Records a delivery with a snapshot of the checklist. Allowed while the work is open; a second delivery after the
 * client's feedback keeps the mandate `delivered`. A delivery of nothing is refused: the snapshot is what the ledger
 * counts as earned and what an exit's letter says was delivered, so with nothing ticked the studio would record that
 * it delivered none of the signed work.
 */
export function recordDelivery(mandate: Mandate, input: RecordDeliveryInput): DeliveredMandate {
  const open = requireOpen(mandate, "delivered");
  if (!isCalendarDate(input.date)) throw fieldError("date", "invalid_date", "date must be a date YYYY-MM-DD");
  if (open.deliveries.some((d) => d.id === input.id))
    throw fieldError("id", "duplicate_id", "delivery id already used");
  if (!open.checklist.some((item) => item.done)) {
    throw new DomainError("invalid_state", "nothing on the checklist is ticked as delivered: tick what was delivered", {
      status: open.status,
      action: "delivered",
      reason: "nothing_delivered",
    });
  }
  const delivery: Delivery = {
    id: input.id,
    date: input.date,
    note: input.note.trim(),
    checklist: open.checklist.map((i) => ({ ...i })),
  };
  return { ...open, status: "delivered", deliveries: [...open.deliveries, delivery] };
}

/** The client accepts the delivered work (réception, CCQ 2111: the balance becomes due). */
export function acceptMandate(mandate: Mandate, input: { at: string }): AcceptedMandate {
  switch (mandate.status) {
    case "delivered":
      return { ...mandate, status: "accepted", acceptedAt: input.at };
    case "active":
    case "accepted":
    case "stopped":
    case "closed":
      throw refuse(mandate, "accepted");
    default:
      return assertNever(mandate);
  }
}

export interface StopMandateInput {
  at: string;
  reason: string;
}

/** Stops the work before acceptance, with a reason (an exit, a resiliation). */
export function stopMandate(mandate: Mandate, input: StopMandateInput): StoppedMandate {
  switch (mandate.status) {
    case "active":
    case "delivered": {
      const reason = input.reason.trim();
      if (reason.length === 0) throw fieldError("reason", "required", "stopping a mandate needs a reason");
      return { ...mandate, status: "stopped", stoppedAt: input.at, stopReason: reason, stoppedFrom: mandate.status };
    }
    case "accepted":
    case "stopped":
    case "closed":
      throw refuse(mandate, "stopped");
    default:
      return assertNever(mandate);
  }
}

/** Closes an accepted or stopped mandate: nothing changes afterwards. */
export function closeMandate(mandate: Mandate, input: { at: string }): ClosedMandate {
  switch (mandate.status) {
    case "accepted":
    case "stopped":
      return { ...mandate, status: "closed", closedAt: input.at, closedFrom: mandate.status };
    case "active":
    case "delivered":
    case "closed":
      throw refuse(mandate, "closed");
    default:
      return assertNever(mandate);
  }
}

function assertNever(value: never): never {
  throw new DomainError("invalid_state", `unknown mandate status ${JSON.stringify(value)}`);
}

/** Sets (or, with undefined, clears) the % complete of an open mandate, with the studio's note. */
export function setMandateProgress(mandate: Mandate, progress: ProgressOverride | undefined): OpenMandate {
  const open = requireOpen(mandate, "set the progress of");
  if (progress && !(Number.isInteger(progress.doneBps) && progress.doneBps >= 0 && progress.doneBps <= 10_000))
    throw fieldError("progress.percent", "range", "between 0 and 100 %");
  if (progress && !progress.note.trim()) throw fieldError("progress.note", "required", "say what the figure rests on");
  const { progress: _old, ...rest } = open;
  return progress ? { ...rest, progress } : rest;
}
