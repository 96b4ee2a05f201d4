/**
 * The spreading rule of team capacity. For one piece of work (an active mandate or an approved change order):
 *
 * 1. remaining = estimated hours − hours already logged on it (never below 0);
 * 2. it is spread evenly over the working days (Monday to Friday; public holidays are not known here) from
 *    max(today, start date) to the delivery date, both included; a week therefore receives a share proportional to
 *    its working days in that span (a full week 5 shares, the current week only the days left, today included);
 * 3. each day's share is split equally among the members assigned to the work, or, when none is assigned, among
 *    all members with a weekly capacity above 0;
 * 4. work already late (delivery date before max(today, start), or no working day in the span) is booked entirely
 *    on the first working day from max(today, start): it is owed now;
 * 5. with nobody to split it among (none assigned, nobody with capacity) the hours are returned unallocated.
 *
 * Hours stay unrounded here; the capacity table rounds its sums to the hundredth.
 */
import { epochDay, fromEpochDay } from "../calendar-date.ts";
import { weekdayOfEpochDay } from "../time/iso-week.ts";

/** One member's share of a piece of work on one day (`memberId` undefined: nobody to give it to). */
export interface DailyShare {
  memberId: string | undefined;
  date: string;
  hours: number;
}

/** Input of {@link spreadRemainingHours}. */
export interface SpreadRemainingHoursInput {
  today: string;
  startDate: string;
  deliveryDate: string;
  estimatedHours: number;
  loggedMinutes: number;
  /** Assigned members who exist in the team (already filtered by the caller). */
  assignedMemberIds: readonly string[];
  /** Members with a weekly capacity above 0, used when nobody is assigned. */
  membersWithCapacity: readonly string[];
  /** Last day of interest (the end of the horizon); shares after it are not returned. */
  until: string;
}

/** Daily shares of a piece of work's remaining hours, from max(today, start) up to `until` (see the module rule). */
export function spreadRemainingHours(input: SpreadRemainingHoursInput): DailyShare[] {
  const remaining = Math.max(0, input.estimatedHours - input.loggedMinutes / 60);
  if (remaining <= 1e-9) return [];
  const first = Math.max(epochDay(input.today, "today"), epochDay(input.startDate, "startDate"));
  const delivery = epochDay(input.deliveryDate, "deliveryDate");
  const until = epochDay(input.until, "until");
  const people: (string | undefined)[] =
    input.assignedMemberIds.length > 0
      ? [...input.assignedMemberIds]
      : input.membersWithCapacity.length > 0
        ? [...input.membersWithCapacity]
        : [undefined];
  let workingDays = 0;
  for (let d = first; d <= delivery; d++) if (weekdayOfEpochDay(d) < 5) workingDays += 1;
  const days: number[] = [];
  if (workingDays === 0) {
    let d = first;
    while (weekdayOfEpochDay(d) >= 5) d += 1;
    days.push(d);
  } else {
    for (let d = first; d <= Math.min(delivery, until); d++) if (weekdayOfEpochDay(d) < 5) days.push(d);
  }
  const share = remaining / Math.max(1, workingDays) / people.length;
  return days
    .filter((d) => d <= until)
    .flatMap((d) => people.map((memberId) => ({ memberId, date: fromEpochDay(d), hours: share })));
}
