/**
 * The demo workspace, built from the founding story: a Québec web collective, its members and values, the partner
 * agency with the warning from the previous developer, a few direct clients, and the two offers to the agency (the
 * first signed and delivered, the second signed a week before the trouble). Built through the same use-cases a user
 * and a client would call, each step on its own day, so the audit trail tells the story in order. Later
 * capabilities add their part of the story here.
 */
import { DomainError } from "../../domain/errors.ts";
import type { Actor } from "../../domain/permissions.ts";
import { isEmptyInstall } from "../../store/instance-store.ts";
import { findUserByEmail } from "../../store/people-store.ts";
import { addSignal } from "../clients/add-signal.ts";
import { createClient } from "../clients/create-client.ts";
import { refreshClientHealth } from "../health/client-health.ts";
import { getMandate, recordDelivery, updateMandate } from "../mandates/mandate-work.ts";
import { createOffer } from "../offers/create-offer.ts";
import { estimateOffer } from "../offers/estimate-offer.ts";
import { getOffer } from "../offers/get-offer.ts";
import { sendOffer } from "../offers/send-offer.ts";
import { signPortalOffer } from "../portal/portal-offer.ts";
import type { AppContext } from "../shared/context.ts";
import { transact } from "../shared/transact.ts";
import { acceptInvite } from "../workspace/accept-invite.ts";
import { getMe, type Me } from "../workspace/get-me.ts";
import { inviteMember } from "../workspace/invite-member.ts";
import { createWorkspaceWithOwner } from "../workspace/sign-up.ts";
import { type StartedSession, startSession } from "../workspace/start-session.ts";
import { updateMember } from "../workspace/update-member.ts";
import { updateWorkspace } from "../workspace/update-workspace.ts";
import { DEMO_OWNER_EMAIL, DEMO_PASSWORD, foundingStory } from "./founding-story.ts";
import { SECOND_OFFER_ESTIMATES, storyOffers } from "./founding-story-offers.ts";
import { playExitStory } from "./play-exit-story.ts";
import { playInvoiceStory } from "./play-invoice-story.ts";
import { playScopeStory } from "./play-scope-story.ts";

export interface LoadDemoInput {
  ip: string | null;
  userAgent: string | null;
  /** The web button only works on an empty install; the CLI may add the demo beside real data. */
  requireEmpty: boolean;
  onProgress?: (step: string, done: number, total: number) => void;
}

const DAY = 86_400_000;

export async function loadDemo(ctx: AppContext, input: LoadDemoInput): Promise<{ session: StartedSession; me: Me }> {
  if (input.requireEmpty && !(await isEmptyInstall(ctx.db))) {
    throw new DomainError("invalid_state", "the demo loads only on an empty installation");
  }
  if (await findUserByEmail(ctx.db, DEMO_OWNER_EMAIL)) {
    throw new DomainError("conflict", "the demo workspace is already loaded");
  }
  const today = ctx.now();
  /** The context as it was `daysAgo` days ago (each call a little later, so events keep their order). */
  let tick = 0;
  const on = (daysAgo: number): AppContext => {
    const at = new Date(today.getTime() - daysAgo * DAY + tick++ * 1000);
    return { ...ctx, now: () => at };
  };
  const day = (daysAgo: number) => new Date(today.getTime() - daysAgo * DAY).toISOString().slice(0, 10);
  const story = foundingStory(today);
  const steps = [
    "workspace",
    "team",
    "clients",
    "first offer",
    "second offer",
    "delivery",
    "feedback lists",
    "signals",
    "decision",
  ];
  const progress = (i: number) => input.onProgress?.(steps[i] ?? "done", i, steps.length);

  progress(0);
  const created = await createWorkspaceWithOwner(on(60), {
    ...story.DEMO_OWNER,
    ip: input.ip,
    userAgent: input.userAgent,
  });
  const actor: Actor = {
    userId: created.me.user.id,
    memberId: created.me.member.id,
    workspaceId: created.me.workspace.id,
    role: "owner",
  };
  await updateWorkspace(on(60), actor, story.DEMO_WORKSPACE);
  await updateMember(on(60), actor, actor.memberId, story.DEMO_OWNER_FIGURES);

  progress(1);
  const memberIds = new Map<string, string>([[DEMO_OWNER_EMAIL, actor.memberId]]);
  for (const member of story.DEMO_TEAM) {
    const { member: m, inviteUrl } = await inviteMember(on(60), actor, member);
    memberIds.set(m.email, m.id);
    const token = inviteUrl.split("/invite/")[1]!;
    await acceptInvite(on(59), { token, name: member.name, password: DEMO_PASSWORD, ip: null, userAgent: null });
  }

  progress(2);
  const clientIds = new Map<string, string>();
  for (const [key, fields] of Object.entries(story.DEMO_CLIENTS)) {
    clientIds.set(key, (await createClient(on(60), actor, fields)).id);
  }
  /** Records the story's signals dated between `newest` and `oldest` days ago, each on its own day. */
  const signalsBetween = async (newest: number, oldest: number) => {
    for (const { client: key, ...signal } of story.DEMO_SIGNALS) {
      const daysAgo = Math.round((today.getTime() - Date.parse(`${signal.occurredOn}T12:00:00Z`)) / DAY);
      if (daysAgo >= newest && daysAgo <= oldest) await addSignal(on(daysAgo), actor, clientIds.get(key)!, signal);
    }
  };
  await signalsBetween(57, 365);
  const agency = clientIds.get("agency")!;
  const client = { ip: "203.0.113.24", userAgent: "Mozilla/5.0 (Macintosh) Safari/17" };
  const offers = storyOffers(day);

  progress(3);
  const first = await createOffer(on(58), actor, { clientId: agency, ...offers.first });
  const firstSent = await sendOffer(on(58), actor, first.id);
  await signPortalOffer(on(57), firstSent.portalUrl.split("/portal/")[1]!, client, {
    signerName: "Marc-Antoine Pelletier",
    consent: true,
  });

  progress(4);
  const second = await createOffer(on(40), actor, { clientId: agency, ...offers.second });
  const deliverables = second.content.deliverables;
  for (const [email, rows] of Object.entries(SECOND_OFFER_ESTIMATES)) {
    await estimateOffer(on(38), actor, second.id, {
      memberId: memberIds.get(email),
      items: rows.map(([optimistic, likely, pessimistic], i) => ({
        deliverableId: deliverables[i]!.id,
        optimistic,
        likely,
        pessimistic,
      })),
    });
  }
  const secondSent = await sendOffer(on(35), actor, second.id);
  await signPortalOffer(on(31), secondSent.portalUrl.split("/portal/")[1]!, client, {
    signerName: "Marc-Antoine Pelletier",
    consent: true,
  });

  await signalsBetween(30, 56);

  progress(5);
  const mandateId = (await getOffer(ctx, actor, first.id)).mandateId!;
  const mandate = await getMandate(ctx, actor, mandateId);
  await updateMandate(on(24), actor, mandateId, {
    checklist: mandate.checklist.map((i) => ({ id: i.id, done: true })),
  });
  await recordDelivery(on(24), actor, mandateId, {
    date: day(24),
    note: "Contenu intégré selon l'offre : 8 pages, galerie, menu et vérification mobile.",
  });

  progress(6);
  await playScopeStory({
    ctx,
    on,
    day,
    actor,
    members: {
      camille: memberIds.get("camille@collectif-web.demo")!,
      jeremie: memberIds.get("jeremie@collectif-web.demo")!,
    },
    firstMandateId: mandateId,
    firstOfferId: first.id,
    secondMandateId: (await getOffer(ctx, actor, second.id)).mandateId!,
    client,
  });

  await playInvoiceStory({
    ctx,
    on,
    actor,
    agencyId: agency,
    firstOfferId: first.id,
    secondOfferId: second.id,
    secondSignedDaysAgo: 31,
    deliveredDaysAgo: 24,
  });

  progress(7);
  await signalsBetween(0, 29);

  progress(8);
  await playExitStory({ on, day, actor, agencyId: agency });
  progress(steps.length);
  // Each step scored its client as of its own day; the list shows them as of today.
  await transact(ctx, (trx) => refreshClientHealth(ctx, trx, { workspaceId: actor.workspaceId, clientIds: "all" }));

  const session = await transact(ctx, (trx) =>
    startSession(ctx, trx, {
      userId: actor.userId,
      memberId: actor.memberId,
      workspaceId: actor.workspaceId,
      ip: input.ip,
      userAgent: input.userAgent,
    }),
  );
  const me = await getMe(ctx, { ...actor, csrfToken: session.csrfToken });
  return { session, me };
}
