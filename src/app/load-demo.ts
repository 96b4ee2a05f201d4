/**
 * The demo workspace, built from the founding story: a Québec web collective, its members and values, the partner
 * agency with the warning from the previous developer, and a few direct clients. Built through the same use-cases a
 * user would call, so it is audited like real data. Later capabilities add their part of the story here.
 */
import { DomainError } from "../domain/errors.ts";
import type { Actor } from "../domain/permissions.ts";
import { isEmptyInstall } from "../store/instance-store.ts";
import { findUserByEmail } from "../store/people-store.ts";
import { addSignal } from "./add-signal.ts";
import type { AppContext } from "./context.ts";
import { createClient } from "./create-client.ts";
import { DEMO_OWNER_EMAIL, foundingStory } from "./demo/founding-story.ts";
import { getMe, type Me } from "./get-me.ts";
import { inviteMember } from "./invite-member.ts";
import { createWorkspaceWithOwner } from "./sign-up.ts";
import type { StartedSession } from "./start-session.ts";
import { updateWorkspace } from "./update-workspace.ts";

export interface LoadDemoInput {
  ip: string | null;
  userAgent: string | null;
  /** The web button only works on an empty install; the CLI may add the demo beside real data. */
  requireEmpty: boolean;
  onProgress?: (step: string, done: number, total: number) => void;
}

export async function loadDemo(ctx: AppContext, input: LoadDemoInput): Promise<{ session: StartedSession; me: Me }> {
  if (input.requireEmpty && !(await isEmptyInstall(ctx.db))) {
    throw new DomainError("invalid_state", "the demo loads only on an empty installation");
  }
  if (await findUserByEmail(ctx.db, DEMO_OWNER_EMAIL)) {
    throw new DomainError("conflict", "the demo workspace is already loaded");
  }
  const { DEMO_CLIENTS, DEMO_OWNER, DEMO_SIGNALS, DEMO_TEAM, DEMO_WORKSPACE } = foundingStory(ctx.now());
  const total = 4;
  const progress = (step: string, done: number) => input.onProgress?.(step, done, total);
  progress("workspace", 0);
  const result = await createWorkspaceWithOwner(ctx, { ...DEMO_OWNER, ip: input.ip, userAgent: input.userAgent });
  const actor: Actor = {
    userId: result.me.user.id,
    memberId: result.me.member.id,
    workspaceId: result.me.workspace.id,
    role: "owner",
  };
  await updateWorkspace(ctx, actor, DEMO_WORKSPACE);
  progress("team", 1);
  for (const member of DEMO_TEAM) await inviteMember(ctx, actor, member);
  progress("clients", 2);
  const clientIds = new Map<string, string>();
  for (const [key, fields] of Object.entries(DEMO_CLIENTS)) {
    clientIds.set(key, (await createClient(ctx, actor, fields)).id);
  }
  progress("signals", 3);
  for (const { client, ...signal } of DEMO_SIGNALS) {
    await addSignal(ctx, actor, clientIds.get(client)!, signal);
  }
  progress("done", total);
  const me = await getMe(ctx, { ...actor, csrfToken: result.session.csrfToken });
  return { session: result.session, me };
}
