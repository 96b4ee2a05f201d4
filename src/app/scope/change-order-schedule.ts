/**
 * The delivery date a change order proposes, from the team's capacity: the mandate's remaining estimated hours
 * (the signed offer's estimates less the time logged) plus the hours added, spread over the active members' weekly
 * capacity from today (`proposeDeliveryDate`). Shared by building a change order and by re-proposing a draft's date
 * after its hours were edited.
 */
import type { Kysely } from "kysely";
import { type ProposedDelivery, proposeDeliveryDate } from "../../domain/change-order/propose-delivery-date.ts";
import type { SignedOffer } from "../../domain/offer/offer.ts";
import { listMembers } from "../../store/people-store.ts";
import type { Database } from "../../store/schema.ts";
import { sumMinutesOfMandate } from "../../store/time-store.ts";

/** Hours per week assumed for the author when no member has a capacity set yet (a solo freelancer's first days). */
export const DEFAULT_WEEKLY_HOURS = 35;

function teamOrDefault(
  members: readonly { id: string; status: string; weeklyCapacityHours: number }[],
  authorId: string,
) {
  const team = members
    .filter((m) => m.status === "active" && m.weeklyCapacityHours > 0)
    .map((m) => ({ memberId: m.id, weeklyAvailableHours: m.weeklyCapacityHours }));
  return team.length > 0 ? team : [{ memberId: authorId, weeklyAvailableHours: DEFAULT_WEEKLY_HOURS }];
}

export interface ProposeChangeOrderScheduleInput {
  workspaceId: string;
  mandateId: string;
  offer: Pick<SignedOffer, "content">;
  /** Hours the change order adds. */
  addedHours: number;
  /** Today, `YYYY-MM-DD` (from the app's clock). */
  from: string;
  /** Who builds the change order (the team when nobody has a capacity set). */
  authorId: string;
}

/** Proposes the new delivery date and the delay for a change order adding `addedHours` to the mandate. */
export async function proposeChangeOrderSchedule(
  trx: Kysely<Database>,
  input: ProposeChangeOrderScheduleInput,
): Promise<ProposedDelivery> {
  const [members, logged] = await Promise.all([
    listMembers(trx, input.workspaceId),
    sumMinutesOfMandate(trx, input.workspaceId, input.mandateId),
  ]);
  const estimated = input.offer.content.deliverables.reduce((h, d) => h + (d.estimatedHours ?? 0), 0);
  return proposeDeliveryDate({
    from: input.from,
    currentDeliveryDate: input.offer.content.deliveryDate,
    remainingHours: Math.max(0, estimated - logged / 60),
    addedHours: input.addedHours,
    team: teamOrDefault(members, input.authorId),
  });
}
