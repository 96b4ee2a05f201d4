import { DomainError, fieldError } from "../../domain/errors.ts";
import { type Actor, type Role, requirePermission } from "../../domain/permissions.ts";
import { countActiveOwners, findMember, type Member, updateMemberRow } from "../../store/people-store.ts";
import { deleteSessionsOfMember } from "../../store/session-store.ts";
import type { AppContext } from "../shared/context.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";

export interface UpdateMemberInput {
  name?: string | undefined;
  role?: Role | undefined;
  status?: "active" | "disabled" | undefined;
  weeklyCapacityHours?: number | undefined;
  costRate?: number | undefined;
  billableRate?: number | undefined;
}

/** A member's own figures: weekly capacity, cost rate and billable rate. */
export type MemberFigures = Pick<UpdateMemberInput, "weeklyCapacityHours" | "costRate" | "billableRate">;

/**
 * Owners change a member's role, capacity, rates, or disable them (their sessions end at once). The workspace always
 * keeps at least one active owner.
 */
export async function updateMember(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateMemberInput,
): Promise<Member> {
  requirePermission(actor, "admin");
  return changeMember(ctx, actor, id, input);
}

/** Anyone who works (owners and members, not viewers) sets their own capacity and rates. */
export async function updateOwnFigures(ctx: AppContext, actor: Actor, figures: MemberFigures): Promise<Member> {
  requirePermission(actor, "write");
  const { weeklyCapacityHours, costRate, billableRate } = figures;
  return changeMember(ctx, actor, actor.memberId, { weeklyCapacityHours, costRate, billableRate });
}

async function changeMember(ctx: AppContext, actor: Actor, id: string, input: UpdateMemberInput): Promise<Member> {
  return transact(ctx, async (trx) => {
    const before = await findMember(trx, actor.workspaceId, id);
    if (!before) throw new DomainError("not_found", "member not found");
    if (input.status === "active" && before.status === "invited") {
      throw fieldError("status", "invite_pending", "an invited member becomes active by accepting the invitation");
    }
    const after: Member = {
      ...before,
      name: input.name?.trim() ?? before.name,
      role: input.role ?? before.role,
      status: input.status ?? before.status,
      weeklyCapacityHours: input.weeklyCapacityHours ?? before.weeklyCapacityHours,
      costRate: input.costRate ?? before.costRate,
      billableRate: input.billableRate ?? before.billableRate,
    };
    const losesOwner =
      before.role === "owner" && before.status === "active" && (after.role !== "owner" || after.status !== "active");
    if (losesOwner && (await countActiveOwners(trx, actor.workspaceId)) <= 1) {
      throw new DomainError("invalid_state", "the workspace must keep at least one active owner", {
        fields: [
          { path: after.role !== "owner" ? "role" : "status", issue: "last_owner", message: "last active owner" },
        ],
      });
    }
    await updateMemberRow(trx, after, ctx.now().toISOString());
    if (after.status === "disabled") await deleteSessionsOfMember(trx, id);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "member.updated",
      entity: "member",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
