import type { Locale } from "../../domain/workspace.ts";
import { findUser, updateUser } from "../../store/people-store.ts";
import type { Principal } from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getMe, type Me } from "./get-me.ts";
import { type MemberFigures, updateOwnFigures } from "./update-member.ts";

/** Changes the signed-in person's own name or interface language, and their own capacity and rates. */
export async function updateMe(
  ctx: AppContext,
  principal: Principal,
  input: { name?: string | undefined; locale?: Locale | undefined } & MemberFigures,
): Promise<Me> {
  const { weeklyCapacityHours, costRate, billableRate } = input;
  if (weeklyCapacityHours !== undefined || costRate !== undefined || billableRate !== undefined) {
    await updateOwnFigures(ctx, principal, { weeklyCapacityHours, costRate, billableRate });
  }
  const user = await findUser(ctx.db, principal.userId);
  if (user) {
    await updateUser(ctx.db, {
      ...user,
      name: input.name?.trim() ?? user.name,
      locale: input.locale ?? user.locale,
    });
  }
  return getMe(ctx, principal);
}
