/**
 * The calendar day "today" is for a studio: its own time zone's day (`workspaceTimeZone`), not UTC's. An invoice
 * issued at 21:00 in Québec is dated that day, not the next (which at a year's end would move it into the next tax
 * year); an invoice due today is not overdue until the studio's day is over; letters, replies and interest are dated
 * and counted by the same day.
 */
import { localDate } from "../../domain/time/local-date.ts";
import type { Workspace } from "../../domain/workspace.ts";
import { workspaceTimeZone } from "../time/time-context.ts";
import type { AppContext } from "./context.ts";
import { getWorkspaceRecord } from "./load-records.ts";

/** The studio's day at an instant (ISO 8601). */
export function studioDay(instant: string, workspace: Pick<Workspace, "jurisdiction">): string {
  return localDate({ instant, timeZone: workspaceTimeZone(workspace) });
}

/** Today for this studio. */
export function studioToday(ctx: Pick<AppContext, "now">, workspace: Pick<Workspace, "jurisdiction">): string {
  return studioDay(ctx.now().toISOString(), workspace);
}

/** Today for the studio of this workspace (one read of the workspace, through `db` inside a transaction). */
export async function studioTodayOf(
  ctx: AppContext,
  workspaceId: string,
  db: AppContext["db"] = ctx.db,
): Promise<string> {
  return studioToday(ctx, await getWorkspaceRecord(db, workspaceId));
}

/**
 * The scheduler's today, for work it claims across every studio at once (reminders due, overdue notices, retainers
 * to close): the day in the westmost time zone a studio can have (America/Vancouver, UTC−8 or −7), which every
 * studio's own day has already reached. A step due on a day is thus never taken before that day has begun where the
 * studio is — only some hours after it began, for studios east of Vancouver.
 */
export function schedulerToday(ctx: Pick<AppContext, "now">): string {
  return localDate({ instant: ctx.now().toISOString(), timeZone: "America/Vancouver" });
}
