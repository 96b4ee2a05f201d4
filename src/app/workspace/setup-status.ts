/**
 * The first-run guide and the day's to-do, from the records themselves: each setup step is done when the data it
 * asks for is there (never a flag the user ticks), and the counts of what waits for someone today.
 */
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { listMembers } from "../../store/people-store.ts";
import { countToday, type TodayCounts } from "../../store/setup-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getWorkspaceRecord } from "../shared/load-records.ts";
import { studioToday } from "../shared/studio-day.ts";

export const SETUP_STEPS = ["identity", "team", "values", "payment", "email"] as const;
export type SetupStepId = (typeof SETUP_STEPS)[number];

export interface SetupStatus {
  steps: { id: SetupStepId; done: boolean }[];
  /** The studio's today (its time zone). */
  today: string;
  todo: TodayCounts;
}

const filled = (value: unknown) => typeof value === "string" && value.trim().length > 0;

export async function setupStatus(ctx: AppContext, actor: Actor): Promise<SetupStatus> {
  requirePermission(actor, "read");
  const workspace = await getWorkspaceRecord(ctx.db, actor.workspaceId);
  const today = studioToday(ctx, workspace);
  const [members, todo] = await Promise.all([
    listMembers(ctx.db, actor.workspaceId),
    countToday(ctx.db, actor.workspaceId, today),
  ]);
  const working = members.filter((m) => m.status === "active");
  const done: Record<SetupStepId, boolean> = {
    // Who the studio is on its documents: legal name, address and at least one tax registration.
    identity:
      filled(workspace.legalName) && filled(workspace.address.line1) && Object.values(workspace.taxIds).some(filled),
    // Each working member's billable rate and weekly capacity (goodwill value, change-order dates, capacity).
    team: working.length > 0 && working.every((m) => m.billableRate > 0 && m.weeklyCapacityHours > 0),
    // The values the continue / renegotiate / stop worksheet weighs.
    values: workspace.values.length > 0,
    // How clients pay, printed on invoices and shown in the portal.
    payment: Object.values(workspace.paymentInstructions ?? {}).some(filled),
    // Outgoing e-mail (SMTP_URL): without it, messages wait in the outbox to be copied.
    email: ctx.mailer !== undefined,
  };
  return { steps: SETUP_STEPS.map((id) => ({ id, done: done[id] })), today, todo };
}
