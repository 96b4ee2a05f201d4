/**
 * Recurring invoices made by themselves, in two phases any number of server processes may run at once:
 * 1. claim: active templates whose next period has begun are claimed in one transaction (`FOR UPDATE SKIP LOCKED` on
 *    PostgreSQL, SQLite's single writer) that records the period's run under its unique key (template, period), makes
 *    the draft with the period in its lines (in the client's language), issues it when the template says so — its
 *    number from the gap-free series in that same transaction — and moves the template to its next period. A crash
 *    before commit leaves nothing; after, the period is made and never again. After a downtime every missed period is
 *    made, each once, in order.
 * 2. send: an issued run's invoice is e-mailed through `sendInvoice` under the outbox key
 *    `recurring:<template>:<period>`, so a second process or a retry after a crash cannot write it twice; a message
 *    left pending by a process that died before handing it to SMTP is reported on the run, not sent again.
 * Drafting or issuing refused by the rules (a closed client, a missing tax number) is recorded on the run: a draft the
 * studio can fix, or a failed period; the schedule goes on.
 * 3. close: an ended retainer whose last invoiced period is over is claimed the same way for its closing run (its own
 *    key in the runs' unique constraint): one draft billing the overage of the time no next invoice will consume, or
 *    nothing when that time stayed within the allowance.
 */

import { DomainError } from "../../domain/errors.ts";
import { CLOSING_RUN_INDEX, type RunStatus } from "../../domain/invoice/recurring-lifecycle.ts";
import { periodExists, periodLabel, periodStart, recurringPeriod } from "../../domain/invoice/recurring-period.ts";
import {
  retainerCoveredDetail,
  retainerLine,
  retainerOverageLine,
  retainerUsage,
} from "../../domain/invoice/retainer-usage.ts";
import type { Actor } from "../../domain/permissions.ts";
import { reserveTimeEntries } from "../../store/invoice-source-store.ts";
import {
  claimClosingRetainers,
  claimDueRecurring,
  findKeyedMessage,
  findRecurring,
  insertRun,
  invoicedRuns,
  type RecurringRun,
  type RecurringTemplate,
  retainerMinutes,
  retainerPeriodEntries,
  runsToSend,
  saveRecurring,
  updateRun,
  withSavepoint,
} from "../../store/recurring-store.ts";
import { isUniqueViolation } from "../../store/store-errors.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { schedulerToday } from "../shared/studio-day.ts";
import { inTransaction, transact } from "../shared/transact.ts";
import { createInvoiceDraft } from "./invoice-drafts.ts";
import { issueInvoiceById } from "./issue-invoice.ts";
import { sendInvoice } from "./send-invoice.ts";

/** How long a run's message may stay pending before its process is presumed dead. */
const SENDING_LEASE_MS = 10 * 60_000;

export interface DueRecurringOptions {
  /** Templates claimed per transaction. */
  batchSize?: number;
  /** Called after each claimed batch is committed, before sending (tests simulate a crash here). */
  afterClaim?: (made: readonly RecurringRun[]) => void | Promise<void>;
}

export interface DueRecurringResult {
  /** Periods made (drafts and issued invoices). */
  made: number;
  issued: number;
  sent: number;
  failed: number;
}

/** The scheduler makes a template's invoices on behalf of the member who set it up. */
function templateActor(t: RecurringTemplate): Actor {
  return { userId: "scheduler", memberId: t.createdBy, workspaceId: t.workspaceId, role: "member" };
}

const messageKey = (run: Pick<RecurringRun, "templateId" | "periodIndex">) =>
  `recurring:${run.templateId}:${run.periodIndex}`;

export async function runDueRecurring(
  base: AppContext,
  now: Date,
  options: DueRecurringOptions = {},
): Promise<DueRecurringResult> {
  const ctx: AppContext = { ...base, now: () => now };
  const result: DueRecurringResult = { made: 0, issued: 0, sent: 0, failed: 0 };
  const batchSize = options.batchSize ?? 20;
  for (let round = 0; round < 1000; round++) {
    const made = await claimBatch(ctx, batchSize);
    if (made.length === 0) break;
    result.made += made.filter((r) => r.invoiceId).length;
    result.issued += made.filter((r) => r.status === "to_send").length;
    result.failed += made.filter((r) => r.status === "failed").length;
    await options.afterClaim?.(made);
    const s = await sendDue(ctx, batchSize);
    result.sent += s.sent;
    result.failed += s.failed;
  }
  for (let round = 0; round < 1000; round++) {
    const closed = await claimClosingBatch(ctx, batchSize);
    if (closed.length === 0) break;
    result.made += closed.filter((r) => r.invoiceId).length;
    result.failed += closed.filter((r) => r.status === "failed").length;
  }
  // Sendings a previous tick (or a crashed process) left to do.
  const s = await sendDue(ctx, batchSize);
  result.sent += s.sent;
  result.failed += s.failed;
  return result;
}

/** Makes one period of each claimed template (a template behind by several periods is claimed again). */
async function claimBatch(ctx: AppContext, limit: number): Promise<RecurringRun[]> {
  const at = ctx.now().toISOString();
  const today = schedulerToday(ctx);
  return transact(ctx, async (trx) => {
    const templates = await claimDueRecurring(trx, ctx.engine, { today, limit });
    const made: RecurringRun[] = [];
    for (const t of templates) {
      const rule = { anchor: t.anchorDate, frequency: t.frequency, endDate: t.endDate };
      const period = recurringPeriod(rule, t.nextIndex);
      const run = await recordRun(inTransaction(ctx, trx), t, period, "recurring_invoice.period_made", (c) =>
        makeInvoice(c, t, period),
      );
      if (run) made.push(run);
      const next = t.nextIndex + 1;
      const more = periodExists(rule, next);
      await saveRecurring(trx, {
        ...t,
        nextIndex: next,
        nextRunOn: more ? periodStart(rule, next) : null,
        status: more ? t.status : "ended",
        updatedAt: at,
      });
    }
    return made;
  });
}

/**
 * Records a run under its unique key and makes its invoice with `make`, in the claiming transaction; undefined when
 * another process recorded that key first.
 */
async function recordRun(
  ctx: AppContext,
  t: RecurringTemplate,
  period: { index: number; start: string; end: string },
  action: string,
  make: (ctx: AppContext) => Promise<Pick<RecurringRun, "invoiceId" | "status" | "error">>,
): Promise<RecurringRun | undefined> {
  const at = ctx.now().toISOString();
  const run: RecurringRun = {
    id: ctx.newId(),
    workspaceId: t.workspaceId,
    templateId: t.id,
    periodIndex: period.index,
    periodStart: period.start,
    periodEnd: period.end,
    invoiceId: null,
    status: "failed",
    error: null,
    outboxId: null,
    createdAt: at,
    updatedAt: at,
  };
  if (!(await insertRun(ctx.db, run))) return undefined;
  Object.assign(run, await make(ctx));
  await updateRun(ctx.db, run.id, { status: run.status, error: run.error, invoiceId: run.invoiceId }, at);
  await recordAudit(ctx, ctx.db, {
    workspaceId: t.workspaceId,
    actorMemberId: null,
    action,
    entity: "recurring_invoice",
    entityId: t.id,
    after: { period, invoiceId: run.invoiceId, status: run.status, error: run.error },
  });
  return run;
}

/**
 * Closes ended retainers whose last invoiced period is over: each gets one closing run (its own key), whose draft —
 * always a draft, to review — consumes the time no next invoice will and bills its overage in the client's language.
 */
async function claimClosingBatch(ctx: AppContext, limit: number): Promise<RecurringRun[]> {
  const today = schedulerToday(ctx);
  return transact(ctx, async (trx) => {
    const made: RecurringRun[] = [];
    for (const t of await claimClosingRetainers(trx, ctx.engine, { today, limit })) {
      const runs = await invoicedRuns(trx, t.workspaceId, t.id, t.nextIndex);
      const last = runs[runs.length - 1];
      const period = {
        index: CLOSING_RUN_INDEX,
        start: last?.periodStart ?? today,
        end: last?.periodEnd ?? today,
      };
      const run = await recordRun(inTransaction(ctx, trx), t, period, "recurring_invoice.retainer_closed", (c) =>
        makeClosingInvoice(c, t),
      );
      if (run) made.push(run);
    }
    return made;
  });
}

/** The closing draft: the overage lines of the unconsumed time, the covered periods said under the first. */
async function makeClosingInvoice(
  ctx: AppContext,
  t: RecurringTemplate,
): Promise<Pick<RecurringRun, "invoiceId" | "status" | "error">> {
  const trx = ctx.db;
  try {
    const invoiceId = await withSavepoint(trx, "recurring_closing", async () => {
      const client = await getClientRecord(trx, t.workspaceId, t.clientId);
      const consumed = await previousRetainerPeriod(ctx, t, client.language);
      const [first, ...rest] = consumed?.overages ?? [];
      if (!consumed || !first) return null;
      const lines = [{ ...first, detail: [...consumed.covered, first.detail].join("\n") }, ...rest].map((l) => ({
        ...l,
        ...(t.mandateId ? { mandateId: t.mandateId } : {}),
      }));
      const draft = await createInvoiceDraft(ctx, templateActor(t), {
        clientId: t.clientId,
        lines,
        supplyDate: consumed.supplyDate,
        ...(t.content.paymentDays !== undefined ? { paymentDays: t.content.paymentDays } : {}),
        ...(t.content.reference ? { reference: t.content.reference } : {}),
      });
      await reserveTimeEntries(trx, {
        workspaceId: t.workspaceId,
        invoiceId: draft.invoice.id,
        entryIds: consumed.entryIds,
      });
      return draft.invoice.id;
    });
    return invoiceId
      ? { invoiceId, status: "draft", error: null }
      : { invoiceId: null, status: "nothing_to_bill", error: null };
  } catch (err) {
    if (!isRuleRefusal(err)) throw err;
    return { invoiceId: null, status: "failed", error: err.message };
  }
}

/** Whether a refusal comes from the rules (recorded on the run) rather than from the database (retried). */
function isRuleRefusal(err: unknown): err is DomainError {
  return err instanceof DomainError && ["validation", "invalid_state", "not_found", "forbidden"].includes(err.code);
}

/** The period's draft (lines from the template, the period printed under each), issued when the template says so. */
async function makeInvoice(
  ctx: AppContext,
  t: RecurringTemplate,
  period: { start: string; end: string },
): Promise<Pick<RecurringRun, "invoiceId" | "status" | "error">> {
  const actor = templateActor(t);
  const trx = ctx.db;
  let invoiceId: string;
  try {
    invoiceId = await withSavepoint(trx, "recurring_draft", async () => {
      const client = await getClientRecord(trx, t.workspaceId, t.clientId);
      const label = periodLabel(period, client.language);
      const consumed = await previousRetainerPeriod(ctx, t, client.language);
      const lines = [
        ...(t.retainer
          ? [{ ...retainerLine(t.retainer, client.language), detail: [label, ...(consumed?.covered ?? [])].join("\n") }]
          : []),
        ...(consumed?.overages ?? []),
        ...t.content.lines.map((l) => ({ ...l, detail: [label, l.detail].filter(Boolean).join("\n") })),
      ].map((l) => ({ ...l, ...(t.mandateId ? { mandateId: t.mandateId } : {}) }));
      const draft = await createInvoiceDraft(ctx, actor, {
        clientId: t.clientId,
        lines,
        supplyDate: { from: period.start, to: period.end },
        ...(t.content.paymentDays !== undefined ? { paymentDays: t.content.paymentDays } : {}),
        ...(t.content.reference ? { reference: t.content.reference } : {}),
      });
      // The previous period's time is this invoice's: marked invoiced, never offered as billable time again.
      if (consumed)
        await reserveTimeEntries(trx, {
          workspaceId: t.workspaceId,
          invoiceId: draft.invoice.id,
          entryIds: consumed.entryIds,
        });
      return draft.invoice.id;
    });
  } catch (err) {
    if (!isRuleRefusal(err)) throw err;
    return { invoiceId: null, status: "failed", error: err.message };
  }
  if (t.mode === "draft") return { invoiceId, status: "draft", error: null };
  try {
    // Issued the day it is made, the studio's day (a period caught up after a downtime too): numbers follow dates.
    await withSavepoint(trx, "recurring_issue", () => issueInvoiceById(ctx, actor, invoiceId));
    return { invoiceId, status: "to_send", error: null };
  } catch (err) {
    if (!isRuleRefusal(err)) throw err;
    // The number it may have taken is rolled back with the savepoint: the draft waits for the studio.
    return { invoiceId, status: "draft", error: `not issued: ${err.message}` };
  }
}

/**
 * The time a retainer's invoiced periods left un-invoiced, consumed by this invoice: the previous period's (a period
 * skipped by a pause was not covered, its time is billed as time), and any entry logged late into an earlier one. Per
 * period, the hours within the allowance are covered; what this time adds beyond it is an overage line at the
 * retainer's rate — the usage's figure (half-up to the cent) less what earlier invoices billed — under the time's
 * source, so removing the line from the draft frees the entries.
 */
async function previousRetainerPeriod(ctx: AppContext, t: RecurringTemplate, language: "fr" | "en") {
  if (!t.retainer || t.nextIndex === 0) return undefined;
  const terms = t.retainer;
  const runs = await invoicedRuns(ctx.db, t.workspaceId, t.id, t.nextIndex);
  if (runs.length === 0) return undefined;
  const entries = await retainerPeriodEntries(ctx.db, t.workspaceId, {
    clientId: t.clientId,
    mandateId: t.mandateId,
    from: runs[0]!.periodStart,
    to: runs[runs.length - 1]!.periodEnd,
  });
  const periods = [];
  for (const run of runs) {
    const mine = entries.filter((e) => e.date >= run.periodStart && e.date <= run.periodEnd);
    const last = run.periodIndex === t.nextIndex - 1;
    if (mine.length === 0 && !last) continue;
    const used = await retainerMinutes(ctx.db, t.workspaceId, {
      templateId: t.id,
      clientId: t.clientId,
      mandateId: t.mandateId,
      from: run.periodStart,
      to: run.periodEnd,
    });
    if (used === 0 && mine.length === 0) continue;
    const usage = retainerUsage(terms, used, t.currency);
    const before = retainerUsage(terms, used - mine.reduce((sum, e) => sum + e.minutes, 0), t.currency);
    const added = {
      overageMinutes: usage.overageMinutes - before.overageMinutes,
      overageAmount: { ...usage.overageAmount, amount: usage.overageAmount.amount - before.overageAmount.amount },
    };
    const line = retainerOverageLine(terms, added, language);
    const detail = retainerCoveredDetail(
      usage,
      periodLabel({ start: run.periodStart, end: run.periodEnd }, language),
      language,
    );
    periods.push({
      start: run.periodStart,
      end: run.periodEnd,
      detail,
      overage: line && mine.length > 0 ? { ...line, source: { kind: "time" as const, id: mine[0]!.id } } : line,
      entryIds: mine.map((e) => e.id),
    });
  }
  if (periods.length === 0) return undefined;
  return {
    /** The consumed periods, first day to last. */
    supplyDate: { from: periods[0]!.start, to: periods[periods.length - 1]!.end },
    entryIds: periods.flatMap((p) => p.entryIds),
    overages: periods.flatMap((p) => (p.overage ? [{ ...p.overage, detail: p.detail }] : [])),
    /** What the periods without an overage say under the retainer's line. */
    covered: periods.filter((p) => !p.overage).map((p) => p.detail),
  };
}

/** E-mails issued runs' invoices, each once (the outbox key), with the PDF and a portal link. */
async function sendDue(ctx: AppContext, limit: number): Promise<{ sent: number; failed: number }> {
  const now = ctx.now();
  const at = now.toISOString();
  let sent = 0;
  let failed = 0;
  for (const run of await runsToSend(ctx.db, limit)) {
    const key = messageKey(run);
    let outcome: { status: RunStatus; error: string | null; outboxId: string | null } | undefined;
    const existing = await findKeyedMessage(ctx.db, run.workspaceId, key);
    if (existing) {
      outcome = await afterExisting(ctx, existing, now);
      if (!outcome) continue; // another process is handing it to SMTP now
    } else {
      const t = await findRecurring(ctx.db, run.workspaceId, run.templateId);
      if (!t || !run.invoiceId) continue;
      const contactIds = t.content.contactIds;
      try {
        const r = await sendInvoice(ctx, templateActor(t), run.invoiceId, contactIds?.length ? { contactIds } : {}, {
          messageKey: key,
        });
        outcome = {
          status: r.message.status === "sent" ? "sent" : r.message.status === "kept" ? "kept" : "send_failed",
          error: r.message.error,
          outboxId: r.message.id,
        };
      } catch (err) {
        if (isUniqueViolation(err)) continue; // another process wrote it first
        if (!isRuleRefusal(err)) throw err;
        outcome = { status: "send_failed", error: err.message, outboxId: null };
      }
    }
    await updateRun(ctx.db, run.id, outcome, at);
    if (outcome.status === "sent") sent += 1;
    if (outcome.status === "send_failed") failed += 1;
  }
  return { sent, failed };
}

/** What a run becomes when its message already exists: its outcome, or undefined while it may still be in delivery. */
async function afterExisting(_ctx: AppContext, message: { id: string; status: string; createdAt: string }, now: Date) {
  const status: RunStatus | undefined =
    message.status === "sent"
      ? "sent"
      : message.status === "kept"
        ? "kept"
        : message.status === "failed"
          ? "send_failed"
          : undefined;
  if (status) return { status, error: null, outboxId: message.id };
  if (Date.parse(message.createdAt) > now.getTime() - SENDING_LEASE_MS) return undefined;
  return {
    status: "send_failed" as const,
    error: "interrupted before it was handed to SMTP; see the outbox",
    outboxId: message.id,
  };
}
