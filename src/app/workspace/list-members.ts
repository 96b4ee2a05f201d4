import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { listMembers as listMemberRows, type Member } from "../../store/people-store.ts";
import type { AppContext } from "../shared/context.ts";

export async function listMembers(ctx: AppContext, actor: Actor): Promise<Member[]> {
  requirePermission(actor, "read");
  return listMemberRows(ctx.db, actor.workspaceId);
}
