/**
 * Formal notices as records: the user records the notice sent (date, cure delay, how it was sent, the breach and the
 * overdue invoices it demands), Mandat generates its letter in the client's language under the contract's governing
 * law, and the notice can be read as a PDF. The exit links it by id; its letter cites it only once the delay has run.
 */
import { DomainError, fieldError } from "../../domain/errors.ts";
import { exitRuleSet } from "../../domain/exit/check-exit.ts";
import {
  type FormalNotice,
  type FormalNoticeMethod,
  renderFormalNoticeLetter,
  validateFormalNotice,
} from "../../domain/exit/formal-notice.ts";
import type { Lang } from "../../domain/health/localized.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { renderPdf } from "../../pdf/render-pdf.ts";
import { openInvoicesOfClient } from "../../store/decision-store.ts";
import { openOffersOfClient } from "../../store/exit-facts-store.ts";
import { findFormalNotice, insertFormalNotice, listFormalNoticesOfClient } from "../../store/formal-notice-store.ts";
import { findMember } from "../../store/people-store.ts";
import type { AppContext } from "../shared/context.ts";
import { letterParties } from "../shared/document-parties.ts";
import { getClientRecord, getWorkspaceRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { transact } from "../shared/transact.ts";
import { exitLaw } from "./exit-facts.ts";

export interface RecordFormalNoticeInput {
  sentOn: string;
  cureDays: number;
  method: FormalNoticeMethod;
  breach: string;
  /** Overdue invoices of the client the notice demands payment of. */
  invoiceIds?: string[] | undefined;
  exitId?: string | undefined;
  lang?: Lang | undefined;
}

/** Records a formal notice sent to a client, with its generated letter. */
export async function recordFormalNotice(
  ctx: AppContext,
  actor: Actor,
  clientId: string,
  input: RecordFormalNoticeInput,
): Promise<FormalNotice> {
  requirePermission(actor, "write");
  const [workspace, client, offers, open, me] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getClientRecord(ctx.db, actor.workspaceId, clientId),
    openOffersOfClient(ctx.db, actor.workspaceId, clientId),
    openInvoicesOfClient(ctx.db, actor.workspaceId, clientId),
    findMember(ctx.db, actor.workspaceId, actor.memberId),
  ]);
  const invoices = (input.invoiceIds ?? []).map((invoiceId, i) => {
    const found = open.find((inv) => inv.id === invoiceId);
    if (!found) throw fieldError(`invoiceIds.${i}`, "not_found", "not an unpaid invoice of this client");
    return found;
  });
  validateFormalNotice({ cureDays: input.cureDays, breach: input.breach, invoices });
  const lang = input.lang ?? client.language;
  const ruleSet = exitRuleSet(exitLaw(client, workspace, offers).jurisdiction);
  const notice: FormalNotice = {
    id: ctx.newId(),
    clientId,
    ...(input.exitId ? { exitId: input.exitId } : {}),
    sentOn: input.sentOn,
    cureDays: input.cureDays,
    method: input.method,
    lang,
    breach: input.breach.trim(),
    invoices: invoices.map((i) => ({ id: i.id, number: i.number, balance: i.balance, dueDate: i.dueDate })),
    ruleSet,
    letter: renderFormalNoticeLetter({
      lang,
      ruleSet,
      currency: workspace.currency,
      sentOn: input.sentOn,
      cureDays: input.cureDays,
      breach: input.breach,
      invoices,
      provider: { name: workspace.legalName || workspace.name, signatory: me?.name ?? workspace.name },
      client: { name: client.legalName || client.name },
    }),
    createdAt: ctx.now().toISOString(),
  };
  await transact(ctx, async (trx) => {
    await insertFormalNotice(trx, actor.workspaceId, notice);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: "formal_notice.recorded",
      entity: "formal_notice",
      entityId: notice.id,
      after: notice,
    });
  });
  return notice;
}

export async function listFormalNotices(ctx: AppContext, actor: Actor, clientId: string) {
  requirePermission(actor, "read");
  await getClientRecord(ctx.db, actor.workspaceId, clientId);
  return listFormalNoticesOfClient(ctx.db, actor.workspaceId, clientId);
}

export async function getFormalNotice(ctx: AppContext, actor: Actor, id: string): Promise<FormalNotice> {
  requirePermission(actor, "read");
  const notice = await findFormalNotice(ctx.db, actor.workspaceId, id);
  if (!notice) throw new DomainError("not_found", "formal notice not found");
  return notice;
}

const DELIVERY: Record<FormalNoticeMethod, { fr: string; en: string }> = {
  registered_mail: { fr: "Par courrier recommandé", en: "By registered mail" },
  bailiff: { fr: "Par huissier", en: "By bailiff" },
  email: { fr: "Par courriel", en: "By e-mail" },
  hand_delivery: { fr: "Remise en main propre", en: "By hand" },
};

/** The notice's letter as a PDF, dated the day it was sent, with how it was sent. */
export async function renderFormalNoticePdf(ctx: AppContext, actor: Actor, id: string) {
  const notice = await getFormalNotice(ctx, actor, id);
  const [workspace, client] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getClientRecord(ctx.db, actor.workspaceId, notice.clientId),
  ]);
  const bytes = await renderPdf({
    kind: "letter",
    input: {
      lang: notice.lang,
      ...letterParties(workspace, client, notice.lang),
      date: notice.sentOn,
      ...(workspace.address.city ? { place: workspace.address.city } : {}),
      delivery: DELIVERY[notice.method][notice.lang],
      subject: notice.letter.subject,
      paragraphs: notice.letter.paragraphs,
      generatedAt: ctx.now().toISOString(),
    },
  });
  return { bytes, filename: `mise-en-demeure-${id.slice(0, 8)}.pdf` };
}
