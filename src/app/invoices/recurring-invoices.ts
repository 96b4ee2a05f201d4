/**
 * Recurring invoices and retainers as the studio manages them: a template per client (lines and terms as for a draft,
 * the workspace's currency), a frequency from an anchor date with an optional end, made as a draft to review or
 * issued and sent; paused, resumed and ended. A retainer is a monthly template with hours included at a rate; its
 * usage compares the period's logged hours with them. The scheduler makes the invoices (`due-recurring.ts`).
 */

import { DomainError, fieldError } from "../../domain/errors.ts";
import {
  type RecurringAction,
  type RecurringMode,
  recurringTransition,
  requireEditableRecurring,
} from "../../domain/invoice/recurring-lifecycle.ts";
import {
  checkRecurrenceRule,
  firstIndexToInvoice,
  periodContaining,
  periodExists,
  periodLabel,
  periodStart,
  type RecurrenceRule,
  type RecurringFrequency,
  recurringPeriod,
} from "../../domain/invoice/recurring-period.ts";
import { retainerUsage } from "../../domain/invoice/retainer-usage.ts";
import { type Actor, requirePermission } from "../../domain/permissions.ts";
import { mandateIdsOfClient } from "../../store/invoice-source-store.ts";
import {
  findRecurring,
  insertRecurring,
  listRecurring,
  listRuns,
  type RecurringTemplate,
  type RunWithInvoice,
  retainerMinutes,
  saveRecurring,
  type TemplateContent,
} from "../../store/recurring-store.ts";
import type { AppContext } from "../shared/context.ts";
import { getClientRecord, getWorkspaceRecord, requireClientOpen } from "../shared/load-records.ts";
import { recordAudit } from "../shared/record-audit.ts";
import { studioTodayOf } from "../shared/studio-day.ts";
import { inTransaction, transact } from "../shared/transact.ts";

export interface RecurringInput extends Partial<TemplateContent> {
  clientId: string;
  mandateId?: string | null | undefined;
  name: string;
  frequency: RecurringFrequency;
  anchorDate: string;
  endDate?: string | null | undefined;
  mode: RecurringMode;
  currency?: string | undefined;
  retainer?: { minutesPerPeriod: number; hourlyRate: number } | null | undefined;
}

export type RecurringPatch = Partial<Omit<RecurringInput, "clientId" | "currency">>;

const ruleOf = (t: Pick<RecurringTemplate, "anchorDate" | "frequency" | "endDate">): RecurrenceRule => ({
  anchor: t.anchorDate,
  frequency: t.frequency,
  endDate: t.endDate,
});

/** Sets the next period to invoice from `index` (ended when none is left). */
function schedule(t: RecurringTemplate, index: number): RecurringTemplate {
  const rule = ruleOf(t);
  if (!periodExists(rule, index)) return { ...t, nextIndex: index, nextRunOn: null, status: "ended" };
  return { ...t, nextIndex: index, nextRunOn: periodStart(rule, index) };
}

/** The template's checks that the schema cannot make: the rule, a retainer is monthly, a line or a retainer. */
function checkTemplate(t: RecurringTemplate): void {
  const issues = checkRecurrenceRule({ anchor: t.anchorDate, frequency: t.frequency, endDate: t.endDate });
  if (t.retainer && t.frequency !== "monthly")
    issues.push({ path: "frequency", issue: "retainer_monthly", message: "a retainer is invoiced monthly" });
  if (!t.retainer && t.content.lines.length === 0)
    issues.push({ path: "lines", issue: "required", message: "add a line (or make it a retainer)" });
  if (issues.length > 0) throw new DomainError("validation", issues[0]!.message, { fields: issues });
}

export type RecurringView = ReturnType<typeof recurringView>;

/** A template as the API answers it: its rule, its next period, and the invoices its periods produced. */
function recurringView(t: RecurringTemplate, runs: readonly RunWithInvoice[], language: "fr" | "en") {
  const next = t.nextRunOn ? recurringPeriod(ruleOf(t), t.nextIndex) : null;
  return {
    id: t.id,
    clientId: t.clientId,
    mandateId: t.mandateId,
    name: t.name,
    frequency: t.frequency,
    anchorDate: t.anchorDate,
    endDate: t.endDate,
    mode: t.mode,
    status: t.status,
    currency: t.currency,
    lines: t.content.lines,
    paymentDays: t.content.paymentDays ?? null,
    reference: t.content.reference ?? null,
    contactIds: t.content.contactIds ?? [],
    retainer: t.retainer,
    nextPeriod: next && t.status === "active" ? { ...next, label: periodLabel(next, language) } : null,
    runs: runs
      .filter((r) => r.templateId === t.id)
      .map((r) => ({
        id: r.id,
        periodIndex: r.periodIndex,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        status: r.status,
        error: r.error,
        invoiceId: r.invoiceId,
        invoice: r.invoice,
        createdAt: r.createdAt,
      })),
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

async function viewOf(ctx: AppContext, actor: Actor, templates: readonly RecurringTemplate[]) {
  const runs = await listRuns(
    ctx.db,
    actor.workspaceId,
    templates.map((t) => t.id),
  );
  const languages = new Map<string, "fr" | "en">();
  for (const t of templates) {
    if (!languages.has(t.clientId))
      languages.set(t.clientId, (await getClientRecord(ctx.db, actor.workspaceId, t.clientId)).language);
  }
  return templates.map((t) => recurringView(t, runs, languages.get(t.clientId) ?? "fr"));
}

async function getTemplate(db: AppContext["db"], workspaceId: string, id: string): Promise<RecurringTemplate> {
  const t = await findRecurring(db, workspaceId, id);
  if (!t) throw new DomainError("not_found", "recurring invoice not found");
  return t;
}

async function requireMandateOfClient(ctx: AppContext, actor: Actor, clientId: string, mandateId: string | null) {
  if (!mandateId) return;
  const found = await mandateIdsOfClient(ctx.db, actor.workspaceId, clientId, [mandateId]);
  if (found.length === 0) throw fieldError("mandateId", "not_found", "not a mandate of this client");
}

function requireClientContacts(contactIds: readonly string[] | undefined, contacts: readonly { id: string }[]) {
  const known = new Set(contacts.map((c) => c.id));
  (contactIds ?? []).forEach((id, i) => {
    if (!known.has(id)) throw fieldError(`contactIds.${i}`, "not_found", "not a contact of this client");
  });
}

export async function createRecurring(ctx: AppContext, actor: Actor, input: RecurringInput) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  const today = await studioTodayOf(ctx, actor.workspaceId);
  const [workspace, client] = await Promise.all([
    getWorkspaceRecord(ctx.db, actor.workspaceId),
    getClientRecord(ctx.db, actor.workspaceId, input.clientId),
  ]);
  requireClientOpen(client);
  if (input.currency && input.currency !== workspace.currency)
    throw fieldError("currency", "not_workspace_currency", `invoices are in the workspace's ${workspace.currency}`);
  await requireMandateOfClient(ctx, actor, client.id, input.mandateId ?? null);
  requireClientContacts(input.contactIds, client.contacts);
  const draft: RecurringTemplate = {
    id: ctx.newId(),
    workspaceId: actor.workspaceId,
    clientId: client.id,
    mandateId: input.mandateId ?? null,
    name: input.name,
    frequency: input.frequency,
    anchorDate: input.anchorDate,
    endDate: input.endDate ?? null,
    mode: input.mode,
    status: "active",
    currency: workspace.currency,
    content: contentOf(input),
    retainer: input.retainer ?? null,
    nextIndex: 0,
    nextRunOn: null,
    createdBy: actor.memberId,
    createdAt: at,
    updatedAt: at,
  };
  checkTemplate(draft);
  const t = schedule(draft, firstIndexToInvoice(ruleOf(draft), today));
  await writeRecurring(ctx, actor, { action: "created", after: t });
  return (await viewOf(ctx, actor, [t]))[0]!;
}

/** Writes a new or changed template with its audit event, in one transaction. */
async function writeRecurring(
  ctx: AppContext,
  actor: Actor,
  input: { action: "created" | "updated"; before?: RecurringTemplate; after: RecurringTemplate },
): Promise<void> {
  await transact(ctx, async (trx) => {
    await (input.before ? saveRecurring(trx, input.after) : insertRecurring(trx, input.after));
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: `recurring_invoice.${input.action}`,
      entity: "recurring_invoice",
      entityId: input.after.id,
      ...(input.before ? { before: input.before } : {}),
      after: input.after,
    });
  });
}

function contentOf(input: Partial<TemplateContent>, base?: TemplateContent): TemplateContent {
  const pick = <K extends keyof TemplateContent>(k: K) => (input[k] !== undefined ? input[k] : base?.[k]);
  return {
    lines: pick("lines") ?? [],
    ...(pick("paymentDays") !== undefined ? { paymentDays: pick("paymentDays") } : {}),
    ...(pick("reference") ? { reference: pick("reference") } : {}),
    ...(pick("contactIds")?.length ? { contactIds: pick("contactIds") } : {}),
  };
}

export async function listRecurringInvoices(ctx: AppContext, actor: Actor, filter: { clientId?: string | undefined }) {
  requirePermission(actor, "read");
  if (filter.clientId) await getClientRecord(ctx.db, actor.workspaceId, filter.clientId);
  return { items: await viewOf(ctx, actor, await listRecurring(ctx.db, actor.workspaceId, filter)) };
}

export async function getRecurringInvoice(ctx: AppContext, actor: Actor, id: string) {
  requirePermission(actor, "read");
  return (await viewOf(ctx, actor, [await getTemplate(ctx.db, actor.workspaceId, id)]))[0]!;
}

/**
 * Edits a template; what it changes applies to the periods not made yet. The anchor and frequency define which
 * period is which, so they change only before the first period was made (409 naming the field after).
 */
export async function updateRecurring(ctx: AppContext, actor: Actor, id: string, patch: RecurringPatch) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  const today = await studioTodayOf(ctx, actor.workspaceId);
  // Read and written in one transaction (on SQLite the scheduler waits; on PostgreSQL the period key guards).
  const after = await transact(ctx, async (trx) => {
    const tctx = inTransaction(ctx, trx);
    const before = await getTemplate(tctx.db, actor.workspaceId, id);
    requireEditableRecurring(before.status);
    const client = await getClientRecord(tctx.db, actor.workspaceId, before.clientId);
    const made = (await listRuns(tctx.db, actor.workspaceId, [id], 1)).length > 0;
    for (const field of ["anchorDate", "frequency"] as const) {
      if (made && patch[field] !== undefined && patch[field] !== before[field])
        throw new DomainError(
          "invalid_state",
          `${field} cannot change once a period was invoiced; end it and start another`,
          {
            fields: [{ path: field, issue: "periods_made", message: "periods were already invoiced" }],
          },
        );
    }
    if (patch.mandateId) await requireMandateOfClient(tctx, actor, before.clientId, patch.mandateId);
    requireClientContacts(patch.contactIds, client.contacts);
    const edited: RecurringTemplate = {
      ...before,
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.mandateId !== undefined ? { mandateId: patch.mandateId } : {}),
      ...(patch.frequency !== undefined ? { frequency: patch.frequency } : {}),
      ...(patch.anchorDate !== undefined ? { anchorDate: patch.anchorDate } : {}),
      ...(patch.endDate !== undefined ? { endDate: patch.endDate } : {}),
      ...(patch.mode !== undefined ? { mode: patch.mode } : {}),
      ...(patch.retainer !== undefined ? { retainer: patch.retainer } : {}),
      content: contentOf(patch, before.content),
      updatedAt: at,
    };
    checkTemplate(edited);
    const index = made ? before.nextIndex : firstIndexToInvoice(ruleOf(edited), today);
    const after = schedule({ ...edited, status: before.status }, index);
    await writeRecurring(tctx, actor, { action: "updated", before, after });
    return after;
  });
  return (await viewOf(ctx, actor, [after]))[0]!;
}

/**
 * Pauses (periods that begin meanwhile are skipped), resumes (from the period running today, if not made yet) or
 * ends (nothing more is made) a template.
 */
export async function changeRecurringStatus(ctx: AppContext, actor: Actor, id: string, action: RecurringAction) {
  requirePermission(actor, "write");
  const at = ctx.now().toISOString();
  const today = await studioTodayOf(ctx, actor.workspaceId);
  const after = await transact(ctx, async (trx) => {
    const before = await getTemplate(trx, actor.workspaceId, id);
    const status = recurringTransition(before.status, action);
    let t: RecurringTemplate = { ...before, status, updatedAt: at };
    if (action === "resume") t = schedule(t, Math.max(before.nextIndex, firstIndexToInvoice(ruleOf(t), today)));
    if (action === "end") t = { ...t, nextRunOn: null };
    await saveRecurring(trx, t);
    await recordAudit(ctx, trx, {
      workspaceId: actor.workspaceId,
      actorMemberId: actor.memberId,
      action: `recurring_invoice.${action === "end" ? "ended" : action === "pause" ? "paused" : "resumed"}`,
      entity: "recurring_invoice",
      entityId: id,
      before: { status: before.status, nextRunOn: before.nextRunOn },
      after: { status: t.status, nextRunOn: t.nextRunOn },
    });
    return t;
  });
  return (await viewOf(ctx, actor, [after]))[0]!;
}

/**
 * A retainer's usage in the month containing `date` (today by default): the hours logged for the client (on the
 * retainer's mandate when it names one) against the hours included — what remains, and the overage at its rate.
 */
export async function retainerUsageOf(ctx: AppContext, actor: Actor, id: string, date?: string) {
  requirePermission(actor, "read");
  const t = await getTemplate(ctx.db, actor.workspaceId, id);
  if (!t.retainer) throw new DomainError("invalid_state", "this recurring invoice is not a retainer");
  const rule = ruleOf(t);
  const on = date ?? (await studioTodayOf(ctx, actor.workspaceId));
  const period = periodContaining(rule, on) ?? recurringPeriod(rule, 0);
  const used = await retainerMinutes(ctx.db, actor.workspaceId, {
    templateId: t.id,
    clientId: t.clientId,
    mandateId: t.mandateId,
    from: period.start,
    to: period.end,
  });
  const client = await getClientRecord(ctx.db, actor.workspaceId, t.clientId);
  return {
    recurringInvoiceId: t.id,
    period: { ...period, label: periodLabel(period, client.language) },
    hourlyRate: t.retainer.hourlyRate,
    ...retainerUsage(t.retainer, used, t.currency),
  };
}
