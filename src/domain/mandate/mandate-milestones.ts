/**
 * A mandate's milestones, the dates the law can see (C.c.Q. art. 2126: not at an inopportune time): the signed
 * offer's delivery date, each approved change order's new delivery date, and the dates the user adds (a launch, a
 * trade show). Only the user's own dates are stored on the mandate; the others are read from their documents.
 */
import { isCalendarDate } from "../calendar-date.ts";
import { DomainError, fieldError } from "../errors.ts";
import type { IsoDate } from "../health/calendar-date.ts";
import type { Mandate } from "./mandate.ts";

/** A date the user added to a mandate. */
export interface UserMilestone {
  id: string;
  title: string;
  date: IsoDate;
}

export interface Milestone {
  /** `offer:<offerId>`, `change_order:<id>`, or the user milestone's id. */
  id: string;
  title: string;
  date: IsoDate;
  source: "offer" | "change_order" | "user";
}

function requireOpen(mandate: Mandate): void {
  if (mandate.status !== "active" && mandate.status !== "delivered") {
    throw new DomainError("invalid_state", `a ${mandate.status} mandate cannot be changed`, {
      status: mandate.status,
      action: "change milestones",
    });
  }
}

/** Adds a dated milestone to an open mandate. */
export function addMilestone(mandate: Mandate, milestone: UserMilestone): Mandate {
  requireOpen(mandate);
  const title = milestone.title.trim();
  if (!title) throw fieldError("title", "required", "name the milestone");
  if (!isCalendarDate(milestone.date)) throw fieldError("date", "invalid_date", "date must be a date YYYY-MM-DD");
  const existing = mandate.milestones ?? [];
  if (existing.some((m) => m.id === milestone.id)) throw fieldError("id", "duplicate_id", "milestone id already used");
  return { ...mandate, milestones: [...existing, { id: milestone.id, title, date: milestone.date }] };
}

/** Removes a milestone the user added (the offer's and change orders' dates come from their documents). */
export function removeMilestone(mandate: Mandate, milestoneId: string): Mandate {
  requireOpen(mandate);
  const existing = mandate.milestones ?? [];
  if (!existing.some((m) => m.id === milestoneId)) throw new DomainError("not_found", "milestone not found");
  return { ...mandate, milestones: existing.filter((m) => m.id !== milestoneId) };
}

/** Every milestone of a mandate, earliest first. */
export function mandateMilestones(input: {
  mandate: Pick<Mandate, "offerId" | "milestones">;
  offer: { title: string; deliveryDate: IsoDate; lang: "fr" | "en" };
  approvedChangeOrders: readonly { id: string; number: string; proposedDeliveryDate: IsoDate }[];
}): Milestone[] {
  const fr = input.offer.lang === "fr";
  const all: Milestone[] = [
    {
      id: `offer:${input.mandate.offerId}`,
      title: `${fr ? "Livraison" : "Delivery"} — ${input.offer.title}`,
      date: input.offer.deliveryDate,
      source: "offer",
    },
    ...input.approvedChangeOrders.map((co) => ({
      id: `change_order:${co.id}`,
      title: `${fr ? "Livraison de l’avenant" : "Delivery of change order"} ${co.number}`,
      date: co.proposedDeliveryDate,
      source: "change_order" as const,
    })),
    ...(input.mandate.milestones ?? []).map((m) => ({ ...m, source: "user" as const })),
  ];
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

/** The milestones still ahead on `from` (on or after it), earliest first. */
export function upcomingMilestones(milestones: readonly Milestone[], from: IsoDate): Milestone[] {
  return milestones.filter((m) => m.date >= from);
}
