/**
 * Team capacity, week by week: for each member and each of the next ISO weeks (12 by default, the current one
 * first), the member's weekly capacity against the hours booked = time already logged in that week + the remaining
 * estimates of active mandates and approved change orders spread over the weeks until their delivery date (the rule
 * is in `spread-remaining-hours.ts`). A week is `over` when booked > capacity and `approaching` from 85 % of it, so
 * "my limit was approaching" shows weeks before it happens. Pure: plain arrays in, plain arrays out.
 */
import type { ChangeOrderStatus } from "../change-order/change-order.ts";
import { fieldError } from "../errors.ts";
import type { Localized } from "../health/localized.ts";
import type { MandateStatus } from "../mandate/mandate.ts";
import type { IsoWeek } from "../time/iso-week.ts";
import { isoWeek, isoWeeksFrom } from "../time/iso-week.ts";
import { capacityMessage } from "./capacity-message.ts";
import { spreadRemainingHours } from "./spread-remaining-hours.ts";

/** A member and the hours they can work in a week. */
export interface CapacityMember {
  id: string;
  name: string;
  weeklyCapacityHours: number;
}

/** A piece of work that books capacity: a mandate (counted while `active`) or a change order (once `approved`). */
export type CapacityWork = {
  id: string;
  label: string;
  startDate: string;
  deliveryDate: string;
  estimatedHours: number;
  /** Minutes already logged on it (all members). */
  loggedMinutes: number;
  /** Members who do the work; empty: shared by every member with capacity. */
  assignedMemberIds: readonly string[];
} & ({ kind: "mandate"; status: MandateStatus } | { kind: "change_order"; status: ChangeOrderStatus });

/** Input of {@link teamCapacity}. */
export interface TeamCapacityInput {
  /** The first day counted, usually today. */
  today: string;
  /** How many ISO weeks (default 12). */
  weeks?: number | undefined;
  members: readonly CapacityMember[];
  work: readonly CapacityWork[];
  /** Time already logged (any category); entries of members not listed are ignored. */
  entries: readonly { memberId: string; date: string; minutes: number }[];
}

/** Status of a member's week. */
export type CapacityStatus = "ok" | "approaching" | "over";

/** Utilisation from which a week is `approaching`. */
export const APPROACHING_RATIO = 0.85;

/** One member's week. Hours are rounded to the hundredth. */
export interface MemberWeek {
  week: IsoWeek;
  capacityHours: number;
  /** Time already logged in the week. */
  loggedHours: number;
  /** Remaining work spread into the week, and from which work. */
  plannedHours: number;
  planned: { workId: string; label: string; hours: number }[];
  /** logged + planned. */
  bookedHours: number;
  /** booked ÷ capacity; undefined when the capacity is 0. */
  utilisation: number | undefined;
  status: CapacityStatus;
  /** Present when the week is approaching or over. */
  message: Localized | undefined;
}

/** The capacity table. */
export interface TeamCapacity {
  weeks: IsoWeek[];
  members: { memberId: string; name: string; weeks: MemberWeek[] }[];
  /** Approaching and over weeks, earliest first (then by name). */
  warnings: { memberId: string; week: IsoWeek; status: Exclude<CapacityStatus, "ok">; message: Localized }[];
  /** Hours with nobody to do them (nobody assigned and nobody with capacity), per week. */
  unallocated: { week: IsoWeek; hours: number }[];
}

const r2 = (hours: number) => Math.round(hours * 100) / 100;

function counts(work: CapacityWork): boolean {
  return work.kind === "mandate" ? work.status === "active" : work.status === "approved";
}

/** Status of a week, compared in hundredths of hours so 29.75 of 35 is exactly 85 %. */
export function capacityStatus(bookedHours: number, capacityHours: number): CapacityStatus {
  const booked = Math.round(bookedHours * 100);
  const capacity = Math.round(capacityHours * 100);
  if (booked > capacity) return "over";
  if (booked > 0 && booked * 100 >= APPROACHING_RATIO * 100 * capacity) return "approaching";
  return "ok";
}

/** Builds the capacity table (see the module comment). Throws `validation` on a negative capacity or estimate. */
export function teamCapacity(input: TeamCapacityInput): TeamCapacity {
  const weeks = isoWeeksFrom({ from: input.today, count: input.weeks ?? 12 });
  const until = weeks[weeks.length - 1]!.sunday;
  input.members.forEach((m, i) => {
    if (!Number.isFinite(m.weeklyCapacityHours) || m.weeklyCapacityHours < 0) {
      throw fieldError(`members.${i}.weeklyCapacityHours`, "invalid", "weekly capacity must be ≥ 0");
    }
  });
  const known = new Set(input.members.map((m) => m.id));
  const withCapacity = input.members.filter((m) => m.weeklyCapacityHours > 0).map((m) => m.id);
  const slot = (memberId: string, weekKey: string) => `${memberId}|${weekKey}`;
  const logged = new Map<string, number>();
  const planned = new Map<string, Map<string, { label: string; hours: number }>>();
  const unallocated = new Map<string, number>();

  for (const e of input.entries) {
    if (!known.has(e.memberId)) continue;
    const key = slot(e.memberId, isoWeek(e.date).key);
    logged.set(key, (logged.get(key) ?? 0) + e.minutes);
  }
  input.work.forEach((w, i) => {
    if (!counts(w)) return;
    if (!Number.isFinite(w.estimatedHours) || w.estimatedHours < 0) {
      throw fieldError(`work.${i}.estimatedHours`, "invalid", "estimated hours must be ≥ 0");
    }
    const shares = spreadRemainingHours({
      today: input.today,
      startDate: w.startDate,
      deliveryDate: w.deliveryDate,
      estimatedHours: w.estimatedHours,
      loggedMinutes: w.loggedMinutes,
      assignedMemberIds: w.assignedMemberIds.filter((id) => known.has(id)),
      membersWithCapacity: withCapacity,
      until,
    });
    for (const s of shares) {
      const weekKey = isoWeek(s.date).key;
      if (s.memberId === undefined) {
        unallocated.set(weekKey, (unallocated.get(weekKey) ?? 0) + s.hours);
        continue;
      }
      const byWork = planned.get(slot(s.memberId, weekKey)) ?? new Map<string, { label: string; hours: number }>();
      planned.set(slot(s.memberId, weekKey), byWork);
      const item = byWork.get(w.id) ?? { label: w.label, hours: 0 };
      byWork.set(w.id, { label: w.label, hours: item.hours + s.hours });
    }
  });

  const members = input.members.map((m) => ({
    memberId: m.id,
    name: m.name,
    weeks: weeks.map((week): MemberWeek => {
      const loggedHours = (logged.get(slot(m.id, week.key)) ?? 0) / 60;
      const items = [...(planned.get(slot(m.id, week.key)) ?? new Map()).entries()].map(([workId, p]) => ({
        workId,
        label: p.label,
        hours: r2(p.hours),
      }));
      const plannedHours = [...(planned.get(slot(m.id, week.key))?.values() ?? [])].reduce((a, p) => a + p.hours, 0);
      const bookedHours = r2(loggedHours + plannedHours);
      const status = capacityStatus(bookedHours, m.weeklyCapacityHours);
      return {
        week,
        capacityHours: m.weeklyCapacityHours,
        loggedHours: r2(loggedHours),
        plannedHours: r2(plannedHours),
        planned: items,
        bookedHours,
        utilisation: m.weeklyCapacityHours > 0 ? bookedHours / m.weeklyCapacityHours : undefined,
        status,
        message:
          status === "ok"
            ? undefined
            : capacityMessage({ name: m.name, week, bookedHours, capacityHours: m.weeklyCapacityHours, status }),
      };
    }),
  }));
  const warnings = members
    .flatMap((m) =>
      m.weeks.flatMap((w) =>
        w.status === "ok" || !w.message
          ? []
          : [{ memberId: m.memberId, name: m.name, week: w.week, status: w.status, message: w.message }],
      ),
    )
    .sort((a, b) =>
      a.week.monday < b.week.monday ? -1 : a.week.monday > b.week.monday ? 1 : a.name.localeCompare(b.name),
    )
    .map(({ name: _name, ...warning }) => warning);
  return {
    weeks,
    members,
    warnings,
    unallocated: weeks.map((week) => ({ week, hours: r2(unallocated.get(week.key) ?? 0) })),
  };
}
