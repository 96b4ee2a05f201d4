/**
 * Sending the termination letter follows the exit's state: never from a draft (its checks may still fail and its
 * letter may still change), only once the plan is ready (the letter is frozen) or after it was executed. The message
 * goes through the outbox (sent by SMTP, or kept for the user without it) and the sending is audited; the exit view
 * lists every sending (`sentLetters`).
 */
import type { Kysely } from "kysely";
import { DomainError } from "../../domain/errors.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import type { OutboxMessage } from "../../store/outbox-store.ts";
import type { Database } from "../../store/schema.ts";
import type { AppContext } from "../shared/context.ts";
import { clientEmail } from "../shared/document-parties.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { deliverMessages, queueMessage } from "../shared/send-messages.ts";
import { studioTodayOf } from "../shared/studio-day.ts";
import { transact } from "../shared/transact.ts";
import { exitLetter, getExit } from "./exits.ts";

type Letter = Awaited<ReturnType<typeof exitLetter>>;

/**
 * Refuses to send a draft's or an abandoned exit's letter, naming the blocking checks that fail; and a letter never
 * given before whose date (the plan's notice day, from which its text counts the notice) has passed: sent later, it
 * would give less notice than it says. Copies of a letter already given (sent, or kept to send by hand) may follow.
 */
export async function requireLetterSendable(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const exit = await getExit(ctx, actor, id);
  if (exit.status === "ready" || exit.status === "executed") {
    const given = exit.sentLetters.some((m) => m.status !== "failed");
    const today = await studioTodayOf(ctx, actor.workspaceId);
    if (!given && today > exit.plan.noticeDate)
      throw new DomainError(
        "invalid_state",
        exit.status === "ready"
          ? "the letter is dated its notice day, which has passed: sent now it would give less notice than it says; reopen the plan and date it again"
          : "the letter is dated its notice day, which has passed, and an executed exit cannot be dated again: write a new letter",
        { exitStatus: exit.status, letterDate: exit.plan.noticeDate, today },
      );
    return;
  }
  const failing = (exit.checks?.checks ?? []).filter((c) => c.severity === "blocking" && !c.passed).map((c) => c.code);
  throw new DomainError(
    "invalid_state",
    exit.status === "draft"
      ? failing.length > 0
        ? "a blocking check fails; the letter cannot be sent"
        : "mark the plan ready before sending the letter (it is frozen then)"
      : "the exit was abandoned; its letter cannot be sent",
    { exitStatus: exit.status, checks: failing },
  );
}

/** Writes the letter into the outbox and audits the sending, in the caller's transaction. */
export async function queueExitLetter(
  ctx: AppContext,
  trx: Kysely<Database>,
  input: { actor: Actor; exitId: string; letter: Letter },
): Promise<OutboxMessage> {
  const { actor, letter } = input;
  const queued = await queueMessage(ctx, trx, {
    workspaceId: actor.workspaceId,
    kind: "termination_letter",
    to: clientEmail(letter.client),
    subject: letter.subject,
    body: letter.paragraphs.join("\n\n"),
    entity: "exit",
    entityId: input.exitId,
  });
  await recordAudit(ctx, trx, {
    workspaceId: actor.workspaceId,
    actorMemberId: actor.memberId,
    action: "exit.letter_sent",
    entity: "exit",
    entityId: input.exitId,
    after: { messageId: queued.id, subject: letter.subject, lang: letter.lang, to: queued.to, status: queued.status },
  });
  return queued;
}

/** Sends the termination letter to the client by e-mail, or keeps it in the outbox without SMTP. */
export async function sendExitLetter(ctx: AppContext, actor: Actor, id: string, lang?: "fr" | "en") {
  requirePermission(actor, "write");
  await requireLetterSendable(ctx, actor, id);
  const letter = await exitLetter(ctx, actor, id, lang);
  const message = await transact(ctx, (trx) => queueExitLetter(ctx, trx, { actor, exitId: id, letter }));
  const [delivered] = await deliverMessages(ctx, [message]);
  return delivered!;
}
