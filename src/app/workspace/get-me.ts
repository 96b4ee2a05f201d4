import { DomainError } from "../../domain/errors.ts";
import type { Workspace } from "../../domain/workspace.ts";
import { findMember, findUser, type Member, type User } from "../../store/people-store.ts";
import type { Principal } from "../../store/session-store.ts";
import { findWorkspace } from "../../store/workspace-store.ts";
import type { AppContext } from "../shared/context.ts";
import { twoFactorSetupRequired } from "./two-factor-policy.ts";

export interface Me {
  user: User;
  member: Member;
  workspace: Workspace;
  csrfToken: string | null;
  /** The workspace requires a second factor and this member has none yet: only setting it up is open to them. */
  twoFactorSetupRequired: boolean;
}

/** The signed-in person, their membership and workspace. */
export async function getMe(ctx: AppContext, principal: Principal): Promise<Me> {
  const [user, member, workspace, setupRequired] = await Promise.all([
    findUser(ctx.db, principal.userId),
    findMember(ctx.db, principal.workspaceId, principal.memberId),
    findWorkspace(ctx.db, principal.workspaceId),
    twoFactorSetupRequired(ctx, principal),
  ]);
  if (!user || !member || !workspace) throw new DomainError("unauthenticated", "session no longer valid");
  return { user, member, workspace, csrfToken: principal.csrfToken, twoFactorSetupRequired: setupRequired };
}
